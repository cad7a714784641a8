#pragma once
// When and how long to wait before retrying a failed model call, as the official SDKs do:
// 408, 409, 429 and 5xx (529 included), connection errors and timeouts are retried with exponential
// back-off min(0.5 * 2^n, 8) s, reduced by a jitter of up to 25 %, where n counts the retries made
// so far; a server-requested delay (retry-after-ms, then retry-after in seconds or as an HTTP date)
// wins, capped at kMaxServerDelayMs; x-should-retry: true/false overrides the status. A spend limit
// (429/402/400 whose error says so) is never retried; other 4xx are not retried.
// Pure: no timers, no I/O. HttpModelCall applies the decisions.
#include "core/providers/modelrequest.h"
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

namespace fapo {

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

// Case-insensitive header lookup; empty when absent.
QByteArray headerValue(const HttpHeaderList& headers, QByteArrayView name);

// One failed attempt, as far as the retry decision needs it.
struct AttemptFailure {
    enum class Kind {
        HttpStatus, // the server answered with a non-2xx status
        Connection, // refused, reset, closed before the reply was complete
        Timeout, // no bytes for the inactivity timeout
        StreamError, // an error event inside a 2xx stream (Anthropic "event: error", OpenAI {"error":..})
        StreamTruncated, // a 2xx stream ended cleanly but before its terminal event
        Protocol, // a 2xx reply that is not the protocol's JSON
    };
    Kind kind = Kind::HttpStatus;
    int status = 0;
    HttpHeaderList headers;
    QString errorType; // provider error type or code: "overloaded_error", "insufficient_quota", ...
    QString message; // provider error message (or a body snippet)
};

struct RetryDecision {
    bool retry = false;
    qint64 delayMs = 0; // when retry
    CallError error = CallError::None; // classification of this failure (final error when !retry)
};

class RetryPolicy {
public:
    static constexpr qint64 kMaxServerDelayMs = 60000;
    static constexpr double kInitialDelaySeconds = 0.5;
    static constexpr double kMaxDelaySeconds = 8.0;

    explicit RetryPolicy(int maxRetries = 2);

    int maxRetries() const { return m_maxRetries; }
    // Random source in [0, 1) for the jitter (tests pin it).
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    // retriesDone: retries already made before this failure (0 after the first attempt).
    RetryDecision decide(const AttemptFailure& failure, int retriesDone, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // What the failure means, regardless of retries left.
    static CallError classify(const AttemptFailure& failure);
    // Whether this kind of failure may be retried at all (ignores the retry count).
    static bool isRetryable(const AttemptFailure& failure);
    // True when an error type/code/message says a spend, credit, billing or quota limit was reached.
    static bool isSpendLimit(const QString& errorType, const QString& message);
    // min(0.5 * 2^retryNumber, 8) s, times (1 - 0.25 * random01), in ms (not scaled).
    static qint64 backoffMs(int retryNumber, double random01);
    // retry-after-ms, then retry-after (seconds or HTTP date), clamped to [0, kMaxServerDelayMs] (not scaled).
    static std::optional<qint64> serverDelayMs(const HttpHeaderList& headers, const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Process-wide factor applied to every delay (default 1). Tests and benchmarks shrink it so
    // retries do not wait real seconds.
    static void setDelayScale(double scale);
    static double delayScale();

private:
    int m_maxRetries;
    std::function<double()> m_random;
};

} // namespace fapo
