#pragma once
// Shared machinery of the HTTP providers: POST a JSON body, retry through RetryPolicy on a QTimer,
// an inactivity timeout (restarted by every byte, not a total deadline), SSE or JSON replies,
// request ids and failure logs. Providers subclass it with their protocol's parsing hooks.
#include "core/providers/modelconfig.h"
#include "core/providers/modelprovider.h"
#include "core/providers/retrypolicy.h"
#include "core/providers/ssedecoder.h"
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace fapo {

struct HttpCallSetup {
    QNetworkAccessManager* manager = nullptr;
    QUrl url;
    HttpHeaderList headers; // sent as they are (may hold a key: never logged)
    QByteArray body;
    bool stream = false; // asks for SSE ("accept: text/event-stream")
    int timeoutMs = 120000; // inactivity timeout per attempt
    RetryPolicy policy;
    QByteArray requestIdHeader; // "request-id" (Anthropic) or "x-request-id" (OpenAI)
    QString provider; // for messages and logs: "anthropic", "openai"
    QString model; // requested model id: response.model falls back to it
    QString authHint; // appended to authentication errors ("set ANTHROPIC_API_KEY ...")
};

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

class HttpModelCall : public ModelCall {
    Q_OBJECT
public:
    HttpModelCall(HttpCallSetup setup, QObject* parent);
    ~HttpModelCall() override;

    // Starts the first attempt from the event loop (never synchronously).
    void begin();
    void abort() override;
    int attempts() const { return m_attempts; }

protected:
    // ---- protocol hooks ----
    // A new attempt starts: forget everything parsed so far.
    virtual void resetParser() = 0;
    // A complete 2xx JSON body. False with *error when it is not the protocol's reply.
    virtual bool parseBody(const nlohmann::json& body, ModelResponse& out, QString* error) = 0;
    // One event of a 2xx SSE stream. Return an error to fail the attempt (error events,
    // unparsable data; type "invalid_response" makes it a non-retryable protocol error).
    virtual std::optional<ApiError> onStreamEvent(const SseEvent& event) = 0;
    // The stream's terminal event was seen (message_stop, [DONE]). cleanEnd: the server ended the
    // reply normally (no error, no timeout), for protocols whose terminal event is optional.
    virtual bool streamComplete(bool cleanEnd) const = 0;
    // Fills text, usage, model, stop reason from a completed stream.
    virtual void fillStreamResponse(ModelResponse& out) = 0;
    // The error carried by a non-2xx JSON body (shapes differ across servers).
    virtual ApiError parseErrorBody(const nlohmann::json& body) const = 0;

private:
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onInactivity();
    void restartInactivityTimer();
    void readAvailable();
    void handleFailure(AttemptFailure failure, const QString& detail);
    void succeed(ModelResponse response);
    void complete(ModelResponse response);
    void releaseReply();
    bool isSseReply() const;
    int statusCode() const;

    HttpCallSetup m_setup;
    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QTimer m_retryTimer;
    SseDecoder m_sse;
    QByteArray m_body; // buffered non-SSE body
    std::optional<ApiError> m_streamError;
    bool m_timedOut = false;
    bool m_aborted = false;
    int m_attempts = 0;
    int m_status = 0;
    QString m_requestId;
};

} // namespace fapo
