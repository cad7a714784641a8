#include "core/providers/anthropicprovider.h"

#include "core/providers/anthropicbatches.h"
#include "core/providers/httpmodelcall.h"
#include "core/providers/networkpool.h"

namespace fapo {

namespace {

class AnthropicReplyReader final : public ReplyReader {
public:
    void reset() override
    {
        m_text.clear();
        m_blockTypes.clear();
        m_usage = Usage();
        m_model.clear();
        m_stopReason.clear();
        m_done = false;
    }

    bool parseBody(const nlohmann::json& body, ModelResponse& out, QString* error) override
    {
        if (!body.is_object() || !body.contains("content") || !body["content"].is_array()) {
            *error = QStringLiteral("reply has no \"content\" array");
            return false;
        }
        QString text;
        for (const auto& block : body["content"]) {
            // Only text blocks: replies may begin with thinking/redacted_thinking blocks.
            if (block.is_object() && jsonfield::str(block, "type") == u"text")
                text += jsonfield::str(block, "text");
        }
        out.text = text;
        readUsage(jsonfield::obj(body, "usage"), out.usage);
        out.model = jsonfield::str(body, "model");
        out.stopReason = jsonfield::str(body, "stop_reason");
        return true;
    }

    std::optional<ApiError> onStreamEvent(const SseEvent& event) override
    {
        const nlohmann::json data = nlohmann::json::parse(event.data.toStdString(), nullptr, false);
        if (data.is_discarded() || !data.is_object()) {
            if (event.event == u"ping")
                return std::nullopt;
            return ApiError { QStringLiteral("invalid_response"),
                              {},
                              QStringLiteral("event \"%1\" carries data that is not JSON: %2").arg(event.event, event.data.left(200)) };
        }
        QString type = jsonfield::str(data, "type");
        if (type.isEmpty())
            type = event.event;
        if (type == u"message_start") {
            const auto& message = jsonfield::obj(data, "message");
            m_model = jsonfield::str(message, "model");
            readUsage(jsonfield::obj(message, "usage"), m_usage);
        } else if (type == u"content_block_start") {
            const qint64 index = jsonfield::integer(data, "index");
            const auto& block = jsonfield::obj(data, "content_block");
            const QString blockType = jsonfield::str(block, "type");
            m_blockTypes.insert(index, blockType);
            if (blockType == u"text")
                m_text += jsonfield::str(block, "text");
        } else if (type == u"content_block_delta") {
            const qint64 index = jsonfield::integer(data, "index");
            const auto& delta = jsonfield::obj(data, "delta");
            // text_delta of text blocks only; thinking_delta, signature_delta, input_json_delta ignored.
            if (jsonfield::str(delta, "type") == u"text_delta" && m_blockTypes.value(index, QStringLiteral("text")) == u"text")
                m_text += jsonfield::str(delta, "text");
        } else if (type == u"message_delta") {
            const auto& delta = jsonfield::obj(data, "delta");
            const QString stop = jsonfield::str(delta, "stop_reason");
            if (!stop.isEmpty())
                m_stopReason = stop;
            readUsage(jsonfield::obj(data, "usage"), m_usage);
        } else if (type == u"message_stop") {
            m_done = true;
        } else if (type == u"error") {
            const auto& err = jsonfield::obj(data, "error");
            return ApiError { jsonfield::str(err, "type"), {}, jsonfield::str(err, "message") };
        }
        // ping, content_block_stop and unknown events: nothing to do.
        return std::nullopt;
    }

    bool streamComplete(bool) const override { return m_done; }

    void fillStreamResponse(ModelResponse& out) override
    {
        out.text = m_text;
        out.usage = m_usage;
        out.model = m_model;
        out.stopReason = m_stopReason;
    }

    ApiError parseErrorBody(const nlohmann::json& body) const override
    {
        // {"type":"error","error":{"type":"...","message":"..."}}; tolerate the OpenAI-like shapes of proxies.
        ApiError e;
        if (!body.is_object())
            return e;
        const auto it = body.find("error");
        if (it != body.end() && it->is_object()) {
            e.type = jsonfield::str(*it, "type");
            e.message = jsonfield::str(*it, "message");
            e.code = jsonfield::str(*it, "code");
        } else if (it != body.end() && it->is_string()) {
            e.message = QString::fromStdString(it->get<std::string>());
        } else {
            e.message = jsonfield::str(body, "message");
        }
        return e;
    }

private:
    // Fields present in an usage object overwrite (message_delta carries cumulative counts).
    static void readUsage(const nlohmann::json& usage, Usage& u)
    {
        if (!usage.is_object())
            return;
        auto take = [&usage](const char* key, qint64& field) {
            const auto it = usage.find(key);
            if (it != usage.end() && it->is_number())
                field = it->get<qint64>();
        };
        take("input_tokens", u.inputTokens);
        take("output_tokens", u.outputTokens);
        take("cache_read_input_tokens", u.cacheReadTokens);
        take("cache_creation_input_tokens", u.cacheWriteTokens);
    }

    QString m_text;
    QHash<qint64, QString> m_blockTypes;
    Usage m_usage;
    QString m_model;
    QString m_stopReason;
    bool m_done = false;
};

} // namespace

std::unique_ptr<ReplyReader> anthropicReplyReader() { return std::make_unique<AnthropicReplyReader>(); }

AnthropicProvider::AnthropicProvider(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool)
    : HttpProvider(std::move(config), std::move(baseUrl), std::move(apiKey), pool, kDefaultBaseUrl)
    , m_batches(std::make_unique<AnthropicBatches>(m_config, m_baseUrl, m_apiKey, m_pool))
{
}

QUrl AnthropicProvider::endpoint() const { return QUrl(m_baseUrl + QStringLiteral("/v1/messages")); }

QString AnthropicProvider::cacheIdentity() const { return QStringLiteral("anthropic|") + m_baseUrl + QStringLiteral("|") + m_config.model; }

nlohmann::json AnthropicProvider::requestBody(const ModelRequest& request) const
{
    nlohmann::json body = nlohmann::json::object();
    body["model"] = m_config.model.toStdString();
    body["max_tokens"] = request.maxTokens > 0 ? request.maxTokens : m_config.maxTokens;
    if (!request.system.isEmpty())
        body["system"] = request.system.toStdString();
    body["messages"] = nlohmann::json::array({ { { "role", "user" }, { "content", request.prompt.toStdString() } } });
    if (!request.stop.isEmpty()) {
        nlohmann::json stops = nlohmann::json::array();
        for (const QString& s : request.stop)
            stops.push_back(s.toStdString());
        body["stop_sequences"] = std::move(stops);
    }
    // Sampling parameters only when the user set them: the newest models reject them with 400.
    if (const auto t = request.temperature ? request.temperature : m_config.temperature)
        body["temperature"] = *t;
    if (!request.jsonSchema.is_null())
        body["output_config"] = { { "format", { { "type", "json_schema" }, { "schema", request.jsonSchema } } } };
    if (request.stream || m_config.stream)
        body["stream"] = true;
    return body;
}

HttpCallSetup anthropicCallSetup(const ModelConfig& config, const QString& apiKey, NetworkPool* pool)
{
    HttpCallSetup setup;
    setup.manager = pool ? pool->next() : nullptr;
    setup.headers = { { "anthropic-version", AnthropicProvider::kApiVersion } };
    // Without a key the request still goes out (local stand-ins may not need one); a 401 then
    // says to set ANTHROPIC_API_KEY.
    if (!apiKey.isEmpty())
        setup.headers.emplaceBack("x-api-key", apiKey.toUtf8());
    setup.timeoutMs = config.timeoutMs;
    setup.policy = RetryPolicy(config.maxRetries);
    setup.requestIdHeader = "request-id";
    setup.provider = QStringLiteral("anthropic");
    setup.model = config.model;
    setup.authHint = apiKey.isEmpty() ? QStringLiteral("ANTHROPIC_API_KEY is not set: set it in the environment")
                                      : QStringLiteral("check ANTHROPIC_API_KEY");
    return setup;
}

ModelCall* AnthropicProvider::start(const ModelRequest& request, QObject* parent)
{
    const nlohmann::json body = requestBody(request);
    HttpCallSetup setup = anthropicCallSetup(m_config, m_apiKey, m_pool);
    setup.url = endpoint();
    setup.headers.prepend({ "content-type", "application/json" });
    setup.body = QByteArray::fromStdString(body.dump());
    setup.stream = body.contains("stream");
    auto* call = new HttpModelCall(std::move(setup), anthropicReplyReader(), parent);
    call->begin();
    return call;
}

} // namespace fapo
