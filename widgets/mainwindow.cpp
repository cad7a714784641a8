#include "mainwindow.h"
#include "analysis/analysispanel.h"
#include "analysis/backgroundanalysis.h"
#include "optimize/backgroundoptimize.h"
#include "optimize/decisions.h"
#include "optimize/reviewchecks.h"
#include "review/decisioncommand.h"
#include "review/reviewpanel.h"
#include "review/roundschart.h"
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include "emptystate.h"
#include "comparepanel.h"
#include "examplespanel.h"
#include "failurematrixview.h"
#include "formats/dataset.h"
#include "formats/pipelineloader.h"
#include "formatting.h"
#include "import/importstore.h"
#include "import/traceimport.h"
#include <QPointer>
#include <QThread>
#include "settingsdialog.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "inspector/stepinspector.h"
#include "run/backgroundrun.h"
#include "runview/snapshotloader.h"
#include "stepgraphmodel.h"
#include "workspace/workspace.h"
#include <QAction>
#include <QCryptographicHash>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace fapo {

namespace {
constexpr int kMaxRecent = 8;

QString workspaceFor(const QString& pipelinePath)
{
    const QFileInfo info(pipelinePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".fapo");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_graphModel(new StepGraphModel(this))
    , m_scene(new GraphScene(m_graphModel, this))
    , m_view(new GraphView(m_scene, this))
    , m_examples(new ExamplesPanel(this))
    , m_matrix(new FailureMatrixView(this))
    , m_compare(new ComparePanel(this))
    , m_inspector(new StepInspector(this))
    , m_analysis(new AnalysisPanel(this))
    , m_analysisJob(new BackgroundAnalysis(this))
    , m_review(new ReviewPanel(this))
    , m_rounds(new RoundsChart(this))
    , m_optimizeJob(new BackgroundOptimize(this))
    , m_undo(new QUndoStack(this))
    , m_loader(new SnapshotLoader(this))
    , m_run(new BackgroundRun(this))
    , m_keys(new KeyStore(this))
    , m_totals(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fapo-studio.svg")));
    setAcceptDrops(true);
    setCentralWidget(m_view);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createActions();
    createDocks();

    m_totals->setTextFormat(Qt::PlainText);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addWidget(m_totals, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progress->setFormat(tr("Finishing calls in flight…"));
        m_run->cancel();
    });

    connect(m_loader, &SnapshotLoader::loaded, this, &MainWindow::applySnapshot);
    connect(m_loader, &SnapshotLoader::previewsLoaded, m_examples, &ExamplesPanel::setPreviews);
    connect(m_loader, &SnapshotLoader::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        Q_EMIT loadFailed(message);
    });
    connect(m_run, &BackgroundRun::progress, this, &MainWindow::onRunProgress);
    connect(m_run, &BackgroundRun::finished, this, &MainWindow::onRunFinished);
    connect(m_run, &BackgroundRun::failed, this, [this](const QString& message) {
        m_progress->hide();
        m_cancel->hide();
        m_runAction->setEnabled(true);
        showError(message);
        Q_EMIT runFailed(message);
    });
    connect(m_analysis, &AnalysisPanel::analyzeRequested, this, [this] { analyzeRun(); });
    connect(m_analysis, &AnalysisPanel::cancelRequested, m_analysisJob, &BackgroundAnalysis::cancel);
    connect(m_analysis, &AnalysisPanel::stepActivated, this, &MainWindow::selectStep);
    connect(m_analysis, &AnalysisPanel::clusterActivated, this, [this](const QString& step) {
        m_examples->filterByOrigin(step);
        m_examplesDock->show();
        m_examplesDock->raise();
        m_examples->selectFirstFailure();
        selectStep(step);
    });
    connect(m_analysisJob, &BackgroundAnalysis::prepared, this, &MainWindow::onAnalysisPrepared);
    connect(m_analysisJob, &BackgroundAnalysis::progress, this, [this](const AnalysisProgress& p) {
        const QString stage = p.stage == QLatin1String("replay") ? tr("Replaying steps %v / %m")
            : p.stage == QLatin1String("critic")                 ? tr("Asking the critic %v / %m")
                                                                 : tr("Applying rules…");
        m_analysis->setBusy(true, stage, p.done, p.total);
    });
    connect(m_analysisJob, &BackgroundAnalysis::failed, this, [this](const QString& message) {
        m_analysis->setBusy(false);
        m_analyzeAction->setEnabled(true);
        showError(message);
    });
    connect(m_analysisJob, &BackgroundAnalysis::finished, this, [this](const AnalysisOutcome& outcome) {
        m_analysis->setBusy(false);
        m_analyzeAction->setEnabled(true);
        if (outcome.status == QLatin1String("failed")) {
            showError(outcome.error);
            return;
        }
        statusBar()->showMessage(tr("Analysis %1 stored; the graph now shows where each failure starts.").arg(outcome.analysisId), 8000);
        m_loader->load(m_workspacePath, m_snapshot ? m_snapshot->run.id : 0, true);
        // Announced once the snapshot with the analysis is shown.
        auto* once = new QObject(this);
        connect(this, &MainWindow::snapshotLoaded, once, [this, once, id = outcome.analysisId] {
            once->deleteLater();
            Q_EMIT analysisFinished(id);
        });
    });
    connect(m_review, &ReviewPanel::decisionRequested, this, [this](qint64 id, const QString& decision, const QString& note) {
        if (id <= 0)
            return;
        m_undo->push(new DecisionCommand(id, decision, [this, id, note](const QString& d) { return decide(id, d, note); }));
    });
    connect(m_review, &ReviewPanel::optimizeRequested, this, [this] { proposeRewrites(); });
    connect(m_review, &ReviewPanel::cancelRequested, m_optimizeJob, &BackgroundOptimize::cancel);
    connect(m_review, &ReviewPanel::editRequested, this, [this](qint64 id) {
        const auto p = m_workspace ? m_workspace->proposal(id) : std::nullopt;
        if (!p)
            return;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Edit Proposal %1").arg(id));
        auto* edit = new QPlainTextEdit(&dialog);
        edit->setPlainText(p->newPrompt);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
        buttons->addButton(tr("Re-evaluate"), QDialogButtonBox::AcceptRole);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(edit);
        layout->addWidget(buttons);
        dialog.resize(700, 420);
        if (dialog.exec() == QDialog::Accepted)
            editAndEvaluate(id, edit->toPlainText());
    });
    connect(m_review, &ReviewPanel::exampleRequested, this, [this](const QString& exampleId, qint64 runId) {
        // The evaluation run, with the baseline it came from in Compare Runs: the example in both.
        if (runId <= 0)
            return;
        m_pendingExample = exampleId;
        m_loader->load(m_workspacePath, runId, true);
        m_compareDock->show();
        m_compareDock->raise();
    });
    connect(m_optimizeJob, &BackgroundOptimize::progress, this, [this](const QString& message) { m_review->setBusy(true, message); });
    connect(m_optimizeJob, &BackgroundOptimize::failed, this, [this](const QString& message) {
        m_review->setBusy(false);
        m_proposeAction->setEnabled(true);
        showError(message);
        Q_EMIT optimizeFinished(QStringLiteral("failed"));
    });
    connect(m_optimizeJob, &BackgroundOptimize::finished, this, &MainWindow::onOptimizeFinished);
    connect(m_scene, &GraphScene::stepSelected, this, &MainWindow::selectStep);
    connect(m_inspector, &StepInspector::stepRequested, this, &MainWindow::selectStep);
    connect(m_examples, &ExamplesPanel::exampleSelected, this, [this](const QString& id) {
        m_graphModel->setSelectedExample(id);
        const int row = m_snapshot ? m_snapshot->exampleIndex(id) : -1;
        // Selecting a failing example jumps to the step where its failure starts.
        if (row >= 0 && !m_snapshot->examples[size_t(row)].origin.isEmpty())
            selectStep(m_snapshot->examples[size_t(row)].origin);
        else
            updateInspector();
        updateVerdict();
    });
    connect(m_matrix, &FailureMatrixView::cellChosen, this, [this](const QString& example, const QString& step) {
        m_examples->selectExample(example);
        selectStep(step);
    });
    connect(m_compare, &ComparePanel::exampleActivated, this, [this](const QString& id) { m_examples->selectExample(id); });
    connect(m_examples, &ExamplesPanel::inspectRequested, this, [this] {
        m_inspectorDock->show();
        m_inspectorDock->raise();
    });

    // Keys in the system keychain are read once, held in memory, and never written anywhere else.
    connect(m_keys, &KeyStore::keyRead, this, [this](const QString& name, const QString& value, const QString&) {
        if (!value.isEmpty())
            m_keychainKeys.insert(name, value);
    });
    if (QApplication::platformName() != QLatin1String("offscreen"))
        for (const QString& name : KeyStore::keyNames())
            if (qEnvironmentVariableIsEmpty(qPrintable(name)))
                m_keys->read(name);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1440, 900);
    updateTitle();
    updateTotals();
}

MainWindow::~MainWindow()
{
    // An import still running finishes (it stores into the workspace file), but tells nobody.
    for (QThread* t : std::as_const(m_importThreads)) {
        t->wait();
        delete t;
    }
}

QString MainWindow::runStatusText(const QString& status)
{
    if (status == QLatin1String("done"))
        return tr("done");
    if (status == QLatin1String("running"))
        return tr("running");
    if (status == QLatin1String("interrupted"))
        return tr("interrupted");
    if (status == QLatin1String("failed"))
        return tr("failed");
    return status;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = m_openAction = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Import Traces…"), this, &MainWindow::chooseAndImport)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    file->insertAction(quit, file->addAction(tr("&Settings…"), this, &MainWindow::showSettings));
    file->actions().last()->setShortcut(QKeySequence::Preferences);
    file->insertSeparator(quit);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    m_runAction = run->addAction(tr("Run &Dataset…"), this, &MainWindow::chooseAndRun);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setEnabled(false);
    m_analyzeAction = run->addAction(tr("&Analyze Failures"), this, [this] { analyzeRun(); });
    m_analyzeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_analyzeAction->setToolTip(tr("Find the step where each failure of the run on show starts"));
    m_analyzeAction->setEnabled(false);
    m_proposeAction = run->addAction(tr("&Propose Rewrites"), this, [this] { proposeRewrites(); });
    m_proposeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_proposeAction->setToolTip(tr("Ask the optimizer model for rewrites of the step where most failures start"));
    m_proposeAction->setEnabled(false);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit Graph"), m_view, &GraphView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("Zoom &In"), m_view, &GraphView::zoomIn)->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), m_view, &GraphView::zoomOut)->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FAPO Studio"), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About FAPO Studio"));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("FAPO Studio %1\nFinds where pipeline failures start, and lets you decide every prompt change.")
                        .arg(QApplication::applicationVersion()));
        box.exec();
    });

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(open);
    tools->addAction(m_runAction);
    tools->addAction(m_analyzeAction);
    tools->addAction(m_proposeAction);
    tools->addSeparator();
    tools->addAction(fit);
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu")))
            view->addAction(d->toggleViewAction());
        return d;
    };
    m_examplesDock = dock(tr("Examples"), QStringLiteral("examplesDock"), m_examples, Qt::BottomDockWidgetArea);
    m_matrixDock = dock(tr("Failure Matrix"), QStringLiteral("matrixDock"), m_matrix, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_examplesDock, m_matrixDock);
    m_compareDock = dock(tr("Compare Runs"), QStringLiteral("compareDock"), m_compare, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_examplesDock, m_compareDock);
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_analysis, tr("Where Failures Start"));
    m_chartTabs->addTab(m_rounds, tr("Rounds"));
    m_analysisDock = dock(tr("Analysis"), QStringLiteral("analysisDock"), m_chartTabs, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_examplesDock, m_analysisDock);
    m_examplesDock->raise();
    m_inspectorDock = dock(tr("Step Inspector"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_reviewDock = dock(tr("Review"), QStringLiteral("reviewDock"), m_review, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, m_reviewDock);
    m_inspectorDock->raise();
    resizeDocks({ m_inspectorDock }, { 520 }, Qt::Horizontal);
    resizeDocks({ m_examplesDock }, { 300 }, Qt::Vertical);
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    QString why;
    const QFileInfo info(path);
    if (info.suffix() == QLatin1String("fapo")) {
        auto ws = Workspace::open(path, &why);
        if (!ws) {
            showError(why);
            if (error)
                *error = why;
            return false;
        }
        m_workspace = std::move(ws);
        m_workspacePath = info.absoluteFilePath();
        m_pipelinePath.clear();
        m_pipeline.reset();
    } else {
        PipelineLoad load = loadPipeline(path);
        if (!load.pipeline) {
            QStringList lines;
            for (const Diagnostic& d : load.diagnostics)
                lines << d.toLocalizedString();
            why = lines.join(QLatin1Char('\n'));
            showError(why);
            if (error)
                *error = why;
            return false;
        }
        m_pipeline = std::move(load.pipeline);
        m_pipelinePath = info.absoluteFilePath();
        m_workspacePath = workspaceFor(path);
        m_workspace = Workspace::open(m_workspacePath, &why);
        m_graphModel->setPipeline(*m_pipeline);
    }
    m_snapshot.reset();
    m_examples->setSnapshot(nullptr);
    m_analysis->setSnapshot(nullptr);
    m_analysis->setCanAnalyze(false);
    m_analyzeAction->setEnabled(false);
    m_proposeAction->setEnabled(false);
    m_review->setCanOptimize(false);
    m_undo->clear();
    refreshReview();
    m_matrix->setSnapshot(nullptr);
    m_inspector->clear();
    m_runAction->setEnabled(m_pipeline.has_value());
    addRecentFile(info.absoluteFilePath());
    updateTitle();
    updateTotals();
    if (m_workspace && !m_workspace->primaryRuns().empty())
        m_loader->load(m_workspacePath, 0, true);
    return true;
}

void MainWindow::applySnapshot(RunSnapshotPtr snapshot)
{
    // A workspace opened alone shows the pipeline version of its newest run.
    if (!m_pipeline)
        m_pipeline = snapshot->pipeline;
    m_snapshot = snapshot;
    m_graphModel->setSnapshot(snapshot);
    m_examples->setSnapshot(snapshot);
    m_matrix->setSnapshot(snapshot);
    m_analysis->setSnapshot(snapshot);
    m_analysis->setCanAnalyze(!m_analysisJob->isRunning());
    m_analyzeAction->setEnabled(!m_analysisJob->isRunning());
    m_proposeAction->setEnabled(!m_optimizeJob->isRunning());
    m_review->setCanOptimize(!m_optimizeJob->isRunning());
    refreshReview();
    if (!m_pendingExample.isEmpty()) {
        m_examples->selectExample(m_pendingExample);
        m_pendingExample.clear();
    }
    m_compare->setCurrent(m_workspacePath, snapshot);
    m_runAction->setEnabled(!m_pipelinePath.isEmpty());
    updateTitle();
    updateTotals();
    updateInspector();
    Q_EMIT snapshotLoaded();
}

void MainWindow::selectStep(const QString& step)
{
    m_selectedStep = step;
    m_scene->selectStep(step);
    updateInspector();
}

void MainWindow::updateInspector()
{
    const QString exampleId = m_examples->currentExample();
    m_compare->showStepDiff(exampleId, m_selectedStep);
    if (!m_snapshot || !m_workspace || exampleId.isEmpty() || m_selectedStep.isEmpty()) {
        m_inspector->clear();
        return;
    }
    const Step* step = m_snapshot->pipeline.step(m_selectedStep);
    const auto examples = m_workspace->examples(m_snapshot->run.datasetId, exampleId);
    if (!step || examples.empty()) {
        m_inspector->clear();
        return;
    }
    std::map<QString, StepRecord> records; // without the step's own record it shows as "not run"
    for (StepRecord& r : m_workspace->stepRecords(m_snapshot->run.id, exampleId))
        records[r.stepId] = std::move(r);
    m_inspector->showStep(*step, examples.front(), records);
}

void MainWindow::updateTitle()
{
    QString name = m_pipeline ? m_pipeline->name : QString();
    if (name.isEmpty() && !m_workspacePath.isEmpty())
        name = QFileInfo(m_workspacePath).fileName();
    setWindowTitle(name.isEmpty() ? tr("FAPO Studio") : tr("%1 — FAPO Studio").arg(name));
}

void MainWindow::updateTotals()
{
    if (!m_snapshot) {
        // Built from the actions, so the hint follows the menus and the user's shortcut names.
        const auto hint = [](const QAction* a) {
            return tr("%1 (%2)").arg(a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText));
        };
        m_totals->setText(m_pipeline ? tr("No run yet: %1").arg(hint(m_runAction))
                                     : tr("Open a pipeline or workspace: %1, or drop one here").arg(hint(m_openAction)));
        return;
    }
    const RunTotals& t = m_snapshot->totals;
    const QLocale locale;
    // One phrase per figure, so each count gets its language's plural form.
    const QStringList parts {
        tr("Run %1 (%2)").arg(m_snapshot->run.id).arg(runStatusText(m_snapshot->run.status)),
        tr("%n example(s)", nullptr, int(t.examples)),
        tr("%1 passed").arg(t.passed),
        tr("%1 failed").arg(t.failed),
        tr("%n error(s)", nullptr, int(t.errors)),
        tr("score %1").arg(locale.toString(t.score, 'f', 3)),
        tr("%n model call(s)", nullptr, int(t.calls + t.cacheHits)),
        tr("%1 tokens billed").arg(locale.toString(t.inputTokens + t.outputTokens)),
        formatUsd(t.costUsd),
    };
    m_totals->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

bool MainWindow::runDataset(const QString& datasetPath, QString* error)
{
    QString why;
    Diagnostics diags;
    std::optional<Dataset> dataset;
    if (!m_pipeline || m_pipelinePath.isEmpty())
        why = tr("Open a pipeline file first.");
    else if ((dataset = loadDataset(datasetPath, &diags)))
        checkDatasetAgainstPipeline(*dataset, *m_pipeline, &diags);
    if (why.isEmpty() && hasErrors(diags)) {
        QStringList lines;
        for (const Diagnostic& d : diags)
            lines << d.toLocalizedString();
        why = lines.join(QLatin1Char('\n'));
    }
    RunOptions options;
    if (why.isEmpty() && !confirmCommandSteps(&options)) {
        why = tr("Not run: this pipeline's command steps run programs, and they were not trusted.");
        statusBar()->showMessage(why, 10000);
        if (error)
            *error = why;
        return false;
    }
    const ProviderEnvironment env = providerEnvironment(AppSettings::load(), m_keychainKeys.value(QStringLiteral("ANTHROPIC_API_KEY")),
                                                        m_keychainKeys.value(QStringLiteral("OPENAI_API_KEY")));
    if (why.isEmpty() && !m_run->start(*m_pipeline, *dataset, m_workspacePath, env, options, &why)) {
        // `why` says what stopped it
    }
    if (!why.isEmpty()) {
        showError(why);
        if (error)
            *error = why;
        return false;
    }
    m_runAction->setEnabled(false);
    m_progress->setRange(0, int(dataset->examples.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m examples"));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    return true;
}

bool MainWindow::confirmCommandSteps(RunOptions* options)
{
    QStringList programs;
    for (const Step& s : m_pipeline->steps)
        if (s.kind == StepKind::Command)
            programs << s.id + QStringLiteral(": ") + s.argv.join(QLatin1Char(' '));
    if (programs.isEmpty())
        return true;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(m_pipeline->source, QCryptographicHash::Sha256).toHex());
    if (m_workspace && m_workspace->isTrusted(hash))
        return true;
    // A decision the user takes once per pipeline file; it is recorded in the workspace by the run.
    QMessageBox box(QMessageBox::Question, tr("Run programs?"),
                    tr("This pipeline runs programs on this computer:\n\n%1\n\nRun them only if you trust this pipeline file.")
                        .arg(programs.join(QLatin1Char('\n'))),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    if (QApplication::platformName() == QLatin1String("offscreen") || box.exec() != QMessageBox::Yes)
        return false;
    options->trustCommands = true;
    return true;
}

void MainWindow::onRunProgress(const RunProgress& progress)
{
    m_progress->setRange(0, progress.total);
    m_progress->setValue(progress.finished);
}

void MainWindow::onRunFinished(const RunOutcome& outcome)
{
    m_progress->hide();
    m_cancel->hide();
    m_runAction->setEnabled(true);
    if (outcome.status == QLatin1String("failed"))
        showError(outcome.error);
    else
        statusBar()->showMessage(tr("Run %1: %2").arg(outcome.runId).arg(runStatusText(outcome.status)), 6000);
    m_workspace = Workspace::open(m_workspacePath, nullptr);
    m_loader->load(m_workspacePath, outcome.runId, true);
    Q_EMIT runFinished();
}

bool MainWindow::analyzeRun(QString* error)
{
    QString why;
    if (!m_snapshot)
        why = tr("Open a workspace with a run first.");
    AnalysisOptions options;
    if (m_snapshot)
        options.runId = m_snapshot->run.id;
    // The window asks before spending; this cap bounds what one "yes" can cost.
    options.budgetCalls = 200;
    const ProviderEnvironment env = providerEnvironment(AppSettings::load(), m_keychainKeys.value(QStringLiteral("ANTHROPIC_API_KEY")),
                                                        m_keychainKeys.value(QStringLiteral("OPENAI_API_KEY")));
    if (why.isEmpty())
        m_analysisJob->prepare(m_workspacePath, env, options, &why);
    if (!why.isEmpty()) {
        showError(why);
        if (error)
            *error = why;
        return false;
    }
    m_analyzeAction->setEnabled(false);
    m_analysis->setCanAnalyze(false);
    m_analysis->setBusy(true, tr("Applying rules…"), 0, 0);
    m_analysisDock->show();
    m_analysisDock->raise();
    return true;
}

void MainWindow::onAnalysisPrepared(const AnalysisEstimate& estimate)
{
    if (estimate.open == 0 || estimate.maxCalls == 0) {
        m_analysisJob->proceed(true); // nothing to spend
        return;
    }
    // Spending is the user's decision: say what the rules settled and what the rest may cost.
    const qint64 capped = std::min<qint64>(estimate.maxCalls, 200);
    QMessageBox box(QMessageBox::Question, tr("Spend model calls on the analysis?"),
                    tr("The rules settled %1 of %2 failed examples for free.\n\nFor the other %3, replaying steps with repaired "
                       "outputs and asking the critic model may make up to %4 model calls (about %5).")
                        .arg(estimate.settledByRules)
                        .arg(estimate.failed)
                        .arg(estimate.open)
                        .arg(capped)
                        .arg(formatUsd(estimate.maxUsd * double(capped) / double(std::max<qint64>(1, estimate.maxCalls)))),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton* spend = box.addButton(tr("Spend"), QMessageBox::AcceptRole);
    QPushButton* rulesOnly = box.addButton(tr("Rules Only"), QMessageBox::RejectRole);
    box.setDefaultButton(rulesOnly);
    if (QApplication::platformName() == QLatin1String("offscreen")) {
        m_analysisJob->proceed(false); // tests and renders never spend
        return;
    }
    box.exec();
    m_analysisJob->proceed(box.clickedButton() == spend);
}

void MainWindow::updateVerdict()
{
    const QString exampleId = m_examples->currentExample();
    if (!m_snapshot || !m_snapshot->analysis || !m_workspace || exampleId.isEmpty()) {
        m_analysis->setVerdict(exampleId, nullptr);
        return;
    }
    const auto verdicts = m_workspace->verdicts(m_snapshot->analysis->id, exampleId);
    m_analysis->setVerdict(exampleId, verdicts.empty() ? nullptr : &verdicts.front());
}

void MainWindow::refreshReview()
{
    if (!m_workspace) {
        m_review->setProposals({}, {});
        m_rounds->setRounds({});
        return;
    }
    std::vector<Proposal> proposals = m_workspace->proposals();
    std::map<qint64, std::vector<Decision>> decisions;
    for (const Proposal& p : proposals)
        decisions[p.id] = m_workspace->decisions(p.id);
    m_review->setProposals(std::move(proposals), std::move(decisions));
    m_rounds->setRounds(m_workspace->rounds());
}

bool MainWindow::decide(qint64 proposalId, const QString& decision, const QString& note)
{
    QString error;
    const QString who = currentUser();
    // Stored (committed) first; only then does the panel show it taken.
    const bool ok = m_workspace
        && (decision == QLatin1String("undone") ? m_workspace->recordDecision(proposalId, decision, who, note, &error)
                                                : decideProposal(*m_workspace, proposalId, decision, who, note, &error));
    if (!ok)
        showError(error.isEmpty() ? tr("Open a workspace first.") : error);
    refreshReview();
    m_review->selectProposal(proposalId);
    if (ok) {
        const auto p = m_workspace->proposal(proposalId);
        statusBar()->showMessage(decision == QLatin1String("approved")
                                     ? tr("Proposal %1 approved: pipeline version %2. Propose Rewrites starts the next round from it.")
                                           .arg(proposalId)
                                           .arg(p->newPipelineId)
                                     : decision == QLatin1String("rejected") ? tr("Proposal %1 rejected.").arg(proposalId)
                                                                             : tr("Decision on proposal %1 undone.").arg(proposalId),
                                 8000);
        Q_EMIT decisionStored(proposalId, decision);
    }
    return ok;
}

std::optional<Pipeline> MainWindow::currentVersion()
{
    std::optional<Pipeline> shown = m_pipeline ? m_pipeline : m_snapshot ? std::optional<Pipeline>(m_snapshot->pipeline) : std::nullopt;
    if (!shown || !m_workspace)
        return shown;
    // Approved rewrites are kept: the next round starts from the newest version they made.
    const qint64 latest = latestApprovedVersion(*m_workspace, m_workspace->storePipeline(*shown));
    auto version = m_workspace->pipelineVersion(latest, nullptr);
    if (version)
        version->path = shown->path;
    return version ? version : shown;
}

bool MainWindow::proposeRewrites(QString* error)
{
    QString why;
    const auto pipeline = currentVersion();
    const auto dataset = m_snapshot && m_workspace ? m_workspace->dataset(m_snapshot->run.datasetId) : std::nullopt;
    if (!pipeline || !dataset)
        why = tr("Open a workspace with a run first.");
    OptimizeOptions options;
    options.approve = QStringLiteral("none"); // in the window a person decides every proposal
    options.budgetCalls = 300;
    const ProviderEnvironment env = providerEnvironment(AppSettings::load(), m_keychainKeys.value(QStringLiteral("ANTHROPIC_API_KEY")),
                                                        m_keychainKeys.value(QStringLiteral("OPENAI_API_KEY")));
    if (why.isEmpty()) {
        // What a round may cost, before anything is spent.
        Optimizer probe(m_workspace.get(), *pipeline, *dataset, env, options);
        if (probe.prepare(&why)) {
            const OptimizeEstimate estimate = probe.estimate();
            QMessageBox box(QMessageBox::Question, tr("Propose rewrites?"),
                            tr("One round asks the optimizer model for %1 rewrites, checks them, and evaluates those that pass on "
                               "what they affect: up to %2 model calls (about %3 tokens, %4), capped at %5 calls.")
                                .arg(options.candidates)
                                .arg(estimate.calls)
                                .arg(QLocale().toString(estimate.tokens))
                                .arg(formatUsd(estimate.usd))
                                .arg(options.budgetCalls),
                            QMessageBox::Ok | QMessageBox::Cancel, this);
            box.setTextFormat(Qt::PlainText);
            if (QApplication::platformName() != QLatin1String("offscreen") && box.exec() != QMessageBox::Ok)
                return false;
        }
    }
    if (why.isEmpty())
        m_optimizeJob->start(*pipeline, *dataset, m_workspacePath, env, options, &why);
    if (!why.isEmpty()) {
        showError(why);
        if (error)
            *error = why;
        return false;
    }
    m_proposeAction->setEnabled(false);
    m_review->setBusy(true, tr("Starting a round…"));
    m_reviewDock->show();
    m_reviewDock->raise();
    return true;
}

qint64 MainWindow::editAndEvaluate(qint64 proposalId, const QString& newPrompt)
{
    const auto original = m_workspace ? m_workspace->proposal(proposalId) : std::nullopt;
    QString why;
    const auto pipeline = original ? m_workspace->pipelineVersion(original->pipelineId, &why) : std::nullopt;
    const auto run = original ? m_workspace->run(original->baselineRunId) : std::nullopt;
    const auto dataset = run ? m_workspace->dataset(run->datasetId) : std::nullopt;
    if (!pipeline || !dataset) {
        showError(why.isEmpty() ? tr("Proposal %1 cannot be edited: its run is not in the workspace.").arg(proposalId) : why);
        return 0;
    }
    Proposal edited = *original;
    edited.id = 0;
    edited.newPrompt = newPrompt;
    edited.rationale = tr("Edited by %1 from proposal %2. %3").arg(currentUser()).arg(proposalId).arg(original->rationale);
    edited.status = ProposalStatus::Pending;
    edited.reason.clear();
    edited.evidence = nlohmann::json::object();
    edited.evalRunId = 0;
    edited.evalScore.reset();
    edited.baselineScore.reset();
    edited.holdoutScore.reset();
    edited.holdoutBaseline.reset();
    edited.newPipelineId = 0;
    // The same checks as any rewrite, before any evaluation money is spent.
    const std::vector<ReviewCheck> checks = reviewProposal(*pipeline, edited, *dataset, m_workspace->proposals());
    edited.checks = toJson(checks);
    if (!allPassed(checks)) {
        edited.status = ProposalStatus::Blocked;
        edited.reason = firstFailure(checks);
    }
    edited.id = m_workspace->storeProposal(edited);
    refreshReview();
    m_review->selectProposal(edited.id);
    if (edited.status == ProposalStatus::Blocked) {
        showError(tr("Proposal %1 is blocked: %2").arg(edited.id).arg(edited.reason));
        return edited.id;
    }
    OptimizeOptions options;
    options.evaluateProposal = edited.id;
    options.approve = QStringLiteral("none");
    const ProviderEnvironment env = providerEnvironment(AppSettings::load(), m_keychainKeys.value(QStringLiteral("ANTHROPIC_API_KEY")),
                                                        m_keychainKeys.value(QStringLiteral("OPENAI_API_KEY")));
    if (!m_optimizeJob->start(*pipeline, *dataset, m_workspacePath, env, options, &why)) {
        showError(why);
        return edited.id;
    }
    m_review->setBusy(true, tr("Evaluating proposal %1…").arg(edited.id));
    return edited.id;
}

void MainWindow::onOptimizeFinished(const OptimizeOutcome& outcome)
{
    m_review->setBusy(false);
    m_proposeAction->setEnabled(true);
    if (outcome.status == QLatin1String("failed"))
        showError(outcome.error);
    else if (outcome.status == QLatin1String("nothing"))
        statusBar()->showMessage(tr("No failure starts at a step whose prompt may be rewritten."), 8000);
    else
        statusBar()->showMessage(
            outcome.notes.isEmpty() ? tr("Proposals are waiting in the Review panel.") : outcome.notes.join(QLatin1Char(' ')), 10000);
    refreshReview();
    Q_EMIT optimizeFinished(outcome.status);
}

void MainWindow::showView(View view)
{
    switch (view) {
    case View::Graph:
        m_view->setFocus();
        break;
    case View::Inspector:
        m_inspectorDock->show();
        m_inspectorDock->raise();
        break;
    case View::Review:
        m_reviewDock->show();
        m_reviewDock->raise();
        break;
    case View::Charts:
        m_chartTabs->setCurrentWidget(m_rounds->roundCount() > 0 ? static_cast<QWidget*>(m_rounds) : m_analysis);
        m_analysisDock->show();
        m_analysisDock->raise();
        resizeDocks({ m_analysisDock }, { std::max(340, height() * 2 / 5) }, Qt::Vertical);
        break;
    case View::Matrix:
        m_matrixDock->show();
        m_matrixDock->raise();
        break;
    case View::Compare:
        m_compareDock->show();
        m_compareDock->raise();
        break;
    }
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 10000);
    if (!isVisible() || QApplication::platformName() == QLatin1String("offscreen"))
        return; // no modal dialogs in offscreen renders and tests; the status bar says it
    QMessageBox box(QMessageBox::Warning, tr("FAPO Studio"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_keys, this);
    dialog.setKeychainKeys(m_keychainKeys);
    connect(&dialog, &SettingsDialog::keychainKeyChanged, this, [this](const QString& name, const QString& value) {
        if (value.isEmpty())
            m_keychainKeys.remove(name);
        else
            m_keychainKeys.insert(name, value);
    });
    dialog.exec();
}

void MainWindow::chooseAndImport()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Traces"), QString(), tr("Trace files (*.json *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        importTraces(path);
}

bool MainWindow::importTraces(const QString& path)
{
    // Parsing and storing run in a worker with their own workspace connection; the window opens the
    // workspace when the import is stored. Imports go into the open workspace, else FILE.fapo beside it.
    const QString target = m_workspacePath.isEmpty() ? workspaceFor(path) : m_workspacePath;
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    QPointer<MainWindow> self(this);
    QThread* worker = QThread::create([self, path, target] {
        QString error;
        std::optional<qint64> runId;
        if (const auto result = importTraceFile(path, &error)) {
            if (auto ws = Workspace::open(target, &error))
                runId = storeImport(*ws, *result, path, &error);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, runId, error, target] {
                if (!self)
                    return;
                if (!runId) {
                    self->showError(error);
                    Q_EMIT self->loadFailed(error);
                    return;
                }
                self->openFile(target);
                Q_EMIT self->importFinished(*runId);
            },
            Qt::QueuedConnection);
    });
    m_importThreads << worker;
    connect(worker, &QThread::finished, this, [this, worker] {
        m_importThreads.removeOne(worker);
        worker->deleteLater();
    });
    worker->start();
    return true;
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Pipeline or Workspace"), QString(),
                                                      tr("Pipelines and workspaces (*.json *.fapo);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseAndRun()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Run Dataset"), QFileInfo(m_pipelinePath).absolutePath(),
                                                      tr("Datasets (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        runDataset(path);
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), files.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& f : files)
        m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { openFile(f); })->setToolTip(f);
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_run->isRunning())
        m_run->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openFile(urls.first().toLocalFile());
}

} // namespace fapo
