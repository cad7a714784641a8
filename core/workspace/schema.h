#pragma once
// Workspace schema migrations: entry N brings a workspace from version N to N+1. Append, never edit.
#include <QStringList>
#include <vector>

namespace fapo {
const std::vector<QStringList>& workspaceMigrations();
}
