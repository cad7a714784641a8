#pragma once
#include "core/domain/enums.h"
#include <QStringList>
namespace fapo::cli {
// fapo proposals [PIPELINE]: the review queue.
int proposalsCommand(const QStringList& args);
// fapo approve ID / fapo reject ID: a decision, stored before it is reported.
int decideCommand(const QStringList& args, DecisionAction decision);
}
