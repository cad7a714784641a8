#pragma once
// How far a proposal got through the optimizer's evaluation, and why it stopped there: blocked by a
// review check, screened out on the minibatch, evaluated on the validation set, checked on the held-out
// split. Derived from what the optimizer stores with each proposal, for the review queue and its filter.
#include "core/workspace/proposalrecords.h"
#include <QString>

namespace fapo {

enum class ProposalStage {
    Blocked, // a review check failed, or the reply could not be used: never evaluated
    Unevaluated, // waiting for (or stopped before) its minibatch
    ScreenedOut, // no gain on the minibatch: not worth the validation set
    Validated, // evaluated on the validation set
    HeldOut, // chosen by the policy and checked on the held-out split
};
inline constexpr int kProposalStageCount = 5;

struct ProposalProgress {
    ProposalStage stage = ProposalStage::Unevaluated;
    QString summary; // short, with its numbers: "screened out: 0.333 → 0.333 on 6"
    QString reason; // one or two sentences: what the numbers were and what became of it
    // A person who approves it goes beyond what the evidence shows (it never showed a gain on the
    // validation set), so the window asks first.
    bool approvalNeedsConfirmation = false;
};

ProposalProgress proposalProgress(const Proposal& proposal);
QString proposalStageText(ProposalStage stage); // translated: "blocked", "screened out", ...
// English codes for JSON: blocked | unevaluated | screened_out | validated | held_out
QString proposalStageName(ProposalStage stage);

} // namespace fapo
