// The model-response cache and the corpus search indexes (SQLite FTS5, BM25). A workspace on PostgreSQL
// keeps its indexes in a local SQLite file (searchDatabase()), so retrieval ranks the same passages
// whatever the workspace is stored in.
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/workspace.h"
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace fapo {

using nlohmann::json;
using namespace sql;

std::optional<json> Workspace::cachedResponse(const QString& key) const
{
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT response FROM model_cache WHERE key = ?"), { key }) && nextRow(q)) {
        json v = parseJson(q.value(0));
        if (!v.is_discarded() && !v.is_null())
            return v;
    }
    return std::nullopt;
}

bool Workspace::storeCachedResponse(const QString& key, const QString& provider, const QString& model, const json& response)
{
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        static const QString sql = upsertSql(QStringLiteral("model_cache"),
                                             { QStringLiteral("key"), QStringLiteral("provider"), QStringLiteral("model"),
                                               QStringLiteral("response"), QStringLiteral("created_at") },
                                             { QStringLiteral("key") });
        return execSql(q, sql, { key, provider, model, dumpJson(response), now() });
    });
}

bool Workspace::ensureCorpusIndexed(const Corpus& corpus, QString* error)
{
    QSqlDatabase db = searchDatabase();
    QSqlQuery q(db);
    if (execSql(q, QStringLiteral("SELECT fts_table FROM corpora WHERE hash = ?"), { corpus.hash }) && nextRow(q))
        return true;
    // One FTS5 table per corpus content, so BM25's document statistics are that corpus's alone.
    const QString table = QStringLiteral("corpus_fts_") + corpus.hash.left(16);
    return inTransaction(db, [&] {
        // Another process may have indexed it meanwhile (two runs of one pipeline at once): its index stands.
        QSqlQuery w(db);
        if (execSql(w, QStringLiteral("SELECT fts_table FROM corpora WHERE hash = ?"), { corpus.hash }) && nextRow(w))
            return true;
        w.finish();
        if (!w.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5(doc_id UNINDEXED, title, text, "
                                   "tokenize = 'unicode61 remove_diacritics 2')")
                        .arg(table))) {
            if (error)
                *error = QStringLiteral("cannot build the search index (SQLite FTS5): ") + w.lastError().text();
            return false;
        }
        w.exec(QStringLiteral("DELETE FROM %1").arg(table));
        if (!w.prepare(QStringLiteral("INSERT INTO %1 (doc_id, title, text) VALUES (?,?,?)").arg(table)))
            return false;
        for (const Document& d : corpus.documents) {
            w.addBindValue(d.id);
            w.addBindValue(d.title);
            w.addBindValue(d.text);
            if (!w.exec()) {
                if (error)
                    *error = QStringLiteral("indexing document \"%1\" failed: %2").arg(d.id, w.lastError().text());
                return false;
            }
        }
        return execSql(w, QStringLiteral("INSERT INTO corpora (hash, path, document_count, fts_table, indexed_at) VALUES (?,?,?,?,?)"),
                       { corpus.hash, corpus.path, qint64(corpus.documents.size()), table, now() });
    });
}

QString ftsQueryFromText(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0).toLower();
        const QString quoted = QLatin1Char('"') + w + QLatin1Char('"'); // letters and digits only: no quotes inside
        if (!terms.contains(quoted))
            terms << quoted;
    }
    return terms.join(QStringLiteral(" OR "));
}

std::vector<Passage> Workspace::search(const QString& corpusHash, const QString& query, int topK, QString* error) const
{
    std::vector<Passage> out;
    QSqlQuery q(searchDatabase());
    if (!execSql(q, QStringLiteral("SELECT fts_table FROM corpora WHERE hash = ?"), { corpusHash }) || !nextRow(q)) {
        if (error)
            *error = QStringLiteral("the corpus is not indexed");
        return out;
    }
    const QString table = q.value(0).toString();
    const QString match = ftsQueryFromText(query);
    if (match.isEmpty())
        return out;
    // bm25() is lower-is-better; the rowid breaks ties so equal scores rank the same every time.
    if (!execSql(q,
                 QStringLiteral("SELECT doc_id, title, text, bm25(%1) AS rank FROM %1 WHERE %1 MATCH ? "
                                "ORDER BY rank, rowid LIMIT ?")
                     .arg(table),
                 { match, topK })) {
        if (error)
            *error = QStringLiteral("search failed: ") + q.lastError().text();
        return out;
    }
    while (nextRow(q))
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), -q.value(3).toDouble() });
    return out;
}

} // namespace fapo
