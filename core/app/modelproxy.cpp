#include "core/app/modelproxy.h"
#include "core/live/httprequestreader.h"
#include "core/pricing.h"
#include "core/providers/replyreader.h"
#include "core/run/callqueue.h"
#include "core/workspace/workspace.h"
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

namespace {

constexpr qint64 kMaxRequestBytes = 64LL * 1024 * 1024;

// Headers that belong to one connection, not to the request: never forwarded.
bool hopByHop(const QByteArray& name)
{
    static const QList<QByteArray> names
        = { "host", "connection", "content-length",      "transfer-encoding", "keep-alive", "accept-encoding",
            "te",   "upgrade",    "proxy-authorization", "proxy-connection" };
    return names.contains(name);
}

int statusOf(const ModelResponse& r)
{
    switch (r.error) {
    case CallError::None:
        return 200;
    case CallError::Auth:
        return 401;
    case CallError::RateLimited:
    case CallError::SpendLimit:
        return 429;
    case CallError::Overloaded:
        return 529;
    case CallError::Server:
    case CallError::Network:
    case CallError::Timeout:
    case CallError::InvalidResponse:
        return 502;
    default:
        return 400; // a scripted model without a rule, a bad request: retrying would not help
    }
}

} // namespace

struct ModelProxy::Connection {
    QTcpSocket* socket = nullptr;
    HttpRequestReader reader { kMaxRequestBytes };
    QByteArray buffer;
    bool keepAlive = true;
    bool busy = false; // a call is being answered
    std::shared_ptr<bool> alive = std::make_shared<bool>(true);
};

struct ModelProxy::Call {
    Connection* connection = nullptr;
    std::shared_ptr<bool> alive; // the connection's
    QString token;
    qint64 runId = 0;
    QString exampleId;
    QString stepId;
    ProxiedRequest request;
    QByteArray body; // as sent
    QList<QPair<QByteArray, QByteArray>> headers; // to forward; held in memory only
    QString upstreamPath; // "/v1/messages", "/chat/completions"
    QString sharedKey; // set when it went upstream for identical requests that wait for its reply
    QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    // relaying
    QByteArray reply;
    QByteArray contentType;
    bool streaming = false; // the head went out with chunked encoding; the body follows as it comes
    bool connected() const { return alive && *alive; }
};

ModelProxy::ModelProxy(Workspace* workspace, CallQueue* calls, ProxyOptions options, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_calls(calls)
    , m_options(std::move(options))
    , m_server(new QTcpServer(this))
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ModelProxy::onNewConnection);
}

ModelProxy::~ModelProxy() = default;

bool ModelProxy::listen(QString* error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = tr("the model proxy cannot listen on 127.0.0.1: %1").arg(m_server->errorString());
    return false;
}

QUrl ModelProxy::open(ProxyClient* client, qint64 runId, const QString& exampleId)
{
    // A random token, not the ids: another program on the machine cannot write into a run's records.
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    m_routes.insert(token, Route { client, runId, exampleId });
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/x/") + token);
    return url;
}

void ModelProxy::close(const QUrl& route) { m_routes.remove(route.path().section(QLatin1Char('/'), 2, 2)); }

void ModelProxy::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* c = new Connection;
        c->socket = socket;
        m_connections.add(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(c);
    }
}

void ModelProxy::drop(Connection* c) { m_connections.drop(c, this); }

void ModelProxy::onReadyRead(Connection* c)
{
    c->buffer += c->socket->readAll();
    while (!c->busy) {
        switch (c->reader.feed(c->buffer)) {
        case HttpRequestReader::State::NeedMore:
            return;
        case HttpRequestReader::State::Failed:
            c->keepAlive = false;
            return refuse(c, ProxyApi::Anthropic, c->reader.errorStatus(), QString::fromUtf8(c->reader.errorMessage()));
        case HttpRequestReader::State::Complete:
            handle(c);
            break;
        }
    }
}

void ModelProxy::handle(Connection* c)
{
    HttpRequest http = c->reader.take();
    c->keepAlive = http.keepAlive;
    const QString path = QString::fromUtf8(http.path);
    const QString token = path.section(QLatin1Char('/'), 2, 2);
    const QString rest = path.section(QLatin1Char('/'), 3);
    const ProxyApi api = rest.endsWith(QLatin1String("chat/completions")) ? ProxyApi::OpenAI : ProxyApi::Anthropic;
    if (!path.startsWith(QLatin1String("/x/")) || !m_routes.contains(token))
        return refuse(c, api, 404, QStringLiteral("no example of a running app uses %1").arg(path));
    if (http.method != "POST" || !(rest == u"v1/messages" || rest == u"v1/chat/completions" || rest == u"chat/completions"))
        return refuse(c, api, 404,
                      QStringLiteral("the FAPO model proxy serves POST .../v1/messages and .../chat/completions, not %1 /%2")
                          .arg(QString::fromLatin1(http.method), rest));
    QString error;
    auto request = readProxiedRequest(api, http.body, &error);
    if (!request)
        return refuse(c, api, 400, error);

    const Route route = m_routes.value(token);
    auto call = std::make_shared<Call>();
    call->connection = c;
    call->alive = c->alive;
    call->token = token;
    call->runId = route.runId;
    call->exampleId = route.exampleId;
    call->request = std::move(*request);
    call->body = std::move(http.body);
    call->upstreamPath = api == ProxyApi::Anthropic ? QStringLiteral("/v1/messages") : QStringLiteral("/chat/completions");
    for (auto it = http.headers.cbegin(); it != http.headers.cend(); ++it)
        if (!hopByHop(it.key()))
            call->headers.append({ it.key(), it.value() });
    call->clock.start();
    call->stepId = route.client->nameCall(call->request);
    c->busy = true;

    if (const auto injected = route.client->injectedOutput(call->stepId)) {
        ModelResponse given;
        given.text = *injected;
        given.model = call->request.model;
        answerHere(call, given);
        return finish(call, given, false, false);
    }
    if (!m_options.answerModel.isEmpty()) {
        ++m_inFlight;
        m_calls->call(m_options.answerModel, call->request.toModelRequest(), [this, call](const ModelResponse& response, bool fromCache) {
            --m_inFlight;
            answerHere(call, response);
            finish(call, response, fromCache, true);
        });
        return;
    }
    if (m_options.useCache) {
        const QString key = cacheKey(*call);
        if (const auto cached = m_workspace->cachedResponse(key))
            return replay(call, *cached);
        // An identical request is on its way upstream (parallel branches, an SDK's retry): its reply
        // answers this one too, paid once.
        const auto waiting = m_waiting.find(key);
        if (waiting != m_waiting.end())
            return waiting->append(call);
        m_waiting.insert(key, {});
        call->sharedKey = key;
    }
    forward(call);
}

QString ModelProxy::cacheKey(const Call& call) const
{
    // The body as parsed and written again (keys sorted), with where it goes: never the headers.
    const QString upstream = call.request.api == ProxyApi::Anthropic ? m_options.anthropicUpstream : m_options.openaiUpstream;
    const QByteArray identity
        = "app-proxy|" + upstream.toUtf8() + call.upstreamPath.toUtf8() + '|' + QByteArray::fromStdString(call.request.body.dump());
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex());
}

void ModelProxy::answerHere(const std::shared_ptr<Call>& call, const ModelResponse& response)
{
    if (!call->connected())
        return;
    const QString id = QStringLiteral("fapo_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    if (!response.ok()) {
        const QString message = response.errorMessage.isEmpty() ? callErrorName(response.error) : response.errorMessage;
        return refuse(call->connection, call->request.api, statusOf(response), message);
    }
    if (call->request.stream)
        respond(call->connection, 200, "text/event-stream; charset=utf-8", replyStream(call->request, response, id));
    else
        respond(call->connection, 200, "application/json", replyBody(call->request, response, id));
}

void ModelProxy::replay(const std::shared_ptr<Call>& call, const json& cached)
{
    ++m_cacheHits;
    const int status = int(jsonfield::integer(cached, "status", 200));
    const QByteArray contentType = jsonfield::str(cached, "content_type").toUtf8();
    const QByteArray body = jsonfield::str(cached, "body").toUtf8();
    if (call->connected())
        respond(call->connection, status, contentType, body);
    finish(call, readRelayedReply(call->request.api, status, contentType, body), true, true);
}

void ModelProxy::forward(const std::shared_ptr<Call>& call)
{
    const QString base = call->request.api == ProxyApi::Anthropic ? m_options.anthropicUpstream : m_options.openaiUpstream;
    QNetworkRequest request(QUrl(base + call->upstreamPath));
    for (const auto& [name, value] : call->headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply* reply = m_network->post(request, call->body);
    ++m_inFlight;
    ++m_networkCalls;
    const auto statusOfReply = [reply] { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, call, reply, statusOfReply] {
        call->contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const int status = statusOfReply();
        // A stream is passed on as it comes, so the program sees tokens as the model writes them.
        if (status >= 200 && status < 300 && call->contentType.contains("text/event-stream") && call->connected() && !call->streaming) {
            call->streaming = true;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status)
                + "\r\nContent-Type: " + call->contentType + "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache\r\nConnection: "
                + (call->connection->keepAlive ? "keep-alive" : "close") + "\r\n";
            for (const char* name : { "request-id", "x-request-id" })
                if (reply->hasRawHeader(name))
                    head += QByteArray(name) + ": " + reply->rawHeader(name) + "\r\n";
            call->connection->socket->write(head + "\r\n");
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [call, reply] {
        const QByteArray bytes = reply->readAll();
        call->reply += bytes;
        if (call->streaming && call->connected() && !bytes.isEmpty())
            call->connection->socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, statusOfReply] {
        reply->deleteLater();
        --m_inFlight;
        call->reply += reply->readAll();
        const int status = statusOfReply();
        ModelResponse response;
        if (status == 0) {
            response.error = reply->error() == QNetworkReply::OperationCanceledError ? CallError::Timeout : CallError::Network;
            response.errorMessage = reply->errorString();
        } else {
            response = readRelayedReply(call->request.api, status, call->contentType, call->reply);
            response.requestId
                = QString::fromUtf8(reply->hasRawHeader("request-id") ? reply->rawHeader("request-id") : reply->rawHeader("x-request-id"));
            if (response.ok() && reply->error() != QNetworkReply::NoError) { // the stream broke off
                response.error = CallError::Network;
                response.errorMessage = reply->errorString();
            }
        }
        if (call->connected()) {
            Connection* c = call->connection;
            if (call->streaming) {
                if (reply->error() == QNetworkReply::NoError) {
                    c->socket->write("0\r\n\r\n");
                    answered(c);
                } else {
                    c->socket->disconnectFromHost(); // a broken stream must read as broken
                }
            } else if (status == 0) {
                refuse(c, call->request.api, 502, tr("the model endpoint could not be reached: %1").arg(reply->errorString()));
            } else {
                QList<QPair<QByteArray, QByteArray>> extra;
                for (const char* name : { "request-id", "x-request-id", "retry-after" })
                    if (reply->hasRawHeader(name))
                        extra.append({ name, reply->rawHeader(name) });
                respond(c, status, call->contentType.isEmpty() ? QByteArray("application/json") : call->contentType, call->reply, extra);
            }
        }
        const json cached { { "status", status },
                            { "content_type", call->contentType.toStdString() },
                            { "body", QString::fromUtf8(call->reply).toStdString() } };
        if (response.ok()) {
            const QString provider = call->request.api == ProxyApi::Anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai");
            if (!m_workspace->storeCachedResponse(cacheKey(*call), provider, response.model, cached))
                spdlog::warn("the reply of a model call could not be cached in {}", m_workspace->path().toStdString());
        }
        finish(call, response, false, true);
        // Those waiting for this reply get it as a cache hit; after a failure each tries on its own.
        for (const std::shared_ptr<Call>& waiting : m_waiting.take(call->sharedKey)) {
            if (response.ok())
                replay(waiting, cached);
            else
                forward(waiting);
        }
    });
}

void ModelProxy::finish(const std::shared_ptr<Call>& call, const ModelResponse& response, bool cacheHit, bool called)
{
    const auto route = m_routes.constFind(call->token);
    if (route != m_routes.cend()) {
        StepRecord r;
        r.runId = call->runId;
        r.exampleId = call->exampleId;
        r.stepId = call->stepId;
        r.kind = StepKind::Llm;
        r.startedAt = call->startedAt;
        r.durationMs = call->clock.elapsed();
        r.system = call->request.system;
        r.prompt = call->request.promptText();
        r.model = response.model.isEmpty() ? call->request.model : response.model;
        r.called = called;
        r.cacheHit = cacheHit;
        r.requestId = response.requestId;
        if (response.ok()) {
            r.output = response.text;
            r.inputTokens = response.usage.inputTokens;
            r.outputTokens = response.usage.outputTokens;
            r.cacheReadTokens = response.usage.cacheReadTokens;
            r.cacheWriteTokens = response.usage.cacheWriteTokens;
            r.costUsd = cacheHit || !called ? 0.0 : PriceTable::builtin().cost(r.model, response.usage);
        } else {
            r.error = response.errorMessage.isEmpty() ? callErrorName(response.error) : response.errorMessage;
        }
        r.passed = r.error.isEmpty();
        route->client->callRecorded(std::move(r));
    }
    Q_EMIT callReturned();
}

void ModelProxy::refuse(Connection* c, ProxyApi api, int status, const QString& message)
{
    const QByteArray type = status == 404 ? "not_found_error"
        : status == 401                   ? "authentication_error"
        : status == 429                   ? "rate_limit_error"
        : status == 529                   ? "overloaded_error"
        : status >= 500                   ? "api_error"
                                          : "invalid_request_error";
    respond(c, status, "application/json", errorBody(api, QString::fromLatin1(type), message));
}

void ModelProxy::respond(Connection* c, int status, const QByteArray& contentType, const QByteArray& body,
                         const QList<QPair<QByteArray, QByteArray>>& extra)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: " + (c->keepAlive ? "keep-alive" : "close") + "\r\n";
    for (const auto& [name, value] : extra)
        head += name + ": " + value + "\r\n";
    c->socket->write(head + "\r\n" + body);
    answered(c);
}

void ModelProxy::answered(Connection* c)
{
    c->busy = false;
    if (!c->keepAlive) {
        c->socket->disconnectFromHost();
        return;
    }
    // A next request that came while this one was answered.
    if (!c->buffer.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this, c, alive = c->alive] {
                if (*alive)
                    onReadyRead(c);
            },
            Qt::QueuedConnection);
}

} // namespace fapo
