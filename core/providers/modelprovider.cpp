#include "core/providers/modelprovider.h"

namespace fapo {

void ModelCall::finish(ModelResponse r)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response = std::move(r);
    Q_EMIT finished();
}

QString callErrorName(CallError e)
{
    switch (e) {
    case CallError::None:
        return QStringLiteral("none");
    case CallError::Auth:
        return QStringLiteral("authentication");
    case CallError::SpendLimit:
        return QStringLiteral("spend_limit");
    case CallError::RateLimited:
        return QStringLiteral("rate_limited");
    case CallError::Overloaded:
        return QStringLiteral("overloaded");
    case CallError::Server:
        return QStringLiteral("server");
    case CallError::BadRequest:
        return QStringLiteral("bad_request");
    case CallError::Network:
        return QStringLiteral("network");
    case CallError::Timeout:
        return QStringLiteral("timeout");
    case CallError::InvalidResponse:
        return QStringLiteral("invalid_response");
    case CallError::NoRule:
        return QStringLiteral("no_rule");
    case CallError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

bool isFatalForRun(CallError e) { return e == CallError::Auth || e == CallError::SpendLimit; }

} // namespace fapo
