#include "core/workspace/rowstatement.h"
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
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

RowStatement::RowStatement(const QSqlDatabase& db, const char* sql)
    : m_db(sqliteHandle(db))
{
    if (!m_db) {
        m_query = std::make_unique<QSqlQuery>(db);
        if (!m_query->prepare(QString::fromUtf8(sql))) {
            spdlog::error("workspace: cannot prepare '{:.80}': {}", sql, m_query->lastError().text().toStdString());
            m_query.reset();
        }
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        spdlog::error("workspace: cannot prepare '{:.80}': {}", sql, sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

RowStatement::~RowStatement() { sqlite3_finalize(m_statement); }

void RowStatement::bind(int column, qint64 value)
{
    if (m_query)
        m_query->bindValue(column - 1, value);
    else
        sqlite3_bind_int64(m_statement, column, value);
}

void RowStatement::bind(int column, double value)
{
    if (m_query)
        m_query->bindValue(column - 1, value);
    else
        sqlite3_bind_double(m_statement, column, value);
}

void RowStatement::bindText(int column, const QByteArray& utf8)
{
    if (utf8.isNull()) // as Qt binds a null QString
        bindNull(column);
    else if (m_query)
        m_query->bindValue(column - 1, QString::fromUtf8(utf8));
    else
        sqlite3_bind_text(m_statement, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void RowStatement::bindText(int column, const char* utf8)
{
    if (m_query)
        m_query->bindValue(column - 1, QString::fromUtf8(utf8));
    else
        sqlite3_bind_text(m_statement, column, utf8, -1, SQLITE_STATIC);
}

void RowStatement::bindTextOrNull(int column, const QByteArray& utf8)
{
    if (utf8.isEmpty())
        bindNull(column);
    else
        bindText(column, utf8);
}

void RowStatement::bindNull(int column)
{
    if (m_query)
        m_query->bindValue(column - 1, QVariant(QMetaType::fromType<QString>()));
    else
        sqlite3_bind_null(m_statement, column);
}

bool RowStatement::step()
{
    if (m_query) {
        if (!m_query->exec()) {
            spdlog::error("workspace: '{:.80}' failed: {}", m_query->lastQuery().toStdString(), m_query->lastError().text().toStdString());
            return false;
        }
        return true;
    }
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE) {
        spdlog::error("workspace: '{:.80}' failed: {}", sqlite3_sql(m_statement), sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

} // namespace fapo
