#pragma once
// Names for the analysis's codes (failure classes, methods, fix levels): translated for the window,
// and in English for what is stored and printed (cluster labels), from one table.
#include "core/domain/enums.h"
#include <QString>

namespace fapo {

QString failureClassText(FailureClass c); // translated
QString failureClassName(FailureClass c); // English, as stored
QString methodText(VerdictMethod m);
QString fixLevelText(FixLevel level);

} // namespace fapo
