#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo validate PIPELINE [--dataset FILE] [--json]: checks the pipeline, its corpora and models; prints the step graph.
int validateCommand(const QStringList& args);
}
