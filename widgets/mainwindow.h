#pragma once
// The trace debugger's window: the pipeline graph in the centre; examples, inspector, review and
// charts in dockable panels whose layout is remembered. It is a face of a StudioSession, which owns
// what is open and every background job: the window shows what the session says and sends it the
// person's intents. Its own work is layout: which dock shows what, menus, dialogs, the status bar.
#include "core/analysis/verdict.h"
#include "core/live/otlpreceiver.h"
#include "core/runview/runsnapshot.h"
#include "core/session/runchoices.h"
#include "core/workspace/proposalrecords.h"
#include <QMainWindow>
#include <optional>
#include <memory>

class QDockWidget;
class QTabWidget;
class QUndoStack;

namespace fapo {

class StudioSession;
class SessionPrompter;
class StepGraphModel;
class GraphScene;
class GraphView;
class ExamplesPanel;
class FailureMatrixView;
class ComparePanel;
class StepInspector;
class AnalysisPanel;
class ReviewPanel;
class RoundsChart;
class KeyStore;
class StatusLine;
class RecentFiles;
class LiveIndicator;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class View { Graph, Inspector, Review, Charts, Matrix, Compare };
    // Attended: a person answers dialogs and keys are read from the keychain. Unattended (tests,
    // offscreen renders): fixed answers (no programs run, nothing spent on analysis), errors go to
    // the status bar only, and the keychain is left alone.
    enum class Mode { Attended, Unattended };

    explicit MainWindow(Mode mode = Mode::Attended, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The person's intents, as the menus send them; errors are shown, and returned in *error.
    bool openFile(const QString& path, QString* error = nullptr);
    // As a person opens a file (menu, recent files, a drop): the workspace is checked off this thread
    // first; a failure is shown.
    void openFileInBackground(const QString& path);
    bool runDataset(const QString& datasetPath, QString* error = nullptr, const RunChoices& choices = {});
    bool importTraces(const QString& path, QString* error = nullptr);
    bool exportAccepted(const QString& outDir, QString* error = nullptr); // what was written goes to the status line
    // Receives traces as `fapo serve` does (into the open workspace, else `workspacePath`); they show
    // as they arrive. File › Listen for Traces… asks for the options.
    bool listenForTraces(const ReceiverOptions& options, const QString& workspacePath = QString(), QString* error = nullptr);
    void stopListening();
    bool analyzeRun(QString* error = nullptr);
    bool proposeRewrites(QString* error = nullptr);
    // A person's decision, stored before the panel shows it, undoable (Edit › Undo).
    bool decide(qint64 proposalId, DecisionAction decision, const QString& note = QString(),
                std::optional<ProposalStatus> seen = std::nullopt);
    bool editAndEvaluate(qint64 proposalId, const QString& newPrompt);
    void showView(View view);
    void selectStep(const QString& step);

    StudioSession* session() const { return m_session; }
    RunSnapshotPtr snapshot() const;
    QString selectedStep() const { return m_selectedStep; }
    // For tests and screenshots.
    StepGraphModel* graphModel() const { return m_graphModel; }
    GraphScene* graphScene() const { return m_scene; }
    GraphView* graphView() const { return m_view; }
    ExamplesPanel* examplesPanel() const { return m_examples; }
    FailureMatrixView* failureMatrix() const { return m_matrix; }
    ComparePanel* comparePanel() const { return m_compare; }
    StepInspector* inspector() const { return m_inspector; }
    AnalysisPanel* analysisPanel() const { return m_analysis; }
    ReviewPanel* reviewPanel() const { return m_review; }
    RoundsChart* roundsChart() const { return m_rounds; }
    LiveIndicator* liveIndicator() const { return m_live; }
    QUndoStack* undoStack() const { return m_undo; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void connectPanels();
    void connectSession();
    void onOpened();
    void applySnapshot(const RunSnapshotPtr& snapshot);
    void updateActions();
    void updateInspector();
    void updateVerdict();
    // The newest analysis's verdict for an example of the run on show: read once per example, not again
    // for every step the person inspects and for the analysis panel.
    std::optional<Verdict> verdictOf(const QString& exampleId);
    void updateTitle();
    void updateTotals();
    void refreshReview(qint64 selectProposal);
    bool shown(bool ok, const QString& why, QString* error); // shows why when not ok
    void showError(const QString& message);
    void raiseDock(QDockWidget* dock);
    void showSettings();
    void askToListen();
    void askForTeamWorkspace(); // File › Open Team Workspace: a postgresql:// URL

    const Mode m_mode;
    std::unique_ptr<SessionPrompter> m_prompter;
    StudioSession* m_session;
    StepGraphModel* m_graphModel;
    GraphScene* m_scene;
    GraphView* m_view;
    ExamplesPanel* m_examples;
    FailureMatrixView* m_matrix;
    ComparePanel* m_compare;
    StepInspector* m_inspector;
    AnalysisPanel* m_analysis;
    ReviewPanel* m_review;
    RoundsChart* m_rounds;
    QUndoStack* m_undo;
    KeyStore* m_keys;
    StatusLine* m_status;
    LiveIndicator* m_live;
    QTabWidget* m_chartTabs = nullptr;
    QDockWidget* m_examplesDock = nullptr;
    QDockWidget* m_matrixDock = nullptr;
    QDockWidget* m_compareDock = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    QDockWidget* m_reviewDock = nullptr;
    QDockWidget* m_analysisDock = nullptr;
    RecentFiles* m_recent = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_analyzeAction = nullptr;
    QAction* m_proposeAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_listenAction = nullptr;
    QString m_pendingExample; // select it once the snapshot being loaded is shown
    struct VerdictRead {
        std::weak_ptr<const RunSnapshot> snapshot; // the run and analysis it was read for (weak: never kept alive)
        QString exampleId;
        std::optional<Verdict> verdict;
    } m_lastVerdict;
    QString m_selectedStep;
};

} // namespace fapo
