#include "core/optimize/acceptancepolicy.h"
#include <QCoreApplication>
#include <algorithm>

namespace fapo {

// The reasons are translated in the optimizer's context, where they have always been.
AcceptanceDecision chooseForAcceptance(const std::vector<ValidatedCandidate>& candidates, double minGain, double significance)
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

    double bestGain = 0.0;
    std::vector<qint64> qualified;
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
        else {
            qualified.push_back(c.id);
            if (c.gain > bestGain || d.accepted == 0) {
                bestGain = c.gain;
                d.accepted = c.id;
            }
        }
    }
    for (qint64 id : qualified)
        if (id != d.accepted)
            d.rejected.emplace_back(id, QCoreApplication::translate("fapo::Optimizer", "proposal %1 gained more").arg(d.accepted));
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
