#pragma once
// Command steps run programs on this machine, so a person trusts a pipeline file once; the decision is
// recorded in the workspace against the file's exact bytes. Shared by the runner, the CLI and the window.
#include "core/formats/pipeline.h"
#include <QStringList>

namespace fapo {

class Workspace;

// sha256 of the pipeline file as read (an edited file needs a new decision).
// An app pipeline's hash leaves its prompt texts out: trust is given to the program it runs.
QString pipelineFileHash(const Pipeline& pipeline);
// "step: argv..." for each command step; empty when the pipeline runs no programs.
QStringList commandPrograms(const Pipeline& pipeline);
// True when the pipeline runs no programs or its file is trusted in `workspace`.
bool commandsTrusted(const Workspace& workspace, const Pipeline& pipeline);

} // namespace fapo
