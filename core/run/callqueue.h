#pragma once
// The model calls of one piece of work (a run, an analysis, an optimisation round): answered from the
// workspace cache when an identical request was answered before, otherwise sent with at most
// `concurrency` calls in flight. Counts what went over the network (the work decides what it can afford).
#include "core/providers/modelprovider.h"
#include "core/providers/providerfactory.h"
#include <QObject>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace fapo {

class NetworkPool;
class Workspace;
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

    int inFlight() const { return int(m_running.size()); }
    bool idle() const { return m_running.empty() && m_pending.empty(); }
    qint64 networkCalls() const { return m_calls; }
    qint64 cacheHits() const { return m_cacheHits; }

Q_SIGNALS:
    void fatal(const QString& message);
    // A network call came back (or was cancelled): lets the owner schedule more work.
    void callReturned();

private:
    struct Pending {
        QString modelName;
        QString key;
        ModelRequest request;
        Done done;
    };
    void startPending();

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
};

} // namespace fapo
