#pragma once
// Number and text formats shared by every view, so one value reads the same everywhere.
#include <QLocale>
#include <QString>

namespace fapo {

// "$0.0123" with the user's decimal separator; costs are in US dollars whatever the locale.
inline QString formatUsd(double usd) { return QStringLiteral("$") + QLocale().toString(usd, 'f', 4); }

// A tool tip that shows `text` literally: Qt renders a tool tip as rich text when it guesses so, so trace
// and model text is escaped inside forced rich text (and elided after `limit` characters).
inline QString literalToolTip(const QString& text, int limit = 800)
{
    QString shown = text.left(limit);
    if (shown.size() < text.size())
        shown += QChar(0x2026);
    return QStringLiteral("<qt><p style=\"white-space:pre-wrap\">") + shown.toHtmlEscaped() + QStringLiteral("</p></qt>");
}

} // namespace fapo
