#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo analyze [PIPELINE] [--workspace FILE] [--run ID] ...: where each failure of a run starts.
int analyzeCommand(const QStringList& args);
}
