#include "core/optimize/acceptancepolicy.h"
#include <QCoreApplication>
#include <algorithm>

namespace fapo {

// The reasons are translated in the optimizer's context, where they have always been.
AcceptanceDecision chooseForAcceptance(const std::vector<ValidatedCandidate>& candidates, double minGain, double significance,
                                       double maxCostIncrease)
{
    AcceptanceDecision d;
    // Holm's step-down: the k-th smallest p-value (from 0) must be below significance / (m - k), and
    // every smaller one must have passed its own threshold.
    const size_t m = candidates.size();
    std::vector<size_t> byP(m);
    for (size_t i = 0; i < m; ++i)
        byP[i] = i;
    std::stable_sort(byP.begin(), byP.end(), [&](size_t a, size_t b) { return candidates[a].pValue < candidates[b].pValue; });
    std::vector<double> threshold(m, 0.0);
    std::vector<bool> significant(m, false);
    bool stillRejecting = true;
    for (size_t k = 0; k < m; ++k) {
        const size_t i = byP[k];
        threshold[i] = significance / double(m - k);
        stillRejecting = stillRejecting && candidates[i].pValue < threshold[i];
        significant[i] = stillRejecting;
    }

    std::vector<size_t> qualified;
    for (size_t i = 0; i < m; ++i) {
        const ValidatedCandidate& c = candidates[i];
        d.thresholds.emplace_back(c.id, threshold[i]);
        if (c.gain < minGain)
            d.rejected.emplace_back(c.id,
                                    QCoreApplication::translate("fapo::Optimizer", "gain %1 on validation is below --min-gain %2")
                                        .arg(c.gain, 0, 'f', 3)
                                        .arg(minGain));
        else if (!significant[i] && m == 1)
            d.rejected.emplace_back(c.id,
                                    QCoreApplication::translate("fapo::Optimizer", "gain %1 is not significant (sign test p = %2)")
                                        .arg(c.gain, 0, 'f', 3)
                                        .arg(c.pValue, 0, 'f', 3));
        else if (!significant[i])
            d.rejected.emplace_back(c.id,
                                    QCoreApplication::translate("fapo::Optimizer",
                                                                "gain %1 is not significant once corrected for the %2 candidates compared "
                                                                "(sign test p = %3; Holm threshold %4)")
                                        .arg(c.gain, 0, 'f', 3)
                                        .arg(m)
                                        .arg(c.pValue, 0, 'f', 3)
                                        .arg(threshold[i], 0, 'f', 4));
        else if (maxCostIncrease >= 0.0 && c.costRatio > 1.0 + maxCostIncrease + 1e-9)
            d.rejected.emplace_back(
                c.id,
                QCoreApplication::translate("fapo::Optimizer", "gain %1 costs %2x per example, over --max-cost-increase %3")
                    .arg(c.gain, 0, 'f', 3)
                    .arg(c.costRatio, 0, 'f', 2)
                    .arg(maxCostIncrease));
        else
            qualified.push_back(i);
    }
    if (qualified.empty())
        return d;
    size_t best = qualified.front();
    for (size_t i : qualified)
        if (candidates[i].gain > candidates[best].gain)
            best = i;
    // As good: within one validation example of the best gain. The cheapest of those wins when it saves
    // at least 5%; smaller cost differences are noise in token counts.
    const ValidatedCandidate& top = candidates[best];
    const double oneExample = top.examples > 0 ? 1.0 / top.examples : 1e-9;
    size_t chosen = best;
    for (size_t i : qualified)
        if (candidates[i].gain >= top.gain - oneExample - 1e-12 && candidates[i].costRatio < candidates[chosen].costRatio
            && candidates[i].costRatio < top.costRatio * 0.95)
            chosen = i;
    d.accepted = candidates[chosen].id;
    for (size_t i : qualified) {
        if (i == chosen)
            continue;
        const bool asGood = candidates[i].gain <= candidates[chosen].gain + oneExample + 1e-12;
        const bool dearer = candidates[chosen].costRatio < candidates[i].costRatio * 0.95;
        d.rejected.emplace_back(candidates[i].id,
                                asGood && dearer
                                    ? QCoreApplication::translate("fapo::Optimizer", "proposal %1 gains as much for less cost (%2x)")
                                          .arg(d.accepted)
                                          .arg(candidates[chosen].costRatio, 0, 'f', 2)
                                    : QCoreApplication::translate("fapo::Optimizer", "proposal %1 gained more").arg(d.accepted));
    }
    return d;
}

std::optional<QString> holdoutRejection(const PairedComparison& c)
{
    const double tolerance = std::max(1.645 * c.noise, c.n > 0 ? 1.0 / c.n : 0.0);
    if (c.gain >= -tolerance)
        return std::nullopt;
    return QCoreApplication::translate("fapo::Optimizer", "loses %1 on the held-out set, beyond noise (%2)")
        .arg(-c.gain, 0, 'f', 3)
        .arg(tolerance, 0, 'f', 3);
}

} // namespace fapo
