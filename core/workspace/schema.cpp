#include "core/workspace/schema.h"
#include <QRegularExpression>

namespace fapo {

const std::vector<QStringList>& workspaceMigrations()
{
    static const std::vector<QStringList> migrations {
        // 0 -> 1: pipelines, datasets, runs, traces, cache, corpora, trust.
        {
            QStringLiteral("CREATE TABLE pipelines (id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, name TEXT, "
                           "path TEXT, source BLOB, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE datasets (id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, path TEXT, "
                           "example_count INTEGER, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, pipeline_id INTEGER NOT NULL REFERENCES "
                           "pipelines(id), dataset_id INTEGER NOT NULL REFERENCES datasets(id), status TEXT NOT NULL, "
                           "started_at TEXT NOT NULL, finished_at TEXT, error TEXT, example_count INTEGER, "
                           "options TEXT)"),
            QStringLiteral("CREATE TABLE examples (run_id INTEGER NOT NULL REFERENCES runs(id), example_id TEXT NOT "
                           "NULL, position INTEGER, status TEXT NOT NULL, score REAL, metrics TEXT, error TEXT, "
                           "final_output TEXT, input_tokens INTEGER, output_tokens INTEGER, cost_usd REAL, "
                           "latency_ms INTEGER, PRIMARY KEY (run_id, example_id))"),
            QStringLiteral("CREATE TABLE step_records (run_id INTEGER NOT NULL REFERENCES runs(id), example_id TEXT "
                           "NOT NULL, step_id TEXT NOT NULL, kind TEXT, system TEXT, prompt TEXT, output TEXT, "
                           "parsed TEXT, error TEXT, checks TEXT, passed INTEGER, started_at TEXT, duration_ms "
                           "INTEGER, input_tokens INTEGER, output_tokens INTEGER, cache_read_tokens INTEGER, "
                           "cache_write_tokens INTEGER, cost_usd REAL, model TEXT, called INTEGER, cache_hit INTEGER, "
                           "request_id TEXT, PRIMARY KEY (run_id, example_id, step_id))"),
            QStringLiteral("CREATE TABLE model_cache (key TEXT PRIMARY KEY, provider TEXT, model TEXT, response TEXT "
                           "NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE corpora (hash TEXT PRIMARY KEY, path TEXT, document_count INTEGER, "
                           "fts_table TEXT NOT NULL, indexed_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE trust (pipeline_hash TEXT PRIMARY KEY, path TEXT, decided_at TEXT NOT NULL)"),
        },
        // 1 -> 2: the examples themselves, so a workspace opens without its dataset file.
        {
            QStringLiteral("CREATE TABLE dataset_examples (dataset_id INTEGER NOT NULL REFERENCES datasets(id), "
                           "position INTEGER NOT NULL, example_id TEXT NOT NULL, line INTEGER, input TEXT, expected TEXT, "
                           "step_expected TEXT, PRIMARY KEY (dataset_id, example_id))"),
        },
        // 2 -> 3: each step's state without reading its (large) prompt and output, and examples in
        // dataset order: a 100,000-example run loads from these indexes alone.
        {
            QStringLiteral("CREATE INDEX step_records_state ON step_records (run_id, example_id, step_id, passed, error, "
                           "called, cache_hit)"),
            QStringLiteral("CREATE INDEX examples_order ON examples (run_id, position)"),
        },
        // 3 -> 4: runs made from another run (replays, evaluations) reuse its upstream records, and
        // analyses with one verdict per failed example and the evidence behind it.
        {
            QStringLiteral("ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'run'"),
            QStringLiteral("ALTER TABLE runs ADD COLUMN base_run_id INTEGER"),
            QStringLiteral("ALTER TABLE step_records ADD COLUMN source_run_id INTEGER"),
            QStringLiteral("CREATE TABLE analyses (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), "
                           "created_at TEXT NOT NULL, options TEXT, summary TEXT, calls INTEGER, cost_usd REAL)"),
            QStringLiteral("CREATE TABLE analysis_verdicts (analysis_id INTEGER NOT NULL REFERENCES analyses(id), "
                           "example_id TEXT NOT NULL, origin_step TEXT, method TEXT, failure_class TEXT, confidence REAL, "
                           "explanation TEXT, path TEXT, evidence TEXT, PRIMARY KEY (analysis_id, example_id))"),
        },
        // 4 -> 5: the rewrite loop: optimisation rounds, proposals with their evidence, and decisions
        // (who, when, note), each written before any interface shows it.
        {
            QStringLiteral("CREATE TABLE rounds (id INTEGER PRIMARY KEY, optimization TEXT NOT NULL, round INTEGER NOT NULL, "
                           "pipeline_id INTEGER NOT NULL, baseline_run_id INTEGER, analysis_id INTEGER, target_step TEXT, "
                           "status TEXT NOT NULL, validation_score REAL, test_score REAL, calls INTEGER, cost_usd REAL, "
                           "splits TEXT, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE proposals (id INTEGER PRIMARY KEY, round_id INTEGER REFERENCES rounds(id), "
                           "pipeline_id INTEGER NOT NULL, baseline_run_id INTEGER, step_id TEXT NOT NULL, field TEXT, "
                           "old_prompt TEXT, new_prompt TEXT, old_system TEXT, new_system TEXT, rationale TEXT, "
                           "status TEXT NOT NULL, reason TEXT, checks TEXT, eval_run_id INTEGER, eval_score REAL, "
                           "baseline_score REAL, holdout_score REAL, holdout_baseline REAL, evidence TEXT, "
                           "new_pipeline_id INTEGER, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE decisions (id INTEGER PRIMARY KEY, proposal_id INTEGER NOT NULL REFERENCES "
                           "proposals(id), decision TEXT NOT NULL, who TEXT, decided_at TEXT NOT NULL, note TEXT, "
                           "previous_status TEXT)"),
        },
        // 5 -> 6: each example's cells packed with its result ("col*4+state,..."), so a large run loads
        // from one row per example (older rows keep NULL and are packed from step_records on load).
        {
            QStringLiteral("ALTER TABLE examples ADD COLUMN cells TEXT"),
        },
        // 6 -> 7: proposals beyond prompts: the level of each proposal and round, a parameter's old and
        // new value (JSON), and why a round escalated.
        {
            QStringLiteral("ALTER TABLE proposals ADD COLUMN level TEXT NOT NULL DEFAULT 'prompt'"),
            QStringLiteral("ALTER TABLE proposals ADD COLUMN old_value TEXT"),
            QStringLiteral("ALTER TABLE proposals ADD COLUMN new_value TEXT"),
            QStringLiteral("ALTER TABLE rounds ADD COLUMN level TEXT NOT NULL DEFAULT 'prompt'"),
            QStringLiteral("ALTER TABLE rounds ADD COLUMN escalation TEXT"),
        },
        // 7 -> 8: batches sent to a provider's batch API and the cached requests each holds, so a
        // stopped run goes back to polling them instead of paying for the calls again.
        {
            QStringLiteral("CREATE TABLE model_batches (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, batch_id TEXT NOT NULL, "
                           "model TEXT, request_count INTEGER, status TEXT NOT NULL, created_at TEXT NOT NULL, ended_at TEXT, "
                           "note TEXT)"),
            QStringLiteral("CREATE TABLE model_batch_requests (batch INTEGER NOT NULL REFERENCES model_batches(id), "
                           "cache_key TEXT NOT NULL, PRIMARY KEY (batch, cache_key))"),
            QStringLiteral("CREATE INDEX model_batch_requests_key ON model_batch_requests (cache_key)"),
        },
    };
    return migrations;
}

} // namespace fapo

namespace fapo {

QString postgresStatement(const QString& sqliteStatement)
{
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QString identity = QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    QString s = sqliteStatement;
    const bool ownId = s.contains(QLatin1String("INTEGER PRIMARY KEY"));
    s.replace(QLatin1String("INTEGER PRIMARY KEY"), identity);
    s.replace(integer, QStringLiteral("BIGINT"));
    s.replace(real, QStringLiteral("DOUBLE PRECISION"));
    s.replace(blob, QStringLiteral("BYTEA"));
    if (s.startsWith(QLatin1String("CREATE TABLE")) && !ownId && s.endsWith(QLatin1Char(')')))
        s.insert(s.size() - 1, QStringLiteral(", rowid BIGINT GENERATED ALWAYS AS IDENTITY"));
    return s;
}

QString postgresVersionTable() { return QStringLiteral("CREATE TABLE IF NOT EXISTS fapo_schema (version BIGINT NOT NULL)"); }

} // namespace fapo
