#include "core/run/callqueue.h"
#include "core/providers/modelconfig.h"
#include "core/providers/networkpool.h"
#include "core/providers/batchprotocol.h"
#include "core/run/cachekey.h"
#include "core/run/modelbatchjob.h"
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
    // Calls of one step level arrive over a few turns of the event loop (cache hits answer on the
    // next turn and free the examples behind them): wait for a quiet moment, then send.
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setInterval(100);
    connect(&m_sendTimer, &QTimer::timeout, this, &CallQueue::sendBatches);
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
    if (provider->batches()) {
        if (const auto waiting = m_waiting.find(key); waiting != m_waiting.end()) {
            waiting->second.done.push_back(std::move(done)); // the same request is already on its way
            return;
        }
        // A stopped run's batch holds this request: its reply is paid for, so wait for it.
        if (const auto stored = m_workspace->openBatchHolding(key)) {
            m_waiting[key] = Waiting { modelName, request, { std::move(done) } };
            followStoredBatch(*stored, modelName);
            return;
        }
        if (m_batching.enabled && !m_stopped && !m_withoutBatchApi.contains(modelName)) {
            m_waiting[key] = Waiting { modelName, request, { std::move(done) } };
            m_unsent[modelName] << key;
            m_sendTimer.start();
            return;
        }
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

int CallQueue::inFlight() const
{
    int sending = 0;
    for (const Batch& b : m_batches)
        sending += b.job->submitting() ? 1 : 0;
    return int(m_running.size()) + sending;
}

std::vector<BatchProgress> CallQueue::batchProgress() const
{
    std::vector<BatchProgress> out;
    for (const Batch& b : m_batches) {
        const BatchState& s = b.job->state();
        BatchProgress p;
        p.batchId = s.id;
        p.model = m_providers.at(b.modelName)->modelId();
        p.status = s.status;
        p.requests = std::max<qint64>(s.total, b.keys.size());
        p.processing = s.processing;
        p.succeeded = s.succeeded;
        p.errored = s.errored + s.expired + s.canceled;
        out.push_back(std::move(p));
    }
    return out;
}

void CallQueue::sendBatches()
{
    std::map<QString, QStringList> unsent;
    unsent.swap(m_unsent);
    if (m_stopped)
        return;
    for (const auto& entry : unsent) {
        const QString& modelName = entry.first; // not a structured binding: clang 14 cannot capture one
        const QStringList& keys = entry.second;
        ModelProvider* provider = m_providers.at(modelName).get();
        BatchProtocol* protocol = provider->batches();
        std::vector<BatchItem> items;
        QStringList batchKeys;
        qint64 bytes = 0;
        const auto send = [&] {
            if (items.empty())
                return;
            auto* job = new ModelBatchJob(protocol, m_batching.pollMs, this);
            m_batches.push_back(Batch { job, modelName, 0, batchKeys });
            connect(job, &ModelBatchJob::submitted, this, [this, job] { onBatchSubmitted(job); });
            connect(job, &ModelBatchJob::stateChanged, this, &CallQueue::batchesChanged);
            connect(job, &ModelBatchJob::resultsReady, this,
                    [this, job](const std::vector<BatchItemResult>& results) { onBatchResults(job, results); });
            connect(job, &ModelBatchJob::failed, this, [this, job](const ModelResponse& why, bool gone) { onBatchFailed(job, why, gone); });
            m_calls += qint64(items.size());
            spdlog::info("sending {} {} calls as one batch", items.size(), provider->modelId().toStdString());
            job->submit(items);
            items.clear();
            batchKeys.clear();
            bytes = 0;
        };
        for (const QString& key : keys) {
            const auto waiting = m_waiting.find(key);
            if (waiting == m_waiting.end())
                continue;
            ModelRequest plain = waiting->second.request;
            plain.stream = false;
            nlohmann::json body = provider->requestBody(plain);
            const qint64 size = qint64(body.dump().size()) + 128;
            if (int(items.size()) >= protocol->maxRequests() || bytes + size > protocol->maxBytes())
                send();
            items.push_back(BatchItem { key, std::move(body) }); // the cache key is the custom id: 64 hex digits
            batchKeys << key;
            bytes += size;
        }
        send();
    }
    Q_EMIT batchesChanged();
}

void CallQueue::followStoredBatch(const StoredModelBatch& stored, const QString& modelName)
{
    // Each call the batch holds comes here: its keys are read once, when following starts.
    for (const Batch& b : m_batches)
        if (b.storedId == stored.id)
            return;
    const QStringList keys = m_workspace->modelBatchKeys(stored.id);
    const qint64 storedId = stored.id;
    const QString& batchId = stored.batchId;
    ModelProvider* provider = m_providers.at(modelName).get();
    auto* job = new ModelBatchJob(provider->batches(), m_batching.pollMs, this);
    m_batches.push_back(Batch { job, modelName, storedId, keys });
    connect(job, &ModelBatchJob::stateChanged, this, &CallQueue::batchesChanged);
    connect(job, &ModelBatchJob::resultsReady, this,
            [this, job](const std::vector<BatchItemResult>& results) { onBatchResults(job, results); });
    connect(job, &ModelBatchJob::failed, this, [this, job](const ModelResponse& why, bool gone) { onBatchFailed(job, why, gone); });
    spdlog::info("waiting for batch {} sent earlier ({} calls)", batchId.toStdString(), keys.size());
    job->follow(batchId);
    Q_EMIT batchesChanged();
}

CallQueue::Batch* CallQueue::batchOf(ModelBatchJob* job)
{
    for (Batch& b : m_batches)
        if (b.job == job)
            return &b;
    return nullptr;
}

void CallQueue::removeBatch(ModelBatchJob* job)
{
    std::erase_if(m_batches, [job](const Batch& b) { return b.job == job; });
    job->deleteLater();
    Q_EMIT batchesChanged();
}

void CallQueue::onBatchSubmitted(ModelBatchJob* job)
{
    Batch* batch = batchOf(job);
    if (!batch)
        return;
    ModelProvider* provider = m_providers.at(batch->modelName).get();
    batch->storedId = m_workspace->storeModelBatch(provider->cacheIdentity(), job->state().id, provider->modelId(), batch->keys);
    if (batch->storedId == 0)
        spdlog::warn("batch {} could not be stored in {}: a run stopped before it ends would send its calls again",
                     job->state().id.toStdString(), m_workspace->path().toStdString());
    if (m_stopped) { // stored for a later run to collect
        job->stop();
        removeBatch(job);
        Q_EMIT callReturned();
        return;
    }
    Q_EMIT batchesChanged();
}

void CallQueue::answerWaiting(const QString& key, const ModelResponse& response)
{
    const auto it = m_waiting.find(key);
    if (it == m_waiting.end())
        return;
    const std::vector<Done> done = std::move(it->second.done);
    m_waiting.erase(it);
    for (const Done& d : done)
        d(response, false);
}

void CallQueue::resend(const QString& key, const ModelResponse& lastError)
{
    const auto it = m_waiting.find(key);
    if (it == m_waiting.end())
        return;
    if (m_stopped || it->second.resubmits >= m_batching.maxResubmits) {
        answerWaiting(key, lastError);
        return;
    }
    ++it->second.resubmits;
    if (m_batching.enabled && !m_withoutBatchApi.contains(it->second.modelName)) {
        m_unsent[it->second.modelName] << key;
        m_sendTimer.start();
        return;
    }
    // Not batching (a stopped batch run resumed without --batch): on its own.
    sendAlone(key);
}

void CallQueue::sendAlone(const QString& key)
{
    const auto it = m_waiting.find(key);
    if (it == m_waiting.end())
        return;
    Pending pending { it->second.modelName, key, it->second.request,
                      [done = std::move(it->second.done)](const ModelResponse& r, bool fromCache) {
                          for (const Done& d : done)
                              d(r, fromCache);
                      } };
    m_waiting.erase(it);
    m_pending.push_back(std::move(pending));
    startPending();
}

void CallQueue::onBatchResults(ModelBatchJob* job, const std::vector<BatchItemResult>& results)
{
    Batch* batch = batchOf(job);
    if (!batch)
        return;
    const Batch done = *batch;
    const QString batchId = job->state().id;
    const QSet<QString> keys(done.keys.begin(), done.keys.end());
    std::map<QString, const BatchItemResult*> byKey;
    std::vector<std::pair<QString, nlohmann::json>> replies;
    for (const BatchItemResult& r : results) {
        if (!keys.contains(r.customId))
            continue; // not a request of this batch
        byKey[r.customId] = &r;
        if (r.response.ok())
            replies.emplace_back(r.customId, responseToJson(r.response));
    }
    // Every reply into the cache and the batch closed in one transaction: a run stopped now finds the
    // replies in the cache, or the batch still open to collect again.
    if (done.storedId != 0 && !m_workspace->closeModelBatch(done.storedId, QStringLiteral("collected"), replies))
        spdlog::warn("the replies of batch {} could not be stored in {}", batchId.toStdString(), m_workspace->path().toStdString());
    removeBatch(job);
    for (const QString& key : done.keys) {
        if (!m_waiting.count(key))
            continue;
        const auto found = byKey.find(key);
        if (found == byKey.end()) {
            ModelResponse missing;
            missing.error = CallError::InvalidResponse;
            missing.errorMessage = QStringLiteral("batch %1 ended without a result for this request").arg(batchId);
            resend(key, missing);
            continue;
        }
        ModelResponse response = found->second->response;
        response.batched = true;
        response.requestId = batchId;
        if (response.ok()) {
            answerWaiting(key, response);
        } else if (found->second->worthRetrying) {
            spdlog::info("batch {}: {}; sending it again", batchId.toStdString(), response.errorMessage.toStdString());
            resend(key, response);
        } else {
            spdlog::warn("batch {}: {}", batchId.toStdString(), response.errorMessage.toStdString());
            answerWaiting(key, response);
        }
    }
    Q_EMIT callReturned();
}

void CallQueue::onBatchFailed(ModelBatchJob* job, const ModelResponse& why, bool gone)
{
    Batch* batch = batchOf(job);
    if (!batch)
        return;
    const Batch failed = *batch;
    if (failed.storedId != 0 && (gone || why.error == CallError::InvalidResponse))
        m_workspace->closeModelBatch(failed.storedId, QStringLiteral("lost"), {}, why.errorMessage);
    removeBatch(job);
    // A server without the batch API (a local OpenAI-compatible one, a proxy): the calls go one by one.
    if (job->state().id.isEmpty() && (why.httpStatus == 404 || why.httpStatus == 405 || why.httpStatus == 501)) {
        spdlog::warn("{} has no batch API ({}): calling it one request at a time",
                     m_providers.at(failed.modelName)->modelId().toStdString(), why.errorMessage.toStdString());
        m_withoutBatchApi.insert(failed.modelName);
        m_calls -= qint64(failed.keys.size()); // counted when the batch went out; counted again one by one
        for (const QString& key : failed.keys)
            sendAlone(key);
        Q_EMIT callReturned();
        return;
    }
    spdlog::warn("{}", why.errorMessage.toStdString());
    if (isFatalForRun(why.error)) {
        Q_EMIT fatal(why.errorMessage.isEmpty() ? callErrorName(why.error) : why.errorMessage);
        if (m_fatalReachesCaller)
            for (const QString& key : failed.keys)
                answerWaiting(key, why);
        return;
    }
    for (const QString& key : failed.keys) {
        if (gone)
            resend(key, why);
        else
            answerWaiting(key, why);
    }
    Q_EMIT callReturned();
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
    m_unsent.clear();
    m_sendTimer.stop();
    // Batches the provider has stay there, stored: a later run collects them. One being sent is
    // awaited so its id is stored, unless the work failed.
    for (const Batch& b : std::vector<Batch>(m_batches)) {
        if (b.job->submitting() && !abortInFlight)
            continue;
        b.job->stop();
        removeBatch(b.job);
    }
    if (abortInFlight) {
        const QList<ModelCall*> running = m_running;
        for (ModelCall* call : running)
            call->abort();
    }
}

} // namespace fapo
