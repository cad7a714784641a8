#include "core/providers/anthropicbatches.h"

#include "core/providers/anthropicprovider.h"
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

namespace {

// Why one request of a batch failed, and whether a later batch may do better.
BatchItemResult erroredItem(const QString& customId, const QString& type, const QString& message)
{
    BatchItemResult r;
    r.customId = customId;
    if (type == u"invalid_request_error" || type == u"not_found_error" || type == u"request_too_large")
        r.response.error = CallError::BadRequest;
    else if (type == u"authentication_error" || type == u"permission_error")
        r.response.error = CallError::Auth;
    else if (type == u"rate_limit_error")
        r.response.error = CallError::RateLimited;
    else if (type == u"overloaded_error")
        r.response.error = CallError::Overloaded;
    else
        r.response.error = CallError::Server;
    r.worthRetrying
        = r.response.error == CallError::RateLimited || r.response.error == CallError::Overloaded || r.response.error == CallError::Server;
    r.response.errorMessage = QStringLiteral("anthropic batch: the request failed (%1): %2").arg(type, message);
    return r;
}

} // namespace

AnthropicBatches::AnthropicBatches(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool)
    : m_config(std::move(config))
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_pool(pool)
{
}

QUrl AnthropicBatches::batchUrl(const QString& batchId, const QString& tail) const
{
    QString url = m_baseUrl + QStringLiteral("/v1/messages/batches");
    if (!batchId.isEmpty())
        url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(batchId));
    return QUrl(url + tail);
}

ModelCall* AnthropicBatches::startCall(const QByteArray& method, const QUrl& url, QByteArray body, QObject* parent) const
{
    HttpCallSetup setup = anthropicCallSetup(m_config, m_apiKey, m_pool);
    setup.method = method;
    setup.url = url;
    setup.body = std::move(body);
    setup.rawBody = true;
    auto* call = new HttpModelCall(std::move(setup), anthropicReplyReader(), parent);
    call->begin();
    return call;
}

ModelCall* AnthropicBatches::submit(const std::vector<BatchItem>& items, QObject* parent)
{
    json requests = json::array();
    for (const BatchItem& item : items) {
        json params = item.body;
        params.erase("stream");
        requests.push_back({ { "custom_id", item.customId.toStdString() }, { "params", std::move(params) } });
    }
    const json body { { "requests", std::move(requests) } };
    return startCall("POST", batchUrl({}), QByteArray::fromStdString(body.dump()), parent);
}

ModelCall* AnthropicBatches::poll(const QString& batchId, QObject* parent) { return startCall("GET", batchUrl(batchId), {}, parent); }

ModelCall* AnthropicBatches::fetchResults(const BatchState& state, QObject* parent)
{
    // The results_url the service names, but only on the host the key is meant for: a key is never
    // sent to a host the person did not configure.
    QUrl url = batchUrl(state.id, QStringLiteral("/results"));
    if (!state.resultLocations.isEmpty()) {
        const QUrl named(state.resultLocations.front());
        const QUrl base(m_baseUrl);
        if (named.isValid() && named.scheme() == base.scheme() && named.host() == base.host() && named.port() == base.port())
            url = named;
    }
    return startCall("GET", url, {}, parent);
}

std::optional<BatchState> AnthropicBatches::readState(const QByteArray& body, QString* error) const
{
    const json v = json::parse(body.cbegin(), body.cend(), nullptr, false);
    if (v.is_discarded() || !v.is_object() || jsonfield::str(v, "id").isEmpty()) {
        *error = QStringLiteral("the batch reply is not a message batch: %1").arg(QString::fromUtf8(body.left(200)));
        return std::nullopt;
    }
    BatchState s;
    s.id = jsonfield::str(v, "id");
    s.status = jsonfield::str(v, "processing_status");
    s.ended = s.status == u"ended";
    const json& counts = jsonfield::obj(v, "request_counts");
    s.processing = jsonfield::integer(counts, "processing");
    s.succeeded = jsonfield::integer(counts, "succeeded");
    s.errored = jsonfield::integer(counts, "errored");
    s.expired = jsonfield::integer(counts, "expired");
    s.canceled = jsonfield::integer(counts, "canceled");
    s.total = s.processing + s.succeeded + s.errored + s.expired + s.canceled;
    const QString results = jsonfield::str(v, "results_url");
    if (!results.isEmpty())
        s.resultLocations << results;
    return s;
}

std::vector<BatchItemResult> AnthropicBatches::readResults(const QByteArray& body, QString* error) const
{
    std::vector<BatchItemResult> out;
    auto reader = anthropicReplyReader();
    qsizetype start = 0;
    int lineNumber = 0;
    int unreadable = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView line(body.constData() + start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const json v = json::parse(line.begin(), line.end(), nullptr, false);
        const QString customId = jsonfield::str(v, "custom_id");
        if (v.is_discarded() || customId.isEmpty()) {
            ++unreadable;
            spdlog::warn("anthropic batch results, line {}: not a result with a custom_id", lineNumber);
            continue;
        }
        const json& result = jsonfield::obj(v, "result");
        const QString type = jsonfield::str(result, "type");
        if (type == u"succeeded") {
            BatchItemResult r;
            r.customId = customId;
            QString why;
            reader->reset();
            if (!reader->parseBody(jsonfield::obj(result, "message"), r.response, &why)) {
                r.response.error = CallError::InvalidResponse;
                r.response.errorMessage = QStringLiteral("anthropic batch: the reply to %1 is not a message: %2").arg(customId, why);
            }
            r.response.model = r.response.model.isEmpty() ? m_config.model : r.response.model;
            out.push_back(std::move(r));
        } else if (type == u"errored") {
            // {"type":"error","error":{"type":"...","message":"..."}}; tolerate one level less.
            const json& outer = jsonfield::obj(result, "error");
            const json& inner = jsonfield::obj(outer, "error").is_object() ? jsonfield::obj(outer, "error") : outer;
            out.push_back(erroredItem(customId, jsonfield::str(inner, "type"), jsonfield::str(inner, "message")));
        } else if (type == u"expired" || type == u"canceled") {
            BatchItemResult r;
            r.customId = customId;
            r.response.error = CallError::Timeout;
            r.response.errorMessage = type == u"expired" ? QStringLiteral("anthropic batch: the request expired before it was processed")
                                                         : QStringLiteral("anthropic batch: the request was canceled");
            r.worthRetrying = true;
            out.push_back(std::move(r));
        } else {
            ++unreadable;
            spdlog::warn("anthropic batch results, line {}: unknown result type \"{}\"", lineNumber, type.toStdString());
        }
    }
    if (out.empty() && unreadable > 0)
        *error = QStringLiteral("none of the %1 result lines could be read").arg(unreadable);
    return out;
}

} // namespace fapo
