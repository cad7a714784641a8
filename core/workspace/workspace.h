#pragma once
// The workspace: one SQLite file (WAL, versioned schema, every write in a transaction) holding pipeline
// versions, datasets, runs, per-step records, the model-response cache and corpus search indexes; or,
// for a team, a PostgreSQL database with the same schema (opened by its postgresql:// URL).
// A Workspace object owns one connection and must be used on the thread that opened it.
#include "core/analysis/summary.h"
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/workspace/proposalrecords.h"
#include "core/workspace/records.h"
#include <QSqlDatabase>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>

namespace fapo {

struct AnalysisInfo {
    qint64 id = 0;
    qint64 runId = 0;
    QDateTime createdAt;
    nlohmann::json options;
    AnalysisSummary summary;
    qint64 calls = 0; // critic and replay calls over the network
    double costUsd = 0.0;
};

struct StoredModelBatch {
    qint64 id = 0;
    QString provider; // the provider's cache identity (kind, endpoint, model; never a key)
    QString batchId; // the provider's id
    QString model;
    QString status; // submitted, collected, lost
    QDateTime createdAt;
    QStringList cacheKeys; // the requests it holds (custom_id = cache key); left empty by openBatchHolding
};

struct Passage {
    QString id;
    QString title;
    QString text;
    double score = 0.0; // BM25, higher is better
};

// A dataset example as its row is stored: texts in UTF-8, values as JSON text (empty: NULL).
struct DatasetRow {
    qint64 position = 0; // in the dataset
    QByteArray exampleId;
    int line = 0;
    QByteArray input;
    QByteArray expected;
    QByteArray stepExpected;
};
// A dataset's example rows in the order they are stored (the key's: example id). Touches no workspace: an
// import makes them once, hashes them for the dataset's identity and hands them to storeDataset.
std::vector<DatasetRow> datasetRows(const std::vector<Example>& examples);

// Why Workspace::open gave no workspace.
enum class OpenFailure {
    Refused, // not a workspace, damaged, a newer schema, a URL that cannot be one: what the user gave
    Unreachable, // the database server did not answer or refused the connection (down, wrong password)
};

class Workspace {
public:
    // A file path, or a URL postgresql://USER@HOST:PORT/DB[?sslmode=...] (the password comes from
    // PGPASSWORD or ~/.pgpass; a URL that holds one is refused, so it is never stored or shown).
    static std::unique_ptr<Workspace> open(const QString& path, QString* error, OpenFailure* failure = nullptr);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    static int currentSchemaVersion();
    int schemaVersion() const;
    QString path() const { return m_path; } // the file, or the URL without a password
    bool isServer() const; // PostgreSQL: several people and processes share it
    QSqlDatabase database() const;
    // The first statement of this connection that failed ("PATH: ..."), if any. After a failed read the
    // workspace stores nothing more: the read may have been a short one.
    std::optional<QString> failure() const;

    // Versions and inputs (idempotent: the same content yields the same id).
    qint64 storePipeline(const Pipeline& pipeline);
    // Also stores its examples, once: `rows` when the caller has made them (what datasetRows makes of
    // the examples; dataset.examples is then not read), else made here of dataset.examples.
    qint64 storeDataset(const Dataset& dataset, const std::vector<DatasetRow>* rows = nullptr);
    // The stored examples of a dataset (one when exampleId is given), in dataset order.
    std::vector<Example> examples(qint64 datasetId, const QString& exampleId = QString()) const;
    // A stored dataset with its examples (its file need not exist any more).
    std::optional<Dataset> dataset(qint64 datasetId) const;
    // The pipeline as stored for a version; its corpus and rules files need not exist any more.
    std::optional<Pipeline> pipelineVersion(qint64 pipelineId, QString* error) const;

    // Runs.
    qint64 createRun(qint64 pipelineId, qint64 datasetId, int exampleCount, const nlohmann::json& options, RunKind kind = RunKind::Run,
                     qint64 baseRunId = 0);
    std::optional<RunInfo> run(qint64 runId) const;
    std::vector<RunInfo> runs() const; // every kind
    // Runs a person made or imported (kind "run"): what views list and open by default.
    std::vector<RunInfo> primaryRuns() const;
    // The newest unfinished (running or interrupted) run of this pipeline version on this dataset that no
    // other live process is writing (runs record their process: host and pid).
    std::optional<qint64> findResumableRun(qint64 pipelineId, qint64 datasetId) const;
    // The same, taken over by this process (running, with its host and pid) in one conditional update:
    // of two processes resuming at once, one gets it and the other starts a run of its own.
    std::optional<qint64> claimResumableRun(qint64 pipelineId, qint64 datasetId);
    // A run the person named (--resume): this process's from now on, whoever wrote it before.
    bool takeOverRun(qint64 runId);
    bool setRunStatus(qint64 runId, RunStatus status, const QString& error = QString());

    // Every write says whether it landed (false: nothing of it did; the reason is in the log).
    bool storeStepRecord(const StepRecord& record);
    bool storeExampleResult(const ExampleResult& result);
    // Many records and results in one transaction (an import): all of them land, or none.
    bool storeResults(const std::vector<StepRecord>& records, const std::vector<ExampleResult>& results);
    QStringList finishedExamples(qint64 runId) const;
    std::vector<StepRecord> stepRecords(qint64 runId, const QString& exampleId = QString()) const;
    std::vector<ExampleResult> exampleResults(qint64 runId, const QString& exampleId = QString()) const; // empty id: all
    RunTotals totals(qint64 runId) const;
    // Model calls over the network and cache hits of a run (from an index; cheap on large runs).
    std::pair<qint64, qint64> callCounts(qint64 runId) const;
    // Deletes a run with its records and results, in one transaction; false (and nothing deleted) when an
    // analysis, a round, a proposal or another run refers to it.
    bool deleteRun(qint64 runId);

    // Space that removed rows left free inside the file: SQLite reuses it, but the file does not shrink
    // until it is compacted.
    struct Space {
        qint64 fileBytes = 0;
        qint64 freeBytes = 0;
        // When offering to compact is worth the person's attention: a quarter of the file and 8 MiB.
        bool worthCompacting() const { return freeBytes >= (qint64(8) << 20) && freeBytes * 4 >= fileBytes; }
    };
    Space space() const;
    // VACUUM: rewrites the file without its free pages (briefly needs that much disk again; waits for
    // other connections' writes).
    bool compact(QString* error);
    // Step records per run (one query for every run).
    std::map<qint64, qint64> stepRecordCounts() const;

    // Analyses: the summary document and one verdict (with its evidence) per failed example.
    // The summary's calls and cost also go into their own columns.
    qint64 storeAnalysis(qint64 runId, const nlohmann::json& options, const AnalysisSummary& summary, const std::vector<Verdict>& verdicts);
    std::optional<AnalysisInfo> latestAnalysis(qint64 runId) const;
    std::vector<Verdict> verdicts(qint64 analysisId, const QString& exampleId = QString()) const;

    // The rewrite loop (proposalstore.cpp). A decision is committed before the call returns.
    qint64 storeRound(const RoundInfo& round); // insert (id 0) or update; returns the id, 0 when it did not land
    std::vector<RoundInfo> rounds() const;
    qint64 storeProposal(const Proposal& proposal); // insert (id 0) or update; returns the id, 0 when it did not land
    std::optional<Proposal> proposal(qint64 id) const;
    std::vector<Proposal> proposals(qint64 roundId = 0) const; // 0: all, oldest first
    // Records a person's (or the policy's) decision and the proposal's new status in one transaction.
    // Refuses (false, *error) to approve a blocked proposal or to decide one that is not pending,
    // unless `decision` is "undone", which restores the status before the last decision.
    // The decision is taken only if the proposal is still in the status the person saw (`seen`; by
    // default pending, and any status for an undo): when someone else decided it in the meantime,
    // *refusal is DecidedMeanwhile and *error says who decided what, and when.
    bool recordDecision(qint64 proposalId, DecisionAction decision, const QString& who, const QString& note, QString* error,
                        DecisionRefusal* refusal = nullptr, std::optional<ProposalStatus> seen = std::nullopt);
    std::vector<Decision> decisions(qint64 proposalId) const; // 0: every proposal's, oldest first

    // Model-response cache.
    std::optional<nlohmann::json> cachedResponse(const QString& key) const;
    bool storeCachedResponse(const QString& key, const QString& provider, const QString& model, const nlohmann::json& response);

    // Batches sent to a provider's batch API (batchstore.cpp): stored as soon as the provider took them,
    // with the cache key of every request, until their results are in the cache.
    qint64 storeModelBatch(const QString& provider, const QString& batchId, const QString& model, const QStringList& cacheKeys);
    // The newest batch still open (not yet collected) that holds this request, without its keys: it is
    // asked for every call the cache misses, and a batch holds thousands.
    std::optional<StoredModelBatch> openBatchHolding(const QString& cacheKey) const;
    // The cache keys of a stored batch's requests.
    QStringList modelBatchKeys(qint64 id) const;
    std::vector<StoredModelBatch> openBatches() const;
    // The replies of a batch into the cache, and its status (collected, or lost: the provider no longer
    // knows it), in one transaction.
    bool closeModelBatch(qint64 id, const QString& status, const std::vector<std::pair<QString, nlohmann::json>>& replies,
                         const QString& note = QString());

    // Corpus search: indexed once per corpus content hash; BM25 over title and text, query words OR-ed.
    bool ensureCorpusIndexed(const Corpus& corpus, QString* error);
    std::vector<Passage> search(const QString& corpusHash, const QString& query, int topK, QString* error) const;

    // Trust decisions for pipelines whose command steps run programs.
    bool isTrusted(const QString& pipelineFileHash) const;
    bool recordTrust(const QString& pipelineFileHash, const QString& path);

    // Tells the other connections to a shared workspace what this transaction changed ("proposal", id),
    // delivered when it commits (PostgreSQL NOTIFY; nothing on a file). workspacewatcher.h listens.
    void announce(const char* kind, qint64 id);

private:
    struct ResumableRun {
        qint64 id = 0;
        QString status;
        QString options; // as stored: the claim is conditional on it
    };
    std::vector<ResumableRun> resumableRuns(qint64 pipelineId, qint64 datasetId) const;
    Workspace() = default;
    // justMade: this call made it (no damage check; it is set up as new).
    static std::unique_ptr<Workspace> openFile(const QString& path, QString* error, bool justMade);
    static std::unique_ptr<Workspace> openServer(const QString& url, QString* error, OpenFailure* failure);
    bool openSearchIndex(QString* error);
    QSqlDatabase searchDatabase() const; // where the corpus indexes are (SQLite FTS5)
    bool migrate(QString* error);
    qint64 storeVersioned(const QString& table, const QStringList& columns, const QVariantList& values); // hash first
    QString m_path;
    QString m_connection;
    QString m_searchConnection; // a workspace on a server: a local SQLite file of search indexes
};

// Whether a --workspace value names a PostgreSQL database (postgresql:// or postgres://) rather than a file.
bool isWorkspaceUrl(const QString& location);

// Where a file's workspace lives when none is named: FILE.fapo beside it (a pipeline or a trace export).
QString defaultWorkspacePath(const QString& filePath);

// Turns free user text into an FTS5 query of quoted words OR-ed together (never read as query syntax).
QString ftsQueryFromText(const QString& text);

} // namespace fapo
