#include "core/import/spanboundaries.h"
#include "core/formats/jsonspace.h"
#include <cstring>

namespace fapo::importdetail {

namespace {

// The first character at or after `p` that is not whitespace (`end` when none is).
const char* skipSpace(const char* p, const char* end)
{
    while (p < end && isJsonSpace(*p))
        ++p;
    return p;
}

// The last character before `p` that is not whitespace, at or after `floor`; nullptr when none is.
const char* lastBefore(const char* p, const char* floor)
{
    while (p > floor && isJsonSpace(p[-1]))
        --p;
    return p > floor ? p - 1 : nullptr;
}

const char* find(const char* from, const char* end, std::string_view needle)
{
    if (from >= end)
        return nullptr;
    return static_cast<const char*>(memmem(from, size_t(end - from), needle.data(), needle.size()));
}

} // namespace

std::string quotedFirstSpanKey(std::string_view text)
{
    const char* end = text.data() + text.size();
    for (const char* spans = find(text.data(), end, "\"spans\""); spans; spans = find(spans + 1, end, "\"spans\"")) {
        // "spans" : [ { "key"
        const char* p = spans + 7;
        bool shaped = true;
        for (const char expected : { ':', '[', '{', '"' }) {
            p = skipSpace(p, end);
            if (p >= end || *p != expected) {
                shaped = false;
                break;
            }
            ++p;
        }
        if (!shaped)
            continue;
        const char* close = p; // p is past the key's opening quote
        while (close < end && *close != '"' && *close != '\\')
            ++close;
        if (close >= end || *close != '"' || close == p)
            return {};
        return std::string(p - 1, size_t(close + 2 - p));
    }
    return {};
}

std::optional<ObjectBoundary> nextObjectBoundary(const char* floor, const char* from, const char* end, std::string_view quotedKey)
{
    for (const char* hit = find(from, end, quotedKey); hit; hit = find(hit + 1, end, quotedKey)) {
        const char* open = lastBefore(hit, floor);
        if (!open || *open != '{')
            continue;
        const char* comma = lastBefore(open, floor);
        if (!comma || *comma != ',')
            continue;
        const char* close = lastBefore(comma, floor);
        if (close && *close == '}' && open >= from)
            return ObjectBoundary { close, open };
    }
    return std::nullopt;
}

bool onlyRequestClosersFollow(const char* p, const char* end)
{
    for (const char c : std::string_view("]}]}]}")) {
        p = skipSpace(p, end);
        if (p >= end || *p != c)
            return false;
        ++p;
    }
    return skipSpace(p, end) == end;
}

bool endsWithRequestClosers(const char* begin, const char* end)
{
    for (const char c : std::string_view("}]}]}]")) {
        const char* last = lastBefore(end, begin);
        if (!last || *last != c)
            return false;
        end = last;
    }
    return true;
}

} // namespace fapo::importdetail
