#include "core/optimize/acceptancepolicy.h"
#include <QCoreApplication>
#include <algorithm>

namespace fapo {

// The reasons are translated in the optimizer's context, where they have always been.
AcceptanceDecision chooseForAcceptance(const std::vector<ValidatedCandidate>& candidates, double minGain, double significance)
{
    AcceptanceDecision d;
    double bestGain = 0.0;
    std::vector<qint64> qualified;
    for (const ValidatedCandidate& c : candidates) {
        if (c.gain < minGain)
            d.rejected.emplace_back(c.id,
                                    QCoreApplication::translate("fapo::Optimizer", "gain %1 on validation is below --min-gain %2")
                                        .arg(c.gain, 0, 'f', 3)
                                        .arg(minGain));
        else if (c.pValue >= significance)
            d.rejected.emplace_back(c.id,
                                    QCoreApplication::translate("fapo::Optimizer", "gain %1 is not significant (sign test p = %2)")
                                        .arg(c.gain, 0, 'f', 3)
                                        .arg(c.pValue, 0, 'f', 3));
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
