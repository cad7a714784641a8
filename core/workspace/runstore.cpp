// Runs, the step records and example results they store, and their totals.
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/workspace.h"
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <cerrno>
#include <csignal>
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
    r.status = parseName<RunStatus>(q.value(3).toString()).value_or(RunStatus::Failed);
    r.startedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.error = q.value(6).toString();
    r.exampleCount = q.value(7).toInt();
    r.options = parseJson(q.value(8), json::object());
    r.kind = parseName<RunKind>(q.value(9).toString()).value_or(RunKind::Run);
    r.baseRunId = q.value(10).toLongLong();
    return r;
}

// Calls that went over the network (called, not answered from the cache).
const char* kNetworkCalls = "sum(CASE WHEN called <> 0 AND cache_hit = 0 THEN 1 ELSE 0 END)";

const char* kRunColumns = "id, pipeline_id, dataset_id, status, started_at, finished_at, error, example_count, options, kind, base_run_id";

// The run's options with this process as the one writing it (host and pid, as imports record them).
json ownedByThisProcess(json options)
{
    if (!options.is_object())
        options = json::object();
    options["pid"] = QCoreApplication::applicationPid();
    options["host"] = QSysInfo::machineHostName().toStdString();
    return options;
}

// A run marked running whose process may still be writing it: another live process on this host, or a
// process on another host (whether it lives cannot be told from here). A run recorded by this process
// (one it left behind) or by none (older workspaces) may be resumed.
bool writtenByAnotherProcess(const QString& status, const json& options)
{
    if (status != u"running" || !options.is_object() || !options.contains("pid") || !options["pid"].is_number_integer())
        return false;
    if (options.value("host", std::string()) != QSysInfo::machineHostName().toStdString())
        return true;
    const auto pid = pid_t(options["pid"].get<qint64>());
    if (pid <= 0 || pid == pid_t(QCoreApplication::applicationPid()))
        return false;
    return ::kill(pid, 0) == 0 || errno != ESRCH;
}

} // namespace

qint64 Workspace::createRun(qint64 pipelineId, qint64 datasetId, int exampleCount, const json& options, RunKind kind, qint64 baseRunId)
{
    QSqlDatabase db = database();
    qint64 id = 0;
    inTransaction(db, [&] {
        QSqlQuery q(db);
        // The process writing the run is recorded, unless the options name one (an import's own).
        id = insertReturningId(q,
                               QStringLiteral("INSERT INTO runs (pipeline_id, dataset_id, status, started_at, example_count, "
                                              "options, kind, base_run_id) VALUES (?,?,'running',?,?,?,?,?)"),
                               { pipelineId, datasetId, now(), exampleCount,
                                 dumpJson(options.contains("pid") ? options : ownedByThisProcess(options)), nameOf(kind),
                                 baseRunId > 0 ? QVariant(baseRunId) : QVariant() });
        if (id > 0)
            announce("run", id);
        return id > 0;
    });
    return id;
}

std::optional<RunInfo> Workspace::run(qint64 runId) const
{
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(kRunColumns)), { runId }) || !nextRow(q))
        return std::nullopt;
    return runFromQuery(q);
}

std::vector<RunInfo> Workspace::runs() const
{
    std::vector<RunInfo> out;
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT %1 FROM runs ORDER BY id").arg(QLatin1String(kRunColumns))))
        while (nextRow(q))
            out.push_back(runFromQuery(q));
    return out;
}

std::vector<RunInfo> Workspace::primaryRuns() const
{
    std::vector<RunInfo> out;
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT %1 FROM runs WHERE kind = 'run' ORDER BY id").arg(QLatin1String(kRunColumns))))
        while (nextRow(q))
            out.push_back(runFromQuery(q));
    return out;
}

std::vector<Workspace::ResumableRun> Workspace::resumableRuns(qint64 pipelineId, qint64 datasetId) const
{
    std::vector<ResumableRun> out;
    QSqlQuery q(database());
    if (!execSql(q,
                 QStringLiteral("SELECT id, status, options FROM runs WHERE pipeline_id = ? AND dataset_id = ? AND kind = 'run' AND "
                                "status IN ('running', 'interrupted') ORDER BY id DESC"),
                 { pipelineId, datasetId }))
        return out;
    while (nextRow(q)) {
        ResumableRun r { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() };
        if (!writtenByAnotherProcess(r.status, parseJson(QVariant(r.options), json::object())))
            out.push_back(std::move(r));
    }
    return out;
}

std::optional<qint64> Workspace::findResumableRun(qint64 pipelineId, qint64 datasetId) const
{
    const auto runs = resumableRuns(pipelineId, datasetId);
    return runs.empty() ? std::nullopt : std::optional<qint64>(runs.front().id);
}

std::optional<qint64> Workspace::claimResumableRun(qint64 pipelineId, qint64 datasetId)
{
    for (const ResumableRun& run : resumableRuns(pipelineId, datasetId)) {
        // Taken only as it was read: of two processes resuming at once, one gets it and the other looks on.
        QSqlDatabase db = database();
        bool taken = false;
        const bool landed = inTransaction(db, [&] {
            QSqlQuery q(db);
            if (!execSql(
                    q,
                    QStringLiteral("UPDATE runs SET status = 'running', error = NULL, finished_at = NULL, options = ? WHERE id = ? "
                                   "AND status = ? AND coalesce(options, '') = ?"),
                    { dumpJson(ownedByThisProcess(parseJson(QVariant(run.options), json::object()))), run.id, run.status, run.options }))
                return false;
            taken = q.numRowsAffected() == 1;
            if (taken)
                announce("run", run.id);
            return true;
        });
        if (!landed)
            return std::nullopt;
        if (taken)
            return run.id;
    }
    return std::nullopt;
}

bool Workspace::takeOverRun(qint64 runId)
{
    const auto info = run(runId);
    if (!info)
        return false;
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        if (!execSql(q, QStringLiteral("UPDATE runs SET status = 'running', error = NULL, finished_at = NULL, options = ? WHERE id = ?"),
                     { dumpJson(ownedByThisProcess(info->options)), runId }))
            return false;
        announce("run", runId);
        return true;
    });
}

bool Workspace::setRunStatus(qint64 runId, RunStatus status, const QString& error)
{
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        const bool finished = status != RunStatus::Running;
        if (!execSql(q, QStringLiteral("UPDATE runs SET status = ?, error = ?, finished_at = ? WHERE id = ?"),
                     { nameOf(status), error.isEmpty() ? QVariant() : QVariant(error), finished ? QVariant(now()) : QVariant(), runId }))
            return false;
        announce("run", runId);
        return true;
    });
}

namespace {

const QString& stepRecordSql()
{
    static const QString sql = upsertSql(
        QStringLiteral("step_records"),
        QStringLiteral("run_id, example_id, step_id, kind, system, prompt, output, parsed, error, checks, passed, started_at, "
                       "duration_ms, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_usd, model, called, "
                       "cache_hit, request_id, source_run_id")
            .split(QStringLiteral(", ")),
        { QStringLiteral("run_id"), QStringLiteral("example_id"), QStringLiteral("step_id") });
    return sql;
}

QVariantList stepRecordBinds(const StepRecord& r)
{
    return { r.runId,
             r.exampleId,
             r.stepId,
             nameOf(r.kind),
             r.system,
             r.prompt,
             r.output,
             dumpJson(r.parsed),
             r.error.isEmpty() ? QVariant() : QVariant(r.error),
             dumpJson(r.checks),
             int(r.passed),
             r.startedAt.toUTC().toString(Qt::ISODateWithMs),
             r.durationMs,
             r.inputTokens,
             r.outputTokens,
             r.cacheReadTokens,
             r.cacheWriteTokens,
             r.costUsd,
             r.model,
             int(r.called),
             int(r.cacheHit),
             r.requestId,
             r.sourceRunId > 0 ? QVariant(r.sourceRunId) : QVariant() };
}

const QString& exampleResultSql()
{
    static const QString sql
        = upsertSql(QStringLiteral("examples"),
                    QStringLiteral("run_id, example_id, position, status, score, metrics, error, final_output, input_tokens, "
                                   "output_tokens, cost_usd, latency_ms, cells")
                        .split(QStringLiteral(", ")),
                    { QStringLiteral("run_id"), QStringLiteral("example_id") });
    return sql;
}

QVariantList exampleResultBinds(const ExampleResult& r)
{
    return { r.runId,
             r.exampleId,
             r.position,
             nameOf(r.status),
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

bool Workspace::storeStepRecord(const StepRecord& r)
{
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        return execSql(q, stepRecordSql(), stepRecordBinds(r));
    });
}

bool Workspace::storeExampleResult(const ExampleResult& r)
{
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
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
        while (nextRow(q))
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
    while (nextRow(q)) {
        StepRecord r;
        r.runId = q.value(0).toLongLong();
        r.exampleId = q.value(1).toString();
        r.stepId = q.value(2).toString();
        r.kind = parseName<StepKind>(q.value(3).toString()).value_or(StepKind::Transform);
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

std::vector<ExampleResult> Workspace::exampleResults(qint64 runId, const QString& exampleId) const
{
    std::vector<ExampleResult> out;
    QSqlQuery q(database());
    const QString columns = QStringLiteral("SELECT run_id, example_id, position, status, score, metrics, error, final_output, "
                                           "input_tokens, output_tokens, cost_usd, latency_ms FROM examples WHERE run_id = ? ");
    const bool ran = exampleId.isEmpty() ? execSql(q, columns + QStringLiteral("ORDER BY position"), { runId })
                                         : execSql(q, columns + QStringLiteral("AND example_id = ?"), { runId, exampleId });
    if (!ran)
        return out;
    while (nextRow(q)) {
        ExampleResult r;
        r.runId = q.value(0).toLongLong();
        r.exampleId = q.value(1).toString();
        r.position = q.value(2).toInt();
        r.status = parseName<ExampleStatus>(q.value(3).toString()).value_or(ExampleStatus::Failed);
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
                QStringLiteral("SELECT count(*), sum(CASE WHEN status = 'passed' THEN 1 ELSE 0 END), sum(CASE WHEN status = 'failed' "
                               "THEN 1 ELSE 0 END), sum(CASE WHEN status = 'error' THEN 1 ELSE 0 END), avg(score) FROM examples "
                               "WHERE run_id = ?"),
                { runId })
        && nextRow(q)) {
        t.examples = q.value(0).toInt();
        t.passed = q.value(1).toInt();
        t.failed = q.value(2).toInt();
        t.errors = q.value(3).toInt();
        t.score = q.value(4).toDouble();
    }
    if (execSql(
            q,
            QStringLiteral("SELECT %1, sum(cache_hit), sum(CASE WHEN cache_hit <> 0 THEN 0 ELSE input_tokens END), "
                           "sum(CASE WHEN cache_hit <> 0 THEN 0 ELSE output_tokens END), sum(cost_usd) FROM step_records WHERE run_id = ?")
                .arg(QLatin1String(kNetworkCalls)),
            { runId })
        && nextRow(q)) {
        t.calls = q.value(0).toLongLong();
        t.cacheHits = q.value(1).toLongLong();
        t.inputTokens = q.value(2).toLongLong();
        t.outputTokens = q.value(3).toLongLong();
        t.costUsd = q.value(4).toDouble();
    }
    return t;
}

bool Workspace::deleteRun(qint64 runId)
{
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        if (!execSql(q,
                     QStringLiteral("SELECT (SELECT count(*) FROM analyses WHERE run_id = ?) + (SELECT count(*) FROM rounds WHERE "
                                    "baseline_run_id = ?) + (SELECT count(*) FROM proposals WHERE baseline_run_id = ? OR eval_run_id = ?) "
                                    "+ (SELECT count(*) FROM runs WHERE base_run_id = ?)"), // records copied from it: their run's base
                     { runId, runId, runId, runId, runId })
            || !nextRow(q) || q.value(0).toLongLong() > 0)
            return false;
        if (!execSql(q, QStringLiteral("SELECT dataset_id FROM runs WHERE id = ?"), { runId }) || !nextRow(q))
            return false;
        const qint64 datasetId = q.value(0).toLongLong();
        if (!execSql(q, QStringLiteral("DELETE FROM step_records WHERE run_id = ?"), { runId })
            || !execSql(q, QStringLiteral("DELETE FROM examples WHERE run_id = ?"), { runId })
            || !execSql(q, QStringLiteral("DELETE FROM runs WHERE id = ?"), { runId }))
            return false;
        // Its dataset too, when no other run uses it (a live session stores a dataset each time).
        return execSql(q, QStringLiteral("SELECT count(*) FROM runs WHERE dataset_id = ?"), { datasetId }) && nextRow(q)
            && (q.value(0).toLongLong() > 0
                || (execSql(q, QStringLiteral("DELETE FROM dataset_examples WHERE dataset_id = ?"), { datasetId })
                    && execSql(q, QStringLiteral("DELETE FROM datasets WHERE id = ?"), { datasetId })));
    });
}

Workspace::Space Workspace::space() const
{
    Space out;
    QSqlQuery q(database());
    if (isPostgres(database())) { // the server reclaims free space itself (autovacuum)
        if (execSql(q, QStringLiteral("SELECT pg_database_size(current_database())")) && nextRow(q))
            out.fileBytes = q.value(0).toLongLong();
        return out;
    }
    if (execSql(q,
                QStringLiteral("SELECT s.page_size * c.page_count, s.page_size * f.freelist_count "
                               "FROM pragma_page_size() s, pragma_page_count() c, pragma_freelist_count() f"))
        && nextRow(q)) {
        out.fileBytes = q.value(0).toLongLong();
        out.freeBytes = q.value(1).toLongLong();
    }
    return out;
}

bool Workspace::compact(QString* error)
{
    QSqlDatabase db = database();
    if (const auto failed = failure()) { // stricter than inTransaction: the whole file is rewritten
        *error = *failed;
        return false;
    }
    QSqlQuery q(db);
    if (!execSql(q, QStringLiteral("VACUUM"))) {
        *error = QStringLiteral("%1: cannot compact: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

std::map<qint64, qint64> Workspace::stepRecordCounts() const
{
    std::map<qint64, qint64> out;
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT run_id, count(*) FROM step_records GROUP BY run_id")))
        while (nextRow(q))
            out[q.value(0).toLongLong()] = q.value(1).toLongLong();
    return out;
}

std::pair<qint64, qint64> Workspace::callCounts(qint64 runId) const
{
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT %1, sum(cache_hit) FROM step_records WHERE run_id = ?").arg(QLatin1String(kNetworkCalls)),
                { runId })
        && nextRow(q))
        return { q.value(0).toLongLong(), q.value(1).toLongLong() };
    return { 0, 0 };
}

} // namespace fapo
