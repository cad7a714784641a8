#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo export --out DIR [PIPELINE]: the accepted prompts, a diff and a report.
int exportCommand(const QStringList& args);
}
