#pragma once
// The pipeline and one example's chain of step inputs and outputs as plain text, for requests to
// the critic and the optimizer models.
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
#include <map>

namespace fapo {

// The text, cut at `limit` characters with a note of how much was left out.
QString excerpt(const QString& text, int limit = 1500);
// Each step: id, kind, what it reads, its templates; then the final output.
QString describeSteps(const Pipeline& pipeline);
// Each step of one example: its rendered input, its output, its error.
QString describeChain(const Pipeline& pipeline, const std::map<QString, StepRecord>& records);

} // namespace fapo
