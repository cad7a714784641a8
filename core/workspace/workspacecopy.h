#pragma once
// Copies a workspace into another, empty one: a file onto a team's PostgreSQL database, or back. Every
// table's rows keep their ids (proposals still name their runs), in the order they were stored, in one
// transaction of the target. Corpus search indexes are not copied; they are rebuilt from the corpus
// files when a retrieve step needs them.
#include <QString>
#include <functional>
#include <vector>

namespace fapo {

class Workspace;

struct CopiedTable {
    QString table;
    qint64 rows = 0;
};

enum class CopyOutcome {
    Copied,
    TargetNotEmpty, // refused before anything was written
    Failed, // a table could not be read or written; nothing was written
};

// *error names the workspace and table when it was not Copied. `progress` is called after each table.
CopyOutcome copyWorkspace(Workspace& from, Workspace& to, std::vector<CopiedTable>* copied, QString* error,
                          const std::function<void(const CopiedTable&)>& progress = {});

} // namespace fapo
