#pragma once
// SQLite's own API under a Qt SQL connection, for the few places where Qt's binding costs more than the
// work (bulk inserts of many rows): the connection's handle and a prepared statement bound without
// copies or QVariants.
#include <QByteArray>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace fapo {

// The sqlite3 connection under a QSQLITE database (the documented way: QSqlDriver::handle()), or null.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// One prepared statement, run once per row: bind, then step(). Texts are bound without a copy, so they
// must live until step() returns. Failures are logged.
class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_statement != nullptr; }
    void bind(int column, qint64 value);
    void bind(int column, double value);
    void bindText(int column, const QByteArray& utf8); // a null array: NULL (as Qt binds a null QString)
    void bindText(int column, const char* utf8); // NUL-terminated, static
    void bindTextOrNull(int column, const QByteArray& utf8); // empty: NULL
    void bindNull(int column);
    // Runs the statement and resets it for the next row.
    bool step();

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace fapo
