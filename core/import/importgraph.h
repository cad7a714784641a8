#pragma once
// Groups imported spans into steps and links the steps (see importgraph.cpp for the rules).
#include "core/import/trace.h"

namespace fapo::importdetail {

// Sets span.stepId on every span and fills result.traces, steps, stepInfo and edges.
void buildImportGraph(ImportResult& result);

} // namespace fapo::importdetail
