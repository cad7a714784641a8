#include "core/providers/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <atomic>
#include <cmath>

namespace fapo {

namespace {

std::atomic<double> g_delayScale { 1.0 };

std::optional<double> parseNumber(const QByteArray& raw)
{
    bool ok = false;
    const double v = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<QDateTime> parseHttpDate(const QByteArray& raw)
{
    const QString s = QString::fromLatin1(raw.trimmed());
    const QLocale c = QLocale::c();
    // IMF-fixdate (the preferred form), then RFC 850 and asctime, then anything RFC 2822-like.
    static const char* const formats[] = {
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
        "ddd MMM d HH:mm:ss yyyy",
    };
    for (const char* format : formats) {
        QDateTime dt = c.toDateTime(s, QString::fromLatin1(format));
        if (dt.isValid()) {
            if (dt.date().year() < 1970)
                dt = dt.addYears(100);
            dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    const QDateTime dt = QDateTime::fromString(s, Qt::RFC2822Date);
    if (dt.isValid())
        return dt;
    return std::nullopt;
}

} // namespace

QByteArray headerValue(const HttpHeaderList& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RetryPolicy::RetryPolicy(int maxRetries)
    : m_maxRetries(maxRetries < 0 ? 0 : maxRetries)
{
}

void RetryPolicy::setDelayScale(double scale) { g_delayScale.store(scale < 0 || !std::isfinite(scale) ? 1.0 : scale); }

double RetryPolicy::delayScale() { return g_delayScale.load(); }

bool RetryPolicy::isSpendLimit(const QString& errorType, const QString& message)
{
    const QString type = errorType.toLower();
    if (type == u"insufficient_quota" || type == u"billing_error" || type == u"billing_hard_limit_reached"
        || type == u"credit_limit_exceeded")
        return true;
    static const QRegularExpression re(
        QStringLiteral("spend(ing)?[ _-]limit|usage[ _-]limits?|credit balance|insufficient[ _-](quota|credits?|funds)"
                       "|exceeded your current quota|billing|out of credits|purchase (more )?credits"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(message).hasMatch();
}

CallError RetryPolicy::classify(const AttemptFailure& f)
{
    const QString type = f.errorType.toLower();
    const bool authType
        = type == u"authentication_error" || type == u"permission_error" || type == u"invalid_api_key" || type == u"invalid_authentication";
    switch (f.kind) {
    case AttemptFailure::Kind::Connection:
        return CallError::Network;
    case AttemptFailure::Kind::Timeout:
        return CallError::Timeout;
    case AttemptFailure::Kind::StreamTruncated:
    case AttemptFailure::Kind::Protocol:
        return CallError::InvalidResponse;
    case AttemptFailure::Kind::StreamError:
        if (authType)
            return CallError::Auth;
        if (isSpendLimit(type, f.message))
            return CallError::SpendLimit;
        if (type == u"overloaded_error")
            return CallError::Overloaded;
        if (type == u"rate_limit_error")
            return CallError::RateLimited;
        if (type == u"invalid_request_error" || type == u"request_too_large" || type == u"not_found_error")
            return CallError::BadRequest;
        return CallError::Server;
    case AttemptFailure::Kind::HttpStatus:
        break;
    }
    const int s = f.status;
    if (s == 401 || s == 403 || authType)
        return CallError::Auth;
    if (s == 402 || ((s == 400 || s == 429) && isSpendLimit(type, f.message)))
        return CallError::SpendLimit;
    if (s == 408)
        return CallError::Timeout;
    if (s == 429)
        return CallError::RateLimited;
    if (s == 529 || (s >= 500 && type == u"overloaded_error"))
        return CallError::Overloaded;
    if (s >= 500 || s == 409)
        return CallError::Server;
    if (s >= 400)
        return CallError::BadRequest;
    return CallError::InvalidResponse;
}

bool RetryPolicy::isRetryable(const AttemptFailure& f)
{
    switch (f.kind) {
    case AttemptFailure::Kind::Connection:
    case AttemptFailure::Kind::Timeout:
    case AttemptFailure::Kind::StreamTruncated:
        return true;
    case AttemptFailure::Kind::Protocol:
        return false;
    case AttemptFailure::Kind::StreamError: {
        const CallError e = classify(f);
        return e == CallError::Overloaded || e == CallError::Server || e == CallError::RateLimited;
    }
    case AttemptFailure::Kind::HttpStatus:
        break;
    }
    if (classify(f) == CallError::SpendLimit)
        return false;
    const QByteArray should = headerValue(f.headers, "x-should-retry").trimmed().toLower();
    if (should == "true")
        return true;
    if (should == "false")
        return false;
    const int s = f.status;
    return s == 408 || s == 409 || s == 429 || s >= 500;
}

qint64 RetryPolicy::backoffMs(int retryNumber, double random01)
{
    const int n = std::clamp(retryNumber, 0, 30);
    const double seconds = std::min(kInitialDelaySeconds * std::pow(2.0, n), kMaxDelaySeconds);
    const double jitter = 1.0 - std::clamp(random01, 0.0, 1.0) * 0.25;
    return qint64(std::llround(seconds * jitter * 1000.0));
}

std::optional<qint64> RetryPolicy::serverDelayMs(const HttpHeaderList& headers, const QDateTime& now)
{
    std::optional<double> ms;
    const QByteArray retryAfterMs = headerValue(headers, "retry-after-ms");
    if (!retryAfterMs.isEmpty())
        ms = parseNumber(retryAfterMs);
    if (!ms) {
        const QByteArray retryAfter = headerValue(headers, "retry-after");
        if (!retryAfter.isEmpty()) {
            if (const auto seconds = parseNumber(retryAfter)) {
                ms = *seconds * 1000.0;
            } else if (const auto date = parseHttpDate(retryAfter)) {
                ms = double(now.msecsTo(*date));
            }
        }
    }
    if (!ms)
        return std::nullopt;
    return qint64(std::llround(std::clamp(*ms, 0.0, double(kMaxServerDelayMs))));
}

RetryDecision RetryPolicy::decide(const AttemptFailure& failure, int retriesDone, const QDateTime& now) const
{
    RetryDecision d;
    d.error = classify(failure);
    if (!isRetryable(failure) || retriesDone >= m_maxRetries)
        return d;
    d.retry = true;
    qint64 ms = 0;
    if (const auto server = serverDelayMs(failure.headers, now)) {
        ms = *server;
    } else {
        const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
        ms = backoffMs(retriesDone, r);
    }
    d.delayMs = qint64(std::llround(double(ms) * delayScale()));
    return d;
}

} // namespace fapo
