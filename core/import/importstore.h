#pragma once
// Stores an imported trace file in a workspace as a run, so imported traces appear in the same graph,
// tables and inspector as fapo's own runs: each trace is an example, each step a pipeline step.
#include "core/import/trace.h"
#include <optional>

namespace fapo {

class Workspace;

// Returns the new run's id. The steps become a stored pipeline version whose ids are the imported
// step names made valid ("VectorStoreRetriever" -> "vectorstoreretriever", "agent#2" -> "agent_2").
std::optional<qint64> storeImport(Workspace& workspace, const ImportResult& result, const QString& sourcePath, QString* error);

// The step id an imported step name becomes.
QString importedStepId(const QString& name);

} // namespace fapo
