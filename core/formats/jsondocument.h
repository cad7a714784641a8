#pragma once
// A parsed JSON text that remembers where each value stands, so errors can name line and column.
// nlohmann (3.11) keeps no positions; a light scan of the already-valid text maps JSON pointers to offsets.
#include "formats/diagnostic.h"
#include <QByteArray>
#include <QHash>
#include <nlohmann/json.hpp>
#include <optional>

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

// Builds a JSON pointer from parts, escaping '~' and '/'.
std::string jsonPointer(std::initializer_list<std::string> parts);
std::string jsonPointer(const std::string& parent, const std::string& child);
std::string jsonPointer(const std::string& parent, size_t index);

} // namespace fapo
