#include "core/providers/openaiprovider.h"
#include "core/providers/openaibatches.h"

#include "core/providers/httpmodelcall.h"
#include "core/providers/networkpool.h"

namespace fapo {

namespace {

// Message content is a string, null, or (some servers) an array of {"type":"text","text":...} parts.
QString contentText(const nlohmann::json& content)
{
    if (content.is_string())
        return QString::fromStdString(content.get<std::string>());
    QString text;
    if (content.is_array()) {
        for (const auto& part : content) {
            if (part.is_string())
                text += QString::fromStdString(part.get<std::string>());
            else if (part.is_object() && jsonfield::str(part, "type") == u"text")
                text += jsonfield::str(part, "text");
        }
    }
    return text;
}

// prompt_tokens counts cached tokens too; Usage keeps them apart as Anthropic does
// (inputTokens = uncached input, cacheReadTokens = cached input), so pricing treats both alike.
void readUsage(const nlohmann::json& usage, Usage& u)
{
    if (!usage.is_object())
        return;
    const qint64 prompt = jsonfield::integer(usage, "prompt_tokens");
    const qint64 cached = jsonfield::integer(jsonfield::obj(usage, "prompt_tokens_details"), "cached_tokens");
    u.inputTokens = std::max<qint64>(0, prompt - cached);
    u.cacheReadTokens = cached;
    u.outputTokens = jsonfield::integer(usage, "completion_tokens");
}

// Error shapes: OpenAI {"error":{"message","type","code"}}, Ollama {"error":"text"}, llama.cpp server
// {"error":{"code":500,"message","type"}}, vLLM {"object":"error","message","type","code"},
// FastAPI-style {"detail": ...}.
ApiError parseError(const nlohmann::json& body)
{
    ApiError e;
    if (!body.is_object())
        return e;
    const nlohmann::json& err = jsonfield::obj(body, "error");
    if (err.is_object()) {
        e.message = jsonfield::str(err, "message");
        e.type = jsonfield::str(err, "type");
        e.code = jsonfield::str(err, "code");
    } else if (err.is_string()) {
        e.message = QString::fromStdString(err.get<std::string>());
    } else {
        e.message = jsonfield::str(body, "message");
        e.type = jsonfield::str(body, "type");
        e.code = jsonfield::str(body, "code");
        if (e.message.isEmpty()) {
            const nlohmann::json& detail = jsonfield::obj(body, "detail");
            e.message = detail.is_string() ? QString::fromStdString(detail.get<std::string>())
                                           : (detail.is_null() ? QString() : QString::fromStdString(detail.dump()));
        }
    }
    return e;
}

class OpenAIReplyReader final : public ReplyReader {
public:
    void reset() override
    {
        m_text.clear();
        m_usage = Usage();
        m_model.clear();
        m_stopReason.clear();
        m_done = false;
    }

    bool parseBody(const nlohmann::json& body, ModelResponse& out, QString* error) override
    {
        if (body.is_object() && body.contains("error") && !body["error"].is_null()) {
            const ApiError e = parseError(body);
            *error = QStringLiteral("error in a 200 reply: %1").arg(e.message);
            return false;
        }
        const nlohmann::json& choices = jsonfield::obj(body, "choices");
        if (!choices.is_array() || choices.empty()) {
            *error = QStringLiteral("reply has no \"choices\"");
            return false;
        }
        const nlohmann::json& choice = choices.front();
        out.text = contentText(jsonfield::obj(jsonfield::obj(choice, "message"), "content"));
        out.stopReason = jsonfield::str(choice, "finish_reason");
        out.model = jsonfield::str(body, "model");
        readUsage(jsonfield::obj(body, "usage"), out.usage);
        return true;
    }

    std::optional<ApiError> onStreamEvent(const SseEvent& event) override
    {
        if (event.data.trimmed() == u"[DONE]") {
            m_done = true;
            return std::nullopt;
        }
        const nlohmann::json data = nlohmann::json::parse(event.data.toStdString(), nullptr, false);
        if (data.is_discarded() || !data.is_object()) {
            return ApiError { QStringLiteral("invalid_response"),
                              {},
                              QStringLiteral("stream chunk is not JSON: %1").arg(event.data.left(200)) };
        }
        if (event.event == u"error" || (data.contains("error") && !data["error"].is_null())) {
            ApiError e = parseError(data);
            if (e.type.isEmpty() && e.code.isEmpty())
                e.type = QStringLiteral("api_error");
            return e;
        }
        const QString model = jsonfield::str(data, "model");
        if (!model.isEmpty())
            m_model = model;
        const nlohmann::json& choices = jsonfield::obj(data, "choices");
        if (choices.is_array()) {
            for (const auto& choice : choices) {
                if (jsonfield::integer(choice, "index") != 0)
                    continue;
                m_text += contentText(jsonfield::obj(jsonfield::obj(choice, "delta"), "content"));
                const QString finish = jsonfield::str(choice, "finish_reason");
                if (!finish.isEmpty())
                    m_stopReason = finish;
            }
        }
        if (jsonfield::obj(data, "usage").is_object())
            readUsage(data["usage"], m_usage);
        return std::nullopt;
    }

    // [DONE], or a clean end after a finish_reason (servers that omit [DONE]).
    bool streamComplete(bool cleanEnd) const override { return m_done || (cleanEnd && !m_stopReason.isEmpty()); }

    void fillStreamResponse(ModelResponse& out) override
    {
        out.text = m_text;
        out.usage = m_usage;
        out.model = m_model;
        out.stopReason = m_stopReason;
    }

    ApiError parseErrorBody(const nlohmann::json& body) const override { return parseError(body); }

private:
    QString m_text;
    Usage m_usage;
    QString m_model;
    QString m_stopReason;
    bool m_done = false;
};

} // namespace

std::unique_ptr<ReplyReader> openaiReplyReader() { return std::make_unique<OpenAIReplyReader>(); }

OpenAIProvider::OpenAIProvider(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool)
    : HttpProvider(std::move(config), std::move(baseUrl), std::move(apiKey), pool, kDefaultBaseUrl)
    , m_batches(std::make_unique<OpenAIBatches>(m_config, m_baseUrl, m_apiKey, m_pool))
{
}

QUrl OpenAIProvider::endpoint() const { return QUrl(m_baseUrl + QStringLiteral("/chat/completions")); }

QString OpenAIProvider::cacheIdentity() const { return QStringLiteral("openai|") + m_baseUrl + QStringLiteral("|") + m_config.model; }

nlohmann::json OpenAIProvider::requestBody(const ModelRequest& request) const
{
    nlohmann::json body = nlohmann::json::object();
    body["model"] = m_config.model.toStdString();
    nlohmann::json messages = nlohmann::json::array();
    if (!request.system.isEmpty())
        messages.push_back({ { "role", "system" }, { "content", request.system.toStdString() } });
    messages.push_back({ { "role", "user" }, { "content", request.prompt.toStdString() } });
    body["messages"] = std::move(messages);
    body["max_tokens"] = request.maxTokens > 0 ? request.maxTokens : m_config.maxTokens;
    if (const auto t = request.temperature ? request.temperature : m_config.temperature)
        body["temperature"] = *t;
    if (!request.stop.isEmpty()) {
        nlohmann::json stops = nlohmann::json::array();
        for (const QString& s : request.stop)
            stops.push_back(s.toStdString());
        body["stop"] = std::move(stops);
    }
    if (!request.jsonSchema.is_null()) {
        const QString name = request.schemaName.isEmpty() ? QStringLiteral("result") : request.schemaName;
        body["response_format"] = {
            { "type", "json_schema" },
            { "json_schema", { { "name", name.toStdString() }, { "schema", request.jsonSchema } } },
        };
    }
    if (request.stream || m_config.stream) {
        body["stream"] = true;
        body["stream_options"] = { { "include_usage", true } };
    }
    return body;
}

HttpCallSetup openaiCallSetup(const ModelConfig& config, const QString& apiKey, NetworkPool* pool)
{
    HttpCallSetup setup;
    setup.manager = pool ? pool->next() : nullptr;
    if (!apiKey.isEmpty())
        setup.headers.emplaceBack("authorization", "Bearer " + apiKey.toUtf8());
    setup.timeoutMs = config.timeoutMs;
    setup.policy = RetryPolicy(config.maxRetries);
    setup.requestIdHeader = "x-request-id";
    setup.provider = QStringLiteral("openai");
    setup.model = config.model;
    setup.authHint = apiKey.isEmpty() ? QStringLiteral("OPENAI_API_KEY is not set: set it in the environment")
                                      : QStringLiteral("check OPENAI_API_KEY");
    return setup;
}

ModelCall* OpenAIProvider::start(const ModelRequest& request, QObject* parent)
{
    const nlohmann::json body = requestBody(request);
    HttpCallSetup setup = openaiCallSetup(m_config, m_apiKey, m_pool);
    setup.url = endpoint();
    setup.headers.prepend({ "content-type", "application/json" });
    setup.body = QByteArray::fromStdString(body.dump());
    setup.stream = body.contains("stream");
    auto* call = new HttpModelCall(std::move(setup), openaiReplyReader(), parent);
    call->begin();
    return call;
}

} // namespace fapo
