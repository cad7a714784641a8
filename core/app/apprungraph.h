#pragma once
// The steps an app run found: its program's model calls, named after the prompts that produced them, the
// spans of its own work (appspans.h), and the program itself, linked by data flow as an import links
// spans (an output of 20 characters or more that appears in a later step's input, or in the program's
// stdout). A step nothing flowed into follows the step before it: the program ran them in that order.
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
#include <optional>
#include <vector>

namespace fapo {

class Workspace;
struct RunInfo;

// `app` with its declared prompts replaced by the steps its run's records show. Unchanged when the
// records hold none of the program's calls yet.
Pipeline appRunPipeline(const Pipeline& app, const std::vector<StepRecord>& records);

// A run's pipeline as its views and analyses read it: the stored version, and for an app run the steps
// the run found.
std::optional<Pipeline> pipelineOfRun(const Workspace& workspace, const RunInfo& run, QString* error);

} // namespace fapo
