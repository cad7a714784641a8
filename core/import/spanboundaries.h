#pragma once
// Where a large OTLP document can be cut so that its two parts are walked at once: between two
// neighbouring span objects of its spans array. These look at the text only; the walks of both parts
// then check that the cut was where it seemed (otlpsimd.cpp).
#include <optional>
#include <string>
#include <string_view>

namespace fapo::importdetail {

// The first key of the first span, quoted as in the text (`"traceId"`), found after the first `"spans"`
// key; empty when there is none, or when that key has escapes.
std::string quotedFirstSpanKey(std::string_view text);

// Two neighbouring objects in an array: `}`, then a comma, then `{` followed by `quotedKey` (whitespace
// allowed between). In valid JSON these characters cannot be inside a string, since the quote after
// `{` opens one; which array they are in is for the walk to check.
struct ObjectBoundary {
    const char* close = nullptr; // the first object's `}`
    const char* open = nullptr; // the second object's `{`
};

// The first such boundary whose second object starts at or after `from` (the text before `floor` is not
// looked at).
std::optional<ObjectBoundary> nextObjectBoundary(const char* floor, const char* from, const char* end, std::string_view quotedKey);

// True when [p, end) is the end of an OTLP request after the last span: the closing brackets of the
// spans array, its scope, scopeSpans, the resource, resourceSpans and the request (`]}]}]}`), with
// whitespace anywhere.
bool onlyRequestClosersFollow(const char* p, const char* end);
// True when [begin, end) ends so: the text before its last `]}]}]}` (and whitespace) is not looked at.
bool endsWithRequestClosers(const char* begin, const char* end);

} // namespace fapo::importdetail
