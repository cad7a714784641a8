#include "core/workspace/bulkrows.h"
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/workspace.h"
#include "core/workspace/rowstatement.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <condition_variable>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace fapo {

namespace {

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm, proleptic Gregorian).
void civilFromDays(qint64 z, qint64* y, unsigned* m, unsigned* d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2 ? 1 : 0);
}

} // namespace

QByteArray isoTimeUtc(qint64 ms)
{
    constexpr qint64 kDay = 86400000;
    qint64 days = ms / kDay;
    qint64 rest = ms % kDay;
    if (rest < 0) {
        rest += kDay;
        --days;
    }
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1000 || year > 9999) // Qt writes other years its own way
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    char out[25];
    auto put = [&out](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, rest / 3600000, 2);
    out[13] = ':';
    put(14, rest / 60000 % 60, 2);
    out[16] = ':';
    put(17, rest / 1000 % 60, 2);
    out[19] = '.';
    put(20, rest % 1000, 3);
    out[23] = 'Z';
    return QByteArray(out, 24);
}

namespace {

// The rows, inside the caller's transaction: the columns and values Workspace::storeResults writes for
// records and results like these.
// New: the run has none of these rows yet and they are unique (a plain insert, which SQLite does without a
// statement journal); Replacing: rows may be there already and are replaced.
enum class Rows { New, Replacing };

bool insertRows(const QSqlDatabase& handle, qint64 runId, const std::vector<StepRecordRow>& steps,
                const std::vector<ExampleResultRow>& examples, Rows rows)
{
    static const QByteArray kPassed = QByteArray::fromStdString(stdNameOf(ExampleStatus::Passed));
    static const QByteArray kFailed = QByteArray::fromStdString(stdNameOf(ExampleStatus::Failed));
    constexpr const char* kInsertStep
        = "INSERT INTO step_records (run_id, example_id, step_id, kind, system, prompt, output, parsed, error, "
          "checks, passed, started_at, duration_ms, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, "
          "cost_usd, model, called, cache_hit, request_id, source_run_id) "
          "VALUES (?,?,?,?,NULL,?,?,NULL,?,'[]',?,?,?,?,?,0,0,0.0,?,0,0,NULL,NULL)";
    constexpr const char* kReplaceStep
        = "INSERT INTO step_records (run_id, example_id, step_id, kind, system, prompt, output, parsed, error, "
          "checks, passed, started_at, duration_ms, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, "
          "cost_usd, model, called, cache_hit, request_id, source_run_id) "
          "VALUES (?,?,?,?,NULL,?,?,NULL,?,'[]',?,?,?,?,?,0,0,0.0,?,0,0,NULL,NULL) "
          "ON CONFLICT (run_id, example_id, step_id) DO UPDATE SET kind = excluded.kind, system = NULL, "
          "prompt = excluded.prompt, output = excluded.output, parsed = NULL, error = excluded.error, checks = '[]', "
          "passed = excluded.passed, started_at = excluded.started_at, duration_ms = excluded.duration_ms, "
          "input_tokens = excluded.input_tokens, output_tokens = excluded.output_tokens, cache_read_tokens = 0, "
          "cache_write_tokens = 0, cost_usd = 0.0, model = excluded.model, called = 0, cache_hit = 0, "
          "request_id = NULL, source_run_id = NULL";
    RowStatement step(handle, rows == Rows::New ? kInsertStep : kReplaceStep);
    if (!step.ok())
        return false;
    for (const StepRecordRow& r : steps) {
        const QByteArray startedAt = isoTimeUtc(r.startedAtMs);
        step.bind(1, runId);
        step.bindText(2, r.exampleId);
        step.bindText(3, r.stepId);
        step.bindText(4, r.kind);
        step.bindText(5, r.prompt);
        step.bindText(6, r.output);
        step.bindTextOrNull(7, r.error);
        step.bind(8, qint64(r.error.isEmpty() ? 1 : 0));
        step.bindText(9, startedAt);
        step.bind(10, r.durationMs);
        step.bind(11, r.inputTokens);
        step.bind(12, r.outputTokens);
        step.bindTextOrNull(13, r.model);
        if (!step.step())
            return false;
    }
    constexpr const char* kInsertExample
        = "INSERT INTO examples (run_id, example_id, position, status, score, metrics, error, final_output, "
          "input_tokens, output_tokens, cost_usd, latency_ms, cells) VALUES (?,?,?,?,?,'[]',NULL,?,?,?,0.0,?,NULL)";
    constexpr const char* kReplaceExample
        = "INSERT INTO examples (run_id, example_id, position, status, score, metrics, error, final_output, "
          "input_tokens, output_tokens, cost_usd, latency_ms, cells) VALUES (?,?,?,?,?,'[]',NULL,?,?,?,0.0,?,NULL) "
          "ON CONFLICT (run_id, example_id) DO UPDATE SET position = excluded.position, status = excluded.status, "
          "score = excluded.score, metrics = '[]', error = NULL, final_output = excluded.final_output, "
          "input_tokens = excluded.input_tokens, output_tokens = excluded.output_tokens, cost_usd = 0.0, "
          "latency_ms = excluded.latency_ms, cells = NULL";
    RowStatement example(handle, rows == Rows::New ? kInsertExample : kReplaceExample);
    if (!example.ok())
        return false;
    for (const ExampleResultRow& r : examples) {
        example.bind(1, runId);
        example.bindText(2, r.exampleId);
        example.bind(3, qint64(r.position));
        example.bindText(4, r.passed ? kPassed.constData() : kFailed.constData());
        example.bind(5, r.passed ? 1.0 : 0.0);
        example.bindText(6, r.finalOutput);
        example.bind(7, r.inputTokens);
        example.bind(8, r.outputTokens);
        example.bind(9, r.latencyMs);
        if (!example.step())
            return false;
    }
    return true;
}

} // namespace

bool storeRows(Workspace& workspace, qint64 runId, const std::vector<StepRecordRow>& steps, const std::vector<ExampleResultRow>& examples)
{
    QSqlDatabase db = workspace.database();
    return sql::inTransaction(db, [&] { return insertRows(db, runId, steps, examples, Rows::Replacing); });
}

bool storeRunUpdate(Workspace& workspace, const RunUpdate& u)
{
    QSqlDatabase db = workspace.database();
    const QSqlDatabase& handle = db;
    return sql::inTransaction(db, [&] {
        RowStatement run(handle,
                         "UPDATE runs SET pipeline_id = coalesce(?, pipeline_id), example_count = ?, options = coalesce(?, options) "
                         "WHERE id = ?");
        RowStatement dataset(handle, "UPDATE datasets SET example_count = ? WHERE id = ?");
        RowStatement example(
            handle,
            "INSERT INTO dataset_examples (dataset_id, position, example_id, line, input, expected, step_expected) "
            "VALUES (?,?,?,?,?,NULL,NULL) ON CONFLICT (dataset_id, example_id) DO UPDATE SET position = excluded.position, "
            "line = excluded.line, input = excluded.input, expected = NULL, step_expected = NULL");
        RowStatement forget(handle, "DELETE FROM step_records WHERE run_id = ? AND example_id = ?");
        if (!run.ok() || !dataset.ok() || !example.ok() || !forget.ok())
            return false;
        if (u.pipelineId > 0)
            run.bind(1, u.pipelineId);
        else
            run.bindNull(1);
        run.bind(2, qint64(u.exampleCount));
        run.bindTextOrNull(3, u.options);
        run.bind(4, u.runId);
        dataset.bind(1, qint64(u.exampleCount));
        dataset.bind(2, u.datasetId);
        if (!run.step() || !dataset.step())
            return false;
        for (const auto& [position, e] : u.datasetExamples) {
            const QByteArray id = e.id.toUtf8();
            const QByteArray input = e.input.is_null() ? QByteArray() : QByteArray::fromStdString(e.input.dump());
            example.bind(1, u.datasetId);
            example.bind(2, qint64(position));
            example.bindText(3, id);
            example.bind(4, qint64(e.line));
            example.bindTextOrNull(5, input);
            if (!example.step())
                return false;
        }
        // A trace written again may have fewer steps than before (its spans regrouped): its old rows go.
        for (const ExampleResultRow& r : u.examples) {
            forget.bind(1, u.runId);
            forget.bindText(2, r.exampleId);
            if (!forget.step())
                return false;
        }
        return insertRows(handle, u.runId, u.steps, u.examples, Rows::Replacing);
    });
}

RunWriter::RunWriter(Workspace& workspace)
    : m_workspace(workspace)
{
}

RunWriter::~RunWriter()
{
    if (m_runId > 0 && !m_committed && !m_workspace.deleteRun(m_runId))
        spdlog::warn("workspace: the partial run {} could not be removed", m_runId);
}

qint64 RunWriter::begin(qint64 pipelineId, qint64 datasetId, int exampleCount, nlohmann::json options)
{
    options["pid"] = qint64(QCoreApplication::applicationPid());
    options["host"] = QSysInfo::machineHostName().toStdString();
    m_runId = m_workspace.createRun(pipelineId, datasetId, exampleCount, options);
    return m_runId;
}

bool RunWriter::add(const std::vector<StepRecordRow>& steps, const std::vector<ExampleResultRow>& examples)
{
    QSqlDatabase db = m_workspace.database();
    return m_runId > 0 && sql::inTransaction(db, [&] { return insertRows(db, m_runId, steps, examples, Rows::New); });
}

bool RunWriter::commit()
{
    m_committed = m_runId > 0 && m_workspace.setRunStatus(m_runId, RunStatus::Done);
    return m_committed;
}

struct BackgroundCheckpoint::State {
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
};

BackgroundCheckpoint::BackgroundCheckpoint(Workspace& workspace)
    : m_workspace(workspace)
    , m_state(std::make_unique<State>())
{
    if (!sqliteHandle(workspace.database())) // a server writes its own log (PostgreSQL)
        return;
    QSqlQuery q(workspace.database());
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    const QByteArray path = workspace.path().toUtf8();
    m_thread = std::thread([this, path] {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            spdlog::warn("workspace: no background checkpoints: {}", db ? sqlite3_errmsg(db) : "cannot open");
            sqlite3_close(db);
            return;
        }
        // A connection only knows the file is in WAL mode once it has read it.
        sqlite3_exec(db, "PRAGMA journal_mode", nullptr, nullptr, nullptr);
        std::unique_lock lock(m_state->mutex);
        for (bool last = false; !last;) {
            last = m_state->stop;
            lock.unlock();
            // Copies what is committed so far; never waits for the writer, never blocks it.
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
            if (!last)
                m_state->wake.wait_for(lock, std::chrono::milliseconds(20), [this] { return m_state->stop; });
        }
        sqlite3_close(db);
    });
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stop = true;
    }
    m_state->wake.notify_all();
    if (!m_thread.joinable())
        return;
    m_thread.join();
    QSqlQuery q(m_workspace.database());
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000")); // SQLite's default again
}

} // namespace fapo
