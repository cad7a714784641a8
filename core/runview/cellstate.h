#pragma once
// The state of one example at one step, as the failure matrix and the graph colour it, and its
// packed form: the runner stores each example's cells with its result, so a large run loads from
// one row per example.
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
#include <map>

namespace fapo {

enum class CellState : quint8 {
    NotRun, // upstream error, or the run stopped before this step
    Passed,
    CheckFailed, // output produced, a check failed
    Error, // no output (model error, program error, bad JSON)
};

// "col*4+state,..." over the pipeline's steps in graph order (steps without a record are left out).
QString packCells(const Pipeline& pipeline, const std::map<QString, StepRecord>& records);

} // namespace fapo
