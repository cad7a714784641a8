#pragma once
#include "core/workspace/records.h"
#include <QString>
#include <QStringList>
#include <map>

namespace fapo {

struct RunOptions {
    int concurrency = 4; // model calls in flight across the whole run
    int limit = 0; // first N examples; 0 = all
    bool useCache = true; // answer identical requests from the workspace cache
    bool trustCommands = false; // allow command steps (else a recorded trust decision is needed)
    bool autoResume = true; // continue the newest unfinished run of the same pipeline version and dataset
    qint64 resumeRunId = 0; // continue this run
    // Model calls through the providers' batch APIs, one batch per step level (half price; a batch
    // may take up to a day). Providers without one are called as usual.
    bool batch = false;
    int batchPollMs = 30000;

    // A run made from another run (a replay for the analysis, an evaluation of a candidate prompt):
    // steps not downstream of `rerunSteps` or of an injected output keep the base run's records,
    // copied, never run or paid for again.
    RunKind kind = RunKind::Run;
    qint64 baseRunId = 0;
    QStringList rerunSteps; // run these again, and everything that depends on them
    // example id -> step id -> the output that step is given instead of running it (its dependants run)
    std::map<QString, std::map<QString, StepRecord>> injected;
    QStringList exampleIds; // only these examples (empty: every example, up to `limit`)
};

} // namespace fapo
