#pragma once
// Value types that cross the provider boundary: one request, one response.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace fapo {

struct ModelRequest {
    QString system;
    QString prompt; // one user message
    int maxTokens = 1024;
    std::optional<double> temperature; // sent only when the user set it (newest models reject it)
    QStringList stop;
    nlohmann::json jsonSchema; // null: free text; otherwise structured output following this schema
    QString schemaName = QStringLiteral("result");
    bool stream = false;
};

struct Usage {
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
};

enum class CallError {
    None,
    Auth, // 401/403: stops the whole run
    SpendLimit, // 429 saying a spend/credit limit was reached: stops the whole run, never retried
    RateLimited, // 429 after retries
    Overloaded, // 529 after retries
    Server, // 5xx after retries
    BadRequest, // other 4xx (400, 404, 413, ...)
    Network, // connection refused / dropped, after retries
    Timeout, // no bytes for the inactivity timeout, after retries
    InvalidResponse, // body not the protocol's JSON / stream ended early
    NoRule, // scripted provider: no rule matched
    Cancelled,
};

QString callErrorName(CallError e);
// True for errors that must stop a run at once (one message, no further calls).
bool isFatalForRun(CallError e);

struct ModelResponse {
    QString text; // concatenation of text blocks (thinking skipped)
    Usage usage;
    QString model; // as reported by the server (falls back to the requested id)
    QString stopReason;
    QString requestId; // server's request id, for logs
    int httpStatus = 0;
    int attempts = 0;
    CallError error = CallError::None;
    QString errorMessage;
    bool fromCache = false;
    bool batched = false; // answered through a provider's batch API (billed at its batch price)
    QByteArray body; // calls that are not messages (batch endpoints): the 2xx reply as it came
    bool ok() const { return error == CallError::None; }
};

} // namespace fapo
