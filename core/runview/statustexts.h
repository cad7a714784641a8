#pragma once
// The translated words for statuses, in one place for every view and message (the status colours are
// in models/statuspalette.h).
#include "core/run/batchprogress.h"
#include "core/runview/cellstate.h"
#include "core/workspace/proposalrecords.h"
#include "core/workspace/records.h"
#include <QString>

namespace fapo {

QString runStatusText(RunStatus status); // done | running | interrupted | failed
QString exampleStatusText(ExampleStatus status); // passed | failed | error
QString cellStateText(CellState state); // not run | passed | check failed | error
QString failureRoleText(FailureRole role); // a step's part in an example's failure
QString proposalStatusText(ProposalStatus status); // pending | approved | accepted | rejected | blocked
QString checkResultText(bool passed); // passed | failed
QString decisionText(DecisionAction decision); // approved | rejected | accepted | undone
// "batch msgbatch_… (claude-haiku-5-5) in_progress: 40 requests, 12 done, 1 failed"
QString batchProgressText(const BatchProgress& batch);

} // namespace fapo
