#include "widgets/mainwindow.h"
#include "core/optimize/exporter.h"
#include "core/optimize/proposalevidence.h"
#include "widgets/listendialog.h"
#include "widgets/liveindicator.h"
#include "widgets/analysis/analysispanel.h"
#include "widgets/comparepanel.h"
#include "widgets/dialogprompter.h"
#include "widgets/examplespanel.h"
#include "widgets/failurematrixview.h"
#include "widgets/graph/graphscene.h"
#include "widgets/graph/graphview.h"
#include "widgets/inspector/stepinspector.h"
#include "widgets/keystore.h"
#include "widgets/review/decisioncommand.h"
#include "widgets/review/editpromptdialog.h"
#include "widgets/review/reviewpanel.h"
#include "widgets/review/roundschart.h"
#include "core/session/studiosession.h"
#include "widgets/settingsdialog.h"
#include "widgets/recentfiles.h"
#include "core/workspace/workspace.h"
#include "widgets/statusline.h"
#include "models/stepgraphmodel.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace fapo {

namespace {
constexpr int kMessageMs = 8000;
} // namespace

MainWindow::MainWindow(Mode mode, QWidget* parent)
    : QMainWindow(parent)
    , m_mode(mode)
    , m_prompter(mode == Mode::Attended ? std::unique_ptr<SessionPrompter>(new DialogPrompter(this)) : std::make_unique<FixedAnswers>())
    , m_session(new StudioSession(m_prompter.get(), this))
    , m_graphModel(new StepGraphModel(this))
    , m_scene(new GraphScene(m_graphModel, this))
    , m_view(new GraphView(m_scene, this))
    , m_examples(new ExamplesPanel(this))
    , m_matrix(new FailureMatrixView(this))
    , m_compare(new ComparePanel(this))
    , m_inspector(new StepInspector(this))
    , m_analysis(new AnalysisPanel(this))
    , m_review(new ReviewPanel(this))
    , m_rounds(new RoundsChart(this))
    , m_undo(new QUndoStack(this))
    , m_keys(new KeyStore(this))
    , m_status(new StatusLine(statusBar()))
    , m_live(new LiveIndicator(this))
{
    statusBar()->addPermanentWidget(m_live);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fapo-studio.svg")));
    setAcceptDrops(true);
    setCentralWidget(m_view);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createActions();
    createDocks();
    connectPanels();
    connectSession();

    // Keys in the system keychain are read once and held by the session in memory only.
    connect(m_keys, &KeyStore::keyRead, m_session, [this](const QString& name, const QString& value) {
        if (!value.isEmpty())
            m_session->setKeychainKey(name, value);
    });
    if (m_mode == Mode::Attended)
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
    delete m_session; // its jobs end (and are joined) while the views they report to still exist
}

RunSnapshotPtr MainWindow::snapshot() const { return m_session->snapshot(); }

// What the person does in the panels, turned into the session's work or another panel's view.
void MainWindow::connectPanels()
{
    connect(m_status, &StatusLine::cancelRequested, m_session, &StudioSession::cancelRun);
    connect(m_live, &LiveIndicator::stopRequested, this, &MainWindow::stopListening);
    connect(m_analysis, &AnalysisPanel::analyzeRequested, this, [this] { analyzeRun(); });
    connect(m_analysis, &AnalysisPanel::cancelRequested, m_session, &StudioSession::cancelAnalysis);
    connect(m_analysis, &AnalysisPanel::stepActivated, this, &MainWindow::selectStep);
    connect(m_analysis, &AnalysisPanel::clusterActivated, this, [this](const QString& step) {
        m_examples->filterByOrigin(step);
        raiseDock(m_examplesDock);
        m_examples->selectFirstFailure();
        selectStep(step);
    });
    connect(m_review, &ReviewPanel::decisionRequested, this, [this](qint64 id, DecisionAction decision, const QString& note) {
        if (id > 0)
            m_undo->push(new DecisionCommand(id, decision, [this, id, note, decision](DecisionAction d) {
                // Taken only from the status this window showed: pending, or (to undo) what this decision made.
                const ProposalStatus seen = d != DecisionAction::Undone ? ProposalStatus::Pending
                    : decision == DecisionAction::Rejected              ? ProposalStatus::Rejected
                                                                        : ProposalStatus::Approved;
                return decide(id, d, note, seen);
            }));
    });
    connect(m_review, &ReviewPanel::optimizeRequested, this, [this] { proposeRewrites(); });
    connect(m_review, &ReviewPanel::cancelRequested, m_session, &StudioSession::cancelRewrites);
    m_review->setVersionResolver([this](const Proposal& p) { return m_session->proposalVersions(p); });
    connect(m_review, &ReviewPanel::editRequested, this, [this](qint64 id) {
        const auto p = m_session->proposal(id);
        if (!p)
            return;
        // A parameter proposal is edited as its value ("3", "big"), a structural one as its edit's JSON, a
        // rewrite as its prompt.
        const QString text = p->level == FixLevel::Parameter ? valueText(p->newValue)
            : p->level == FixLevel::Structure                ? QString::fromStdString(p->newValue.dump(2))
                                                             : p->newPrompt;
        if (const auto prompt = editProposedPrompt(this, id, text))
            editAndEvaluate(id, *prompt);
    });
    connect(m_review, &ReviewPanel::exampleRequested, this, [this](const QString& exampleId, qint64 runId) {
        // The evaluation run, with the baseline it came from in Compare Runs: the example in both.
        if (runId <= 0)
            return;
        m_pendingExample = exampleId;
        m_session->showRun(runId);
        raiseDock(m_compareDock);
    });
    connect(m_scene, &GraphScene::stepSelected, this, &MainWindow::selectStep);
    connect(m_inspector, &StepInspector::stepRequested, this, &MainWindow::selectStep);
    connect(m_examples, &ExamplesPanel::exampleSelected, this, [this](const QString& id) {
        m_graphModel->setSelectedExample(id);
        const RunSnapshotPtr s = snapshot();
        const int row = s ? s->exampleIndex(id) : -1;
        // Selecting a failing example jumps to the step where its failure starts.
        if (row >= 0 && !s->examples[size_t(row)].origin.isEmpty())
            selectStep(s->examples[size_t(row)].origin);
        else
            updateInspector();
        updateVerdict();
    });
    connect(m_matrix, &FailureMatrixView::cellChosen, this, [this](const QString& example, const QString& step) {
        m_examples->selectExample(example);
        selectStep(step);
    });
    connect(m_compare, &ComparePanel::exampleActivated, m_examples, &ExamplesPanel::selectExample);
    connect(m_examples, &ExamplesPanel::inspectRequested, this, [this] { raiseDock(m_inspectorDock); });
}

// What the session says, shown.
void MainWindow::connectSession()
{
    StudioSession* s = m_session;
    connect(s, &StudioSession::opened, this, &MainWindow::onOpened);
    connect(s, &StudioSession::openFailed, this, &MainWindow::showError);
    connect(s, &StudioSession::snapshotLoaded, this, &MainWindow::applySnapshot);
    connect(s, &StudioSession::previewsLoaded, m_examples, &ExamplesPanel::setPreviews);
    connect(s, &StudioSession::loadFailed, this, [this](const QString& m) { statusBar()->showMessage(m, kMessageMs); });
    connect(s, &StudioSession::message, this, [this](const QString& m) { statusBar()->showMessage(m, kMessageMs); });
    connect(s, &StudioSession::busyChanged, this, &MainWindow::updateActions);
    connect(s, &StudioSession::runStarted, m_status, &StatusLine::startProgress);
    connect(s, &StudioSession::runProgress, this, [this](const RunProgress& p) {
        m_status->setProgress(p.finished, p.total);
        m_status->setBatches(p.batches);
    });
    connect(s, &StudioSession::runFinished, this, [this](const RunOutcome& outcome) {
        m_status->stopProgress();
        if (outcome.status == RunStatus::Failed)
            showError(outcome.error);
    });
    connect(s, &StudioSession::runFailed, this, [this](const QString& message) {
        m_status->stopProgress();
        showError(message);
    });
    connect(s, &StudioSession::importFailed, this, &MainWindow::showError);
    connect(s, &StudioSession::listening, this, [this](const QUrl& url) {
        m_live->setListening(url);
        updateActions();
    });
    connect(s, &StudioSession::liveTraffic, m_live, &LiveIndicator::setTraffic);
    connect(s, &StudioSession::listenFailed, this, [this](const QString& message) {
        updateActions();
        showError(message);
    });
    connect(s, &StudioSession::listenStopped, this, [this](qint64 spans) {
        m_live->setStopped();
        updateActions();
        statusBar()->showMessage(tr("Stopped listening: %n span(s) received and stored.", nullptr, int(std::min<qint64>(spans, INT_MAX))),
                                 kMessageMs);
    });
    connect(s, &StudioSession::analysisStarted, this, [this] {
        m_analysis->showProgress(AnalysisProgress {});
        raiseDock(m_analysisDock);
    });
    connect(s, &StudioSession::analysisProgress, m_analysis, &AnalysisPanel::showProgress);
    connect(s, &StudioSession::analysisFailed, this, &MainWindow::showError);
    connect(s, &StudioSession::optimizeStarted, this, [this](const QString& message) {
        m_review->setBusy(true, message);
        raiseDock(m_reviewDock);
    });
    connect(s, &StudioSession::optimizeProgress, this, [this](const QString& message) { m_review->setBusy(true, message); });
    connect(s, &StudioSession::optimizeFinished, this, [this](const OptimizeOutcome& outcome) {
        if (outcome.status == RoundStatus::Failed)
            showError(outcome.error);
    });
    connect(s, &StudioSession::reviewChanged, this, &MainWindow::refreshReview);
}

bool MainWindow::shown(bool ok, const QString& why, QString* error)
{
    if (!ok && !why.isEmpty())
        showError(why);
    if (error)
        *error = why;
    return ok;
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    QString why;
    return shown(m_session->open(path, &why), why, error);
}

void MainWindow::openFileInBackground(const QString& path) { m_session->openInBackground(path); }

bool MainWindow::runDataset(const QString& datasetPath, QString* error, const RunChoices& choices)
{
    QString why;
    return shown(m_session->runDataset(datasetPath, &why, choices), why, error);
}

bool MainWindow::importTraces(const QString& path, QString* error)
{
    QString why;
    return shown(m_session->importTraces(path, &why), why, error);
}

bool MainWindow::exportAccepted(const QString& outDir, QString* error)
{
    QString why;
    ExportSummary summary;
    return shown(m_session->exportAccepted(outDir, &summary, &why), why, error);
}

bool MainWindow::listenForTraces(const ReceiverOptions& options, const QString& workspacePath, QString* error)
{
    QString why;
    const bool ok = shown(m_session->listenForTraces(options, workspacePath, &why), why, error);
    updateActions();
    return ok;
}

void MainWindow::stopListening() { m_session->stopListening(); }

void MainWindow::askForTeamWorkspace()
{
    bool ok = false;
    const QString current = isWorkspaceUrl(m_session->workspacePath()) ? m_session->workspacePath() : QString();
    const QString url = QInputDialog::getText(this, tr("Open Team Workspace"),
                                              tr("A PostgreSQL database shared by the team, as postgresql://USER@HOST:PORT/DATABASE.\n"
                                                 "The password comes from PGPASSWORD or ~/.pgpass; it is never stored by FAPO Studio."),
                                              QLineEdit::Normal, current.isEmpty() ? QStringLiteral("postgresql://") : current, &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!isWorkspaceUrl(url)) {
        showError(tr("\"%1\" is not a postgresql:// URL").arg(url));
        return;
    }
    openFileInBackground(url);
}

void MainWindow::askToListen()
{
    if (m_session->isListening()) {
        stopListening();
        return;
    }
    ListenDialog dialog(m_session->workspacePath().isEmpty(), this);
    if (dialog.exec() == QDialog::Accepted)
        listenForTraces(dialog.options(), dialog.workspacePath());
}

bool MainWindow::analyzeRun(QString* error)
{
    QString why;
    return shown(m_session->analyze(&why), why, error);
}

bool MainWindow::proposeRewrites(QString* error)
{
    QString why;
    return shown(m_session->proposeRewrites(&why), why, error);
}

bool MainWindow::decide(qint64 proposalId, DecisionAction decision, const QString& note, std::optional<ProposalStatus> seen)
{
    QString why;
    return shown(m_session->decide(proposalId, decision, note, &why, seen), why, nullptr);
}

bool MainWindow::editAndEvaluate(qint64 proposalId, const QString& newPrompt)
{
    QString why;
    return shown(m_session->editAndEvaluate(proposalId, newPrompt, &why), why, nullptr); // a blocked edit says why when it ends
}

void MainWindow::onOpened()
{
    if (const auto& pipeline = m_session->pipeline())
        m_graphModel->setPipeline(*pipeline);
    m_examples->setSnapshot(nullptr);
    m_analysis->setSnapshot(nullptr);
    m_matrix->setSnapshot(nullptr);
    m_inspector->clear();
    m_undo->clear();
    m_recent->add(m_session->pipelinePath().isEmpty() ? m_session->workspacePath() : m_session->pipelinePath());
    updateActions();
    updateTitle();
    updateTotals();
}

void MainWindow::applySnapshot(const RunSnapshotPtr& snapshot)
{
    m_graphModel->setSnapshot(snapshot);
    m_examples->setSnapshot(snapshot);
    m_matrix->setSnapshot(snapshot);
    m_analysis->setSnapshot(snapshot);
    if (!m_pendingExample.isEmpty())
        m_examples->selectExample(std::exchange(m_pendingExample, QString()));
    m_compare->setCurrent(m_session);
    updateActions();
    updateTitle();
    updateTotals();
    updateInspector();
}

void MainWindow::updateActions()
{
    const bool hasRun = snapshot() != nullptr;
    m_runAction->setEnabled(!m_session->pipelinePath().isEmpty() && !m_session->isRunning());
    m_analyzeAction->setEnabled(hasRun && !m_session->isAnalyzing());
    m_proposeAction->setEnabled(hasRun && !m_session->isOptimizing());
    m_exportAction->setEnabled(m_session->workspace() != nullptr);
    m_listenAction->setText(m_session->isListening() ? tr("Stop &Listening for Traces") : tr("&Listen for Traces…"));
    m_analysis->setCanAnalyze(m_analyzeAction->isEnabled());
    if (!m_session->isAnalyzing())
        m_analysis->setBusy(false);
    m_review->setCanOptimize(m_proposeAction->isEnabled());
    if (!m_session->isOptimizing())
        m_review->setBusy(false);
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
    m_matrix->showCell(exampleId, m_selectedStep);
    const RunSnapshotPtr s = snapshot();
    const Step* step = s ? s->pipeline.step(m_selectedStep) : nullptr;
    const auto example = step ? m_session->exampleRecords(exampleId) : std::nullopt;
    if (example) { // without the step's own record it shows as "not run"
        ExampleOutcome outcome;
        if (const int row = s->exampleIndex(exampleId), column = int(s->steps.indexOf(m_selectedStep)); row >= 0 && column >= 0) {
            const ExampleRow& r = s->examples[size_t(row)];
            outcome.verdict = { s->role(size_t(row), column), r.origin, r.method, r.failureClass };
            outcome.failed = r.status != ExampleStatus::Passed;
        }
        if (outcome.failed)
            outcome.analysis = verdictOf(exampleId);
        if (step->id == s->pipeline.output && example->result) {
            const auto output = example->records.find(step->id);
            outcome.answer = compareAnswer(s->pipeline, example->example, *example->result,
                                           output == example->records.end() ? nullptr : &output->second);
        }
        m_inspector->showStep(*step, example->example, example->records, outcome);
    } else
        m_inspector->clear();
}

std::optional<Verdict> MainWindow::verdictOf(const QString& exampleId)
{
    const RunSnapshotPtr s = snapshot();
    if (m_lastVerdict.snapshot.lock() != s || m_lastVerdict.exampleId != exampleId)
        m_lastVerdict = { s, exampleId, m_session->verdict(exampleId) };
    return m_lastVerdict.verdict;
}

void MainWindow::updateVerdict()
{
    const QString exampleId = m_examples->currentExample();
    const auto verdict = verdictOf(exampleId);
    m_analysis->setVerdict(exampleId, verdict ? &*verdict : nullptr);
}

void MainWindow::updateTitle()
{
    QString name = m_session->pipeline() ? m_session->pipeline()->name : QString();
    if (name.isEmpty() && !m_session->workspacePath().isEmpty())
        name = QFileInfo(m_session->workspacePath()).fileName();
    setWindowTitle(name.isEmpty() ? tr("FAPO Studio") : tr("%1 — FAPO Studio").arg(name));
}

void MainWindow::updateTotals()
{
    // Built from the actions, so the hint follows the menus and the user's shortcut names.
    const auto hint = [](const QAction* a) {
        return tr("%1 (%2)").arg(a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText));
    };
    m_status->showTotals(snapshot().get(),
                         m_session->pipeline() ? tr("No run yet: %1").arg(hint(m_runAction))
                                               : tr("Open a pipeline or workspace: %1, or drop one here").arg(hint(m_openAction)));
}

void MainWindow::refreshReview(qint64 selectProposal)
{
    ReviewState state = m_session->reviewState();
    m_rounds->setRounds(std::move(state.rounds));
    m_review->setProposals(std::move(state.proposals), std::move(state.decisions));
    if (selectProposal > 0)
        m_review->selectProposal(selectProposal);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 10000);
    if (m_mode == Mode::Unattended || !isVisible())
        return; // nobody to click a dialog away; the status bar says it
    QMessageBox box(QMessageBox::Warning, tr("FAPO Studio"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_keys, this);
    dialog.setKeychainKeys(m_session->keychainKeys());
    connect(&dialog, &SettingsDialog::keychainKeyChanged, m_session, &StudioSession::setKeychainKey);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_session->cancelRun();
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
        openFileInBackground(urls.first().toLocalFile());
}

} // namespace fapo
