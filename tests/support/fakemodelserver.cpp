#include "fakemodelserver.h"

#include "core/providers/modelprovider.h"
#include <QCoreApplication>
#include <QSignalSpy>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <atomic>

namespace fapo::test {

namespace {

std::string s(const QString& q) { return q.toStdString(); }

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

QByteArray nextRequestId(const char* prefix)
{
    static std::atomic<int> counter { 0 };
    return QByteArray(prefix) + QByteArray::number(++counter);
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

} // namespace

// ---------------------------------------------------------------- FakeRequest

QByteArray FakeRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool FakeRequest::wantsStream() const
{
    return json.is_object() && json.contains("stream") && json["stream"].is_boolean() && json["stream"].get<bool>();
}

QString FakeRequest::prompt() const
{
    if (!json.is_object() || !json.contains("messages") || !json["messages"].is_array() || json["messages"].empty())
        return {};
    const auto& content = json["messages"].back().value("content", nlohmann::json());
    if (content.is_string())
        return QString::fromStdString(content.get<std::string>());
    QString text;
    if (content.is_array()) {
        for (const auto& part : content) {
            if (part.is_object() && part.value("type", "") == "text")
                text += QString::fromStdString(part.value("text", ""));
        }
    }
    return text;
}

// ---------------------------------------------------------------- FakeReply

FakeReply& FakeReply::header(const QByteArray& name, const QByteArray& value)
{
    headers.emplaceBack(name, value);
    return *this;
}

FakeReply FakeReply::json(const nlohmann::json& body, int status)
{
    FakeReply r;
    r.status = status;
    r.body = QByteArray::fromStdString(body.dump());
    r.headers.emplaceBack("content-type", "application/json");
    return r;
}

FakeReply FakeReply::raw(int status, const QByteArray& body, const QByteArray& contentType)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    r.headers.emplaceBack("content-type", contentType);
    return r;
}

FakeReply FakeReply::stream(const QList<QByteArray>& chunks, int delayMs)
{
    FakeReply r;
    r.headers.emplaceBack("content-type", "text/event-stream");
    r.headers.emplaceBack("cache-control", "no-cache");
    for (const QByteArray& c : chunks)
        r.chunks.append({ c, delayMs });
    return r;
}

FakeReply FakeReply::never()
{
    FakeReply r;
    r.hang = true;
    return r;
}

FakeReply FakeReply::anthropicError(int status, const QString& type, const QString& message)
{
    FakeReply r = json({ { "type", "error" }, { "error", { { "type", s(type) }, { "message", s(message) } } } }, status);
    r.header("request-id", nextRequestId("req_err_"));
    return r;
}

nlohmann::json FakeReply::anthropicMessage(const nlohmann::json& content, const nlohmann::json& usage, const QString& model,
                                           const QString& stopReason)
{
    nlohmann::json u = usage.is_object() ? usage : nlohmann::json { { "input_tokens", 10 }, { "output_tokens", 5 } };
    return {
        { "id", "msg_fake" },
        { "type", "message" },
        { "role", "assistant" },
        { "model", s(model) },
        { "content", content.is_array() ? content : nlohmann::json::array({ content }) },
        { "stop_reason", s(stopReason) },
        { "stop_sequence", nullptr },
        { "usage", u },
    };
}

nlohmann::json FakeReply::anthropicText(const QString& text) { return { { "type", "text" }, { "text", s(text) } }; }

nlohmann::json FakeReply::anthropicThinking(const QString& thinking)
{
    return { { "type", "thinking" }, { "thinking", s(thinking) }, { "signature", "c2lnbmF0dXJl" } };
}

QByteArray FakeReply::sseEvent(const QByteArray& name, const nlohmann::json& data)
{
    return "event: " + name + "\ndata: " + QByteArray::fromStdString(data.dump()) + "\n\n";
}

QList<QByteArray> FakeReply::anthropicStreamEvents(const QStringList& deltas, qint64 inputTokens, qint64 outputTokens, const QString& model)
{
    QList<QByteArray> events;
    events.append(sseEvent("message_start",
                           { { "type", "message_start" },
                             { "message",
                               { { "id", "msg_fake" },
                                 { "type", "message" },
                                 { "role", "assistant" },
                                 { "model", s(model) },
                                 { "content", nlohmann::json::array() },
                                 { "stop_reason", nullptr },
                                 { "stop_sequence", nullptr },
                                 { "usage", { { "input_tokens", inputTokens }, { "output_tokens", 1 } } } } } }));
    events.append(
        sseEvent("content_block_start",
                 { { "type", "content_block_start" }, { "index", 0 }, { "content_block", { { "type", "text" }, { "text", "" } } } }));
    events.append(sseEvent("ping", { { "type", "ping" } }));
    for (const QString& d : deltas) {
        events.append(
            sseEvent("content_block_delta",
                     { { "type", "content_block_delta" }, { "index", 0 }, { "delta", { { "type", "text_delta" }, { "text", s(d) } } } }));
    }
    events.append(sseEvent("content_block_stop", { { "type", "content_block_stop" }, { "index", 0 } }));
    events.append(sseEvent("message_delta",
                           { { "type", "message_delta" },
                             { "delta", { { "stop_reason", "end_turn" }, { "stop_sequence", nullptr } } },
                             { "usage", { { "output_tokens", outputTokens } } } }));
    events.append(sseEvent("message_stop", { { "type", "message_stop" } }));
    return events;
}

nlohmann::json FakeReply::openaiCompletion(const QString& text, qint64 promptTokens, qint64 completionTokens, qint64 cachedTokens,
                                           const QString& model)
{
    return {
        { "id", "chatcmpl-fake" },
        { "object", "chat.completion" },
        { "created", 1767225600 },
        { "model", s(model) },
        { "choices",
          nlohmann::json::array(
              { { { "index", 0 }, { "message", { { "role", "assistant" }, { "content", s(text) } } }, { "finish_reason", "stop" } } }) },
        { "usage",
          { { "prompt_tokens", promptTokens },
            { "completion_tokens", completionTokens },
            { "total_tokens", promptTokens + completionTokens },
            { "prompt_tokens_details", { { "cached_tokens", cachedTokens } } } } },
    };
}

QList<QByteArray> FakeReply::openaiStreamEvents(const QStringList& deltas, qint64 promptTokens, qint64 completionTokens,
                                                const QString& model)
{
    auto chunk = [&model](const nlohmann::json& choices, const nlohmann::json& usage) -> QByteArray {
        nlohmann::json c = { { "id", "chatcmpl-fake" },
                             { "object", "chat.completion.chunk" },
                             { "created", 1767225600 },
                             { "model", s(model) },
                             { "choices", choices } };
        c["usage"] = usage;
        return "data: " + QByteArray::fromStdString(c.dump()) + "\n\n";
    };
    auto choice = [](const nlohmann::json& delta, const nlohmann::json& finish) {
        return nlohmann::json::array({ { { "index", 0 }, { "delta", delta }, { "finish_reason", finish } } });
    };
    QList<QByteArray> events;
    events.append(chunk(choice({ { "role", "assistant" }, { "content", "" } }, nullptr), nullptr));
    for (const QString& d : deltas)
        events.append(chunk(choice({ { "content", s(d) } }, nullptr), nullptr));
    events.append(chunk(choice(nlohmann::json::object(), "stop"), nullptr));
    events.append(chunk(nlohmann::json::array(),
                        { { "prompt_tokens", promptTokens },
                          { "completion_tokens", completionTokens },
                          { "total_tokens", promptTokens + completionTokens } }));
    events.append("data: [DONE]\n\n");
    return events;
}

FakeReply FakeReply::forRequest(const FakeRequest& request, const QString& text)
{
    const qint64 in = request.body.size() / 4 + 1;
    const qint64 out = text.size() / 4 + 1;
    const QString model = request.json.is_object() ? QString::fromStdString(request.json.value("model", "")) : QString();
    if (request.path.endsWith(QStringLiteral("/messages"))) {
        const QString m = model.isEmpty() ? QStringLiteral("claude-haiku-5-5") : model;
        FakeReply r = request.wantsStream() ? stream(anthropicStreamEvents({ text }, in, out, m))
                                            : json(anthropicMessage(nlohmann::json::array({ anthropicText(text) }),
                                                                    { { "input_tokens", in }, { "output_tokens", out } }, m));
        return r.header("request-id", nextRequestId("req_"));
    }
    if (request.path.endsWith(QStringLiteral("/chat/completions"))) {
        const QString m = model.isEmpty() ? QStringLiteral("gpt-4o-mini") : model;
        FakeReply r
            = request.wantsStream() ? stream(openaiStreamEvents({ text }, in, out, m)) : json(openaiCompletion(text, in, out, 0, m));
        return r.header("x-request-id", nextRequestId("req_"));
    }
    return json({ { "error", { { "type", "not_found_error" }, { "message", "no such endpoint: " + s(request.path) } } } }, 404);
}

// ---------------------------------------------------------------- FakeModelServer

struct FakeModelServer::Active {
    std::unique_ptr<QHttpServerResponder> responder; // held until the reply is complete
    QPointer<QTcpSocket> socket;
    FakeReply reply;
    int nextChunk = 0;
    qint64 sentBody = 0;
};

FakeModelServer::FakeModelServer(QObject* parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        FakeRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        for (const auto& [name, value] : request.headers())
            r.headers.emplaceBack(name.toLower(), value);
        r.body = request.body();
        r.json = nlohmann::json::parse(r.body.cbegin(), r.body.cend(), nullptr, false);
        if (r.json.is_discarded())
            r.json = nullptr;
        handle(std::move(r), std::make_unique<QHttpServerResponder>(std::move(responder)));
    });
}

FakeModelServer::~FakeModelServer()
{
    // Responders first: they refer to the server's sockets.
    m_active.clear();
    delete m_server;
}

quint16 FakeModelServer::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port;
}

QString FakeModelServer::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

void FakeModelServer::enqueue(FakeReply reply) { m_queue.append(std::move(reply)); }

void FakeModelServer::setDefaultHandler(Handler handler) { m_default = std::move(handler); }

void FakeModelServer::handle(FakeRequest request, std::unique_ptr<QHttpServerResponder> responder)
{
    auto a = std::make_shared<Active>();
    a->responder = std::move(responder);
    a->socket = a->responder->socket();
    if (!m_queue.isEmpty())
        a->reply = m_queue.takeFirst();
    else if (m_default)
        a->reply = m_default(request);
    else
        a->reply = FakeReply::forRequest(request, QStringLiteral("echo: ") + request.prompt());
    m_requests.append(std::move(request));
    m_active.append(a);
    m_peakActive = std::max(m_peakActive, int(m_active.size()));

    if (a->socket) {
        std::weak_ptr<Active> weak = a;
        connect(a->socket, &QTcpSocket::disconnected, this, [this, weak] {
            if (auto locked = weak.lock())
                m_active.removeOne(locked);
        });
    }
    Q_EMIT requestReceived(int(m_requests.size()) - 1);

    if (a->reply.hang)
        return; // held until the client gives up or the server goes away
    const int delay = m_latencyMs + a->reply.delayMs;
    if (delay > 0)
        QTimer::singleShot(delay, this, [this, a] { writeHead(a); });
    else
        writeHead(a);
}

void FakeModelServer::writeHead(const std::shared_ptr<Active>& a)
{
    if (!a->socket) {
        m_active.removeOne(a);
        return;
    }
    const FakeReply& r = a->reply;
    const bool chunked = !r.chunks.isEmpty();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    bool hasType = false;
    for (const auto& [name, value] : r.headers) {
        head += name + ": " + value + "\r\n";
        hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        head += chunked ? "content-type: text/event-stream\r\n" : "content-type: application/json\r\n";
    head += chunked ? QByteArray("transfer-encoding: chunked\r\n") : "content-length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "\r\n";
    a->socket->write(head);

    if (!chunked) {
        if (r.dropAfterBytes >= 0 && r.dropAfterBytes < r.body.size()) {
            a->socket->write(r.body.left(r.dropAfterBytes));
            finishReply(a, true);
        } else {
            a->socket->write(r.body);
            finishReply(a, false);
        }
        return;
    }
    writeNextChunk(a);
}

void FakeModelServer::writeNextChunk(const std::shared_ptr<Active>& a)
{
    if (!a->socket) {
        m_active.removeOne(a);
        return;
    }
    const FakeReply& r = a->reply;
    if (a->nextChunk >= r.chunks.size()) {
        a->socket->write("0\r\n\r\n");
        finishReply(a, false);
        return;
    }
    const FakeChunk& c = r.chunks[a->nextChunk];
    auto write = [this, a] {
        if (!a->socket) {
            m_active.removeOne(a);
            return;
        }
        const FakeReply& reply = a->reply;
        QByteArray bytes = reply.chunks[a->nextChunk].bytes;
        ++a->nextChunk;
        bool drop = false;
        if (reply.dropAfterBytes >= 0 && a->sentBody + bytes.size() >= reply.dropAfterBytes) {
            bytes = bytes.left(reply.dropAfterBytes - a->sentBody);
            drop = true;
        }
        if (!bytes.isEmpty()) {
            a->socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
            a->socket->flush();
            a->sentBody += bytes.size();
        }
        if (drop)
            finishReply(a, true);
        else
            writeNextChunk(a);
    };
    if (c.delayMs > 0)
        QTimer::singleShot(c.delayMs, this, write);
    else
        write();
}

void FakeModelServer::finishReply(const std::shared_ptr<Active>& a, bool drop)
{
    if (a->socket) {
        a->socket->flush();
        if (drop)
            a->socket->disconnectFromHost(); // after the pending bytes: the client sees a truncated reply
    }
    m_active.removeOne(a);
}

bool runModelCall(ModelProvider& provider, const ModelRequest& request, ModelResponse* out, int waitMs)
{
    QObject owner;
    ModelCall* call = provider.start(request, &owner);
    if (!call || call->isFinished())
        return false;
    QSignalSpy spy(call, &ModelCall::finished);
    if (!spy.wait(waitMs))
        return false;
    QCoreApplication::processEvents(); // a second emission would show now
    if (spy.count() != 1 || !call->isFinished())
        return false;
    *out = call->response();
    return true;
}

} // namespace fapo::test
