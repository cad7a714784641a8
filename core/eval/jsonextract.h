#pragma once
// Finds the one JSON value in a model's reply ("parse": "json", the json_valid check and metric).
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace fapo {

// Returns the JSON value held by `text`, tolerating what models put around it:
//  - the whole text (trimmed) is one JSON value, a bare scalar included ("42", "\"yes\"", "null");
//  - ```json ... ``` (or plain ```) code fences: the first fence whose content holds a valid value wins;
//  - prose before and after one object or array: candidate spans are found by bracket matching that
//    respects JSON strings, and the first span that parses wins.
// Parsing is nlohmann's (comments are ignored). On failure returns std::nullopt and, when `error` is
// given, says why (the parser's message for the most promising candidate, or that no JSON was found).
std::optional<nlohmann::json> extractJson(const QString& text, QString* error = nullptr);

} // namespace fapo
