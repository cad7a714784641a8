#pragma once
// The deterministic checks every proposed rewrite passes before any evaluation money is spent.
// A failed check blocks the proposal with its reason; a blocked proposal is never approved or exported.
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/workspace/proposalrecords.h"
#include <vector>

namespace fapo {

struct ReviewCheck {
    // references | target | leakage | duplicate | growth; settings: target | duplicate | validates;
    // structure: protected | leakage | duplicate | validates | growth
    QString name;
    bool passed = true;
    QString detail;
};

// `proposal` carries the target step, the old and new prompt (and system); `earlier` are the
// proposals made before for any step; `dataset` is every example (answers and inputs are searched).
std::vector<ReviewCheck> reviewProposal(const Pipeline& pipeline, const Proposal& proposal, const Dataset& dataset,
                                        const std::vector<Proposal>& earlier);

// Runs reviewProposal and records its verdict on the proposal: the checks, and Blocked with the first
// failure as the reason when one fails (what every proposal goes through before it is stored).
void reviewAndMark(Proposal& proposal, const Pipeline& pipeline, const Dataset& dataset, const std::vector<Proposal>& earlier);

bool allPassed(const std::vector<ReviewCheck>& checks);
QString firstFailure(const std::vector<ReviewCheck>& checks); // "leakage: ..."
nlohmann::json toJson(const std::vector<ReviewCheck>& checks);

// Answers of the dataset long enough to count as copied when they appear in a prompt (normalised).
QStringList leakableAnswers(const Pipeline& pipeline, const Dataset& dataset);

} // namespace fapo
