#include "core/app/proxyrequest.h"
#include "core/providers/replyreader.h"

namespace fapo {

using nlohmann::json;

namespace {

QString text(const json& v) { return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString(); }

// A message's content: a string, or blocks. Text blocks and tool results carry what the model read.
QString contentText(const json& content)
{
    if (content.is_string())
        return text(content);
    QStringList parts;
    if (content.is_array()) {
        for (const json& block : content) {
            if (block.is_string()) {
                parts << text(block);
                continue;
            }
            const QString type = jsonfield::str(block, "type");
            if (type == u"text")
                parts << jsonfield::str(block, "text");
            else if (type == u"tool_result")
                parts << contentText(jsonfield::obj(block, "content"));
        }
    }
    return parts.join(QStringLiteral("\n"));
}

QByteArray sse(const char* event, const json& data)
{
    QByteArray out;
    if (event)
        out += QByteArray("event: ") + event + '\n';
    return out + "data: " + QByteArray::fromStdString(data.dump()) + "\n\n";
}

std::string stopReason(const ModelResponse& r, bool anthropic)
{
    if (!r.stopReason.isEmpty())
        return r.stopReason.toStdString();
    return anthropic ? "end_turn" : "stop";
}

QString modelOf(const ProxiedRequest& request, const ModelResponse& response)
{
    return response.model.isEmpty() ? request.model : response.model;
}

} // namespace

QString ProxiedRequest::promptText() const
{
    if (messages.size() == 1)
        return messages.front();
    QStringList blocks;
    for (qsizetype i = 0; i < messages.size(); ++i)
        blocks << roles.value(i) + QStringLiteral(": ") + messages[i];
    return blocks.join(QStringLiteral("\n\n"));
}

ModelRequest ProxiedRequest::toModelRequest() const
{
    ModelRequest r;
    r.system = system;
    r.prompt = promptText();
    if (maxTokens > 0)
        r.maxTokens = maxTokens;
    if (body.contains("temperature") && body["temperature"].is_number())
        r.temperature = body["temperature"].get<double>();
    return r;
}

std::optional<ProxiedRequest> readProxiedRequest(ProxyApi api, const QByteArray& body, QString* error)
{
    ProxiedRequest r;
    r.api = api;
    r.body = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (r.body.is_discarded() || !r.body.is_object()) {
        *error = QStringLiteral("the request body is not a JSON object");
        return std::nullopt;
    }
    const json& messages = jsonfield::obj(r.body, "messages");
    if (!messages.is_array()) {
        *error = QStringLiteral("the request has no \"messages\" array");
        return std::nullopt;
    }
    r.model = jsonfield::str(r.body, "model");
    r.stream = jsonfield::obj(r.body, "stream").is_boolean() && r.body["stream"].get<bool>();
    r.maxTokens = int(jsonfield::integer(r.body, api == ProxyApi::Anthropic ? "max_tokens" : "max_completion_tokens"));
    if (r.maxTokens == 0)
        r.maxTokens = int(jsonfield::integer(r.body, "max_tokens"));
    if (api == ProxyApi::Anthropic)
        r.system = contentText(jsonfield::obj(r.body, "system"));
    QStringList system;
    for (const json& m : messages) {
        const QString role = jsonfield::str(m, "role");
        const QString content = contentText(jsonfield::obj(m, "content"));
        if (api == ProxyApi::OpenAI && (role == u"system" || role == u"developer")) {
            system << content;
            continue;
        }
        r.roles << role;
        r.messages << content;
    }
    if (api == ProxyApi::OpenAI)
        r.system = system.join(QStringLiteral("\n\n"));
    return r;
}

QByteArray replyBody(const ProxiedRequest& request, const ModelResponse& response, const QString& id)
{
    const std::string model = modelOf(request, response).toStdString();
    if (request.api == ProxyApi::Anthropic) {
        const json body { { "id", id.toStdString() },
                          { "type", "message" },
                          { "role", "assistant" },
                          { "model", model },
                          { "content", json::array({ { { "type", "text" }, { "text", response.text.toStdString() } } }) },
                          { "stop_reason", stopReason(response, true) },
                          { "stop_sequence", nullptr },
                          { "usage",
                            { { "input_tokens", response.usage.inputTokens }, { "output_tokens", response.usage.outputTokens } } } };
        return QByteArray::fromStdString(body.dump());
    }
    const json body {
        { "id", id.toStdString() },
        { "object", "chat.completion" },
        { "created", 0 },
        { "model", model },
        { "choices",
          json::array({ { { "index", 0 },
                          { "message", { { "role", "assistant" }, { "content", response.text.toStdString() } } },
                          { "finish_reason", stopReason(response, false) } } }) },
        { "usage",
          { { "prompt_tokens", response.usage.inputTokens },
            { "completion_tokens", response.usage.outputTokens },
            { "total_tokens", response.usage.inputTokens + response.usage.outputTokens } } },
    };
    return QByteArray::fromStdString(body.dump());
}

QByteArray replyStream(const ProxiedRequest& request, const ModelResponse& response, const QString& id)
{
    const std::string model = modelOf(request, response).toStdString();
    const std::string text = response.text.toStdString();
    QByteArray out;
    if (request.api == ProxyApi::Anthropic) {
        out += sse("message_start",
                   { { "type", "message_start" },
                     { "message",
                       { { "id", id.toStdString() },
                         { "type", "message" },
                         { "role", "assistant" },
                         { "model", model },
                         { "content", json::array() },
                         { "stop_reason", nullptr },
                         { "stop_sequence", nullptr },
                         { "usage", { { "input_tokens", response.usage.inputTokens }, { "output_tokens", 0 } } } } } });
        out += sse("content_block_start",
                   { { "type", "content_block_start" }, { "index", 0 }, { "content_block", { { "type", "text" }, { "text", "" } } } });
        out += sse("content_block_delta",
                   { { "type", "content_block_delta" }, { "index", 0 }, { "delta", { { "type", "text_delta" }, { "text", text } } } });
        out += sse("content_block_stop", { { "type", "content_block_stop" }, { "index", 0 } });
        out += sse("message_delta",
                   { { "type", "message_delta" },
                     { "delta", { { "stop_reason", stopReason(response, true) }, { "stop_sequence", nullptr } } },
                     { "usage", { { "output_tokens", response.usage.outputTokens } } } });
        out += sse("message_stop", { { "type", "message_stop" } });
        return out;
    }
    const auto chunk = [&](const json& delta, const json& finish) {
        return json { { "id", id.toStdString() },
                      { "object", "chat.completion.chunk" },
                      { "created", 0 },
                      { "model", model },
                      { "choices", json::array({ { { "index", 0 }, { "delta", delta }, { "finish_reason", finish } } }) } };
    };
    out += sse(nullptr, chunk({ { "role", "assistant" }, { "content", "" } }, nullptr));
    out += sse(nullptr, chunk({ { "content", text } }, nullptr));
    out += sse(nullptr, chunk(json::object(), stopReason(response, false)));
    const bool usage = jsonfield::obj(jsonfield::obj(request.body, "stream_options"), "include_usage").is_boolean()
        && request.body["stream_options"]["include_usage"].get<bool>();
    if (usage) {
        json last = chunk(json::object(), nullptr);
        last["choices"] = json::array();
        last["usage"] = { { "prompt_tokens", response.usage.inputTokens },
                          { "completion_tokens", response.usage.outputTokens },
                          { "total_tokens", response.usage.inputTokens + response.usage.outputTokens } };
        out += sse(nullptr, last);
    }
    return out + "data: [DONE]\n\n";
}

ModelResponse readRelayedReply(ProxyApi api, int status, const QByteArray& contentType, const QByteArray& body)
{
    ModelResponse out;
    out.httpStatus = status;
    out.attempts = 1;
    const std::unique_ptr<ReplyReader> reader = api == ProxyApi::Anthropic ? anthropicReplyReader() : openaiReplyReader();
    reader->reset();
    const bool stream = contentType.toLower().contains("text/event-stream");
    if (status >= 200 && status < 300 && stream) {
        SseDecoder decoder;
        QList<SseEvent> events = decoder.feed(body);
        events += decoder.finish();
        for (const SseEvent& e : events)
            if (const auto error = reader->onStreamEvent(e)) {
                out.error = CallError::InvalidResponse;
                out.errorMessage = error->message;
                return out;
            }
        if (!reader->streamComplete(true)) {
            out.error = CallError::InvalidResponse;
            out.errorMessage = QStringLiteral("the stream ended before its last event");
            return out;
        }
        reader->fillStreamResponse(out);
        return out;
    }
    const json parsed = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (status >= 200 && status < 300) {
        QString error;
        if (parsed.is_discarded() || !reader->parseBody(parsed, out, &error)) {
            out.error = CallError::InvalidResponse;
            out.errorMessage = error.isEmpty() ? QStringLiteral("the reply is not JSON") : error;
        }
        return out;
    }
    const ApiError api_ = parsed.is_discarded() ? ApiError {} : reader->parseErrorBody(parsed);
    out.error = status == 401 || status == 403 ? CallError::Auth
        : status == 429                        ? CallError::RateLimited
        : status == 529                        ? CallError::Overloaded
        : status >= 500                        ? CallError::Server
                                               : CallError::BadRequest;
    const QString message = api_.message.isEmpty() ? QString::fromUtf8(body.left(200)).trimmed() : api_.message;
    out.errorMessage = QStringLiteral("HTTP %1%2").arg(status).arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    return out;
}

QByteArray errorBody(ProxyApi api, const QString& type, const QString& message)
{
    const json error { { "type", type.toStdString() }, { "message", message.toStdString() } };
    if (api == ProxyApi::Anthropic)
        return QByteArray::fromStdString(json { { "type", "error" }, { "error", error } }.dump());
    return QByteArray::fromStdString(
        json { { "error", { { "message", message.toStdString() }, { "type", type.toStdString() }, { "code", nullptr } } } }.dump());
}

} // namespace fapo
