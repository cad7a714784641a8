#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo runs [PIPELINE]: the runs of a workspace, so scripts can find what arrived.
int runsCommand(const QStringList& args);
}
