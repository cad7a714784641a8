#pragma once
// An in-process HTTP server speaking the model APIs, for tests and benchmarks.
//
// Scriptable: a queue of canned replies (status, headers, body; or a stream of chunks with
// optional delays; or "drop the connection after N bytes"; or "never answer"), then a default
// handler. Without a handler it answers like the real services: Anthropic Messages on
// ".../v1/messages" and OpenAI chat completions on ".../chat/completions", as JSON or as an SSE
// stream when the request says "stream": true. Every request is recorded (path, headers, body).
// All QHttpServer specifics (its API changes after Qt 6.4) stay inside fakemodelserver.cpp.
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>

namespace fapo {
class ModelProvider;
struct ModelRequest;
struct ModelResponse;
}

class QHttpServer;
class QHttpServerResponder;

namespace fapo::test {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

struct FakeRequest {
    QByteArray method;
    QString path; // e.g. "/v1/messages"
    HeaderPairs headers; // names in lower case
    QByteArray body;
    nlohmann::json json; // parsed body, null when not JSON

    QByteArray header(QByteArrayView name) const; // case-insensitive, empty when absent
    bool hasHeader(QByteArrayView name) const;
    bool wantsStream() const; // "stream": true in the body
    QString prompt() const; // the last user message's text (Anthropic or OpenAI shape)
};

struct FakeChunk {
    QByteArray bytes;
    int delayMs = 0; // wait before writing this chunk
};

struct FakeReply {
    int status = 200;
    HeaderPairs headers; // content-type defaults to application/json (text/event-stream for chunks)
    QByteArray body; // sent with content-length when chunks is empty
    QList<FakeChunk> chunks; // sent with chunked transfer encoding, one HTTP chunk each
    qint64 dropAfterBytes = -1; // >= 0: close the connection after this many body bytes
    bool hang = false; // read the request, never answer
    int delayMs = 0; // before the status line

    FakeReply& header(const QByteArray& name, const QByteArray& value);

    static FakeReply json(const nlohmann::json& body, int status = 200);
    static FakeReply raw(int status, const QByteArray& body, const QByteArray& contentType = "text/plain");
    // An SSE stream: each element is one chunk written separately, delayMs apart.
    static FakeReply stream(const QList<QByteArray>& chunks, int delayMs = 0);
    static FakeReply never();

    // ---- Anthropic ----
    // {"type":"error","error":{"type":type,"message":message}} with that status.
    static FakeReply anthropicError(int status, const QString& type, const QString& message);
    // A Messages reply whose content is these blocks (see anthropicText/anthropicThinking).
    static nlohmann::json anthropicMessage(const nlohmann::json& content, const nlohmann::json& usage = {},
                                           const QString& model = QStringLiteral("claude-haiku-5-5"),
                                           const QString& stopReason = QStringLiteral("end_turn"));
    static nlohmann::json anthropicText(const QString& text);
    static nlohmann::json anthropicThinking(const QString& thinking);
    // One SSE event, "event: NAME\ndata: JSON\n\n".
    static QByteArray sseEvent(const QByteArray& name, const nlohmann::json& data);
    // The events of a streamed Messages reply holding one text block made of these deltas.
    static QList<QByteArray> anthropicStreamEvents(const QStringList& deltas, qint64 inputTokens = 10, qint64 outputTokens = 5,
                                                   const QString& model = QStringLiteral("claude-haiku-5-5"));

    // ---- OpenAI ----
    static nlohmann::json openaiCompletion(const QString& text, qint64 promptTokens = 10, qint64 completionTokens = 5,
                                           qint64 cachedTokens = 0, const QString& model = QStringLiteral("gpt-4o-mini"));
    // "data: {chunk}\n\n" for each delta, a finish chunk, a usage chunk, "data: [DONE]\n\n".
    static QList<QByteArray> openaiStreamEvents(const QStringList& deltas, qint64 promptTokens = 10, qint64 completionTokens = 5,
                                                const QString& model = QStringLiteral("gpt-4o-mini"));

    // The reply the real service would give to this request (protocol chosen by path, JSON or
    // stream as requested), with this text.
    static FakeReply forRequest(const FakeRequest& request, const QString& text);
};

class FakeModelServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<FakeReply(const FakeRequest&)>;

    explicit FakeModelServer(QObject* parent = nullptr);
    ~FakeModelServer() override;

    // Listens on 127.0.0.1, on a free port; returns the port (0 on failure).
    quint16 listen();
    quint16 port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:PORT"

    // Canned replies, used first-in first-out, one per request.
    void enqueue(FakeReply reply);
    int queuedReplies() const { return int(m_queue.size()); }
    // Used when the queue is empty. Default: FakeReply::forRequest(request, "echo: " + prompt).
    void setDefaultHandler(Handler handler);
    // Added before every reply (e.g. to simulate service latency in benchmarks).
    void setLatencyMs(int ms) { m_latencyMs = ms; }

    const QList<FakeRequest>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    const FakeRequest& lastRequest() const { return m_requests.back(); }
    void clearRequests() { m_requests.clear(); }
    // Replies still being written or held (streams with delays, hanging replies).
    int openReplies() const { return int(m_active.size()); }
    // The most replies that were open at the same time (requests being served concurrently).
    int peakOpenReplies() const { return m_peakActive; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Active;
    void handle(FakeRequest request, std::unique_ptr<QHttpServerResponder> responder);
    void writeHead(const std::shared_ptr<Active>& a);
    void writeNextChunk(const std::shared_ptr<Active>& a);
    void finishReply(const std::shared_ptr<Active>& a, bool drop);

    QHttpServer* m_server = nullptr;
    quint16 m_port = 0;
    QList<FakeReply> m_queue;
    Handler m_default;
    int m_latencyMs = 0;
    QList<FakeRequest> m_requests;
    QList<std::shared_ptr<Active>> m_active;
    int m_peakActive = 0;
};

// Starts one call and waits for it (QSignalSpy::wait, no sleeps). False when finished() came
// synchronously from start(), never came within waitMs, or came more than once.
bool runModelCall(ModelProvider& provider, const ModelRequest& request, ModelResponse* out, int waitMs = 15000);

} // namespace fapo::test
