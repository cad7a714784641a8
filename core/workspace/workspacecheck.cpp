#include "core/workspace/workspacecheck.h"
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace fapo {

QString foreignFileProblem(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        return QStringLiteral("not a file");
    if (info.size() == 0) {
        // A workspace whose first writes are still only in its write-ahead log is empty until the log is
        // copied in; anything else empty is not one.
        return QFileInfo(path + QStringLiteral("-wal")).size() > 0 ? QString() : QStringLiteral("the file is empty");
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    if (f.read(16) != QByteArray("SQLite format 3\0", 16))
        return QStringLiteral("not an SQLite database");
    return {};
}

QString damageProblem(sqlite3* db, int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    struct Budget {
        QElapsedTimer* clock;
        int ms;
        bool spent = false;
    } budget { &clock, budgetMs };
    // Called every few thousand steps: a large file is checked for as long as the budget allows.
    sqlite3_progress_handler(
        db, 10000,
        [](void* p) {
            auto* b = static_cast<Budget*>(p);
            b->spent = b->clock->elapsed() > b->ms;
            return b->spent ? 1 : 0;
        },
        &budget);
    sqlite3_stmt* statement = nullptr;
    QString problem;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &statement, nullptr) == SQLITE_OK) {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            const QString result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            if (result != QLatin1String("ok"))
                problem = result;
        } else if (!budget.spent && rc != SQLITE_DONE) {
            problem = QString::fromUtf8(sqlite3_errmsg(db)); // "database disk image is malformed"
        }
    } else {
        problem = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (budget.spent)
        spdlog::debug("workspace: checked for {} ms, not to the end (a large file)", budgetMs);
    return problem;
}

} // namespace fapo
