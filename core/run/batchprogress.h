#pragma once
// Where one batch of model calls stands, for progress lines and the status bar.
#include <QString>

namespace fapo {

struct BatchProgress {
    QString batchId; // empty while it is being sent
    QString model;
    QString status; // the provider's word (in_progress, ended, ...), or "sending"
    qint64 requests = 0;
    qint64 processing = 0;
    qint64 succeeded = 0;
    qint64 errored = 0; // errored, expired and canceled
};

} // namespace fapo
