#pragma once
// Each step's part in each example's failure (FailureRole), derived in one place from a run's cells and
// the origin of each failure (the newest analysis's, else the first failing step). The graph, the
// failure matrix, the inspector and `fapo analyze --json` all read what this derives.
#include "core/domain/enums.h"
#include "core/runview/cellstate.h"
#include <QStringList>
#include <span>

namespace fapo {

// The roles of one example's steps, in the order of `steps` (and of `cells` and `roles`).
// `carriers`: the steps from the origin to the output, the origin included (RunSnapshot::failurePath).
void deriveFailureRoles(const QStringList& steps, std::span<const CellState> cells, bool failed, const QString& origin,
                        const QStringList& carriers, std::span<FailureRole> roles);

} // namespace fapo
