#include "core/eval/jsonextract.h"
#include "core/formats/jsondocument.h"
#include "core/formats/jsonspace.h"

#include <QByteArray>
#include <string_view>

namespace fapo {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (isJsonSpace(s.front()) || s.front() == '\f' || s.front() == '\v'))
        s.remove_prefix(1);
    while (!s.empty() && (isJsonSpace(s.back()) || s.back() == '\f' || s.back() == '\v'))
        s.remove_suffix(1);
    // a UTF-8 byte order mark
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF")
        s.remove_prefix(3);
    return s;
}

// Parses `s` as exactly one JSON value; on failure stores nlohmann's message in `error`.
std::optional<nlohmann::json> parseWhole(std::string_view s, std::string* error)
{
    try {
        return nlohmann::json::parse(s.begin(), s.end(), nullptr, /*allow_exceptions=*/true,
                                     /*ignore_comments=*/true);
    } catch (const nlohmann::json::exception& e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
}

// The end (one past) of the object or array starting at `start` ('{' or '['), matching brackets outside
// JSON strings; std::string_view::npos when it is never closed. The closing bracket kinds are not
// checked against the opening ones: nlohmann decides whether the span is valid.
size_t matchBrackets(std::string_view s, size_t start)
{
    const size_t close = walkJsonBrackets(s, start, [](size_t, int depth) { return depth == 0; });
    return close == std::string_view::npos ? close : close + 1;
}

// A structured value (an object, or an array holding objects or arrays) rather than a bracketed aside
// such as the citation "[1]" in "According to [1], {...}".
bool isStructured(const nlohmann::json& value)
{
    if (value.is_object())
        return true;
    if (!value.is_array() || value.empty())
        return false;
    for (const auto& item : value) {
        if (!item.is_object() && !item.is_array())
            return false;
    }
    return true;
}

// The object or array inside prose: the first structured one, else the first valid span.
// Spans are scanned left to right; after a valid span the scan continues behind it.
std::optional<nlohmann::json> findSpan(std::string_view s, std::string* firstError)
{
    std::optional<nlohmann::json> firstValid;
    size_t pos = s.find_first_of("{[");
    while (pos != std::string_view::npos) {
        const size_t end = matchBrackets(s, pos);
        if (end == std::string_view::npos) {
            if (firstError && firstError->empty())
                *firstError = "unbalanced brackets: the value starting at byte " + std::to_string(pos) + " is never closed";
            pos = s.find_first_of("{[", pos + 1);
            continue;
        }
        std::string error;
        if (auto value = parseWhole(s.substr(pos, end - pos), &error)) {
            if (isStructured(*value))
                return value;
            if (!firstValid)
                firstValid = std::move(value);
            pos = s.find_first_of("{[", end);
            continue;
        }
        if (firstError && firstError->empty())
            *firstError = error;
        pos = s.find_first_of("{[", pos + 1);
    }
    return firstValid;
}

struct Fence {
    std::string_view content;
};

// Code fences ``` or ~~~ with an optional info string ("json", "JSON", "jsonc"...), in order.
std::vector<Fence> findFences(std::string_view s)
{
    std::vector<Fence> fences;
    size_t pos = 0;
    while (pos < s.size()) {
        const size_t open = s.find("```", pos);
        if (open == std::string_view::npos)
            break;
        // the info string runs to the end of the line
        size_t contentStart = open + 3;
        while (contentStart < s.size() && s[contentStart] == '`')
            ++contentStart;
        const size_t lineEnd = s.find('\n', contentStart);
        std::string_view info = s.substr(contentStart, (lineEnd == std::string_view::npos ? s.size() : lineEnd) - contentStart);
        info = trimmed(info);
        // "```{"a": 1}```" on one line: no info string, the content starts right after the backticks
        const bool infoIsWord = !info.empty() && info.find_first_of("{[\"") == std::string_view::npos;
        if (infoIsWord && lineEnd != std::string_view::npos)
            contentStart = lineEnd + 1;
        else if (infoIsWord)
            break; // "```json" with nothing after it
        const size_t close = s.find("```", contentStart);
        if (close == std::string_view::npos) {
            // an unterminated fence (a truncated reply): take the rest
            fences.push_back({ s.substr(contentStart) });
            break;
        }
        fences.push_back({ s.substr(contentStart, close - contentStart) });
        pos = close + 3;
        while (pos < s.size() && s[pos] == '`')
            ++pos;
    }
    return fences;
}

} // namespace

std::optional<nlohmann::json> extractJson(const QString& text, QString* error)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view all = trimmed(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (all.empty()) {
        if (error)
            *error = QStringLiteral("no JSON value: the text is empty");
        return std::nullopt;
    }

    std::string wholeError;
    if (auto value = parseWhole(all, &wholeError))
        return value;

    std::string firstError;
    for (const Fence& fence : findFences(all)) {
        const std::string_view content = trimmed(fence.content);
        if (content.empty())
            continue;
        std::string fenceError;
        if (auto value = parseWhole(content, &fenceError))
            return value;
        if (auto value = findSpan(content, &fenceError))
            return value;
        if (firstError.empty())
            firstError = "in a code fence: " + fenceError;
    }

    std::string spanError;
    if (auto value = findSpan(all, &spanError))
        return value;
    if (firstError.empty())
        firstError = spanError;

    if (error) {
        if (firstError.empty())
            *error = QStringLiteral("no JSON value found in the text");
        else
            *error = QStringLiteral("no valid JSON value found in the text: ") % QString::fromStdString(firstError);
    }
    return std::nullopt;
}

} // namespace fapo
