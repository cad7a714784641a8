#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo run PIPELINE --dataset FILE: runs every example, stores traces, scores, tokens and cost.
int runCommand(const QStringList& args);
}
