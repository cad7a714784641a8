#pragma once
// What a step's output becomes in its record: the parsed JSON value (for "parse": "json") and the
// step's checks. Shared by running a step and by the records a derived run starts from.
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"

namespace fapo {

// Sets record.parsed when the step parses JSON; returns why it cannot (empty when fine).
QString parseStepOutput(const Step& step, StepRecord& record);
// Runs the step's checks on the record; `passed` is true when there is no error and every check passes.
void applyStepChecks(const Step& step, StepRecord& record);

} // namespace fapo
