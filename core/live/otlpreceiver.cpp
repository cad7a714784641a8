#include "core/live/otlpreceiver.h"
#include "core/import/otlpprotobuf.h"
#include "core/import/traceimport.h"
#include "core/live/httprequestreader.h"
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <nlohmann/json.hpp>
#include <sys/socket.h>

namespace fapo {

using nlohmann::json;

namespace {

enum class Encoding { Protobuf, Json, Other };

Encoding encodingOf(const HttpRequest& r)
{
    QByteArray type = r.header("content-type").toLower();
    if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed();
    if (type == "application/x-protobuf" || type == "application/protobuf")
        return Encoding::Protobuf;
    if (type == "application/json")
        return Encoding::Json;
    return Encoding::Other;
}

// The google.rpc.Code an HTTP status stands for (the OTLP specification's Status body).
int rpcCode(int status)
{
    switch (status) {
    case 401:
        return 16; // UNAUTHENTICATED
    case 403:
        return 7; // PERMISSION_DENIED
    case 404:
        return 5; // NOT_FOUND
    case 405:
    case 501:
    case 505:
        return 12; // UNIMPLEMENTED
    case 413:
    case 431:
        return 8; // RESOURCE_EXHAUSTED
    case 503:
        return 14; // UNAVAILABLE
    default:
        return 3; // INVALID_ARGUMENT
    }
}

// A warning for the sender about spans that were read with problems (they are still stored).
QString problemsMessage(const ImportResult& r)
{
    QStringList first;
    for (size_t i = 0; i < r.problems.size() && i < 3; ++i)
        first << r.problems[i].message;
    if (r.problems.size() > 3)
        first << QStringLiteral("%1 more").arg(r.problems.size() - 3);
    return first.join(QStringLiteral("; "));
}

} // namespace

struct OtlpReceiver::Connection {
    QTcpSocket* socket = nullptr;
    HttpRequestReader reader;
    QByteArray buffer;
    QTimer idle;
    Encoding encoding = Encoding::Other; // of the request being answered
    bool keepAlive = true;
    bool busy = false; // waiting for the sink to store the request's spans
    bool closing = false;
    std::shared_ptr<bool> alive = std::make_shared<bool>(true);

    explicit Connection(qint64 maxBody)
        : reader(maxBody)
    {
    }
};

OtlpReceiver::OtlpReceiver(ReceiverOptions options, TraceSink* sink, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_sink(sink)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &OtlpReceiver::onNewConnection);
}

OtlpReceiver::~OtlpReceiver() = default;

bool OtlpReceiver::listen(QString* error)
{
    if (m_server->listen(m_options.bind, m_options.port))
        return true;
    if (error)
        *error = tr("cannot listen on %1:%2: %3").arg(m_options.bind.toString()).arg(m_options.port).arg(m_server->errorString());
    return false;
}

void OtlpReceiver::close() { m_server->close(); }

quint16 OtlpReceiver::port() const { return m_server->serverPort(); }

QUrl OtlpReceiver::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_server->serverAddress().toString());
    u.setPort(port());
    return u;
}

void OtlpReceiver::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* c = new Connection(m_options.maxBodyBytes);
        c->socket = socket;
        m_connections.add(c);
        c->idle.setSingleShot(true);
        c->idle.setInterval(m_options.idleTimeoutMs);
        connect(&c->idle, &QTimer::timeout, this, [this, c] {
            if (!c->busy || c->closing)
                drop(c);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
        c->idle.start();
        if (m_connections.size() > m_options.maxConnections)
            refuse(c, 503, "too many connections; try again later", true, { { "Retry-After", "1" } });
        else if (socket->bytesAvailable() > 0)
            onReadyRead(c);
    }
}

void OtlpReceiver::lingerAndClose(Connection* c)
{
    // Half-closed once the answer is out, then whatever the sender still sends is read and dropped
    // until it closes too (or a moment passes): closing with its bytes unread would reset the
    // connection, and the sender could lose the answer that says why (a 413 mid-body).
    const auto halfClose = [c] {
        ::shutdown(int(c->socket->socketDescriptor()), SHUT_WR);
        c->idle.setInterval(2000);
        c->idle.start();
    };
    if (c->socket->bytesToWrite() == 0)
        return halfClose();
    connect(c->socket, &QTcpSocket::bytesWritten, this, [c, halfClose] {
        if (c->socket->bytesToWrite() == 0)
            halfClose();
    });
}

void OtlpReceiver::drop(Connection* c) { m_connections.drop(c, this); }

void OtlpReceiver::onReadyRead(Connection* c)
{
    if (!c->closing)
        c->idle.start();
    if (c->closing) {
        c->socket->readAll(); // the answer is on its way and the connection closes after it
        return;
    }
    c->buffer += c->socket->readAll();
    while (!c->busy && !c->closing) {
        switch (c->reader.feed(c->buffer)) {
        case HttpRequestReader::State::NeedMore:
            return;
        case HttpRequestReader::State::Failed:
            c->encoding = encodingOf(c->reader.pending());
            return refuse(c, c->reader.errorStatus(), c->reader.errorMessage(), true);
        case HttpRequestReader::State::Complete:
            handle(c);
            break;
        }
    }
}

void OtlpReceiver::handle(Connection* c)
{
    HttpRequest request = c->reader.take();
    c->keepAlive = request.keepAlive;
    c->encoding = encodingOf(request);
    const bool known = request.path == "/v1/traces" || request.path == "/api/public/otel/v1/traces";
    if (!m_options.token.isEmpty()) {
        if (request.header("authorization") != "Bearer " + m_options.token.toUtf8())
            return refuse(c, 401, "this receiver needs \"Authorization: Bearer TOKEN\"", false, { { "WWW-Authenticate", "Bearer" } });
    } else if (!c->socket->peerAddress().isLoopback()) {
        return refuse(c, 403, "without a token only clients on this machine are served", false);
    }
    if (!known)
        return refuse(c, 404, "no such path; traces go to POST /v1/traces", false);
    if (request.method != "POST")
        return refuse(c, 405, "traces are sent with POST", false, { { "Allow", "POST" } });
    if (c->encoding == Encoding::Other)
        return refuse(c, 415, "Content-Type must be application/x-protobuf or application/json", false);
    if (m_sink->saturated())
        return refuse(c, 503, "busy storing earlier spans; try again shortly", false, { { "Retry-After", "1" } });

    QString error;
    const QString label = QStringLiteral("POST %1").arg(QString::fromLatin1(request.path));
    std::optional<ImportResult> result;
    if (c->encoding == Encoding::Protobuf) {
        result = importOtlpProtobuf(request.body, label, &error);
    } else {
        result = importTraceBytes(request.body, label, &error);
        if (result && !result->format.startsWith(QLatin1String("otlp"))) {
            error = QStringLiteral("%1: error: the body is not an OTLP ExportTraceServiceRequest ({\"resourceSpans\": [...]})").arg(label);
            result.reset();
        }
    }
    if (!result)
        return refuse(c, 400, error.toUtf8(), false);
    const int spans = int(result->spans.size());
    const QString warning = problemsMessage(*result);
    c->busy = true;
    m_sink->accept(std::move(*result), [this, c, alive = c->alive, spans, warning](bool stored) {
        if (!*alive)
            return;
        c->busy = false;
        if (!stored) {
            refuse(c, 503, "the spans could not be stored; try again shortly", false, { { "Retry-After", "1" } });
        } else if (c->encoding == Encoding::Protobuf) {
            // ExportTraceServiceResponse { 1: partial_success { 1: rejected_spans, 2: error_message } }
            const QByteArray body = warning.isEmpty()
                ? QByteArray()
                : protobufLengthField(1, protobufVarintField(1, 0) + protobufLengthField(2, warning.toUtf8()));
            respond(c, 200, "application/x-protobuf", body, !c->keepAlive, {}, spans);
        } else {
            const json body = warning.isEmpty()
                ? json::object()
                : json { { "partialSuccess", { { "rejectedSpans", 0 }, { "errorMessage", warning.toStdString() } } } };
            respond(c, 200, "application/json", QByteArray::fromStdString(body.dump()), !c->keepAlive, {}, spans);
        }
        if (!c->closing && !c->buffer.isEmpty())
            QMetaObject::invokeMethod(
                this,
                [this, c, alive] {
                    if (*alive)
                        onReadyRead(c);
                },
                Qt::QueuedConnection);
    });
}

void OtlpReceiver::refuse(Connection* c, int status, const QByteArray& message, bool close,
                          const QList<QPair<QByteArray, QByteArray>>& extra)
{
    switch (c->encoding) {
    case Encoding::Protobuf: // google.rpc.Status { 1: code, 2: message }
        return respond(c, status, "application/x-protobuf",
                       protobufVarintField(1, quint64(rpcCode(status))) + protobufLengthField(2, message), close, extra);
    case Encoding::Json:
        return respond(c, status, "application/json",
                       QByteArray::fromStdString(json { { "code", rpcCode(status) }, { "message", message.toStdString() } }.dump()), close,
                       extra);
    case Encoding::Other:
        return respond(c, status, "text/plain; charset=utf-8", message + '\n', close, extra);
    }
}

void OtlpReceiver::respond(Connection* c, int status, const QByteArray& contentType, const QByteArray& body, bool close,
                           const QList<QPair<QByteArray, QByteArray>>& extraHeaders, int spans)
{
    close = close || !c->keepAlive;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: " + (close ? "close" : "keep-alive") + "\r\n";
    for (const auto& [name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    c->socket->write(head + "\r\n" + body);
    ++m_totals.requests;
    if (status == 200) {
        ++m_totals.accepted;
        m_totals.spans += spans;
    }
    Q_EMIT served(status, spans);
    if (close && !c->closing) {
        c->closing = true;
        lingerAndClose(c);
    }
}

} // namespace fapo
