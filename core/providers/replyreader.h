#pragma once
// Reading a model protocol's replies: a complete JSON body, the events of an SSE stream, an error body.
// HttpModelCall reads its replies with one; the app model proxy reads the replies it relays with the same.
#include "core/providers/modelrequest.h"
#include "core/providers/ssedecoder.h"
#include <QString>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace fapo {

// An error reported by the server in its protocol's shape.
struct ApiError {
    QString type; // "overloaded_error", "invalid_request_error", ... (may be empty)
    QString code; // "insufficient_quota", "invalid_api_key", ... (may be empty)
    QString message;
};

// Tolerant accessors for protocol JSON: a missing or mistyped field reads as empty/null/0.
namespace jsonfield {
inline const nlohmann::json& obj(const nlohmann::json& o, const char* key)
{
    static const nlohmann::json null;
    if (!o.is_object())
        return null;
    const auto it = o.find(key);
    return it == o.end() ? null : *it;
}
// Strings as they are, numbers and booleans as text, anything else empty.
inline QString str(const nlohmann::json& o, const char* key)
{
    const nlohmann::json& v = obj(o, key);
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number() || v.is_boolean())
        return QString::fromStdString(v.dump());
    return {};
}
inline qint64 integer(const nlohmann::json& o, const char* key, qint64 fallback = 0)
{
    const nlohmann::json& v = obj(o, key);
    return v.is_number() ? v.get<qint64>() : fallback;
}
} // namespace jsonfield

class ReplyReader {
public:
    virtual ~ReplyReader() = default;
    // A new reply starts: forget everything read so far.
    virtual void reset() = 0;
    // A complete 2xx JSON body. False with *error when it is not the protocol's reply.
    virtual bool parseBody(const nlohmann::json& body, ModelResponse& out, QString* error) = 0;
    // One event of a 2xx SSE stream. An error fails the reply (error events, unparsable data; type
    // "invalid_response" makes it a non-retryable protocol error).
    virtual std::optional<ApiError> onStreamEvent(const SseEvent& event) = 0;
    // The stream's terminal event was seen (message_stop, [DONE]). cleanEnd: the server ended the
    // reply normally (no error, no timeout), for protocols whose terminal event is optional.
    virtual bool streamComplete(bool cleanEnd) const = 0;
    // Fills text, usage, model, stop reason from a completed stream.
    virtual void fillStreamResponse(ModelResponse& out) = 0;
    // The error carried by a non-2xx JSON body (shapes differ across servers).
    virtual ApiError parseErrorBody(const nlohmann::json& body) const = 0;
};

// Anthropic Messages (anthropicprovider.cpp) and OpenAI Chat Completions (openaiprovider.cpp).
std::unique_ptr<ReplyReader> anthropicReplyReader();
std::unique_ptr<ReplyReader> openaiReplyReader();

} // namespace fapo
