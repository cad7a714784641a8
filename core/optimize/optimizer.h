#pragma once
// The rewrite loop, rounds of: a baseline run of the current version (reused when the workspace has
// one), a rules-only analysis to find the step where failures start, candidate rewrites from the
// optimizer model, review checks before any evaluation money is spent, incremental evaluation (only
// the rewritten step and the steps after it run again, on a train minibatch, then the validation
// split), and the acceptance policy. Everything is stored as it happens, so stopping at a budget cap
// or an interruption keeps all that was done. Event-driven on the thread that owns it.
#include "core/analysis/summary.h"
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/optimize/pairedstats.h"
#include "core/optimize/splits.h"
#include "core/providers/providerfactory.h"
#include "core/workspace/proposalrecords.h"
#include <QHash>
#include <QObject>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace fapo {

class CallQueue;
struct ValidatedCandidate;
struct OptimizerContext;
class Runner;
class Workspace;
struct RunOutcome;
struct ExampleResult;

struct OptimizeOptions {
    QString step; // rewrite this step instead of the one with the most blame
    int rounds = 1;
    int candidates = 2;
    qint64 budgetCalls = 0; // 0: no cap
    double budgetUsd = 0.0; // 0: no cap
    double holdout = 0.2; // test fraction
    double validation = 0.4;
    quint64 seed = 1;
    ApproveMode approve = ApproveMode::Ask;
    double minGain = 0.05; // on validation, for --approve auto
    double significance = 0.05; // one-sided sign test on the validation pairs
    int minibatch = 8;
    int concurrency = 4;
    bool useCache = true;
    bool trustCommands = false;
    bool batch = false; // evaluation runs send their calls through the providers' batch APIs
    int batchPollMs = 30000;
    int limit = 0; // first N examples of the dataset
    QString who = QStringLiteral("fapo optimize --approve auto");
    // What kinds of change rounds may propose, smallest first: a round proposes at the first level not
    // yet exhausted at its target (the analysis may skip prompts when it says rewording cannot help).
    QList<FixLevel> levels { FixLevel::Prompt, FixLevel::Parameter, FixLevel::Structure };
    double maxCostIncrease = -1.0; // --approve auto: the largest relative rise in cost per example; negative: no cap
    // Evaluate this one (edited) proposal on the validation split of its round, against its baseline,
    // instead of running rounds. The policy is not applied: a person decides.
    qint64 evaluateProposal = 0;
};

struct OptimizeEstimate {
    qint64 calls = 0; // per round, at most
    qint64 tokens = 0; // input and output, typical sizes
    double usd = 0.0;
};

struct OptimizeOutcome {
    RoundStatus status = RoundStatus::Done; // done | budget | failed | interrupted | nothing | declined
    QString error;
    nlohmann::json document; // the `fapo optimize --json` document
    qint64 calls = 0;
    double costUsd = 0.0;
    QStringList notes;
    QString optimization; // id grouping this invocation's rounds and proposals
};

class Optimizer : public QObject {
    Q_OBJECT
public:
    Optimizer(Workspace* workspace, Pipeline pipeline, Dataset dataset, ProviderEnvironment env, OptimizeOptions options,
              QObject* parent = nullptr);
    ~Optimizer() override;

    bool prepare(QString* error);
    // What one round may cost at most (from the baseline's tokens when there is one).
    OptimizeEstimate estimate() const;
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString& message);
    void finished(const fapo::OptimizeOutcome& outcome);

private:
    void startRound();
    void startEvaluation();
    void analyseBaseline();
    void useAnalysis(qint64 analysisId, const AnalysisSummary& summary);
    // The level of the round at the current target and why (empty: nothing left to try there).
    std::optional<FixLevel> roundLevel(QString* why);
    bool stalledAt(FixLevel level) const;
    // What the optimizer model is shown for the target: failing and passing train chains, earlier
    // proposals (rewrites only for a rewrite; everything for a structural change), the analysis.
    OptimizerContext proposalContext(FixLevel level);
    void propose();
    // Asks the optimizer model --candidates times (each request told which candidate it is, so the cache
    // does not answer them alike), hands every reply to `take`, and evaluates once all have answered.
    void askOptimizer(const ModelRequest& request, const std::function<void(const ModelResponse&)>& take);
    void proposeParameters();
    void proposeStructure(); // optimizerstructure.cpp
    // The steps a proposal's version runs again (with everything after them): the changed step, or
    // the steps a structural edit adds and changes.
    QStringList rerunFor(const Proposal& p) const;
    void evaluateNext();
    // The baseline run's results and records, read once per baseline run (every candidate compares to it).
    struct Baseline;
    std::shared_ptr<const Baseline> baseline();
    void validate(qint64 id, const Pipeline& version, const QStringList& from, std::shared_ptr<const Baseline> base);
    // The round's validated proposals as the policy weighs them; nullopt (the optimisation failed) when
    // one vanished from the workspace.
    std::optional<std::vector<ValidatedCandidate>> validatedCandidates();
    void applyPolicy();
    // Reads a proposal, changes it and stores it. A proposal that vanished or does not store ends the
    // optimisation as failed (false): nothing goes on from evidence that is not in the workspace.
    bool updateProposal(qint64 id, const std::function<void(Proposal&)>& change);
    bool reject(qint64 id, const QString& reason); // the policy's decision, and the reason on the proposal
    void checkHoldout(qint64 proposalId);
    void finishRound(bool changed);
    void finish(RoundStatus status, const QString& error = QString());
    // Runs the current (or a candidate) version on `ids`, re-running from `rerun` on top of `baseRunId`.
    void runExamples(const Pipeline& pipeline, RunKind kind, qint64 baseRunId, const QStringList& rerun, const QStringList& ids,
                     std::function<void(const RunOutcome&)> done);
    bool affordable(qint64 calls, const QString& what);
    qint64 callsPerExample() const; // model calls to re-run the target and what follows, per example
    double costPerExample() const;
    std::map<QString, ExampleResult> results(qint64 runId) const;
    void storeRoundScores();

    Workspace* m_workspace;
    Pipeline m_pipeline; // the current version
    Dataset m_dataset;
    ProviderEnvironment m_env;
    OptimizeOptions m_options;
    CallQueue* m_calls = nullptr;
    Runner* m_runner = nullptr;
    QHash<QString, QString> m_batchLines; // batch id -> the last progress line sent for it
    QString m_optimization;
    qint64 m_datasetId = 0;
    QStringList m_exampleIds; // in dataset order (limit applied)
    Splits m_splits;
    RoundInfo m_round;
    qint64 m_baselineRunId = 0;
    std::shared_ptr<const Baseline> m_baseline;
    qint64 m_analysisId = 0;
    QString m_target;
    std::vector<qint64> m_candidates; // proposals of this round still to evaluate, in order
    std::vector<qint64> m_evaluated; // proposals of this round with a validation score
    size_t m_next = 0;
    bool m_roundQualified = false; // a proposal of this round met the policy (accepted under auto)
    std::map<QString, std::set<FixLevel>> m_stalled; // target -> levels whose round here found nothing to accept
    std::vector<nlohmann::json> m_roundsJson;
    qint64 m_runCalls = 0; // network calls made by evaluation runs
    double m_cost = 0.0; // dollars spent (runs and optimizer calls)
    QStringList m_notes;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::OptimizeOutcome)
