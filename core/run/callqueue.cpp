#include "core/run/callqueue.h"
#include "core/providers/modelconfig.h"
#include "core/providers/networkpool.h"
#include "core/run/cachekey.h"
#include "core/workspace/workspace.h"
#include <QTimer>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

namespace {

json responseToJson(const ModelResponse& r)
{
    return json { { "text", r.text.toStdString() },
                  { "model", r.model.toStdString() },
                  { "stop_reason", r.stopReason.toStdString() },
                  { "usage",
                    { { "input", r.usage.inputTokens },
                      { "output", r.usage.outputTokens },
                      { "cache_read", r.usage.cacheReadTokens },
                      { "cache_write", r.usage.cacheWriteTokens } } } };
}

ModelResponse responseFromJson(const json& v)
{
    ModelResponse r;
    r.text = QString::fromStdString(v.value("text", std::string()));
    r.model = QString::fromStdString(v.value("model", std::string()));
    r.stopReason = QString::fromStdString(v.value("stop_reason", std::string()));
    const json usage = v.value("usage", json::object());
    r.usage.inputTokens = usage.value("input", qint64(0));
    r.usage.outputTokens = usage.value("output", qint64(0));
    r.usage.cacheReadTokens = usage.value("cache_read", qint64(0));
    r.usage.cacheWriteTokens = usage.value("cache_write", qint64(0));
    r.fromCache = true;
    return r;
}

} // namespace

CallQueue::CallQueue(Workspace* workspace, int concurrency, bool useCache, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_concurrency(std::max(1, concurrency))
    , m_useCache(useCache)
{
    // QNetworkAccessManager opens at most 6 connections per host and the pool hands managers out
    // round-robin; about 3 calls per manager keeps any one of them from queueing (bench: 0.95 at 16).
    m_pool = new NetworkPool(std::max(2, m_concurrency / 2 + 1), this);
}

CallQueue::~CallQueue() = default;

bool CallQueue::addModel(const QString& name, const ModelConfig& config, const ProviderEnvironment& env, QString* error)
{
    if (hasModel(name))
        return true;
    auto provider = createProvider(config, env, m_pool, error);
    if (!provider)
        return false;
    m_providers[name] = std::move(provider);
    return true;
}

void CallQueue::call(const QString& modelName, const ModelRequest& request, Done done)
{
    ModelProvider* provider = m_providers.at(modelName).get();
    const QString key = cacheKey(*provider, request);
    if (m_useCache) {
        if (const auto cached = m_workspace->cachedResponse(key)) {
            ++m_cacheHits;
            // Answer on the next turn of the event loop, as a network call would.
            QTimer::singleShot(0, this, [done = std::move(done), response = responseFromJson(*cached)] { done(response, true); });
            return;
        }
    }
    if (m_refusal) {
        QTimer::singleShot(0, this, [done = std::move(done), refused = *m_refusal] { done(refused, false); });
        return;
    }
    m_pending.push_back(Pending { modelName, key, request, std::move(done) });
    startPending();
}

void CallQueue::startPending()
{
    while (!m_stopped && int(m_running.size()) < m_concurrency && !m_pending.empty()) {
        Pending pending = std::move(m_pending.front());
        m_pending.pop_front();
        ModelProvider* provider = m_providers.at(pending.modelName).get();
        ModelCall* call = provider->start(pending.request, this);
        ++m_calls;
        m_running << call;
        connect(call, &ModelCall::finished, this, [this, call, provider, key = pending.key, done = std::move(pending.done)] {
            m_running.removeOne(call);
            call->deleteLater();
            const ModelResponse& response = call->response();
            if (response.error == CallError::Cancelled) {
                Q_EMIT callReturned();
                return;
            }
            if (isFatalForRun(response.error)) {
                Q_EMIT fatal(response.errorMessage.isEmpty() ? callErrorName(response.error) : response.errorMessage);
                if (m_fatalReachesCaller)
                    done(response, false);
                return;
            }
            if (response.ok()) {
                // A reply that is not cached is paid for again by the next identical request, no worse.
                if (!m_workspace->storeCachedResponse(key, provider->cacheIdentity(), provider->modelId(), responseToJson(response)))
                    spdlog::warn("model reply not cached in {}", m_workspace->path().toStdString());
            } else
                spdlog::warn("model call failed ({}, request id {}): {}", callErrorName(response.error).toStdString(),
                             response.requestId.isEmpty() ? "none" : response.requestId.toStdString(), response.errorMessage.toStdString());
            done(response, false);
            Q_EMIT callReturned();
            startPending();
        });
    }
}

void CallQueue::refuseAll(const ModelResponse& reason)
{
    m_refusal = reason;
    std::deque<Pending> pending;
    pending.swap(m_pending);
    for (Pending& p : pending)
        QTimer::singleShot(0, this, [done = std::move(p.done), reason] { done(reason, false); });
}

void CallQueue::stop(bool abortInFlight)
{
    m_stopped = true;
    m_pending.clear();
    if (abortInFlight) {
        const QList<ModelCall*> running = m_running;
        for (ModelCall* call : running)
            call->abort();
    }
}

} // namespace fapo
