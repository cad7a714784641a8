#pragma once
// One prepared statement run once per row, for the few places where Qt's binding costs more than the
// work (bulk inserts of many rows). On an SQLite workspace it is SQLite's own API under the Qt SQL
// connection: bound without copies or QVariants. On PostgreSQL it is a QSqlQuery (the server's round
// trip costs far more than Qt's binding there).
#include <QByteArray>
#include <QSqlDatabase>
#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace fapo {

// The sqlite3 connection under a QSQLITE database (the documented way: QSqlDriver::handle()), or null.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// Bind, then step(). Texts are bound without a copy on SQLite, so they must live until step() returns.
// Columns count from 1, as in SQLite. Failures are logged.
class RowStatement {
public:
    RowStatement(const QSqlDatabase& db, const char* sql);
    ~RowStatement();
    RowStatement(const RowStatement&) = delete;
    RowStatement& operator=(const RowStatement&) = delete;

    bool ok() const { return m_statement != nullptr || m_query != nullptr; }
    void bind(int column, qint64 value);
    void bind(int column, double value);
    void bindText(int column, const QByteArray& utf8); // a null array: NULL (as Qt binds a null QString)
    void bindText(int column, const char* utf8); // NUL-terminated, static
    void bindTextOrNull(int column, const QByteArray& utf8); // empty: NULL
    void bindNull(int column);
    // Runs the statement and resets it for the next row.
    bool step();

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // not SQLite
};

} // namespace fapo
