#include "core/formats/diagnostic.h"
#include <QCoreApplication>
#include <algorithm>

namespace fapo {

namespace {

// Replaces %1..%99 by the arguments in one pass, so a value that itself holds "%2" stays as it is and
// a translation may put the arguments in another order.
QString substitute(const QString& pattern, const QStringList& values)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
            int n = pattern[i + 1].digitValue();
            qsizetype end = i + 2;
            if (end < pattern.size() && pattern[end].isDigit())
                n = n * 10 + pattern[end++].digitValue();
            if (n >= 1 && n <= values.size()) {
                out += values[n - 1];
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString where(const Diagnostic& d)
{
    QString where = d.file;
    if (d.line > 0) {
        where += QLatin1Char(':') + QString::number(d.line);
        if (d.column > 0)
            where += QLatin1Char(':') + QString::number(d.column);
    }
    return where;
}

QString layout(const QString& where, const QString& kind, const QString& message)
{
    if (where.isEmpty())
        return kind + QStringLiteral(": ") + message;
    return where + QStringLiteral(": ") + kind + QStringLiteral(": ") + message;
}

} // namespace

QString DiagnosticText::localized() const
{
    if (!sourceText)
        return english;
    QStringList values;
    for (const DiagnosticText& a : args)
        values << a.localized();
    return substitute(QCoreApplication::translate("fapo::diagnostics", sourceText), values);
}

DiagnosticText detail::makeDiagnosticText(const char* sourceText, std::vector<DiagnosticText> args)
{
    QStringList values;
    for (const DiagnosticText& a : args)
        values << a.english;
    DiagnosticText t { substitute(QString::fromUtf8(sourceText), values), sourceText, std::move(args) };
    return t;
}

Diagnostic Diagnostic::make(Severity severity, const QString& file, int line, int column, const DiagnosticText& text)
{
    Diagnostic d { severity, file, line, column };
    d.setText(text);
    return d;
}

void Diagnostic::setText(const DiagnosticText& text)
{
    message = text.english;
    sourceText = text.sourceText;
    args = text.args;
}

QString Diagnostic::toString() const
{
    return layout(where(*this), severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"), message);
}

QString Diagnostic::localizedMessage() const { return DiagnosticText { message, sourceText, args }.localized(); }

QString Diagnostic::toLocalizedString() const
{
    const QString kind = severity == Severity::Error ? QCoreApplication::translate("fapo::diagnostics", "error")
                                                     : QCoreApplication::translate("fapo::diagnostics", "warning");
    return layout(where(*this), kind, localizedMessage());
}

QString localizedLines(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines << d.toLocalizedString();
    return lines.join(QLatin1Char('\n'));
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace fapo
