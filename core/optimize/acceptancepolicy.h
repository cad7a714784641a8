#pragma once
// When `--approve auto` accepts a rewrite on its own: the rules, with no workspace and no model in
// them, so they can be read and tested on their own. A person's approval needs none of this.
#include "core/optimize/pairedstats.h"
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace fapo {

struct ValidatedCandidate {
    qint64 id = 0;
    double gain = 0.0; // on the validation split
    double pValue = 1.0; // one-sided sign test on the paired validation examples
    double costRatio = 1.0; // cost per example with the change over without (list prices, validation split)
    int examples = 0; // validation examples compared
};

struct AcceptanceDecision {
    qint64 accepted = 0; // the candidate to check on the held-out split; 0: none
    std::vector<std::pair<qint64, QString>> rejected; // every other candidate, with the reason
    // The p-value each candidate had to beat, after correcting for how many were compared (by id).
    std::vector<std::pair<qint64, double>> thresholds;
};

// A candidate qualifies with a gain of at least `minGain` that is significant and, when
// `maxCostIncrease` is not negative, a cost per example at most (1 + maxCostIncrease) times the
// baseline's. Of those, the one with the largest gain goes on (the first on a tie), unless one that
// gains as much within one validation example costs at least 5% less: the smallest useful change wins
// (top_k 3 over top_k 8 when both fix the same examples). The others are rejected.
// Significance is corrected for the number of candidates compared in the round (Holm-Bonferroni): the
// chance that any no-effect candidate of the round passes stays below `significance`, however many
// rewrites or parameter values were tried. Holm rather than plain Bonferroni: the same guarantee, with
// more power when several candidates really help. Only candidates that reached the validation set count:
// the minibatch that screened the others ran on training examples, independent of the validation
// examples these p-values come from, so it does not bias them.
AcceptanceDecision chooseForAcceptance(const std::vector<ValidatedCandidate>& candidates, double minGain, double significance,
                                       double maxCostIncrease = -1.0);

// The held-out check of the chosen candidate: why it is rejected (it loses beyond noise), or nothing.
// Noise is 1.645 standard errors of the paired difference, and at least one example's worth.
std::optional<QString> holdoutRejection(const PairedComparison& heldOut);

} // namespace fapo
