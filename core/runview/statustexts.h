#pragma once
// The translated words for statuses, in one place for every view and message (the status colours are
// in models/statuspalette.h).
#include "core/runview/cellstate.h"
#include "core/workspace/proposalrecords.h"
#include "core/workspace/records.h"
#include <QString>

namespace fapo {

// done | running | interrupted | failed; anything else is shown as stored.
QString runStatusText(const QString& status);
QString exampleStatusText(ExampleStatus status); // passed | failed | error
QString cellStateText(CellState state); // not run | passed | check failed | error
QString proposalStatusText(ProposalStatus status); // pending | approved | accepted | rejected | blocked
QString checkResultText(bool passed); // passed | failed

} // namespace fapo
