#include "core/runview/failureroles.h"

namespace fapo {

void deriveFailureRoles(const QStringList& steps, std::span<const CellState> cells, bool failed, const QString& origin,
                        const QStringList& carriers, std::span<FailureRole> roles)
{
    for (qsizetype s = 0; s < steps.size(); ++s) {
        const QString& step = steps[s];
        const CellState cell = cells[size_t(s)];
        FailureRole& role = roles[size_t(s)];
        if (!failed)
            role = FailureRole::Passed;
        else if (step == origin)
            role = FailureRole::Origin;
        else if (carriers.contains(step))
            role = FailureRole::Carried;
        else if (cell == CellState::CheckFailed || cell == CellState::Error)
            role = FailureRole::OwnFailure;
        else
            role = FailureRole::NotInvolved;
    }
}

} // namespace fapo
