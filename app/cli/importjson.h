#pragma once
// The `fapo import --json` document of a grouping of spans: format, traces, spans, steps, edges,
// problems. `fapo serve` prints the same keys for what it received.
#include "core/import/trace.h"
#include <nlohmann/json.hpp>

namespace fapo::cli {

nlohmann::json importResultJson(const ImportResult& result);

} // namespace fapo::cli
