#pragma once
// A parsed JSON text that remembers where each value stands, so errors can name line and column.
// nlohmann (3.11) keeps no positions; a light scan of the already-valid text maps JSON pointers to offsets.
#include "core/formats/diagnostic.h"
#include <QByteArray>
#include <QHash>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace fapo {

struct TextPosition {
    int line = 0;
    int column = 0; // in characters (UTF-8 code points), 1-based
};

// Position of a byte offset in a UTF-8 text.
TextPosition positionOfOffset(const QByteArray& text, qsizetype offset);

class JsonDocument {
public:
    // Parses bytes; on a syntax error, a number out of range or nesting deeper than kMaxJsonDepth returns
    // nullopt and describes it (with line and column) in *error. Never throws.
    static std::optional<JsonDocument> parse(const QString& file, const QByteArray& bytes, Diagnostic* error, int firstLine = 1);

    const nlohmann::json& value() const { return m_value; }
    const QString& file() const { return m_file; }
    // Where the value at `pointer` starts (falls back to its nearest located parent).
    TextPosition positionOf(const std::string& pointer) const;
    // The byte offset where the value at `pointer` starts, when the scan located exactly that value.
    std::optional<qsizetype> offsetOf(const std::string& pointer) const;
    Diagnostic error(const std::string& pointer, const QString& message) const;
    Diagnostic warning(const std::string& pointer, const QString& message) const;
    Diagnostic error(const std::string& pointer, const DiagnosticText& message) const;
    Diagnostic warning(const std::string& pointer, const DiagnosticText& message) const;

private:
    QString m_file;
    QByteArray m_text;
    int m_firstLine = 1;
    nlohmann::json m_value;
    QHash<QByteArray, qsizetype> m_offsets; // JSON pointer -> byte offset
};

// Deeper nesting than any pipeline, dataset, corpus or rules file needs. It is checked before parsing, so a
// hostile file cannot make the parser and the offset scan use memory that grows with the square of its depth.
inline constexpr int kMaxJsonDepth = 256;
// The offset of the first '[' or '{' (outside strings) that opens level maxDepth + 1, if any.
std::optional<qsizetype> tooDeepAt(const QByteArray& bytes, int maxDepth);

// Walks `text` from `start` and calls onBracket(index, depth) at every bracket outside JSON strings, with
// the nesting depth after it ('[' and '{' raise it, ']' and '}' lower it; kinds are not matched). Stops
// where onBracket returns true and gives that index; std::string_view::npos when it never does.
template <typename OnBracket> size_t walkJsonBrackets(std::string_view text, size_t start, OnBracket&& onBracket)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{' || c == ']' || c == '}') {
            depth += (c == '[' || c == '{') ? 1 : -1;
            if (onBracket(i, depth))
                return i;
        }
    }
    return std::string_view::npos;
}

// Builds a JSON pointer from parts, escaping '~' and '/'.
std::string jsonPointer(std::initializer_list<std::string> parts);
std::string jsonPointer(const std::string& parent, const std::string& child);
std::string jsonPointer(const std::string& parent, size_t index);

} // namespace fapo
