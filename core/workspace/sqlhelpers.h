#pragma once
// Small helpers the workspace's translation units share: timestamps, JSON columns, statements that
// log their failures, and transactions.
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

// Runs one statement with positional bindings; logs and returns false on failure.
inline bool execSql(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
{
    if (!q.prepare(sql)) {
        spdlog::error("workspace: cannot prepare '{}': {}", sql.left(80).toStdString(), q.lastError().text().toStdString());
        return false;
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        spdlog::error("workspace: '{}' failed: {}", sql.left(80).toStdString(), q.lastError().text().toStdString());
        return false;
    }
    return true;
}

// Every write runs in a transaction: all of it lands, or none.
template <typename F> inline bool inTransaction(QSqlDatabase db, F&& body)
{
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
        db.rollback();
        return false;
    }
    return true;
}

} // namespace fapo::sql
