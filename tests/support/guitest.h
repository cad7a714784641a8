#pragma once
// The set-up every window test shares: settings and recent files kept out of the user's, a fixed
// locale, and the translations the app installs.
#include "core/translations.h"
#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace fapo::test {

inline void prepareGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(*QCoreApplication::instance());
}

} // namespace fapo::test
