#pragma once
// Translated names for the analysis's codes (failure classes, methods, fix levels), so core stays
// free of the window's language.
#include <QString>

namespace fapo {

QString failureClassText(const QString& code);
QString methodText(const QString& code);
QString fixLevelText(const QString& code);

} // namespace fapo
