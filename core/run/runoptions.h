#pragma once
#include <QString>

namespace fapo {

struct RunOptions {
    int concurrency = 4; // model calls in flight across the whole run
    int limit = 0; // first N examples; 0 = all
    bool useCache = true; // answer identical requests from the workspace cache
    bool trustCommands = false; // allow command steps (else a recorded trust decision is needed)
    bool autoResume = true; // continue the newest unfinished run of the same pipeline version and dataset
    qint64 resumeRunId = 0; // continue this run
};

} // namespace fapo
