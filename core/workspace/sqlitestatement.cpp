#include "core/workspace/sqlitestatement.h"
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace fapo {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (!db || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        spdlog::error("workspace: cannot prepare '{:.80}': {}", sql, db ? sqlite3_errmsg(db) : "no SQLite connection");
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

void SqliteStatement::bind(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }
void SqliteStatement::bind(int column, double value) { sqlite3_bind_double(m_statement, column, value); }
void SqliteStatement::bindText(int column, const QByteArray& utf8)
{
    if (utf8.isNull()) // as Qt binds a null QString
        bindNull(column);
    else
        sqlite3_bind_text(m_statement, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}
void SqliteStatement::bindText(int column, const char* utf8) { sqlite3_bind_text(m_statement, column, utf8, -1, SQLITE_STATIC); }
void SqliteStatement::bindTextOrNull(int column, const QByteArray& utf8)
{
    if (utf8.isEmpty())
        bindNull(column);
    else
        bindText(column, utf8);
}
void SqliteStatement::bindNull(int column) { sqlite3_bind_null(m_statement, column); }

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE) {
        spdlog::error("workspace: '{:.80}' failed: {}", sqlite3_sql(m_statement), sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

} // namespace fapo
