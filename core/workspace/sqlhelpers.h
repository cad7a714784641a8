#pragma once
// Small helpers the workspace's translation units share: timestamps, JSON columns, statements that
// log their failures, and transactions.
#include "core/workspace/sqlfailures.h"
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace fapo::sql {

using nlohmann::json;

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

// Every write runs in a transaction: all of it lands, or none.
// A connection that failed a read writes nothing more: what it would store may rest on a partial read
// (a damaged page ends a read early, not loudly).
template <typename F> inline bool inTransaction(QSqlDatabase db, F&& body)
{
    if (const auto failure = readFailureOf(db.driver())) {
        spdlog::error("workspace: not writing after an earlier failure: {}", failure->toStdString());
        return false;
    }
    if (!db.transaction()) {
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
