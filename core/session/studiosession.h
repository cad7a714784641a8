#pragma once
// What a person works on in FAPO Studio, without any window: the open pipeline and workspace, the run
// on show, every background job (loading, runs, imports, analyses, rewrite rounds), the provider
// environment and the keys read from the keychain. The window is one face of it (it shows what the
// session says and sends the person's intents); tests drive it directly.
//
// Work runs in Jobs (jobs/job.h), each with its own workspace connection. The session keeps one
// connection on its own thread for single-row reads by key (an example's records, a proposal) and for
// committing a person's decision, which must be stored before anything shows it taken.
#include "core/session/runchoices.h"
#include "core/analysis/analyzer.h"
#include "core/live/otlpreceiver.h"
#include "core/optimize/optimizer.h"
#include "core/run/runner.h"
#include "core/runview/runsnapshot.h"
#include "core/workspace/proposalrecords.h"
#include <QHash>
#include <QObject>
#include <QUrl>
#include <map>
#include <memory>
#include <optional>

class QTimer;

namespace fapo {

struct ExportSummary;

class Job;
class SessionPrompter;
class SnapshotLoader;
class Workspace;
class WorkspaceWatcher;

// One example of the run on show, with what each step recorded for it (by step id).
struct ExampleRecords {
    Example example;
    std::map<QString, StepRecord> records;
    std::optional<ExampleResult> result; // its score and metric results (none: it did not finish)
};

// The rewrite loop as the review panel and the rounds chart show it.
struct ReviewState {
    std::vector<Proposal> proposals;
    std::map<qint64, std::vector<Decision>> decisions; // by proposal id
    std::vector<RoundInfo> rounds;
};

class StudioSession : public QObject {
    Q_OBJECT
public:
    // Caps on what one "yes" may spend.
    static constexpr qint64 kAnalysisBudgetCalls = 200;
    static constexpr qint64 kRoundBudgetCalls = 300;

    // `prompter` answers the session's questions; it must outlive the session.
    explicit StudioSession(SessionPrompter* prompter, QObject* parent = nullptr);
    ~StudioSession() override;

    // Opens a pipeline (.json, with FILE.fapo beside it) or a workspace (.fapo) and shows its newest
    // run. False with the reason (file and line for a bad pipeline).
    bool open(const QString& path, QString* error = nullptr);
    // The same for a person waiting at the window: the workspace's first check for damage (up to about
    // a second on a large file) runs on a worker first; then opened() or openFailed() follows.
    void openInBackground(const QString& path);
    // Shows a run of the open workspace (0: the newest), loaded off this thread.
    void showRun(qint64 runId);

    const std::optional<Pipeline>& pipeline() const { return m_pipeline; }
    QString pipelinePath() const { return m_pipelinePath; }
    QString workspacePath() const { return m_workspacePath; }
    RunSnapshotPtr snapshot() const { return m_snapshot; }
    Workspace* workspace() const { return m_workspace.get(); }

    // Model calls: the process environment, then the settings, then the keys from the keychain.
    void setKeychainKey(const QString& name, const QString& value); // empty: forget it
    QHash<QString, QString> keychainKeys() const { return m_keychainKeys; }
    ProviderEnvironment providerEnvironment() const;

    // Long work. Each returns false with the reason when it cannot start; what happens later arrives
    // as signals. Only one of each kind runs at a time.
    bool runDataset(const QString& datasetPath, QString* error = nullptr, const RunChoices& choices = {});
    bool importTraces(const QString& path, QString* error = nullptr);
    bool analyze(QString* error = nullptr);
    bool proposeRewrites(QString* error = nullptr);
    // A copy of a proposal with an edited prompt, in the background like a round: checked against the
    // dataset and stored (proposalEdited; blocked when a check fails, which ends it with a failed
    // outcome that says why), then evaluated (optimizeFinished).
    bool editAndEvaluate(qint64 proposalId, const QString& newPrompt, QString* error = nullptr);
    // Receives traces over OTLP/HTTP as `fapo serve` does, into the open workspace (or, when none is
    // open, into `workspacePath`, which is then opened). The session's traces are one run, shown as it
    // grows (reloaded at most a few times a second, keeping what is selected). Listening starts on a
    // worker thread: listening() or listenFailed() follows.
    bool listenForTraces(const ReceiverOptions& options, const QString& workspacePath = QString(), QString* error = nullptr);
    void stopListening(); // what has arrived is stored first; listenStopped() follows
    bool isListening() const;
    QUrl listenUrl() const { return m_listenUrl; } // empty unless listening

    void cancelRun();
    void cancelAnalysis();
    void cancelRewrites();
    bool isRunning() const;
    bool isAnalyzing() const;
    bool isOptimizing() const;

    // A person's decision (approved | rejected | undone), committed before this returns.
    // Taken only while the proposal is in the status the person saw (see Workspace::recordDecision); when
    // someone decided it first, *error names who and when, and reviewChanged shows their decision.
    bool decide(qint64 proposalId, DecisionAction decision, const QString& note, QString* error = nullptr,
                std::optional<ProposalStatus> seen = std::nullopt);
    // The accepted prompts into `outDir`, as `fapo export` writes them (core/optimize/exporter.h): a few
    // small files, so it is done before this returns.
    bool exportAccepted(const QString& outDir, ExportSummary* summary, QString* error = nullptr);
    // Proposals, decisions and rounds of the open workspace.
    ReviewState reviewState() const;
    std::optional<Proposal> proposal(qint64 id) const;
    // The version a proposal was made from and the version it would make (for a graph diff); nullopt
    // when either is not in the workspace or the change does not apply.
    std::optional<std::pair<Pipeline, Pipeline>> proposalVersions(const Proposal& p) const;
    // Small reads by key for the run on show (the inspector's example, its verdict).
    std::optional<ExampleRecords> exampleRecords(const QString& exampleId) const;
    std::optional<Verdict> verdict(const QString& exampleId) const;

Q_SIGNALS:
    void opened(); // another pipeline or workspace: nothing of the old one is on show
    void snapshotLoaded(fapo::RunSnapshotPtr snapshot);
    void previewsLoaded(fapo::RunSnapshotPtr snapshot, std::shared_ptr<const std::vector<QString>> previews);
    void loadFailed(const QString& message);
    void openFailed(const QString& message); // openInBackground() could not open the file

    void runStarted(int examples);
    void runProgress(const fapo::RunProgress& progress);
    void runFinished(const fapo::RunOutcome& outcome); // the run's snapshot is being loaded
    void runFailed(const QString& message); // it could not start

    void importFinished(qint64 runId); // the workspace is open and its snapshot loading

    void listening(const QUrl& url);
    void listenFailed(const QString& message);
    void listenStopped(qint64 spans); // spans stored in the session's run
    // About once a second while listening: spans answered 200 in the last second, and in all.
    void liveTraffic(double spansPerSecond, qint64 spans);
    void importFailed(const QString& message);

    void analysisStarted();
    void analysisProgress(const fapo::AnalysisProgress& progress);
    void analysisFinished(qint64 analysisId); // once the snapshot with it is on show
    void analysisFailed(const QString& message);

    void optimizeStarted(const QString& message);
    void optimizeProgress(const QString& message);
    void optimizeFinished(const fapo::OptimizeOutcome& outcome);
    void proposalEdited(qint64 id); // the edited copy is in the workspace (before it is evaluated)

    void reviewChanged(qint64 selectProposal); // proposals or decisions changed; 0: keep the selection
    // Someone else stored a run (or changed one) in the shared workspace on show.
    void teamRunStored(qint64 runId);
    void decisionStored(qint64 proposalId, fapo::DecisionAction decision);
    void busyChanged();
    void message(const QString& text); // for the status line

private:
    void applySnapshot(const RunSnapshotPtr& snapshot);
    void onOptimizeFinished(const OptimizeOutcome& outcome);
    void onLiveRunStored(qint64 runId);
    void watchWorkspace(); // a shared workspace: others' decisions and runs show within seconds
    void applyTeamChanges();

    SessionPrompter* m_prompter;
    SnapshotLoader* m_loader;
    Job* m_runJob;
    Job* m_importJob;
    Job* m_openJob;
    Job* m_analysisJob;
    Job* m_optimizeJob;
    Job* m_listenJob;
    QUrl m_listenUrl;
    qint64 m_liveRunId = 0; // the run the traces received make (0: none stored yet)
    bool m_liveReloadDue = false; // a store arrived while a reload of the live run was pending
    QTimer* m_liveReload; // reloads of the live run, at most one per interval
    WorkspaceWatcher* m_watcher = nullptr; // of m_workspace, deleted before it
    QTimer* m_teamRefresh; // others' changes, shown together once they pause
    QHash<QString, QList<qint64>> m_teamChanges; // kind -> ids, since the last refresh
    std::optional<Pipeline> m_pipeline;
    QString m_pipelinePath;
    QString m_workspacePath;
    std::unique_ptr<Workspace> m_workspace;
    RunSnapshotPtr m_snapshot;
    qint64 m_announceAnalysis = 0; // said once the snapshot that shows it is loaded
    QHash<QString, QString> m_keychainKeys; // in memory only
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::ReviewState)
