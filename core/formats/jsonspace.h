#pragma once
// JSON's whitespace (RFC 8259): space, tab, line feed and carriage return; nothing else (not \f or \v).

namespace fapo {

constexpr bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

} // namespace fapo
