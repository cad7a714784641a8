#pragma once
// Names for the analysis's codes (failure classes, methods, fix levels): translated for the window,
// and in English for what is stored and printed (cluster labels), from one table.
#include <QString>

namespace fapo {

QString failureClassText(const QString& code); // translated
QString failureClassName(const QString& code); // English, as stored
QString methodText(const QString& code);
QString fixLevelText(const QString& code);

} // namespace fapo
