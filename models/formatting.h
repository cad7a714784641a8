#pragma once
// Number formats shared by every view, so one value reads the same everywhere.
#include <QLocale>
#include <QString>

namespace fapo {

// "$0.0123" with the user's decimal separator; costs are in US dollars whatever the locale.
inline QString formatUsd(double usd) { return QStringLiteral("$") + QLocale().toString(usd, 'f', 4); }

} // namespace fapo
