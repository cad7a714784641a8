#include "core/workspace/sqlfailures.h"
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <spdlog/spdlog.h>

namespace fapo::sql {

namespace {

struct Failures {
    QMutex mutex;
    QHash<const QSqlDriver*, QString> byConnection;
    QHash<const QSqlDriver*, QString> readsByConnection;
    std::optional<QString> first;
};

Failures& failures()
{
    static Failures f;
    return f;
}

} // namespace

void noteFailure(const QSqlDriver* connection, const QString& what, FailedStatement kind)
{
    Failures& f = failures();
    const QMutexLocker lock(&f.mutex);
    if (!f.byConnection.contains(connection))
        f.byConnection.insert(connection, what);
    if (kind == FailedStatement::Read && !f.readsByConnection.contains(connection))
        f.readsByConnection.insert(connection, what);
    if (!f.first)
        f.first = what;
}

std::optional<QString> failureOf(const QSqlDriver* connection)
{
    Failures& f = failures();
    const QMutexLocker lock(&f.mutex);
    const auto it = f.byConnection.constFind(connection);
    return it == f.byConnection.cend() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<QString> readFailureOf(const QSqlDriver* connection)
{
    Failures& f = failures();
    const QMutexLocker lock(&f.mutex);
    const auto it = f.readsByConnection.constFind(connection);
    return it == f.readsByConnection.cend() ? std::nullopt : std::optional<QString>(*it);
}

void forgetFailures(const QSqlDriver* connection)
{
    Failures& f = failures();
    const QMutexLocker lock(&f.mutex);
    f.byConnection.remove(connection);
    f.readsByConnection.remove(connection);
}

std::optional<QString> firstFailureInProcess()
{
    Failures& f = failures();
    const QMutexLocker lock(&f.mutex);
    return f.first;
}

bool isReadStatement(const QString& sql)
{
    const QString s = sql.trimmed();
    const auto starts = [&](const char* keyword) { return s.startsWith(QLatin1String(keyword), Qt::CaseInsensitive); };
    return starts("SELECT") || starts("WITH") || (starts("PRAGMA") && !s.contains(QLatin1Char('=')));
}

bool nextRow(QSqlQuery& q)
{
    if (q.next())
        return true;
    if (q.lastError().isValid()) {
        const QString what = QStringLiteral("reading '%1' failed: %2").arg(q.lastQuery().left(80), q.lastError().text());
        spdlog::error("workspace: {}", what.toStdString());
        noteFailure(q.driver(), what, FailedStatement::Read);
    }
    return false;
}

} // namespace fapo::sql
