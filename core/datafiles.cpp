#include "core/datafiles.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fapo {

QString installedDataDir()
{
    // FAPO_DATA_FROM_BIN: the data folder relative to the programs' folder, from CMake's install dirs.
    const QString dir = QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') + QStringLiteral(FAPO_DATA_FROM_BIN));
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString dataFile(const QString& relativePath, const QString& embeddedFallback)
{
    const QString dir = installedDataDir();
    if (!dir.isEmpty()) {
        const QString installed = dir + QLatin1Char('/') + relativePath;
        if (QFileInfo::exists(installed))
            return installed;
    }
    return embeddedFallback;
}

} // namespace fapo
