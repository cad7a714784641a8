#pragma once
#include <QByteArrayList>
class QCoreApplication;
namespace fapo {
// Installs Qt's own and FAPO Studio's catalogues (the installed ones, else those embedded in fapocore
// under :/i18n) for the user's locale; English plural forms ("%n key(s)") come from the English catalogue when no other applies.
// With `onlyContexts`, only messages of those contexts are translated: the command line keeps the
// engine's texts English because they end up in workspaces and --json documents.
void installTranslations(QCoreApplication& app, const QByteArrayList& onlyContexts = {});
}
