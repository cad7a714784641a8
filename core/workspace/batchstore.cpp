// Batches sent to a provider's batch API: what was sent (as cache keys, which are also the requests'
// custom ids) and whether the replies are in the cache yet.
#include "core/workspace/rowstatement.h"
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/workspace.h"
#include <QSqlQuery>

namespace fapo {

using namespace sql;

namespace {

const QString kBatchColumns = QStringLiteral("id, provider, batch_id, model, status, created_at");

StoredModelBatch batchFromRow(const QSqlQuery& q)
{
    StoredModelBatch b;
    b.id = q.value(0).toLongLong();
    b.provider = q.value(1).toString();
    b.batchId = q.value(2).toString();
    b.model = q.value(3).toString();
    b.status = q.value(4).toString();
    b.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return b;
}

bool readKeys(QSqlDatabase db, StoredModelBatch& b)
{
    QSqlQuery q(db);
    if (!execSql(q, QStringLiteral("SELECT cache_key FROM model_batch_requests WHERE batch = ?"), { b.id }))
        return false;
    while (nextRow(q))
        b.cacheKeys << q.value(0).toString();
    return true;
}

} // namespace

qint64 Workspace::storeModelBatch(const QString& provider, const QString& batchId, const QString& model, const QStringList& cacheKeys)
{
    QSqlDatabase db = database();
    qint64 id = 0;
    const bool stored = inTransaction(db, [&] {
        QSqlQuery q(db);
        id = insertReturningId(q,
                               QStringLiteral("INSERT INTO model_batches (provider, batch_id, model, request_count, status, created_at) "
                                              "VALUES (?,?,?,?,'submitted',?)"),
                               { provider, batchId, model, qint64(cacheKeys.size()), now() });
        if (id == 0)
            return false;
        // One prepared statement for every row: a batch holds up to 100,000 requests.
        RowStatement request(db, "INSERT INTO model_batch_requests (batch, cache_key) VALUES (?,?) ON CONFLICT DO NOTHING");
        if (!request.ok())
            return false;
        for (const QString& key : cacheKeys) {
            const QByteArray utf8 = key.toUtf8();
            request.bind(1, id);
            request.bindText(2, utf8);
            if (!request.step())
                return false;
        }
        return true;
    });
    return stored ? id : 0;
}

std::optional<StoredModelBatch> Workspace::openBatchHolding(const QString& cacheKey) const
{
    QSqlQuery q(database());
    if (!execSql(q,
                 QStringLiteral("SELECT b.id, b.provider, b.batch_id, b.model, b.status, b.created_at FROM model_batch_requests r "
                                "JOIN model_batches b ON b.id = r.batch WHERE r.cache_key = ? AND b.status = 'submitted' "
                                "ORDER BY b.id DESC LIMIT 1"),
                 { cacheKey })
        || !nextRow(q))
        return std::nullopt;
    return batchFromRow(q);
}

QStringList Workspace::modelBatchKeys(qint64 id) const
{
    StoredModelBatch b;
    b.id = id;
    readKeys(database(), b);
    return b.cacheKeys;
}

std::vector<StoredModelBatch> Workspace::openBatches() const
{
    std::vector<StoredModelBatch> out;
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT %1 FROM model_batches WHERE status = 'submitted' ORDER BY id").arg(kBatchColumns)))
        return out;
    while (nextRow(q))
        out.push_back(batchFromRow(q));
    q.finish();
    for (StoredModelBatch& b : out)
        readKeys(database(), b);
    return out;
}

bool Workspace::closeModelBatch(qint64 id, const QString& status, const std::vector<std::pair<QString, nlohmann::json>>& replies,
                                const QString& note)
{
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        if (!execSql(q, QStringLiteral("SELECT provider, model FROM model_batches WHERE id = ?"), { id }) || !nextRow(q))
            return false;
        const QString provider = q.value(0).toString();
        const QString model = q.value(1).toString();
        q.finish();
        static const QString cacheSql = upsertSql(QStringLiteral("model_cache"),
                                                  { QStringLiteral("key"), QStringLiteral("provider"), QStringLiteral("model"),
                                                    QStringLiteral("response"), QStringLiteral("created_at") },
                                                  { QStringLiteral("key") });
        const QString at = now();
        const QByteArray sql = cacheSql.toUtf8();
        RowStatement cache(db, sql.constData());
        if (!cache.ok())
            return false;
        const QByteArray providerUtf8 = provider.toUtf8(), modelUtf8 = model.toUtf8(), atUtf8 = at.toUtf8();
        for (const auto& [key, reply] : replies) {
            const QByteArray keyUtf8 = key.toUtf8();
            const QByteArray response = reply.is_null() ? QByteArray() : QByteArray::fromStdString(reply.dump());
            cache.bindText(1, keyUtf8);
            cache.bindText(2, providerUtf8);
            cache.bindText(3, modelUtf8);
            cache.bindText(4, response);
            cache.bindText(5, atUtf8);
            if (!cache.step())
                return false;
        }
        return execSql(q, QStringLiteral("UPDATE model_batches SET status = ?, ended_at = ?, note = ? WHERE id = ?"),
                       { status, at, note.isEmpty() ? QVariant() : QVariant(note), id });
    });
}

} // namespace fapo
