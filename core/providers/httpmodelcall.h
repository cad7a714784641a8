#pragma once
// Shared machinery of the HTTP providers: POST a JSON body, retry through RetryPolicy on a QTimer,
// an inactivity timeout (restarted by every byte, not a total deadline), SSE or JSON replies,
// request ids and failure logs. Providers subclass it with their protocol's parsing hooks.
#include "core/providers/modelconfig.h"
#include "core/providers/modelprovider.h"
#include "core/providers/retrypolicy.h"
#include "core/providers/replyreader.h"
#include "core/providers/ssedecoder.h"
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace fapo {

struct HttpCallSetup {
    QNetworkAccessManager* manager = nullptr;
    QUrl url;
    HttpHeaderList headers; // sent as they are (may hold a key: never logged)
    QByteArray method = "POST"; // or "GET" (no body)
    QByteArray body;
    bool rawBody = false; // the 2xx reply is handed back as it is (response.body), not read as a message
    bool stream = false; // asks for SSE ("accept: text/event-stream")
    int timeoutMs = 120000; // inactivity timeout per attempt
    RetryPolicy policy;
    QByteArray requestIdHeader; // "request-id" (Anthropic) or "x-request-id" (OpenAI)
    QString provider; // for messages and logs: "anthropic", "openai"
    QString model; // requested model id: response.model falls back to it
    QString authHint; // appended to authentication errors ("set ANTHROPIC_API_KEY ...")
};

class HttpModelCall final : public ModelCall {
    Q_OBJECT
public:
    // `reader` reads the protocol's replies (the provider's; see replyreader.h).
    HttpModelCall(HttpCallSetup setup, std::unique_ptr<ReplyReader> reader, QObject* parent);
    ~HttpModelCall() override;

    // Starts the first attempt from the event loop (never synchronously).
    void begin();
    void abort() override;
    int attempts() const { return m_attempts; }

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
    std::unique_ptr<ReplyReader> m_reader;
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
