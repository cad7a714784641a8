#pragma once
// Small helpers for tests that write their inputs to a temporary folder.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace fapo::test {

// Writes bytes to dir/name (replacing it) and returns the path.
inline QString writeTestFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

// Copies a folder with its subfolders into `to` (created as needed), e.g. an example of the source tree
// into a temporary folder where a run's workspace may land beside the pipeline.
inline void copyTestTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            qFatal("cannot copy %s to %s", qPrintable(file), qPrintable(target));
    }
}

} // namespace fapo::test
