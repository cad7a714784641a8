#include "core/providers/openaibatches.h"

#include "core/providers/openaiprovider.h"
#include "core/providers/sequentialcall.h"
#include <QUuid>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

namespace {

const char* kEndpoint = "/v1/chat/completions";

// An error of one request: {"error": {"message", "type", "code"}} in a reply body, or the line's own
// {"code", "message"} (batch_expired, ...).
BatchItemResult erroredItem(const QString& customId, int status, const QString& type, const QString& message)
{
    BatchItemResult r;
    r.customId = customId;
    r.response.httpStatus = status;
    if (type == u"batch_expired" || type == u"batch_cancelled") {
        r.response.error = CallError::Timeout;
        r.worthRetrying = true;
    } else if (status == 429) {
        r.response.error = CallError::RateLimited;
        r.worthRetrying = true;
    } else if (status >= 500) {
        r.response.error = CallError::Server;
        r.worthRetrying = true;
    } else
        r.response.error = CallError::BadRequest;
    r.response.errorMessage
        = QStringLiteral("openai batch: the request failed (%1): %2").arg(type.isEmpty() ? QString::number(status) : type, message);
    return r;
}

} // namespace

OpenAIBatches::OpenAIBatches(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool)
    : m_config(std::move(config))
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_pool(pool)
{
}

ModelCall* OpenAIBatches::startCall(const QByteArray& method, const QString& path, QByteArray body, const QByteArray& contentType,
                                    QObject* parent) const
{
    HttpCallSetup setup = openaiCallSetup(m_config, m_apiKey, m_pool);
    setup.method = method;
    setup.url = QUrl(m_baseUrl + path);
    if (!contentType.isEmpty())
        setup.headers.prepend({ "content-type", contentType });
    setup.body = std::move(body);
    setup.rawBody = true;
    auto* call = new HttpModelCall(std::move(setup), openaiReplyReader(), parent);
    call->begin();
    return call;
}

ModelCall* OpenAIBatches::submit(const std::vector<BatchItem>& items, QObject* parent)
{
    QByteArray lines;
    for (const BatchItem& item : items) {
        json body = item.body;
        body.erase("stream");
        body.erase("stream_options");
        const json line {
            { "custom_id", item.customId.toStdString() }, { "method", "POST" }, { "url", kEndpoint }, { "body", std::move(body) }
        };
        lines += QByteArray::fromStdString(line.dump()) + '\n';
    }
    const QByteArray boundary = "fapo-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray form;
    form += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n";
    form += "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fapo-batch.jsonl\"\r\n"
          "Content-Type: application/jsonl\r\n\r\n";
    form += lines;
    form += "\r\n--" + boundary + "--\r\n";
    ModelCall* upload = startCall("POST", QStringLiteral("/files"), form, "multipart/form-data; boundary=" + boundary, parent);
    return new SequentialCall(
        upload, { [this](const ModelResponse& uploaded, QObject* owner) -> ModelCall* {
            const json file = json::parse(uploaded.body.cbegin(), uploaded.body.cend(), nullptr, false);
            const QString fileId = jsonfield::str(file, "id");
            if (fileId.isEmpty())
                return nullptr; // readState reports the reply that is not a batch
            const json create { { "input_file_id", fileId.toStdString() }, { "endpoint", kEndpoint }, { "completion_window", "24h" } };
            return startCall("POST", QStringLiteral("/batches"), QByteArray::fromStdString(create.dump()), "application/json", owner);
        } },
        parent);
}

ModelCall* OpenAIBatches::poll(const QString& batchId, QObject* parent)
{
    return startCall("GET", QStringLiteral("/batches/") + QString::fromLatin1(QUrl::toPercentEncoding(batchId)), {}, {}, parent);
}

ModelCall* OpenAIBatches::fetchResults(const BatchState& state, QObject* parent)
{
    // Both files' lines, one after the other: readResults matches them by custom_id.
    const auto content = [this](const QString& fileId, QObject* owner) {
        return startCall("GET", QStringLiteral("/files/%1/content").arg(QString::fromLatin1(QUrl::toPercentEncoding(fileId))), {}, {},
                         owner);
    };
    const QStringList files = state.resultLocations;
    if (files.isEmpty())
        return nullptr; // nothing came back (every request expired)
    auto collected = std::make_shared<QByteArray>();
    std::vector<SequentialCall::Step> steps;
    for (qsizetype i = 1; i < files.size(); ++i)
        steps.push_back([content, collected, file = files[i]](const ModelResponse& previous, QObject* owner) -> ModelCall* {
            *collected += previous.body + '\n';
            return content(file, owner);
        });
    auto* call = new SequentialCall(content(files.front(), parent), std::move(steps), parent);
    call->setFinalize([collected](ModelResponse& last) { last.body.prepend(*collected); }); // the last reply holds only the last file
    return call;
}

std::optional<BatchState> OpenAIBatches::readState(const QByteArray& body, QString* error) const
{
    const json v = json::parse(body.cbegin(), body.cend(), nullptr, false);
    if (v.is_discarded() || !v.is_object() || jsonfield::str(v, "id").isEmpty() || jsonfield::str(v, "object") != u"batch") {
        *error = QStringLiteral("the reply is not a batch: %1").arg(QString::fromUtf8(body.left(200)));
        return std::nullopt;
    }
    BatchState s;
    s.id = jsonfield::str(v, "id");
    s.status = jsonfield::str(v, "status");
    s.ended = s.status == u"completed" || s.status == u"expired" || s.status == u"cancelled" || s.status == u"failed";
    const json& counts = jsonfield::obj(v, "request_counts");
    s.total = jsonfield::integer(counts, "total");
    s.succeeded = jsonfield::integer(counts, "completed");
    s.errored = jsonfield::integer(counts, "failed");
    s.processing = s.ended ? 0 : std::max<qint64>(0, s.total - s.succeeded - s.errored);
    if (s.status == u"failed") {
        const json& errors = jsonfield::obj(jsonfield::obj(v, "errors"), "data");
        s.failure = errors.is_array() && !errors.empty() ? jsonfield::str(errors.front(), "message") : QStringLiteral("the batch failed");
    }
    for (const char* file : { "output_file_id", "error_file_id" })
        if (const QString id = jsonfield::str(v, file); !id.isEmpty())
            s.resultLocations << id;
    return s;
}

std::vector<BatchItemResult> OpenAIBatches::readResults(const QByteArray& body, QString* error) const
{
    std::vector<BatchItemResult> out;
    auto reader = openaiReplyReader();
    int unreadable = 0;
    for (const QByteArray& raw : body.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const json v = json::parse(line.cbegin(), line.cend(), nullptr, false);
        const QString customId = jsonfield::str(v, "custom_id");
        if (v.is_discarded() || customId.isEmpty()) {
            ++unreadable;
            continue;
        }
        const json& response = jsonfield::obj(v, "response");
        const json& lineError = jsonfield::obj(v, "error");
        if (response.is_object()) {
            const int status = int(jsonfield::integer(response, "status_code"));
            const json& replyBody = jsonfield::obj(response, "body");
            if (status >= 200 && status < 300) {
                BatchItemResult r;
                r.customId = customId;
                QString why;
                reader->reset();
                if (!reader->parseBody(replyBody, r.response, &why)) {
                    r.response.error = CallError::InvalidResponse;
                    r.response.errorMessage = QStringLiteral("openai batch: the reply to %1 is not a completion: %2").arg(customId, why);
                }
                if (r.response.model.isEmpty())
                    r.response.model = m_config.model;
                out.push_back(std::move(r));
            } else {
                const ApiError e = reader->parseErrorBody(replyBody);
                out.push_back(erroredItem(customId, status, e.code.isEmpty() ? e.type : e.code, e.message));
            }
        } else if (lineError.is_object()) {
            out.push_back(erroredItem(customId, 0, jsonfield::str(lineError, "code"), jsonfield::str(lineError, "message")));
        } else
            ++unreadable;
    }
    if (unreadable > 0)
        spdlog::warn("openai batch results: {} lines without a result", unreadable);
    if (out.empty() && unreadable > 0)
        *error = QStringLiteral("none of the %1 result lines could be read").arg(unreadable);
    return out;
}

} // namespace fapo
