#pragma once
// Loads a pipeline file and checks every rule of the format (spec: pipeline-format.md).
#include "core/formats/diagnostic.h"
#include "core/formats/pipeline.h"
#include <optional>

namespace fapo {

struct PipelineLoad {
    std::optional<Pipeline> pipeline; // set only when there are no errors
    Diagnostics diagnostics; // errors and warnings, in file order
};

PipelineLoad loadPipeline(const QString& path);
// checkFiles = false accepts corpus and rules files that no longer exist (viewing a stored version).
PipelineLoad loadPipelineFromBytes(const QString& path, const QByteArray& bytes, bool checkFiles = true);

// The default optimizer/critic when the file names none: Anthropic's current Sonnet.
ModelConfig defaultOptimizerModel();

} // namespace fapo
