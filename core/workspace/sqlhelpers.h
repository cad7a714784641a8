#pragma once
// Small helpers the workspace's translation units share: timestamps, JSON columns, statements that
// log their failures, and transactions.
#include "core/workspace/sqlfailures.h"
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace fapo::sql {

using nlohmann::json;

// Which database a connection is: the workspace is an SQLite file or, for a team, a PostgreSQL
// database. The few statements that differ ask this; the rest is written in the SQL both accept.
inline bool isPostgres(const QSqlDatabase& db) { return db.driverName() == QLatin1String("QPSQL"); }

inline QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

inline QString dumpJson(const json& v) { return v.is_null() ? QString() : QString::fromStdString(v.dump()); }

inline json parseJson(const QVariant& v, json fallback = json())
{
    const QByteArray bytes = v.toString().toUtf8();
    if (bytes.isEmpty())
        return fallback;
    return json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

// Runs one statement with positional bindings; logs, notes (sqlfailures.h) and returns false on failure.
inline bool execSql(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
{
    const auto fail = [&](const char* what) {
        const QString text = QStringLiteral("%1 '%2': %3").arg(QLatin1String(what), sql.left(80), q.lastError().text());
        spdlog::error("workspace: {}", text.toStdString());
        noteFailure(q.driver(), text, isReadStatement(sql) ? FailedStatement::Read : FailedStatement::Write);
        return false;
    };
    if (!q.prepare(sql))
        return fail("cannot prepare");
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail("failed:");
    return true;
}

// INSERT that replaces the row with the same key, in the form both SQLite (3.24+) and PostgreSQL accept
// (SQLite's own INSERT OR REPLACE is not PostgreSQL's).
inline QString upsertSql(const QString& table, const QStringList& columns, const QStringList& key)
{
    QStringList updates;
    for (const QString& c : columns)
        if (!key.contains(c))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')),
             key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

// Runs an INSERT and returns the new row's id (RETURNING: PostgreSQL has no last insert id), 0 on failure.
inline qint64 insertReturningId(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    if (!execSql(q, sql + QStringLiteral(" RETURNING id"), binds) || !nextRow(q))
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

// Every write runs in a transaction: all of it lands, or none.
// A connection that failed a read writes nothing more: what it would store may rest on a partial read
// (a damaged page ends a read early, not loudly).
template <typename F> inline bool inTransaction(QSqlDatabase db, F&& body)
{
    if (const auto failure = readFailureOf(db.driver())) {
        spdlog::error("workspace: not writing after an earlier failure: {}", failure->toStdString());
        return false;
    }
    // SQLite: the write lock from the start (IMMEDIATE), waiting up to the busy timeout for another
    // process's write. A transaction that read first and then asked for it could not wait: SQLite
    // refuses at once ("database is locked"), and a decision or a run's row would be lost.
    const bool began = isPostgres(db) ? db.transaction() : QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!began) {
        spdlog::error("workspace: cannot begin a transaction: {}", db.lastError().text().toStdString());
        return false;
    }
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        spdlog::error("workspace: commit failed: {}", db.lastError().text().toStdString());
        noteFailure(db.driver(), QStringLiteral("commit failed: %1").arg(db.lastError().text()), FailedStatement::Write);
        db.rollback();
        return false;
    }
    return true;
}

} // namespace fapo::sql
