#include "core/formats/jsondocument.h"
#include <QCoreApplication>

namespace fapo {

namespace {

std::string escapePointerToken(const std::string& token)
{
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// Walks a text nlohmann already accepted, recording the start offset of every value.
class OffsetScanner {
public:
    OffsetScanner(const QByteArray& text, QHash<QByteArray, qsizetype>& out)
        : m_text(text)
        , m_out(out)
    {
    }
    void run()
    {
        skipSpace();
        value(std::string());
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                break;
            ++m_pos;
        }
    }
    std::string stringToken()
    {
        const qsizetype start = m_pos;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
            if (m_text.at(m_pos) == '\\')
                ++m_pos;
            ++m_pos;
        }
        ++m_pos; // closing quote
        const QByteArray raw = m_text.mid(start, m_pos - start);
        try {
            return nlohmann::json::parse(raw.constData(), raw.constData() + raw.size()).get<std::string>();
        } catch (const nlohmann::json::exception&) {
            return std::string();
        }
    }
    void value(const std::string& pointer)
    {
        if (m_pos >= m_text.size())
            return;
        m_out.insert(QByteArray::fromStdString(pointer), m_pos);
        const char c = m_text.at(m_pos);
        if (c == '{') {
            ++m_pos;
            skipSpace();
            while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
                const std::string key = stringToken();
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
                value(pointer + '/' + escapePointerToken(key));
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            size_t index = 0;
            while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
                value(pointer + '/' + std::to_string(index++));
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                    ++m_pos;
                    skipSpace();
                }
            }
            ++m_pos;
        } else if (c == '"') {
            stringToken();
        } else {
            while (m_pos < m_text.size()) {
                const char d = m_text.at(m_pos);
                if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                    break;
                ++m_pos;
            }
        }
    }

    const QByteArray& m_text;
    QHash<QByteArray, qsizetype>& m_out;
    qsizetype m_pos = 0;
};

// nlohmann's DOM builder, keeping where a parse failed. Its own parse() throws out_of_range for a
// number too large for a double ("1e400") without the position; this keeps the position for every
// failure and never throws.
struct LocatingDomParser {
    using json = nlohmann::json;
    explicit LocatingDomParser(json& result)
        : dom(result, /*allow_exceptions=*/false)
    {
    }
    bool null() { return dom.null(); }
    bool boolean(bool v) { return dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { return dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& s) { return dom.number_float(v, s); }
    bool string(json::string_t& v) { return dom.string(v); }
    bool binary(json::binary_t& v) { return dom.binary(v); }
    bool start_object(std::size_t n) { return dom.start_object(n); }
    bool key(json::string_t& v) { return dom.key(v); }
    bool end_object() { return dom.end_object(); }
    bool start_array(std::size_t n) { return dom.start_array(n); }
    bool end_array() { return dom.end_array(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e)
    {
        failed = true;
        errorByte = position;
        // "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error ..." -> "syntax error ..."
        QString what = QString::fromUtf8(e.what());
        const int syntax = what.indexOf(QStringLiteral("syntax error"));
        if (syntax >= 0)
            what = what.mid(syntax);
        else if (what.startsWith(QLatin1Char('[')) && what.indexOf(QStringLiteral("] ")) > 0)
            what = what.mid(what.indexOf(QStringLiteral("] ")) + 2);
        errorText = what;
        return false;
    }

    nlohmann::detail::json_sax_dom_parser<json> dom;
    bool failed = false;
    std::size_t errorByte = 0;
    QString errorText;
};

} // namespace

TextPosition positionOfOffset(const QByteArray& text, qsizetype offset)
{
    TextPosition p { 1, 1 };
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column; // count code points, not continuation bytes
        }
    }
    return p;
}

std::optional<JsonDocument> JsonDocument::parse(const QString& file, const QByteArray& bytes, Diagnostic* error, int firstLine)
{
    const auto fail = [&](qsizetype offset, const DiagnosticText& text) {
        if (error) {
            const TextPosition p = positionOfOffset(bytes, offset);
            *error = Diagnostic::make(Diagnostic::Severity::Error, file, p.line + firstLine - 1, p.column, text);
        }
        return std::nullopt;
    };
    if (const auto deep = tooDeepAt(bytes, kMaxJsonDepth))
        return fail(*deep, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "invalid JSON: nested deeper than %1 levels"), kMaxJsonDepth));

    // nlohmann's reader takes a NUL for the end of the text and would pass whatever follows it.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return fail(nul, diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "invalid JSON: a NUL byte (is this a text file?)")));

    JsonDocument doc;
    doc.m_file = file;
    doc.m_text = bytes;
    doc.m_firstLine = firstLine;
    LocatingDomParser sax(doc.m_value);
    nlohmann::json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &sax);
    if (sax.failed) {
        // The position is 1-based and points just past the offending character. nlohmann's own
        // explanation stays English: it is not in our catalogue.
        return fail(sax.errorByte > 0 ? qsizetype(sax.errorByte) - 1 : 0,
                    diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "invalid JSON: %1"), sax.errorText));
    }
    OffsetScanner(doc.m_text, doc.m_offsets).run();
    return doc;
}

std::optional<qsizetype> tooDeepAt(const QByteArray& bytes, int maxDepth)
{
    const size_t at = walkJsonBrackets(std::string_view(bytes.constData(), size_t(bytes.size())), 0,
                                       [maxDepth](size_t, int depth) { return depth > maxDepth; });
    return at == std::string_view::npos ? std::nullopt : std::optional<qsizetype>(qsizetype(at));
}

TextPosition JsonDocument::positionOf(const std::string& pointer) const
{
    std::string p = pointer;
    while (true) {
        const auto it = m_offsets.constFind(QByteArray::fromStdString(p));
        if (it != m_offsets.cend()) {
            TextPosition pos = positionOfOffset(m_text, it.value());
            pos.line += m_firstLine - 1;
            return pos;
        }
        const auto slash = p.rfind('/');
        if (slash == std::string::npos)
            return TextPosition { m_firstLine, 1 };
        p.resize(slash);
    }
}

std::optional<qsizetype> JsonDocument::offsetOf(const std::string& pointer) const
{
    const auto it = m_offsets.constFind(QByteArray::fromStdString(pointer));
    return it == m_offsets.cend() ? std::nullopt : std::optional<qsizetype>(it.value());
}

Diagnostic JsonDocument::error(const std::string& pointer, const QString& message) const
{
    const TextPosition p = positionOf(pointer);
    return Diagnostic { Diagnostic::Severity::Error, m_file, p.line, p.column, message };
}

Diagnostic JsonDocument::warning(const std::string& pointer, const QString& message) const
{
    Diagnostic d = error(pointer, message);
    d.severity = Diagnostic::Severity::Warning;
    return d;
}

Diagnostic JsonDocument::error(const std::string& pointer, const DiagnosticText& message) const
{
    Diagnostic d = error(pointer, QString());
    d.setText(message);
    return d;
}

Diagnostic JsonDocument::warning(const std::string& pointer, const DiagnosticText& message) const
{
    Diagnostic d = warning(pointer, QString());
    d.setText(message);
    return d;
}

std::string jsonPointer(std::initializer_list<std::string> parts)
{
    std::string out;
    for (const auto& part : parts)
        out += '/' + escapePointerToken(part);
    return out;
}

std::string jsonPointer(const std::string& parent, const std::string& child) { return parent + '/' + escapePointerToken(child); }

std::string jsonPointer(const std::string& parent, size_t index) { return parent + '/' + std::to_string(index); }

} // namespace fapo
