#pragma once
// Parameter proposals: a deterministic search over the knobs a pipeline declares near the step where
// failures start (a retrieve step's top_k, an llm step's max_tokens, model and parse mode). Each value
// becomes a proposal evaluated exactly like a rewrite. No model is asked: the values come from the
// pipeline and the baseline's evidence, so the same run always yields the same candidates.
#include "core/analysis/verdict.h"
#include "core/formats/pipeline.h"
#include "core/workspace/proposalrecords.h"
#include "core/workspace/records.h"
#include <map>
#include <vector>

namespace fapo {

struct ParameterCandidate {
    QString stepId;
    QString parameter; // top_k | max_tokens | model | parse
    nlohmann::json oldValue;
    nlohmann::json newValue;
    QString rationale; // why this knob, in the user's language
};

struct ParameterSearch {
    const Pipeline* pipeline = nullptr;
    QString target; // the step where the failures start
    std::vector<Verdict> failures; // the verdicts whose failure starts at the target
    // The baseline's records by example and step: outputs cut at max_tokens show there.
    const std::map<QString, std::map<QString, StepRecord>>* records = nullptr;
    std::vector<Proposal> earlier; // proposals made from the same version: a value tried there is not tried again
    int limit = 6; // candidates per round: each one raises the bar the others must pass (Holm)
};

// The values to try, most strongly suggested by the evidence first.
std::vector<ParameterCandidate> parameterCandidates(const ParameterSearch& search);

// The retrieve steps whose knobs bear on failures starting at `target`: those that read the target's
// output (directly or through transforms) and those the target reads.
QStringList retrievalNear(const Pipeline& pipeline, const QString& target);

} // namespace fapo
