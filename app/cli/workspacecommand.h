#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo workspace copy FROM TO: moves a workspace between a file and a PostgreSQL database.
int workspaceCommand(const QStringList& args);
}
