#pragma once
// Per-step assertions ("checks" in the pipeline file), run on every example.
#include "core/formats/pipeline.h"
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace fapo {

struct CheckResult {
    CheckType type = CheckType::NotEmpty;
    bool passed = false;
    QString detail; // why it failed, or what was measured
};

// Runs one check on a step's output text. `parsed` is the step's parsed JSON value when it has one.
//  json_valid: `parsed` is present, or the text holds one JSON value (extractJson);
//  regex: Check::pattern found anywhere in the text (QRegularExpression); an invalid pattern fails;
//  max_chars / min_chars: Unicode characters (code points), not bytes, against Check::number;
//  contains: Check::text occurs in the text (case-sensitive);
//  not_empty: the text holds a non-white-space character.
// An unknown type fails with a detail naming it.
CheckResult runCheck(const Check& check, const QString& outputText, const std::optional<nlohmann::json>& parsed);

std::vector<CheckResult> runChecks(const std::vector<Check>& checks, const QString& outputText,
                                   const std::optional<nlohmann::json>& parsed);

// True when every result passed (an empty list passes).
bool allPassed(const std::vector<CheckResult>& results);

// [{"type", "passed", "detail"}, ...]
nlohmann::json toJson(const std::vector<CheckResult>& results);

} // namespace fapo
