#pragma once
// The trace debugger's window: the pipeline graph in the centre; examples, inspector, review and
// charts in dockable panels whose layout is remembered. Long work (loading runs, runs, layout)
// happens in workers; the window only shows results and sends the user's intents.
#include "formats/pipeline.h"
#include "runview/runsnapshot.h"
#include <QList>
#include <QMainWindow>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QDockWidget;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace fapo {

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
class BackgroundOptimize;
struct OptimizeOutcome;
class BackgroundAnalysis;
struct AnalysisEstimate;
class SnapshotLoader;
class BackgroundRun;
class Workspace;
class KeyStore;
struct RunProgress;
struct RunOutcome;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class View { Graph, Inspector, Review, Charts, Matrix, Compare };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a pipeline (.json) or a workspace (.fapo); errors are shown, and returned in *error.
    bool openFile(const QString& path, QString* error = nullptr);
    // Runs a dataset through the open pipeline in the background.
    bool runDataset(const QString& datasetPath, QString* error = nullptr);
    // Imports a trace file in the background into the open workspace (or FILE.fapo) and shows it.
    bool importTraces(const QString& path);
    void showView(View view);
    // Analyses the run on show in the background (rules first; asks before replay or the critic spend).
    bool analyzeRun(QString* error = nullptr);
    // Asks the optimizer model for rewrites of the step where most failures start (one round; every
    // proposal waits in the review panel for a decision).
    bool proposeRewrites(QString* error = nullptr);
    // A person's decision, stored before the panel shows it, undoable (Edit › Undo).
    bool decide(qint64 proposalId, const QString& decision, const QString& note = QString());
    // A copy of a proposal with an edited prompt, checked, then evaluated on the validation set.
    qint64 editAndEvaluate(qint64 proposalId, const QString& newPrompt);

    // For tests and screenshots.
    StepGraphModel* graphModel() const { return m_graphModel; }
    ExamplesPanel* examplesPanel() const { return m_examples; }
    FailureMatrixView* failureMatrix() const { return m_matrix; }
    ComparePanel* comparePanel() const { return m_compare; }
    StepInspector* inspector() const { return m_inspector; }
    AnalysisPanel* analysisPanel() const { return m_analysis; }
    ReviewPanel* reviewPanel() const { return m_review; }
    RoundsChart* roundsChart() const { return m_rounds; }
    QUndoStack* undoStack() const { return m_undo; }
    GraphScene* graphScene() const { return m_scene; }
    RunSnapshotPtr snapshot() const { return m_snapshot; }
    QString selectedStep() const { return m_selectedStep; }
    void selectStep(const QString& step);
    static QString runStatusText(const QString& status); // translated run status

Q_SIGNALS:
    void snapshotLoaded();
    void runFinished();
    void runFailed(const QString& message); // the run could not start
    void importFinished(qint64 runId);
    void analysisFinished(qint64 analysisId);
    void optimizeFinished(const QString& status);
    void decisionStored(qint64 proposalId, const QString& decision);
    void loadFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QList<class QThread*> m_importThreads; // joined and deleted with the window
    void createActions();
    void createDocks();
    void applySnapshot(RunSnapshotPtr snapshot);
    void updateInspector();
    void updateTitle();
    void updateTotals();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void showError(const QString& message);
    void onRunProgress(const RunProgress& progress);
    bool confirmCommandSteps(struct RunOptions* options);
    void onRunFinished(const RunOutcome& outcome);
    void onAnalysisPrepared(const AnalysisEstimate& estimate);
    void updateVerdict();
    void refreshReview();
    void onOptimizeFinished(const OptimizeOutcome& outcome);
    std::optional<Pipeline> currentVersion(); // the newest approved version, else the one on show
    void chooseAndOpen();
    void chooseAndImport();
    void showSettings();
    void chooseAndRun();

    StepGraphModel* m_graphModel;
    GraphScene* m_scene;
    GraphView* m_view;
    ExamplesPanel* m_examples;
    FailureMatrixView* m_matrix;
    ComparePanel* m_compare;
    StepInspector* m_inspector;
    AnalysisPanel* m_analysis;
    BackgroundAnalysis* m_analysisJob;
    ReviewPanel* m_review;
    RoundsChart* m_rounds;
    BackgroundOptimize* m_optimizeJob;
    QUndoStack* m_undo;
    QTabWidget* m_chartTabs = nullptr;
    QString m_pendingExample; // select it once the snapshot being loaded is shown
    SnapshotLoader* m_loader;
    BackgroundRun* m_run;
    KeyStore* m_keys;
    QHash<QString, QString> m_keychainKeys; // in memory only
    QDockWidget* m_examplesDock = nullptr;
    QDockWidget* m_matrixDock = nullptr;
    QDockWidget* m_compareDock = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    QDockWidget* m_reviewDock = nullptr;
    QDockWidget* m_analysisDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_totals;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QAction* m_runAction = nullptr;
    QAction* m_analyzeAction = nullptr;
    QAction* m_proposeAction = nullptr;
    QAction* m_openAction = nullptr;

    std::optional<Pipeline> m_pipeline;
    QString m_pipelinePath;
    QString m_workspacePath;
    std::unique_ptr<Workspace> m_workspace; // GUI-thread connection for small reads (one example's records)
    RunSnapshotPtr m_snapshot;
    QString m_selectedStep;
};

} // namespace fapo
