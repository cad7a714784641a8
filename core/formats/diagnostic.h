#pragma once
// A problem found in an input file, located by file, line and column (1-based; 0 = unknown).
#include <QString>
#include <concepts>
#include <vector>

namespace fapo {

// A diagnostic's text in English plus what is needed to show it in the user's language later: the source
// text (marked with QT_TRANSLATE_NOOP("fapo::diagnostics", ...) so lupdate extracts it) and its %1, %2, ...
// arguments, which are values (ids, quoted texts, numbers; never translated) or translatable pieces
// themselves (`step "x"`, "a list"). Translation happens when a text is shown, so --json documents, logs
// and workspaces keep the English text whatever the locale.
struct DiagnosticText {
    QString english;
    const char* sourceText = nullptr; // null: a value, shown as it is
    std::vector<DiagnosticText> args;

    QString localized() const;
};

namespace detail {
inline DiagnosticText diagnosticArg(const DiagnosticText& t) { return t; }
inline DiagnosticText diagnosticArg(const QString& value) { return { value, nullptr, {} }; }
inline DiagnosticText diagnosticArg(QLatin1String value) { return { QString(value), nullptr, {} }; }
template <std::integral N> DiagnosticText diagnosticArg(N number) { return { QString::number(number), nullptr, {} }; }
DiagnosticText makeDiagnosticText(const char* sourceText, std::vector<DiagnosticText> args);
} // namespace detail

// diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 needs the field \"%2\""), where, key): the English text
// (%N replaced by argument N) together with what localized() needs.
template <typename... Args> DiagnosticText diag(const char* sourceText, const Args&... args)
{
    return detail::makeDiagnosticText(sourceText, { detail::diagnosticArg(args)... });
}

struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message; // English: --json documents, logs and tests read it
    // For localizedMessage(); null for messages that have no translation (then `message` is shown).
    const char* sourceText = nullptr;
    std::vector<DiagnosticText> args;

    static Diagnostic make(Severity severity, const QString& file, int line, int column, const DiagnosticText& text);
    void setText(const DiagnosticText& text);

    // "file:line:column: error: message" (parts that are unknown are left out)
    QString toString() const;
    // The message in the user's language (the installed translators), falling back to `message`.
    QString localizedMessage() const;
    // toString()'s layout with the severity and the message in the user's language, for people to read.
    QString toLocalizedString() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);
// One line per diagnostic, each toLocalizedString(): what a person is shown.
QString localizedLines(const Diagnostics& diagnostics);

} // namespace fapo
