#pragma once
#include <QStringList>
namespace fapo::cli {
// fapo optimize PIPELINE --dataset FILE: rounds of analyse, propose, evaluate, review.
int optimizeCommand(const QStringList& args);
}
