// RetryPolicy: which failures are retried, how long to wait, what they mean.
#include "core/providers/retrypolicy.h"
#include <QtTest>

using namespace fapo;
using Kind = AttemptFailure::Kind;

namespace {

// "name: value; name2: value2"
HttpHeaderList headers(const QByteArray& spec)
{
    HttpHeaderList out;
    for (const QByteArray& part : spec.split(';')) {
        const qsizetype colon = part.indexOf(':');
        if (colon > 0)
            out.emplaceBack(part.left(colon).trimmed(), part.mid(colon + 1).trimmed());
    }
    return out;
}

const QDateTime kNow = QDateTime(QDate(2026, 10, 21), QTime(7, 28, 0), QTimeZone::utc());

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { RetryPolicy::setDelayScale(1.0); }
    void cleanupTestCase() { RetryPolicy::setDelayScale(1.0); }

    void decide_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headerSpec");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("retriesDone");
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<int>("error");
        QTest::addColumn<qint64>("delayMs"); // -1: not checked

        auto row = [](const char* name, Kind kind, int status, const char* hdrs, const char* type, const char* msg, int done, int max,
                      bool retry, CallError error, qint64 delay) {
            QTest::newRow(name) << int(kind) << status << QByteArray(hdrs) << QString::fromUtf8(type) << QString::fromUtf8(msg) << done
                                << max << retry << int(error) << delay;
        };
        const auto H = Kind::HttpStatus;
        row("408", H, 408, "", "", "", 0, 2, true, CallError::Timeout, 500);
        row("409", H, 409, "", "", "", 0, 2, true, CallError::Server, 500);
        row("429", H, 429, "", "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", 0, 2, true,
            CallError::RateLimited, 500);
        row("429 second retry", H, 429, "", "", "", 1, 2, true, CallError::RateLimited, 1000);
        row("429 retry-after seconds", H, 429, "retry-after: 2", "", "", 0, 2, true, CallError::RateLimited, 2000);
        row("retry-after-ms wins", H, 429, "retry-after: 5; retry-after-ms: 150", "", "", 0, 2, true, CallError::RateLimited, 150);
        row("retry-after capped", H, 429, "retry-after: 3600", "", "", 0, 2, true, CallError::RateLimited, RetryPolicy::kMaxServerDelayMs);
        row("retry-after http date", H, 503, "retry-after: Wed, 21 Oct 2026 07:28:03 GMT", "", "", 0, 2, true, CallError::Server, 3000);
        row("retry-after unparsable", H, 503, "retry-after: soon", "", "", 0, 2, true, CallError::Server, 500);
        row("500", H, 500, "", "api_error", "Internal server error", 0, 2, true, CallError::Server, 500);
        row("502", H, 502, "", "", "", 0, 2, true, CallError::Server, 500);
        row("529", H, 529, "", "overloaded_error", "Overloaded", 0, 2, true, CallError::Overloaded, 500);
        row("529 exhausted", H, 529, "", "overloaded_error", "Overloaded", 2, 2, false, CallError::Overloaded, -1);
        row("no retries configured", H, 500, "", "", "", 0, 0, false, CallError::Server, -1);
        row("backoff capped at 8 s", H, 500, "", "", "", 6, 10, true, CallError::Server, 8000);
        row("x-should-retry false", H, 500, "x-should-retry: false", "", "", 0, 2, false, CallError::Server, -1);
        row("x-should-retry true on 400", H, 400, "x-should-retry: true", "", "", 0, 2, true, CallError::BadRequest, 500);
        row("400", H, 400, "", "invalid_request_error", "max_tokens: must be positive", 0, 2, false, CallError::BadRequest, -1);
        row("404", H, 404, "", "not_found_error", "model: claude-x", 0, 2, false, CallError::BadRequest, -1);
        row("413", H, 413, "", "", "<html>413 Request Entity Too Large</html>", 0, 2, false, CallError::BadRequest, -1);
        row("401", H, 401, "", "authentication_error", "invalid x-api-key", 0, 2, false, CallError::Auth, -1);
        row("403", H, 403, "", "permission_error", "not allowed", 0, 2, false, CallError::Auth, -1);
        row("invalid_api_key code", H, 400, "", "invalid_api_key", "Incorrect API key", 0, 2, false, CallError::Auth, -1);
        row("429 spend limit", H, 429, "", "rate_limit_error", "You have reached your specified workspace API usage limits.", 0, 2, false,
            CallError::SpendLimit, -1);
        row("429 spend limit beats x-should-retry", H, 429, "x-should-retry: true", "rate_limit_error",
            "Spend limit reached for this workspace", 0, 2, false, CallError::SpendLimit, -1);
        row("429 insufficient_quota", H, 429, "", "insufficient_quota",
            "You exceeded your current quota, please check your plan and billing details.", 0, 2, false, CallError::SpendLimit, -1);
        row("400 credit balance", H, 400, "", "invalid_request_error", "Your credit balance is too low to access the Anthropic API.", 0, 2,
            false, CallError::SpendLimit, -1);
        row("402", H, 402, "", "", "", 0, 2, false, CallError::SpendLimit, -1);
        row("connection", Kind::Connection, 0, "", "", "", 0, 2, true, CallError::Network, 500);
        row("timeout", Kind::Timeout, 0, "", "", "", 1, 2, true, CallError::Timeout, 1000);
        row("stream overloaded", Kind::StreamError, 200, "", "overloaded_error", "Overloaded", 0, 2, true, CallError::Overloaded, 500);
        row("stream api_error", Kind::StreamError, 200, "", "api_error", "boom", 0, 2, true, CallError::Server, 500);
        row("stream invalid request", Kind::StreamError, 200, "", "invalid_request_error", "bad", 0, 2, false, CallError::BadRequest, -1);
        row("stream truncated", Kind::StreamTruncated, 200, "", "", "", 0, 2, true, CallError::InvalidResponse, 500);
        row("protocol", Kind::Protocol, 200, "", "", "not JSON", 0, 2, false, CallError::InvalidResponse, -1);
    }

    void decide()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, headerSpec);
        QFETCH(QString, errorType);
        QFETCH(QString, message);
        QFETCH(int, retriesDone);
        QFETCH(int, maxRetries);
        QFETCH(bool, retry);
        QFETCH(int, error);
        QFETCH(qint64, delayMs);

        AttemptFailure f;
        f.kind = Kind(kind);
        f.status = status;
        f.headers = headers(headerSpec);
        f.errorType = errorType;
        f.message = message;
        RetryPolicy policy(maxRetries);
        policy.setRandomSource([] { return 0.0; }); // no jitter
        const RetryDecision d = policy.decide(f, retriesDone, kNow);
        QCOMPARE(d.retry, retry);
        QCOMPARE(callErrorName(d.error), callErrorName(CallError(error)));
        if (delayMs >= 0)
            QCOMPARE(d.delayMs, delayMs);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("retryNumber");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first, no jitter") << 0 << 0.0 << qint64(500);
        QTest::newRow("first, full jitter") << 0 << 1.0 << qint64(375);
        QTest::newRow("second") << 1 << 0.0 << qint64(1000);
        QTest::newRow("third, half jitter") << 2 << 0.5 << qint64(1750);
        QTest::newRow("fifth capped") << 4 << 0.0 << qint64(8000);
        QTest::newRow("fifth capped, full jitter") << 4 << 1.0 << qint64(6000);
        QTest::newRow("huge n") << 1000 << 0.0 << qint64(8000);
    }

    void backoff()
    {
        QFETCH(int, retryNumber);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        QCOMPARE(RetryPolicy::backoffMs(retryNumber, random), expected);
    }

    void jitterStaysInRange()
    {
        RetryPolicy policy(5);
        AttemptFailure f;
        f.status = 529;
        for (int i = 0; i < 200; ++i) {
            const qint64 ms = policy.decide(f, 1).delayMs;
            QVERIFY2(ms >= 750 && ms <= 1000, QByteArray::number(ms).constData());
        }
    }

    void serverDelay_data()
    {
        QTest::addColumn<QByteArray>("headerSpec");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("none") << QByteArray() << qint64(-1);
        QTest::newRow("seconds") << QByteArray("retry-after: 1.5") << qint64(1500);
        QTest::newRow("zero") << QByteArray("retry-after: 0") << qint64(0);
        QTest::newRow("ms") << QByteArray("retry-after-ms: 20") << qint64(20);
        QTest::newRow("ms fractional") << QByteArray("retry-after-ms: 12.6") << qint64(13);
        QTest::newRow("case-insensitive") << QByteArray("Retry-After: 2") << qint64(2000);
        QTest::newRow("negative clamps to 0") << QByteArray("retry-after: -5") << qint64(0);
        QTest::newRow("garbage") << QByteArray("retry-after: later") << qint64(-1);
        QTest::newRow("bad ms falls back") << QByteArray("retry-after-ms: x; retry-after: 3") << qint64(3000);
        QTest::newRow("http date") << QByteArray("retry-after: Wed, 21 Oct 2026 07:28:10 GMT") << qint64(10000);
        QTest::newRow("http date past") << QByteArray("retry-after: Wed, 21 Oct 2026 07:00:00 GMT") << qint64(0);
        QTest::newRow("http date far") << QByteArray("retry-after: Thu, 22 Oct 2026 07:28:00 GMT") << RetryPolicy::kMaxServerDelayMs;
    }

    void serverDelay()
    {
        QFETCH(QByteArray, headerSpec);
        QFETCH(qint64, expected);
        const auto ms = RetryPolicy::serverDelayMs(headers(headerSpec), kNow);
        QCOMPARE(ms.value_or(-1), expected);
    }

    void delayScaleAppliesToEveryDelay()
    {
        RetryPolicy policy(2);
        policy.setRandomSource([] { return 0.0; });
        AttemptFailure f;
        f.status = 529;
        RetryPolicy::setDelayScale(0.01);
        QCOMPARE(policy.decide(f, 0).delayMs, qint64(5));
        f.headers = headers("retry-after: 2");
        QCOMPARE(policy.decide(f, 0, kNow).delayMs, qint64(20));
        RetryPolicy::setDelayScale(0);
        QCOMPARE(policy.decide(f, 0, kNow).delayMs, qint64(0));
    }

    void spendLimitWording_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("spend");
        QTest::newRow("anthropic usage limits")
            << QStringLiteral("You have reached your specified API usage limits. You will regain access on 2026-12-01.") << true;
        QTest::newRow("credit balance") << QStringLiteral("Your credit balance is too low") << true;
        QTest::newRow("openai quota") << QStringLiteral("You exceeded your current quota, please check your plan and billing details.")
                                      << true;
        QTest::newRow("rate limit") << QStringLiteral(
            "This request would exceed the rate limit for your organization of 50,000 input tokens per minute.")
                                    << false;
        QTest::newRow("openai rate limit") << QStringLiteral(
            "Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000. Please try again in 1.2s.")
                                           << false;
        QTest::newRow("thinking budget") << QStringLiteral("thinking.budget_tokens: must be less than max_tokens") << false;
    }

    void spendLimitWording()
    {
        QFETCH(QString, message);
        QFETCH(bool, spend);
        QCOMPARE(RetryPolicy::isSpendLimit(QString(), message), spend);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
