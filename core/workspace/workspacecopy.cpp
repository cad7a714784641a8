#include "core/workspace/workspacecopy.h"
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/workspace.h"
#include <QSqlRecord>

namespace fapo {

using namespace sql;

namespace {

// Referenced tables before the tables that refer to them. `corpora` is left out: its rows name SQLite
// FTS tables, which are indexes, rebuilt on demand.
const QStringList& copiedTables()
{
    static const QStringList tables { QStringLiteral("pipelines"),
                                      QStringLiteral("datasets"),
                                      QStringLiteral("dataset_examples"),
                                      QStringLiteral("runs"),
                                      QStringLiteral("examples"),
                                      QStringLiteral("step_records"),
                                      QStringLiteral("model_cache"),
                                      QStringLiteral("trust"),
                                      QStringLiteral("analyses"),
                                      QStringLiteral("analysis_verdicts"),
                                      QStringLiteral("rounds"),
                                      QStringLiteral("proposals"),
                                      QStringLiteral("decisions"),
                                      QStringLiteral("model_batches"),
                                      QStringLiteral("model_batch_requests") };
    return tables;
}

// The stored columns of a table (PostgreSQL's rowid is the target's own, in the order rows arrive).
QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        if (record.fieldName(i) != QLatin1String("rowid"))
            columns << record.fieldName(i);
    return columns;
}

} // namespace

CopyOutcome copyWorkspace(Workspace& from, Workspace& to, std::vector<CopiedTable>* copied, QString* error,
                          const std::function<void(const CopiedTable&)>& progress)
{
    QSqlDatabase source = from.database();
    QSqlDatabase target = to.database();
    QSqlQuery probe(target);
    if (!execSql(probe,
                 QStringLiteral("SELECT (SELECT count(*) FROM pipelines) + (SELECT count(*) FROM runs) + (SELECT count(*) FROM "
                                "model_cache)"))
        || !nextRow(probe)) {
        *error = QStringLiteral("%1: cannot read the target workspace").arg(to.path());
        return CopyOutcome::Failed;
    }
    if (probe.value(0).toLongLong() > 0) {
        *error = QStringLiteral("%1: the target already holds a workspace; copy into a new, empty one").arg(to.path());
        return CopyOutcome::TargetNotEmpty;
    }
    probe.finish();
    const bool copiedAll = inTransaction(target, [&] {
        for (const QString& table : copiedTables()) {
            const QStringList columns = columnsOf(source, table);
            const bool hasId = columns.contains(QLatin1String("id"));
            QSqlQuery read(source);
            read.setForwardOnly(true);
            // Rows in the order they were stored: step records are read back in that order.
            if (!execSql(read,
                         QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                             .arg(columns.join(QStringLiteral(", ")), table, hasId ? QStringLiteral("id") : QStringLiteral("rowid")))) {
                *error = QStringLiteral("%1: cannot read %2: %3").arg(from.path(), table, read.lastError().text());
                return false;
            }
            QSqlQuery write(target);
            if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")),
                                        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))))) {
                *error = QStringLiteral("%1: cannot write %2: %3").arg(to.path(), table, write.lastError().text());
                return false;
            }
            CopiedTable done { table, 0 };
            while (nextRow(read)) {
                for (int i = 0; i < columns.size(); ++i)
                    write.bindValue(i, read.value(i));
                if (!write.exec()) {
                    *error = QStringLiteral("%1: cannot write row %2 of %3: %4")
                                 .arg(to.path())
                                 .arg(done.rows + 1)
                                 .arg(table, write.lastError().text());
                    return false;
                }
                ++done.rows;
            }
            if (read.lastError().isValid()) {
                *error = QStringLiteral("%1: reading %2 stopped: %3").arg(from.path(), table, read.lastError().text());
                return false;
            }
            // The target's own ids continue after the copied ones.
            if (hasId && isPostgres(target)) {
                QSqlQuery reset(target);
                if (!execSql(reset,
                             QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1")
                                 .arg(table)))
                    return false;
            }
            if (copied)
                copied->push_back(done);
            if (progress)
                progress(done);
        }
        return true;
    });
    if (!copiedAll && error->isEmpty())
        *error = QStringLiteral("%1: the copy could not be stored").arg(to.path());
    return copiedAll ? CopyOutcome::Copied : CopyOutcome::Failed;
}

} // namespace fapo
