#include "workspace/workspace.h"
#include "workspace/schema.h"
#include "workspace/sqlhelpers.h"
#include "formats/pipelineloader.h"
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

using namespace sql;

namespace {

RunInfo runFromQuery(const QSqlQuery& q)
{
    RunInfo r;
    r.id = q.value(0).toLongLong();
    r.pipelineId = q.value(1).toLongLong();
    r.datasetId = q.value(2).toLongLong();
    r.status = q.value(3).toString();
    r.startedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.error = q.value(6).toString();
    r.exampleCount = q.value(7).toInt();
    r.options = parseJson(q.value(8), json::object());
    r.kind = q.value(9).toString();
    r.baseRunId = q.value(10).toLongLong();
    return r;
}

const char* kRunColumns = "id, pipeline_id, dataset_id, status, started_at, finished_at, error, example_count, options, kind, base_run_id";

} // namespace

QString exampleStatusName(ExampleStatus s)
{
    switch (s) {
    case ExampleStatus::Passed:
        return QStringLiteral("passed");
    case ExampleStatus::Failed:
        return QStringLiteral("failed");
    case ExampleStatus::Error:
        return QStringLiteral("error");
    }
    return QString();
}

static ExampleStatus exampleStatusFromName(const QString& s)
{
    if (s == QLatin1String("passed"))
        return ExampleStatus::Passed;
    if (s == QLatin1String("error"))
        return ExampleStatus::Error;
    return ExampleStatus::Failed;
}

QString defaultWorkspacePath(const QString& filePath)
{
    const QFileInfo info(filePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".fapo");
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, QString* error)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = QFileInfo(path).absoluteFilePath();
    ws->m_connection = QStringLiteral("fapo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connection);
    db.setDatabaseName(ws->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("%1: cannot open the workspace: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    QSqlQuery q(db);
    // A non-SQLite file fails here with "file is not a database".
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        if (error)
            *error = QStringLiteral("%1: not a workspace: %2").arg(path, q.lastError().text());
        return nullptr;
    }
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!ws->migrate(error))
        return nullptr;
    return ws;
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int Workspace::currentSchemaVersion() { return int(workspaceMigrations().size()); }

QSqlDatabase Workspace::database() const { return QSqlDatabase::database(m_connection, false); }

int Workspace::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Workspace::migrate(QString* error)
{
    const int version = schemaVersion();
    const auto& migrations = workspaceMigrations();
    if (version > int(migrations.size())) {
        if (error)
            *error = QStringLiteral("%1: the workspace has schema version %2, newer than this program understands "
                                    "(%3); update FAPO Studio")
                         .arg(m_path)
                         .arg(version)
                         .arg(migrations.size());
        return false;
    }
    for (int v = version; v < int(migrations.size()); ++v) {
        QSqlDatabase db = database();
        QString failure;
        const bool ok = inTransaction(db, [&] {
            QSqlQuery q(db);
            for (const QString& sql : migrations[size_t(v)]) {
                if (!q.exec(sql)) {
                    failure = q.lastError().text();
                    return false;
                }
            }
            return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        });
        if (!ok) {
            if (error)
                *error = QStringLiteral("%1: migrating the workspace to version %2 failed: %3").arg(m_path).arg(v + 1).arg(failure);
            return false;
        }
    }
    return true;
}

// Content-addressed rows (pipelines, datasets): the same hash always yields the same id.
qint64 Workspace::storeVersioned(const QString& table, const QStringList& columns, const QVariantList& values)
{
    QSqlDatabase db = database();
    qint64 id = 0;
    inTransaction(db, [&] {
        QSqlQuery q(db);
        const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
        if (!execSql(q, QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QLatin1Char(',')), marks),
                     values))
            return false;
        if (!execSql(q, QStringLiteral("SELECT id FROM %1 WHERE hash = ?").arg(table), { values.value(0) }) || !q.next())
            return false;
        id = q.value(0).toLongLong();
        return true;
    });
    return id;
}

qint64 Workspace::storePipeline(const Pipeline& pipeline)
{
    return storeVersioned(
        QStringLiteral("pipelines"),
        { QStringLiteral("hash"), QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("source"), QStringLiteral("created_at") },
        { pipeline.hash, pipeline.name, pipeline.path, pipeline.source, now() });
}

qint64 Workspace::storeDataset(const Dataset& dataset)
{
    const qint64 id
        = storeVersioned(QStringLiteral("datasets"),
                         { QStringLiteral("hash"), QStringLiteral("path"), QStringLiteral("example_count"), QStringLiteral("created_at") },
                         { dataset.hash, QFileInfo(dataset.path).absoluteFilePath(), qint64(dataset.examples.size()), now() });
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (id <= 0 || !execSql(q, QStringLiteral("SELECT count(*) FROM dataset_examples WHERE dataset_id = ?"), { id }) || !q.next()
        || q.value(0).toInt() > 0)
        return id;
    inTransaction(db, [&] {
        QSqlQuery w(db);
        if (!w.prepare(QStringLiteral("INSERT INTO dataset_examples (dataset_id, position, example_id, line, input, expected, "
                                      "step_expected) VALUES (?,?,?,?,?,?,?)")))
            return false;
        int position = 0;
        for (const Example& e : dataset.examples) {
            for (const QVariant& v :
                 QVariantList { id, position++, e.id, e.line, dumpJson(e.input), dumpJson(e.expected), dumpJson(e.stepExpected) })
                w.addBindValue(v);
            if (!w.exec())
                return false;
        }
        return true;
    });
    return id;
}

std::vector<Example> Workspace::examples(qint64 datasetId, const QString& exampleId) const
{
    std::vector<Example> out;
    QSqlQuery q(database());
    QString sql = QStringLiteral("SELECT example_id, line, input, expected, step_expected FROM dataset_examples WHERE dataset_id = ?");
    QVariantList binds { datasetId };
    if (!exampleId.isNull()) {
        sql += QStringLiteral(" AND example_id = ?");
        binds << exampleId;
    }
    if (!execSql(q, sql + QStringLiteral(" ORDER BY position"), binds))
        return out;
    while (q.next()) {
        Example e;
        e.id = q.value(0).toString();
        e.line = q.value(1).toInt();
        e.input = parseJson(q.value(2), json::object());
        e.expected = parseJson(q.value(3));
        e.stepExpected = parseJson(q.value(4), json::object());
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<Dataset> Workspace::dataset(qint64 datasetId) const
{
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT path, hash FROM datasets WHERE id = ?"), { datasetId }) || !q.next())
        return std::nullopt;
    Dataset d;
    d.path = q.value(0).toString();
    d.hash = q.value(1).toString();
    d.examples = examples(datasetId);
    return d;
}

std::optional<Pipeline> Workspace::pipelineVersion(qint64 pipelineId, QString* error) const
{
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT path, source FROM pipelines WHERE id = ?"), { pipelineId }) || !q.next()) {
        if (error)
            *error = QStringLiteral("pipeline version %1 is not in the workspace").arg(pipelineId);
        return std::nullopt;
    }
    PipelineLoad load = loadPipelineFromBytes(q.value(0).toString(), q.value(1).toByteArray(), false);
    if (!load.pipeline) {
        if (error)
            *error = load.diagnostics.empty() ? QStringLiteral("the stored pipeline cannot be read") : load.diagnostics.front().toString();
        return std::nullopt;
    }
    return load.pipeline;
}

qint64 Workspace::createRun(qint64 pipelineId, qint64 datasetId, int exampleCount, const json& options, const QString& kind,
                            qint64 baseRunId)
{
    QSqlDatabase db = database();
    qint64 id = 0;
    inTransaction(db, [&] {
        QSqlQuery q(db);
        if (!execSql(
                q,
                QStringLiteral("INSERT INTO runs (pipeline_id, dataset_id, status, started_at, example_count, "
                               "options, kind, base_run_id) VALUES (?,?,'running',?,?,?,?,?)"),
                { pipelineId, datasetId, now(), exampleCount, dumpJson(options), kind, baseRunId > 0 ? QVariant(baseRunId) : QVariant() }))
            return false;
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return id;
}

std::optional<RunInfo> Workspace::run(qint64 runId) const
{
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(kRunColumns)), { runId }) || !q.next())
        return std::nullopt;
    return runFromQuery(q);
}

std::vector<RunInfo> Workspace::runs() const
{
    std::vector<RunInfo> out;
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT %1 FROM runs ORDER BY id").arg(QLatin1String(kRunColumns))))
        while (q.next())
            out.push_back(runFromQuery(q));
    return out;
}

std::vector<RunInfo> Workspace::primaryRuns() const
{
    std::vector<RunInfo> out;
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT %1 FROM runs WHERE kind = 'run' ORDER BY id").arg(QLatin1String(kRunColumns))))
        while (q.next())
            out.push_back(runFromQuery(q));
    return out;
}

std::optional<qint64> Workspace::findResumableRun(qint64 pipelineId, qint64 datasetId) const
{
    QSqlQuery q(database());
    if (execSql(q,
                QStringLiteral("SELECT id FROM runs WHERE pipeline_id = ? AND dataset_id = ? AND kind = 'run' AND "
                               "status IN ('running', 'interrupted') ORDER BY id DESC LIMIT 1"),
                { pipelineId, datasetId })
        && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

void Workspace::setRunStatus(qint64 runId, const QString& status, const QString& error)
{
    QSqlDatabase db = database();
    inTransaction(db, [&] {
        QSqlQuery q(db);
        const bool finished = status != QLatin1String("running");
        return execSql(q, QStringLiteral("UPDATE runs SET status = ?, error = ?, finished_at = ? WHERE id = ?"),
                       { status, error.isEmpty() ? QVariant() : QVariant(error), finished ? QVariant(now()) : QVariant(), runId });
    });
}

namespace {

const QString& stepRecordSql()
{
    static const QString sql
        = QStringLiteral("INSERT OR REPLACE INTO step_records (run_id, example_id, step_id, kind, system, prompt, output, "
                         "parsed, error, checks, passed, started_at, duration_ms, input_tokens, output_tokens, "
                         "cache_read_tokens, cache_write_tokens, cost_usd, model, called, cache_hit, request_id, source_run_id) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    return sql;
}

QVariantList stepRecordBinds(const StepRecord& r)
{
    return { r.runId,
             r.exampleId,
             r.stepId,
             r.kind,
             r.system,
             r.prompt,
             r.output,
             dumpJson(r.parsed),
             r.error.isEmpty() ? QVariant() : QVariant(r.error),
             dumpJson(r.checks),
             r.passed,
             r.startedAt.toUTC().toString(Qt::ISODateWithMs),
             r.durationMs,
             r.inputTokens,
             r.outputTokens,
             r.cacheReadTokens,
             r.cacheWriteTokens,
             r.costUsd,
             r.model,
             r.called,
             r.cacheHit,
             r.requestId,
             r.sourceRunId > 0 ? QVariant(r.sourceRunId) : QVariant() };
}

const QString& exampleResultSql()
{
    static const QString sql = QStringLiteral("INSERT OR REPLACE INTO examples (run_id, example_id, position, status, score, "
                                              "metrics, error, final_output, input_tokens, output_tokens, cost_usd, latency_ms, cells) "
                                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    return sql;
}

QVariantList exampleResultBinds(const ExampleResult& r)
{
    return { r.runId,
             r.exampleId,
             r.position,
             exampleStatusName(r.status),
             r.score,
             dumpJson(r.metrics),
             r.error.isEmpty() ? QVariant() : QVariant(r.error),
             r.finalOutput,
             r.inputTokens,
             r.outputTokens,
             r.costUsd,
             r.latencyMs,
             r.cells.isEmpty() ? QVariant() : QVariant(r.cells) };
}

// Runs a prepared statement once per row of bindings.
bool execRows(QSqlQuery& q, const QString& sql, const std::vector<QVariantList>& rows)
{
    if (rows.empty())
        return true;
    if (!q.prepare(sql)) {
        spdlog::error("workspace: cannot prepare '{}': {}", sql.left(80).toStdString(), q.lastError().text().toStdString());
        return false;
    }
    for (const QVariantList& binds : rows) {
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        if (!q.exec()) {
            spdlog::error("workspace: '{}' failed: {}", sql.left(80).toStdString(), q.lastError().text().toStdString());
            return false;
        }
    }
    return true;
}

} // namespace

void Workspace::storeStepRecord(const StepRecord& r)
{
    QSqlDatabase db = database();
    inTransaction(db, [&] {
        QSqlQuery q(db);
        return execSql(q, stepRecordSql(), stepRecordBinds(r));
    });
}

void Workspace::storeExampleResult(const ExampleResult& r)
{
    QSqlDatabase db = database();
    inTransaction(db, [&] {
        QSqlQuery q(db);
        return execSql(q, exampleResultSql(), exampleResultBinds(r));
    });
}

bool Workspace::storeResults(const std::vector<StepRecord>& records, const std::vector<ExampleResult>& results)
{
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
        std::vector<QVariantList> rows;
        rows.reserve(records.size());
        for (const StepRecord& r : records)
            rows.push_back(stepRecordBinds(r));
        QSqlQuery q(db);
        if (!execRows(q, stepRecordSql(), rows))
            return false;
        rows.clear();
        for (const ExampleResult& r : results)
            rows.push_back(exampleResultBinds(r));
        return execRows(q, exampleResultSql(), rows);
    });
}

QStringList Workspace::finishedExamples(qint64 runId) const
{
    QStringList out;
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT example_id FROM examples WHERE run_id = ?"), { runId }))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

std::vector<StepRecord> Workspace::stepRecords(qint64 runId, const QString& exampleId) const
{
    std::vector<StepRecord> out;
    QSqlQuery q(database());
    QString sql = QStringLiteral("SELECT run_id, example_id, step_id, kind, system, prompt, output, parsed, error, checks, "
                                 "passed, started_at, duration_ms, input_tokens, output_tokens, cache_read_tokens, "
                                 "cache_write_tokens, cost_usd, model, called, cache_hit, request_id, source_run_id FROM step_records "
                                 "WHERE run_id = ?");
    QVariantList binds { runId };
    if (!exampleId.isNull()) {
        sql += QStringLiteral(" AND example_id = ?");
        binds << exampleId;
    }
    if (!execSql(q, sql + QStringLiteral(" ORDER BY rowid"), binds))
        return out;
    while (q.next()) {
        StepRecord r;
        r.runId = q.value(0).toLongLong();
        r.exampleId = q.value(1).toString();
        r.stepId = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.system = q.value(4).toString();
        r.prompt = q.value(5).toString();
        r.output = q.value(6).toString();
        r.parsed = parseJson(q.value(7));
        r.error = q.value(8).toString();
        r.checks = parseJson(q.value(9), json::array());
        r.passed = q.value(10).toBool();
        r.startedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        r.durationMs = q.value(12).toLongLong();
        r.inputTokens = q.value(13).toLongLong();
        r.outputTokens = q.value(14).toLongLong();
        r.cacheReadTokens = q.value(15).toLongLong();
        r.cacheWriteTokens = q.value(16).toLongLong();
        r.costUsd = q.value(17).toDouble();
        r.model = q.value(18).toString();
        r.called = q.value(19).toBool();
        r.cacheHit = q.value(20).toBool();
        r.requestId = q.value(21).toString();
        r.sourceRunId = q.value(22).toLongLong();
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<ExampleResult> Workspace::exampleResults(qint64 runId) const
{
    std::vector<ExampleResult> out;
    QSqlQuery q(database());
    if (!execSql(q,
                 QStringLiteral("SELECT run_id, example_id, position, status, score, metrics, error, final_output, "
                                "input_tokens, output_tokens, cost_usd, latency_ms FROM examples WHERE run_id = ? "
                                "ORDER BY position"),
                 { runId }))
        return out;
    while (q.next()) {
        ExampleResult r;
        r.runId = q.value(0).toLongLong();
        r.exampleId = q.value(1).toString();
        r.position = q.value(2).toInt();
        r.status = exampleStatusFromName(q.value(3).toString());
        r.score = q.value(4).toDouble();
        r.metrics = parseJson(q.value(5), json::array());
        r.error = q.value(6).toString();
        r.finalOutput = q.value(7).toString();
        r.inputTokens = q.value(8).toLongLong();
        r.outputTokens = q.value(9).toLongLong();
        r.costUsd = q.value(10).toDouble();
        r.latencyMs = q.value(11).toLongLong();
        out.push_back(std::move(r));
    }
    return out;
}

RunTotals Workspace::totals(qint64 runId) const
{
    RunTotals t;
    QSqlQuery q(database());
    if (execSql(q,
                QStringLiteral("SELECT count(*), sum(status = 'passed'), sum(status = 'failed'), "
                               "sum(status = 'error'), avg(score) FROM examples WHERE run_id = ?"),
                { runId })
        && q.next()) {
        t.examples = q.value(0).toInt();
        t.passed = q.value(1).toInt();
        t.failed = q.value(2).toInt();
        t.errors = q.value(3).toInt();
        t.score = q.value(4).toDouble();
    }
    if (execSql(
            q,
            QStringLiteral("SELECT sum(called AND NOT cache_hit), sum(cache_hit), sum(CASE WHEN cache_hit THEN 0 ELSE input_tokens END), "
                           "sum(CASE WHEN cache_hit THEN 0 ELSE output_tokens END), sum(cost_usd) FROM step_records WHERE run_id = ?"),
            { runId })
        && q.next()) {
        t.calls = q.value(0).toLongLong();
        t.cacheHits = q.value(1).toLongLong();
        t.inputTokens = q.value(2).toLongLong();
        t.outputTokens = q.value(3).toLongLong();
        t.costUsd = q.value(4).toDouble();
    }
    return t;
}

std::pair<qint64, qint64> Workspace::callCounts(qint64 runId) const
{
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT sum(called AND NOT cache_hit), sum(cache_hit) FROM step_records WHERE run_id = ?"), { runId })
        && q.next())
        return { q.value(0).toLongLong(), q.value(1).toLongLong() };
    return { 0, 0 };
}

qint64 Workspace::storeAnalysis(qint64 runId, const json& options, const json& summary, const std::vector<Verdict>& verdicts, qint64 calls,
                                double costUsd)
{
    QSqlDatabase db = database();
    qint64 id = 0;
    inTransaction(db, [&] {
        QSqlQuery q(db);
        if (!execSql(q,
                     QStringLiteral("INSERT INTO analyses (run_id, created_at, options, summary, calls, cost_usd) "
                                    "VALUES (?,?,?,?,?,?)"),
                     { runId, now(), dumpJson(options), dumpJson(summary), calls, costUsd }))
            return false;
        id = q.lastInsertId().toLongLong();
        QSqlQuery w(db);
        if (!w.prepare(QStringLiteral("INSERT INTO analysis_verdicts (analysis_id, example_id, origin_step, method, "
                                      "failure_class, confidence, explanation, path, evidence) VALUES (?,?,?,?,?,?,?,?,?)")))
            return false;
        for (const Verdict& v : verdicts) {
            json path = json::array();
            for (const QString& s : v.path)
                path.push_back(s.toStdString());
            json evidence = v.evidence;
            evidence["fix_level"] = v.fixLevel.toStdString();
            int i = 0;
            for (const QVariant& value : QVariantList { id, v.exampleId, v.origin, v.method, v.failureClass, v.confidence, v.explanation,
                                                        dumpJson(path), dumpJson(evidence) })
                w.bindValue(i++, value);
            if (!w.exec())
                return false;
        }
        return true;
    });
    return id;
}

std::optional<AnalysisInfo> Workspace::latestAnalysis(qint64 runId) const
{
    QSqlQuery q(database());
    if (!execSql(q,
                 QStringLiteral("SELECT id, run_id, created_at, options, summary, calls, cost_usd FROM analyses "
                                "WHERE run_id = ? ORDER BY id DESC LIMIT 1"),
                 { runId })
        || !q.next())
        return std::nullopt;
    AnalysisInfo a;
    a.id = q.value(0).toLongLong();
    a.runId = q.value(1).toLongLong();
    a.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    a.options = parseJson(q.value(3), json::object());
    a.summary = parseJson(q.value(4), json::object());
    a.calls = q.value(5).toLongLong();
    a.costUsd = q.value(6).toDouble();
    return a;
}

std::vector<Verdict> Workspace::verdicts(qint64 analysisId, const QString& exampleId) const
{
    std::vector<Verdict> out;
    QSqlQuery q(database());
    QString sql = QStringLiteral("SELECT example_id, origin_step, method, failure_class, confidence, explanation, path, "
                                 "evidence FROM analysis_verdicts WHERE analysis_id = ?");
    QVariantList binds { analysisId };
    if (!exampleId.isNull()) {
        sql += QStringLiteral(" AND example_id = ?");
        binds << exampleId;
    }
    if (!execSql(q, sql, binds))
        return out;
    while (q.next()) {
        Verdict v;
        v.exampleId = q.value(0).toString();
        v.origin = q.value(1).toString();
        v.method = q.value(2).toString();
        v.failureClass = q.value(3).toString();
        v.confidence = q.value(4).toDouble();
        v.explanation = q.value(5).toString();
        for (const json& s : parseJson(q.value(6), json::array()))
            if (s.is_string())
                v.path << QString::fromStdString(s.get<std::string>());
        v.evidence = parseJson(q.value(7), json::object());
        v.fixLevel = QString::fromStdString(v.evidence.value("fix_level", std::string()));
        out.push_back(std::move(v));
    }
    return out;
}

std::optional<json> Workspace::cachedResponse(const QString& key) const
{
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT response FROM model_cache WHERE key = ?"), { key }) && q.next()) {
        json v = parseJson(q.value(0));
        if (!v.is_discarded() && !v.is_null())
            return v;
    }
    return std::nullopt;
}

void Workspace::storeCachedResponse(const QString& key, const QString& provider, const QString& model, const json& response)
{
    QSqlDatabase db = database();
    inTransaction(db, [&] {
        QSqlQuery q(db);
        return execSql(q,
                       QStringLiteral("INSERT OR REPLACE INTO model_cache (key, provider, model, response, created_at) "
                                      "VALUES (?,?,?,?,?)"),
                       { key, provider, model, dumpJson(response), now() });
    });
}

bool Workspace::ensureCorpusIndexed(const Corpus& corpus, QString* error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (execSql(q, QStringLiteral("SELECT fts_table FROM corpora WHERE hash = ?"), { corpus.hash }) && q.next())
        return true;
    // One FTS5 table per corpus content, so BM25's document statistics are that corpus's alone.
    const QString table = QStringLiteral("corpus_fts_") + corpus.hash.left(16);
    return inTransaction(db, [&] {
        QSqlQuery w(db);
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
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT fts_table FROM corpora WHERE hash = ?"), { corpusHash }) || !q.next()) {
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
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), -q.value(3).toDouble() });
    return out;
}

bool Workspace::isTrusted(const QString& pipelineFileHash) const
{
    QSqlQuery q(database());
    return execSql(q, QStringLiteral("SELECT 1 FROM trust WHERE pipeline_hash = ?"), { pipelineFileHash }) && q.next();
}

void Workspace::recordTrust(const QString& pipelineFileHash, const QString& path)
{
    QSqlDatabase db = database();
    inTransaction(db, [&] {
        QSqlQuery q(db);
        return execSql(q, QStringLiteral("INSERT OR REPLACE INTO trust (pipeline_hash, path, decided_at) VALUES (?,?,?)"),
                       { pipelineFileHash, path, now() });
    });
}

} // namespace fapo
