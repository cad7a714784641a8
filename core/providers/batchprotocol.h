#pragma once
// A provider's batch endpoint (Anthropic Message Batches; OpenAI's Batch API): many requests sent at
// once, answered within a day at half price. The protocol knows the HTTP steps and the shapes of the
// replies; core/run/modelbatchjob.h drives one batch through them and core/run/callqueue.h decides
// which calls go into batches.
#include "core/providers/modelprovider.h"
#include <QUrl>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace fapo {

struct BatchItem {
    QString customId; // unique within the batch: [a-zA-Z0-9_-]{1,64}
    nlohmann::json body; // the provider's request body for this call, never streamed
};

struct BatchState {
    QString id; // the provider's batch id ("msgbatch_...", "batch_...")
    QString status; // the provider's word: in_progress, canceling, ended, validating, finalizing, completed, ...
    bool ended = false; // results can be fetched (or the batch failed as a whole: failure says why)
    qint64 total = 0;
    qint64 processing = 0;
    qint64 succeeded = 0;
    qint64 errored = 0;
    qint64 expired = 0;
    qint64 canceled = 0;
    QString failure; // the whole batch failed (OpenAI "failed"/"expired" with no output): why
    QStringList resultLocations; // where the results are (a URL, file ids)
};

struct BatchItemResult {
    QString customId;
    ModelResponse response; // as an interactive call's: text, usage, model; or an error
    bool worthRetrying = false; // expired, canceled, overloaded or a server error: a later batch may succeed
};

class BatchProtocol {
public:
    virtual ~BatchProtocol() = default;
    virtual int maxRequests() const = 0;
    virtual qint64 maxBytes() const = 0;
    // Each HTTP step is a ModelCall (retries, timeouts, error messages as for messages) whose
    // response().body holds the 2xx reply.
    virtual ModelCall* submit(const std::vector<BatchItem>& items, QObject* parent) = 0;
    virtual ModelCall* poll(const QString& batchId, QObject* parent) = 0;
    // nullptr when the ended batch has nothing to fetch (every request expired).
    virtual ModelCall* fetchResults(const BatchState& state, QObject* parent) = 0;
    // The batch object of a submit or poll reply.
    virtual std::optional<BatchState> readState(const QByteArray& body, QString* error) const = 0;
    // The results fetched for an ended batch (every line that names a request; others are skipped with a warning).
    virtual std::vector<BatchItemResult> readResults(const QByteArray& body, QString* error) const = 0;
};

} // namespace fapo
