#pragma once
// Gold for intermediate steps ("step_expected" in the dataset): the strongest evidence of where a
// failure starts. ids_include (retrieval), contains, regex, equals.
#include "core/workspace/records.h"
#include <QString>
#include <nlohmann/json.hpp>

namespace fapo {

struct GoldResult {
    bool present = false; // the example has gold for this step
    bool passed = true;
    QString detail; // what was missing or different
};

// Compares a step's record with its gold. Text comparisons use the SQuAD normalisation (case,
// punctuation, articles, spaces); ids_include reads the ids of a retrieval's passages, or searches
// the output text for them when the step is not a retrieval.
GoldResult checkStepGold(const nlohmann::json& gold, const StepRecord& record);

} // namespace fapo
