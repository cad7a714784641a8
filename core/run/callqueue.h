#pragma once
// The model calls of one piece of work (a run, an analysis, an optimisation round): answered from the
// workspace cache when an identical request was answered before, otherwise sent with at most
// `concurrency` calls in flight. Counts what went over the network (the work decides what it can afford).
#include "core/providers/modelprovider.h"
#include "core/providers/providerfactory.h"
#include "core/run/batchprogress.h"
#include <QObject>
#include <QSet>
#include <QTimer>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace fapo {

class ModelBatchJob;
class NetworkPool;
class Workspace;
struct StoredModelBatch;
struct BatchItemResult;

// Calls sent through the providers' batch APIs (half price, answered within a day) instead of one by
// one. Calls that arrive together (one step level of every example) go out as one batch per model.
struct BatchOptions {
    bool enabled = false;
    int pollMs = 30000; // how often a batch's state is asked for
    int maxResubmits = 2; // a request that expired or met an overloaded server goes into a later batch this often
};
struct ModelConfig;

class CallQueue : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ModelResponse& response, bool fromCache)>;

    CallQueue(Workspace* workspace, int concurrency, bool useCache, QObject* parent = nullptr);
    ~CallQueue() override;

    // Makes `name` callable. False (and *error) when the configuration cannot be served.
    bool addModel(const QString& name, const ModelConfig& config, const ProviderEnvironment& env, QString* error);
    bool hasModel(const QString& name) const { return m_providers.count(name) > 0; }

    // Queues a call; `done` runs once, on a later turn of the event loop (cache hits too). A fatal error
    // (authentication, spend limit) is reported through fatal() instead of `done`.
    void call(const QString& modelName, const ModelRequest& request, Done done);
    // Drops queued calls; calls in flight finish (they are paid for) unless `abortInFlight`.
    void stop(bool abortInFlight);
    // From now on every queued and new call is answered with `reason` (an error) instead of being
    // sent; for work that goes on without this model. Calls in flight finish normally.
    void refuseAll(const ModelResponse& reason);
    // When set, a fatal error also reaches the call's `done` (besides fatal()).
    void setFatalReachesCaller(bool on) { m_fatalReachesCaller = on; }
    // Sends calls to providers with a batch API in batches. Whatever this says, a call whose request
    // is in a batch sent earlier and not yet collected (a stopped run's) waits for that batch.
    void setBatching(const BatchOptions& options) { m_batching = options; }
    bool batching() const { return m_batching.enabled; }

    // Calls on the network, and batches being sent (the provider may take them any moment: their ids
    // must be stored). Batches being polled are not counted: a stopped run leaves them to a later one.
    int inFlight() const;
    bool idle() const { return m_running.empty() && m_pending.empty() && m_waiting.empty() && m_unsent.empty(); }
    std::vector<BatchProgress> batchProgress() const;
    qint64 networkCalls() const { return m_calls; }
    qint64 cacheHits() const { return m_cacheHits; }

Q_SIGNALS:
    void fatal(const QString& message);
    // A network call came back (or was cancelled): lets the owner schedule more work.
    void callReturned();
    // A batch was sent, moved on or ended (batchProgress()).
    void batchesChanged();

private:
    struct Pending {
        QString modelName;
        QString key;
        ModelRequest request;
        Done done;
    };
    void startPending();
    // Callers waiting for a batch's reply to the same request (one request per cache key in a batch).
    struct Waiting {
        QString modelName;
        ModelRequest request;
        std::vector<Done> done;
        int resubmits = 0;
    };
    struct Batch {
        ModelBatchJob* job = nullptr;
        QString modelName;
        qint64 storedId = 0; // its row in the workspace, once the provider took it
        QStringList keys;
    };
    void sendBatches();
    void followStoredBatch(const StoredModelBatch& stored, const QString& modelName);
    Batch* batchOf(ModelBatchJob* job);
    void removeBatch(ModelBatchJob* job);
    void onBatchSubmitted(ModelBatchJob* job);
    void onBatchResults(ModelBatchJob* job, const std::vector<BatchItemResult>& results);
    void onBatchFailed(ModelBatchJob* job, const ModelResponse& why, bool gone);
    // Answers everyone waiting for this request and forgets it.
    void answerWaiting(const QString& key, const ModelResponse& response);
    // Sends a request again: in the next batch when batching, else on its own.
    void resend(const QString& key, const ModelResponse& lastError);
    void sendAlone(const QString& key); // on its own, answering every caller waiting for it

    Workspace* m_workspace;
    int m_concurrency;
    bool m_useCache;
    NetworkPool* m_pool;
    std::map<QString, std::unique_ptr<ModelProvider>> m_providers;
    std::deque<Pending> m_pending;
    QList<ModelCall*> m_running;
    qint64 m_calls = 0;
    qint64 m_cacheHits = 0;
    bool m_stopped = false;
    bool m_fatalReachesCaller = false;
    std::optional<ModelResponse> m_refusal;
    BatchOptions m_batching;
    std::map<QString, Waiting> m_waiting; // cache key -> callers waiting for a batch's reply
    std::map<QString, QStringList> m_unsent; // model name -> keys for the next batch
    QTimer m_sendTimer; // batches go out once calls stop arriving
    std::vector<Batch> m_batches;
    QSet<QString> m_withoutBatchApi; // models whose server answered the batch request with 404: called one by one
};

} // namespace fapo
