#pragma once
// The translated words for statuses, in one place for every view and message.
#include <QString>

namespace fapo {

// done | running | interrupted | failed; anything else is shown as stored.
QString runStatusText(const QString& status);

} // namespace fapo
