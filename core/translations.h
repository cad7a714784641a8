#pragma once
class QCoreApplication;
namespace fapo {
// Installs Qt's own and FAPO Studio's catalogues for the user's locale; English plural forms
// ("%n key(s)") come from the English catalogue when no other applies.
void installTranslations(QCoreApplication& app);
}
