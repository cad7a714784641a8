#pragma once
// Small helpers for tests that write their inputs to a temporary folder.
#include <QFile>
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

} // namespace fapo::test
