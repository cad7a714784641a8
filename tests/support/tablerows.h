#pragma once
// A run's rows of a workspace table as text, every column but run_id ("NULL" for NULL), so tests can
// compare what two ways of storing the same thing wrote.
#include "core/workspace/workspace.h"
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace fapo::test {

inline QStringList tableRows(Workspace& ws, const QString& table, qint64 runId, const QString& order = QStringLiteral("rowid"))
{
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE run_id = ? ORDER BY %2").arg(table, order));
    q.addBindValue(runId);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < q.record().count(); ++c)
            if (q.record().fieldName(c) != QLatin1String("run_id")
                && q.record().fieldName(c) != QLatin1String("rowid")) // rowid: PostgreSQL's column
                values << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace fapo::test
