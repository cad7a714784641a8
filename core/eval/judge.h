#pragma once
// The llm_judge metric: what the critic model is asked about a final answer, and how its grade is read.
#include "core/eval/metrics.h"
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/providers/modelrequest.h"

namespace fapo {

// A request for a grade from 0 to 1 with a one-sentence reason (structured output where supported).
ModelRequest judgeRequest(const Metric& metric, const Example& example, const QString& answer);
// The grade in `reply` as the metric's result; a failed call or a reply that is not a grade scores 0.
MetricResult readJudgeReply(const Metric& metric, const ModelResponse& reply, MetricResult result);

} // namespace fapo
