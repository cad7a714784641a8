#include "core/providers/httpmodelcall.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <limits>
#include <spdlog/spdlog.h>

namespace fapo {

namespace {

// A short, single-line, human-readable excerpt of a body that is not the protocol's JSON
// (an HTML page from a proxy, plain text...). Tags are dropped so an HTML page reads as its text.
QString bodySnippet(const QByteArray& body, qsizetype maxChars = 200)
{
    QString text = QString::fromUtf8(body.left(8192));
    if (text.contains(QLatin1Char('<')) && text.contains(QLatin1Char('>'))) {
        static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.remove(scripts);
        text.replace(tags, QStringLiteral(" "));
    }
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

bool isNumeric(const QString& s)
{
    bool ok = false;
    s.toLongLong(&ok);
    return ok;
}

} // namespace

HttpModelCall::HttpModelCall(HttpCallSetup setup, std::unique_ptr<ReplyReader> reader, QObject* parent)
    : ModelCall(parent)
    , m_setup(std::move(setup))
    , m_reader(std::move(reader))
{
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(std::max(1, m_setup.timeoutMs));
    connect(&m_inactivity, &QTimer::timeout, this, &HttpModelCall::onInactivity);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpModelCall::sendAttempt);
}

HttpModelCall::~HttpModelCall() { releaseReply(); }

void HttpModelCall::begin()
{
    // From the event loop, so finished() can never be emitted inside ModelProvider::start().
    m_retryTimer.start(0);
}

void HttpModelCall::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    m_retryTimer.stop();
    m_inactivity.stop();
    releaseReply();
    ModelResponse r;
    r.error = CallError::Cancelled;
    r.errorMessage = QStringLiteral("%1: call cancelled").arg(m_setup.provider);
    r.attempts = m_attempts;
    r.model = m_setup.model;
    r.requestId = m_requestId;
    // Queued: finished() is never emitted from inside abort().
    QMetaObject::invokeMethod(
        this, [this, r] { finish(r); }, Qt::QueuedConnection);
}

void HttpModelCall::sendAttempt()
{
    if (m_aborted || m_finished)
        return;
    ++m_attempts;
    m_reader->reset();
    m_sse.reset();
    m_body.clear();
    m_streamError.reset();
    m_timedOut = false;
    m_requestId.clear();
    m_status = 0;

    if (!m_setup.manager) {
        ModelResponse r;
        r.error = CallError::Network;
        r.errorMessage = QStringLiteral("%1: no network manager").arg(m_setup.provider);
        r.attempts = m_attempts;
        complete(std::move(r));
        return;
    }

    QNetworkRequest request(m_setup.url);
    bool hasContentType = false;
    bool hasAccept = false;
    for (const auto& [name, value] : m_setup.headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        hasAccept = hasAccept || name.compare("accept", Qt::CaseInsensitive) == 0;
    }
    const bool get = m_setup.method == "GET";
    if (!hasContentType && !get)
        request.setRawHeader("content-type", "application/json");
    if (!hasAccept)
        request.setRawHeader("accept", m_setup.stream ? "text/event-stream" : "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    if (spdlog::should_log(spdlog::level::debug)) {
        spdlog::debug("{} {} {} attempt {}: {}", m_setup.provider.toStdString(), m_setup.method.toStdString(),
                      m_setup.url.toString().toStdString(), m_attempts, m_setup.body.left(4096).toStdString());
    }

    QNetworkReply* reply = get ? m_setup.manager->get(request) : m_setup.manager->post(request, m_setup.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &HttpModelCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpModelCall::onReplyFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpModelCall::restartInactivityTimer);
    connect(reply, &QNetworkReply::uploadProgress, this, &HttpModelCall::restartInactivityTimer);
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpModelCall::restartInactivityTimer);
    restartInactivityTimer();
}

void HttpModelCall::restartInactivityTimer()
{
    if (m_reply)
        m_inactivity.start();
}

int HttpModelCall::statusCode() const { return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0; }

bool HttpModelCall::isSseReply() const
{
    if (!m_reply)
        return false;
    const QByteArray type = m_reply->rawHeader("content-type").toLower();
    if (type.contains("text/event-stream"))
        return true;
    // Lenient with servers that stream under another content type, but never treat JSON as SSE.
    return m_setup.stream && !type.contains("json");
}

void HttpModelCall::onReadyRead()
{
    restartInactivityTimer();
    readAvailable();
    if (m_streamError && m_reply && m_reply->isRunning()) {
        // An error event ends the attempt now; the server may keep the stream open.
        const QPointer<HttpModelCall> self(this); // a finished() slot may delete this call
        m_reply->abort(); // emits finished(): onReplyFinished() reports the stream error
        if (self && m_reply)
            onReplyFinished();
    }
}

void HttpModelCall::readAvailable()
{
    if (!m_reply || !m_reply->isOpen()) // closed once aborted
        return;
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    const int status = statusCode();
    if (status >= 200 && status < 300 && isSseReply()) {
        if (m_streamError)
            return;
        const QList<SseEvent> events = m_sse.feed(chunk);
        for (const SseEvent& ev : events) {
            if (auto error = m_reader->onStreamEvent(ev)) {
                m_streamError = std::move(error);
                return;
            }
        }
    } else {
        m_body.append(chunk);
    }
}

void HttpModelCall::onInactivity()
{
    if (!m_reply || m_aborted)
        return;
    m_timedOut = true;
    const QPointer<HttpModelCall> self(this); // a finished() slot may delete this call
    m_reply->abort(); // emits finished(): onReplyFinished() sees m_timedOut
    if (self && m_reply)
        onReplyFinished();
}

void HttpModelCall::onReplyFinished()
{
    if (!m_reply || m_aborted)
        return;
    m_inactivity.stop();
    readAvailable();

    const int status = statusCode();
    m_status = status;
    const QNetworkReply::NetworkError netError = m_reply->error();
    const QString netErrorString = m_reply->errorString();
    const HttpHeaderList headers = m_reply->rawHeaderPairs();
    const bool sse = isSseReply();
    if (!m_setup.requestIdHeader.isEmpty())
        m_requestId = QString::fromLatin1(headerValue(headers, m_setup.requestIdHeader));
    releaseReply();

    AttemptFailure failure;
    failure.status = status;
    failure.headers = headers;

    const bool ok2xx = status >= 200 && status < 300;
    if (ok2xx && sse) {
        if (!m_streamError) {
            const QList<SseEvent> tail = m_sse.finish();
            for (const SseEvent& ev : tail) {
                if (auto error = m_reader->onStreamEvent(ev)) {
                    m_streamError = std::move(error);
                    break;
                }
            }
        }
        if (m_streamError) {
            const ApiError& e = *m_streamError;
            failure.kind = e.type == u"invalid_response" ? AttemptFailure::Kind::Protocol : AttemptFailure::Kind::StreamError;
            failure.errorType = (!e.code.isEmpty() && !isNumeric(e.code)) ? e.code : e.type;
            failure.message = e.message;
            const QString what = e.type.isEmpty() ? QStringLiteral("error event in stream") : QStringLiteral("%1 in stream").arg(e.type);
            handleFailure(std::move(failure), QStringLiteral("%1: %2").arg(what, e.message));
            return;
        }
        if (m_reader->streamComplete(!m_timedOut && netError == QNetworkReply::NoError)) {
            ModelResponse r;
            m_reader->fillStreamResponse(r);
            succeed(std::move(r));
            return;
        }
        if (m_timedOut) {
            failure.kind = AttemptFailure::Kind::Timeout;
            handleFailure(std::move(failure),
                          QStringLiteral("stream stalled: no data for %1 ms (inactivity timeout)").arg(m_setup.timeoutMs));
        } else if (netError != QNetworkReply::NoError) {
            failure.kind = AttemptFailure::Kind::Connection;
            handleFailure(std::move(failure), QStringLiteral("connection lost mid-stream: %1").arg(netErrorString));
        } else {
            failure.kind = AttemptFailure::Kind::StreamTruncated;
            handleFailure(std::move(failure), QStringLiteral("stream ended before its final event"));
        }
        return;
    }

    if (m_timedOut) {
        failure.kind = AttemptFailure::Kind::Timeout;
        handleFailure(std::move(failure),
                      QStringLiteral("no data from %1 for %2 ms (inactivity timeout)").arg(m_setup.url.host()).arg(m_setup.timeoutMs));
        return;
    }

    if (status == 0) {
        const bool config = netError == QNetworkReply::ProtocolUnknownError || netError == QNetworkReply::ProtocolInvalidOperationError;
        failure.kind = config ? AttemptFailure::Kind::Protocol : AttemptFailure::Kind::Connection;
        handleFailure(std::move(failure), QStringLiteral("cannot reach %1: %2").arg(m_setup.url.toString(), netErrorString));
        return;
    }

    if (ok2xx) {
        if (netError != QNetworkReply::NoError) {
            failure.kind = AttemptFailure::Kind::Connection;
            handleFailure(std::move(failure), QStringLiteral("connection lost mid-reply: %1").arg(netErrorString));
            return;
        }
        if (m_setup.rawBody) {
            ModelResponse r;
            r.body = std::move(m_body);
            succeed(std::move(r));
            return;
        }
        const nlohmann::json json = nlohmann::json::parse(m_body.cbegin(), m_body.cend(), nullptr, false);
        QString error;
        ModelResponse r;
        if (json.is_discarded()) {
            error = QStringLiteral("HTTP %1 but the body is not JSON: %2").arg(status).arg(bodySnippet(m_body));
        } else if (m_reader->parseBody(json, r, &error)) {
            succeed(std::move(r));
            return;
        }
        failure.kind = AttemptFailure::Kind::Protocol;
        failure.message = error;
        handleFailure(std::move(failure), error);
        return;
    }

    // A non-2xx status: the error in the server's shape, or a snippet of whatever came.
    ApiError api;
    const nlohmann::json json = nlohmann::json::parse(m_body.cbegin(), m_body.cend(), nullptr, false);
    if (!json.is_discarded())
        api = m_reader->parseErrorBody(json);
    if (api.message.isEmpty())
        api.message = m_body.trimmed().isEmpty() ? QStringLiteral("(empty body)") : bodySnippet(m_body);
    failure.kind = AttemptFailure::Kind::HttpStatus;
    failure.errorType = (!api.code.isEmpty() && !isNumeric(api.code)) ? api.code : api.type;
    failure.message = api.message;
    QString detail = QStringLiteral("HTTP %1").arg(status);
    if (!failure.errorType.isEmpty())
        detail += QStringLiteral(" ") + failure.errorType;
    detail += QStringLiteral(": ") + api.message;
    handleFailure(std::move(failure), detail);
}

void HttpModelCall::handleFailure(AttemptFailure failure, const QString& detail)
{
    if (m_aborted || m_finished)
        return;
    const RetryDecision d = m_setup.policy.decide(failure, m_attempts - 1);
    if (d.retry) {
        spdlog::info("{} {}: attempt {} failed ({}){}; retrying in {} ms", m_setup.provider.toStdString(), m_setup.model.toStdString(),
                     m_attempts, detail.toStdString(),
                     m_requestId.isEmpty() ? std::string() : " [request-id " + m_requestId.toStdString() + "]", d.delayMs);
        m_retryTimer.start(int(std::min<qint64>(d.delayMs, std::numeric_limits<int>::max())));
        return;
    }
    ModelResponse r;
    r.error = d.error;
    r.httpStatus = failure.status;
    r.attempts = m_attempts;
    r.requestId = m_requestId;
    r.model = m_setup.model;
    QString message = m_setup.provider + QStringLiteral(": ") + detail;
    if (d.error == CallError::Auth && !m_setup.authHint.isEmpty())
        message += QStringLiteral(" — ") + m_setup.authHint;
    if (m_attempts > 1)
        message += QStringLiteral(" (after %1 attempts)").arg(m_attempts);
    if (!m_requestId.isEmpty())
        message += QStringLiteral(" [request-id %1]").arg(m_requestId);
    r.errorMessage = message;
    spdlog::warn("{} call to {} failed ({}): {}", m_setup.provider.toStdString(), m_setup.model.toStdString(),
                 callErrorName(r.error).toStdString(), message.toStdString());
    complete(std::move(r));
}

void HttpModelCall::succeed(ModelResponse response)
{
    response.error = CallError::None;
    response.attempts = m_attempts;
    response.requestId = m_requestId;
    if (response.httpStatus == 0)
        response.httpStatus = m_status;
    if (response.model.isEmpty())
        response.model = m_setup.model;
    complete(std::move(response));
}

void HttpModelCall::complete(ModelResponse response)
{
    m_inactivity.stop();
    m_retryTimer.stop();
    releaseReply();
    finish(std::move(response));
}

void HttpModelCall::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace fapo
