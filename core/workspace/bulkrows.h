#pragma once
// Many result rows at once through SQLite's own API, for imports of large trace files. Qt SQL binds
// every value through a QVariant and every text as UTF-16 that SQLite converts back; for a 100 MB
// import that costs more than SQLite's insert itself. These rows hold UTF-8 texts (an import has them
// so) and are bound as they are, with one prepared statement per table. What they write is what
// Workspace::storeResults writes for the same step records and example results.
#include "core/formats/dataset.h"
#include <QByteArray>
#include <nlohmann/json.hpp>
#include <memory>
#include <thread>
#include <vector>

namespace fapo {

class Workspace;

struct StepRecordRow {
    QByteArray exampleId;
    QByteArray stepId;
    QByteArray kind; // StepKind's name
    QByteArray prompt;
    QByteArray output;
    QByteArray error; // empty: none (stored as NULL)
    QByteArray model; // empty: none (NULL)
    qint64 startedAtMs = 0; // since the epoch, UTC
    qint64 durationMs = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

struct ExampleResultRow {
    QByteArray exampleId;
    int position = 0;
    bool passed = true;
    QByteArray finalOutput;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 latencyMs = 0;
};

// Stores the rows of one run in one transaction (all or nothing). A step row passed when it has no error.
bool storeRows(Workspace& workspace, qint64 runId, const std::vector<StepRecordRow>& steps, const std::vector<ExampleResultRow>& examples);

// The run of an import, written in batches (each its own transaction, so the WAL can be copied into the
// file meanwhile). The run says "running", with this process's id and host, until commit() marks it
// done; a writer destroyed before (an error) removes the run and its rows. A killed process leaves
// its run behind: core/import/unfinishedimports settles those.
class RunWriter {
public:
    explicit RunWriter(Workspace& workspace);
    ~RunWriter(); // removes the run unless it was committed
    RunWriter(const RunWriter&) = delete;
    RunWriter& operator=(const RunWriter&) = delete;

    // Adds the run; its id, or 0. `options` gets "pid" and "host".
    qint64 begin(qint64 pipelineId, qint64 datasetId, int exampleCount, nlohmann::json options);
    // Rows the run does not have yet, each (example, step) and each example once: a duplicate fails the batch.
    bool add(const std::vector<StepRecordRow>& steps, const std::vector<ExampleResultRow>& examples);
    bool commit();

private:
    Workspace& m_workspace;
    qint64 m_runId = 0;
    bool m_committed = false;
};

// One store of a live session's run: the rows of the traces that changed (replacing their earlier rows
// whole), their examples written to the run's dataset (new ones added, changed ones replaced), the run
// pointed at its newest pipeline. One transaction: all of it lands, or none.
struct RunUpdate {
    qint64 runId = 0;
    qint64 datasetId = 0;
    qint64 pipelineId = 0; // 0: unchanged
    int exampleCount = 0; // of the run and its dataset, after this update
    QByteArray options; // the run's options (JSON text); empty: unchanged
    std::vector<std::pair<int, Example>> datasetExamples; // position in the dataset, example
    std::vector<StepRecordRow> steps; // every row of the examples below
    std::vector<ExampleResultRow> examples;
};
bool storeRunUpdate(Workspace& workspace, const RunUpdate& update);

// While it lives, a second connection on its own thread copies what the writer commits from the WAL into
// the database file. Without it the writer stops every 4 MB to do that copy itself; for a bulk import,
// that is a third of its time, which the other core can do meanwhile.
class BackgroundCheckpoint {
public:
    explicit BackgroundCheckpoint(Workspace& workspace);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
    BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;

private:
    struct State;
    Workspace& m_workspace;
    std::unique_ptr<State> m_state;
    std::thread m_thread;
};

// "2023-11-14T22:13:20.000Z": what QDateTime's Qt::ISODateWithMs gives for the same UTC time, faster.
QByteArray isoTimeUtc(qint64 msSinceEpoch);

} // namespace fapo
