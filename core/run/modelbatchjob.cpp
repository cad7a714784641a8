#include "core/run/modelbatchjob.h"
#include <spdlog/spdlog.h>

namespace fapo {

ModelBatchJob::ModelBatchJob(BatchProtocol* protocol, int pollMs, QObject* parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_pollMs(std::max(1, pollMs))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_state.ended ? fetch() : pollNow(); });
}

void ModelBatchJob::submit(const std::vector<BatchItem>& items)
{
    m_submitting = true;
    m_state.status = QStringLiteral("sending");
    m_state.total = qint64(items.size());
    m_call = m_protocol->submit(items, this);
    connect(m_call, &ModelCall::finished, this, [this, call = m_call.data()] {
        call->deleteLater();
        m_submitting = false;
        const ModelResponse& response = call->response();
        if (!response.ok()) {
            Q_EMIT failed(response, false);
            return;
        }
        QString why;
        const auto state = m_protocol->readState(response.body, &why);
        if (!state) {
            ModelResponse r = response;
            r.error = CallError::InvalidResponse;
            r.errorMessage = why;
            Q_EMIT failed(r, false);
            return;
        }
        const qint64 total = m_state.total;
        m_state = *state;
        if (m_state.total == 0)
            m_state.total = total;
        Q_EMIT submitted();
        pollLater();
    });
}

void ModelBatchJob::follow(const QString& batchId)
{
    m_state.id = batchId;
    m_state.status = QStringLiteral("submitted");
    pollNow();
}

void ModelBatchJob::stop()
{
    m_stopped = true;
    m_timer.stop();
    if (m_call && !m_submitting)
        m_call->abort();
}

void ModelBatchJob::pollLater()
{
    if (!m_stopped)
        m_timer.start(m_pollMs);
}

bool ModelBatchJob::giveUp(const ModelResponse& response)
{
    if (response.error == CallError::Cancelled)
        return true;
    if (response.httpStatus == 404 || isFatalForRun(response.error)) {
        ModelResponse r = response;
        if (response.httpStatus == 404)
            r.errorMessage = QStringLiteral("batch %1 is unknown to the provider: %2").arg(m_state.id, response.errorMessage);
        Q_EMIT failed(r, response.httpStatus == 404);
        return true;
    }
    // The batch goes on at the provider whatever happened to this request: ask again later.
    spdlog::warn("batch {}: {}; asking again in {} s", m_state.id.toStdString(), response.errorMessage.toStdString(), m_pollMs / 1000.0);
    pollLater();
    return false;
}

void ModelBatchJob::whenAnswered(ModelCall* call, std::function<void(const QByteArray& body)> handle)
{
    m_call = call;
    connect(call, &ModelCall::finished, this, [this, call, handle = std::move(handle)] {
        call->deleteLater();
        const ModelResponse& response = call->response();
        if (m_stopped)
            return;
        if (!response.ok())
            giveUp(response);
        else
            handle(response.body);
    });
}

void ModelBatchJob::pollNow()
{
    if (m_stopped)
        return;
    whenAnswered(m_protocol->poll(m_state.id, this), [this](const QByteArray& body) {
        QString why;
        const auto state = m_protocol->readState(body, &why);
        if (!state) {
            ModelResponse r;
            r.error = CallError::InvalidResponse;
            r.errorMessage = why;
            giveUp(r);
            return;
        }
        m_state = *state;
        Q_EMIT stateChanged();
        if (!m_state.failure.isEmpty()) {
            ModelResponse r;
            r.error = CallError::Server;
            r.errorMessage = QStringLiteral("batch %1 failed: %2").arg(m_state.id, m_state.failure);
            Q_EMIT failed(r, true);
        } else if (m_state.ended)
            fetch();
        else
            pollLater();
    });
}

void ModelBatchJob::fetch()
{
    if (m_stopped)
        return;
    ModelCall* call = m_protocol->fetchResults(m_state, this);
    if (!call) {
        Q_EMIT resultsReady({});
        return;
    }
    whenAnswered(call, [this](const QByteArray& body) {
        QString why;
        std::vector<BatchItemResult> results = m_protocol->readResults(body, &why);
        if (results.empty() && !why.isEmpty()) {
            ModelResponse r;
            r.error = CallError::InvalidResponse;
            r.errorMessage = QStringLiteral("batch %1: the results cannot be read: %2").arg(m_state.id, why);
            Q_EMIT failed(r, false);
            return;
        }
        Q_EMIT resultsReady(results);
    });
}

} // namespace fapo
