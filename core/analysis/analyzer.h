#pragma once
// Finds where each failure of a run starts. Rules first (free; step gold, where the dataset has it,
// decides there); then counterfactual replay for what they leave open: step k's output is replaced by
// one the critic repairs from the expected answer and only the steps after k run again, upstream
// records are copied, never re-paid; the earliest k whose repair makes the example pass is its
// origin. The critic model judges what is still open. Everything is stored in the workspace with the evidence behind it.
// Event-driven on the thread that owns it, like the Runner.
#include "core/analysis/evidence.h"
#include "core/analysis/rules.h"
#include "core/analysis/summary.h"
#include "core/providers/modelrequest.h"
#include "core/providers/providerfactory.h"
#include <QObject>
#include <QSet>
#include <memory>

namespace fapo {

class CallQueue;
class Runner;
class Workspace;
struct RunOutcome;

struct AnalysisOptions {
    qint64 runId = 0; // 0: the newest run
    bool replay = true;
    bool critic = true;
    qint64 budgetCalls = 0; // model calls over the network for replay and the critic; 0: no cap
    int concurrency = 4;
    bool useCache = true;
    bool trustCommands = false; // replays may run the pipeline's command steps
};

struct AnalysisEstimate {
    int failed = 0; // failed examples
    int settledByRules = 0;
    int open = 0; // left to replay and the critic
    qint64 maxCalls = 0; // at most this many calls (before the budget cap)
    double maxUsd = 0.0; // rough upper bound from list prices
};

struct AnalysisOutcome {
    qint64 analysisId = 0;
    RunStatus status = RunStatus::Done; // done | failed | interrupted
    QString error;
    AnalysisSummary summary; // as stored
    nlohmann::json report; // the `fapo analyze --json` document: the summary, every example, the analysis id
    qint64 calls = 0; // network calls made
    double costUsd = 0.0;
    QStringList notes; // what could not be done (replay skipped, critic unavailable, budget reached)
};

struct AnalysisProgress {
    AnalysisStage stage = AnalysisStage::Rules;
    int done = 0;
    int total = 0;
};

class Analyzer : public QObject {
    Q_OBJECT
public:
    Analyzer(Workspace* workspace, ProviderEnvironment env, AnalysisOptions options, QObject* parent = nullptr);
    ~Analyzer() override;

    // Loads the run and applies the rules (no model calls). False with a message when it cannot.
    bool prepare(QString* error);
    AnalysisEstimate estimate() const { return m_estimate; }
    qint64 runId() const { return m_runId; }
    // Before start(): false keeps to the rules and step gold (no model calls).
    void allowSpending(bool allowed);
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const fapo::AnalysisProgress& progress);
    void finished(const fapo::AnalysisOutcome& outcome);

private:
    struct Case; // one failed example
    void replayNextStep();
    void runReplay(const QString& step, const QStringList& exampleIds);
    void replayFinished(const QString& step, const RunOutcome& outcome);
    void startCritic();
    void finish(RunStatus status);
    QStringList replayCandidates(const Case& c) const;
    void chargeCritic(const ModelResponse& response, bool fromCache);
    qint64 callsUsed() const;
    qint64 callsLeft() const;

    Workspace* m_workspace;
    ProviderEnvironment m_env;
    AnalysisOptions m_options;
    qint64 m_runId = 0;
    std::unique_ptr<struct AnalysisInput> m_input;
    std::vector<std::unique_ptr<Case>> m_cases;
    RunProfile m_profile;
    AnalysisEstimate m_estimate;
    CallQueue* m_calls = nullptr;
    Runner* m_replay = nullptr;
    QStringList m_replaySteps; // candidate steps in graph order
    int m_replayIndex = 0;
    qint64 m_replayCalls = 0;
    double m_replayCost = 0.0;
    double m_criticCost = 0.0;
    QStringList m_notes;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::AnalysisProgress)
Q_DECLARE_METATYPE(fapo::AnalysisOutcome)
