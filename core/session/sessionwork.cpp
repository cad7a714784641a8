// The session's long work: each runs in a Job on a worker thread with its own workspace connection,
// and reports back through the session's signals. The person is asked (SessionPrompter) before a run
// starts programs, before an analysis spends and before a round of rewrites starts.
#include "core/formats/dataset.h"
#include "core/import/importstore.h"
#include "core/import/unfinishedimports.h"
#include "core/import/traceimport.h"
#include "core/jobs/job.h"
#include "core/optimize/decisions.h"
#include "core/optimize/proposaledit.h"
#include "core/run/commandtrust.h"
#include "core/runview/snapshotloader.h"
#include "core/runview/statustexts.h"
#include "core/session/sessionprompter.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"
#include <QFileInfo>

namespace fapo {

namespace {
bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

OptimizeOutcome failedOutcome(const QString& error)
{
    OptimizeOutcome outcome;
    outcome.status = RoundStatus::Failed;
    outcome.error = error;
    return outcome;
}

// Progress and the end of an optimizer's work, back to the session.
void report(Optimizer* optimizer, JobScope& scope, StudioSession* session, std::function<void(const OptimizeOutcome&)> done)
{
    scope.onCancel([optimizer] { optimizer->cancel(); });
    QObject::connect(optimizer, &Optimizer::progress, &scope, [&scope, session](const QString& message) {
        scope.deliver([session, message] { Q_EMIT session->optimizeProgress(message); });
    });
    QObject::connect(optimizer, &Optimizer::finished, &scope,
                     [&scope, done](const OptimizeOutcome& outcome) { scope.finish([done, outcome] { done(outcome); }); });
}
} // namespace

bool StudioSession::isRunning() const { return m_runJob->isRunning(); }
bool StudioSession::isAnalyzing() const { return m_analysisJob->isRunning(); }
bool StudioSession::isOptimizing() const { return m_optimizeJob->isRunning(); }
void StudioSession::cancelRun() { m_runJob->cancel(); }
void StudioSession::cancelAnalysis() { m_analysisJob->cancel(); }
void StudioSession::cancelRewrites() { m_optimizeJob->cancel(); }

bool StudioSession::runDataset(const QString& datasetPath, QString* error, const RunChoices& choices)
{
    if (!m_pipeline || m_pipelinePath.isEmpty())
        return fail(error, tr("Open a pipeline file first."));
    if (isRunning())
        return fail(error, tr("A run is already in progress."));
    Diagnostics diags;
    std::optional<Dataset> dataset = loadDataset(datasetPath, &diags);
    if (dataset)
        checkDatasetAgainstPipeline(*dataset, *m_pipeline, &diags);
    if (!dataset || hasErrors(diags))
        return fail(error, localizedLines(diags));
    RunOptions options;
    options.batch = choices.batch;
    options.batchPollMs = choices.batchPollMs;
    const QStringList programs = commandPrograms(*m_pipeline);
    if (!programs.isEmpty() && !(m_workspace && commandsTrusted(*m_workspace, *m_pipeline))) {
        // Asked once per pipeline file; the run records the decision in the workspace.
        if (!m_prompter->trustCommands(programs))
            return fail(error, tr("Not run: this pipeline runs programs on this computer, and they were not trusted."));
        options.trustCommands = true;
    }
    const int examples = int(dataset->examples.size());
    // Preparing (indexing a corpus, opening providers) happens on the worker too.
    m_runJob->start(m_workspacePath,
                    [this, pipeline = *m_pipeline, dataset = std::move(*dataset), env = providerEnvironment(), options](JobScope& scope) {
                        QString why = scope.openError();
                        auto* runner = scope.workspace() ? new Runner(pipeline, dataset, scope.workspace(), env, options, &scope) : nullptr;
                        if (!runner || !runner->prepare(&why))
                            return scope.finish([this, why] { Q_EMIT runFailed(why); });
                        scope.onCancel([runner] { runner->cancel(); });
                        connect(runner, &Runner::progress, &scope,
                                [this, &scope](const RunProgress& p) { scope.deliver([this, p] { Q_EMIT runProgress(p); }); });
                        connect(runner, &Runner::finished, &scope, [this, &scope](const RunOutcome& outcome) {
                            scope.finish([this, outcome] {
                                if (outcome.status != RunStatus::Failed)
                                    Q_EMIT message(tr("Run %1: %2").arg(outcome.runId).arg(runStatusText(outcome.status)));
                                if (!m_workspace) // the run made the workspace
                                    m_workspace = Workspace::open(m_workspacePath, nullptr);
                                showRun(outcome.runId);
                                Q_EMIT runFinished(outcome);
                            });
                        });
                        runner->start();
                    });
    Q_EMIT runStarted(examples);
    return true;
}

bool StudioSession::importTraces(const QString& path, QString* error)
{
    if (!QFileInfo(path).isFile())
        return fail(error, tr("%1: no such file").arg(path));
    // Into the open workspace, else FILE.fapo beside the export; it is opened once the import is stored.
    const QString target = m_workspacePath.isEmpty() ? defaultWorkspacePath(path) : m_workspacePath;
    m_importJob->start(target, [this, path, target](JobScope& scope) {
        QString why = scope.openError();
        std::optional<qint64> runId;
        if (scope.workspace())
            if (const auto result = importTraceFile(path, &why, nullptr, SpanAttributes::Drop)) { // storing reads no attributes
                // What killed imports left half-stored is of no use in the window and only grows the file.
                settleUnfinishedImports(*scope.workspace(), UnfinishedImports::Remove);
                runId = storeImport(*scope.workspace(), *result, path, &why);
            }
        scope.finish([this, runId, why, target] {
            QString openError;
            if (!runId)
                Q_EMIT importFailed(why);
            else if (!open(target, &openError))
                Q_EMIT importFailed(openError);
            else
                Q_EMIT importFinished(*runId);
        });
    });
    Q_EMIT message(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    return true;
}

bool StudioSession::analyze(QString* error)
{
    if (!m_snapshot)
        return fail(error, tr("Open a workspace with a run first."));
    if (isAnalyzing())
        return fail(error, tr("An analysis is already in progress."));
    AnalysisOptions options;
    options.runId = m_snapshot->run.id;
    options.budgetCalls = kAnalysisBudgetCalls;
    // Two phases: the rules first (free), then, once the person has said so, replay and the critic.
    m_analysisJob->start(m_workspacePath, [this, env = providerEnvironment(), options](JobScope& scope) {
        QString why = scope.openError();
        auto* analyzer = scope.workspace() ? new Analyzer(scope.workspace(), env, options, &scope) : nullptr;
        if (!analyzer || !analyzer->prepare(&why))
            return scope.finish([this, why] { Q_EMIT analysisFailed(why); });
        scope.onCancel([analyzer] { analyzer->cancel(); });
        connect(analyzer, &Analyzer::progress, &scope,
                [this, &scope](const AnalysisProgress& p) { scope.deliver([this, p] { Q_EMIT analysisProgress(p); }); });
        connect(analyzer, &Analyzer::finished, &scope, [this, &scope](const AnalysisOutcome& outcome) {
            scope.finish([this, outcome] {
                if (outcome.status == RunStatus::Failed) {
                    Q_EMIT analysisFailed(outcome.error);
                    return;
                }
                Q_EMIT message(tr("Analysis %1 stored; the graph now shows where each failure starts.").arg(outcome.analysisId));
                m_announceAnalysis = outcome.analysisId;
                showRun(m_snapshot ? m_snapshot->run.id : 0);
            });
        });
        scope.deliver([this, estimate = analyzer->estimate()] {
            bool spend = true; // nothing left to spend on
            if (estimate.open > 0 && estimate.maxCalls > 0) {
                const qint64 calls = std::min<qint64>(estimate.maxCalls, kAnalysisBudgetCalls);
                spend = m_prompter->spendOnAnalysis(estimate, calls, estimate.maxUsd * double(calls) / double(estimate.maxCalls));
            }
            m_analysisJob->post([spend](JobScope& s) {
                if (auto* a = s.findChild<Analyzer*>(QString(), Qt::FindDirectChildrenOnly)) {
                    a->allowSpending(spend);
                    a->start();
                }
            });
        });
    });
    Q_EMIT analysisStarted();
    return true;
}

bool StudioSession::proposeRewrites(QString* error)
{
    if (!m_snapshot || !m_workspace)
        return fail(error, tr("Open a workspace with a run first."));
    if (isOptimizing())
        return fail(error, tr("A round of rewrites is already in progress."));
    const Pipeline shown = m_pipeline ? *m_pipeline : m_snapshot->pipeline;
    OptimizeOptions options;
    options.approve = ApproveMode::None; // in the session a person decides every proposal
    options.budgetCalls = kRoundBudgetCalls;
    m_optimizeJob->start(m_workspacePath,
                         [this, shown, datasetId = m_snapshot->run.datasetId, env = providerEnvironment(), options](JobScope& scope) {
                             QString why = scope.openError();
                             Workspace* ws = scope.workspace();
                             const auto dataset = ws ? ws->dataset(datasetId) : std::nullopt;
                             if (ws && !dataset)
                                 why = tr("Open a workspace with a run first.");
                             // Approved rewrites are kept: the round starts from the newest version they made.
                             const auto pipeline = dataset ? versionToContinueFrom(*ws, shown, &why) : std::nullopt;
                             auto* optimizer = pipeline ? new Optimizer(ws, *pipeline, *dataset, env, options, &scope) : nullptr;
                             if (!optimizer || !optimizer->prepare(&why))
                                 return scope.finish([this, why] { onOptimizeFinished(failedOutcome(why)); });
                             report(optimizer, scope, this, [this](const OptimizeOutcome& outcome) { onOptimizeFinished(outcome); });
                             // What a round may cost, before anything is spent.
                             scope.deliver([this, estimate = optimizer->estimate(), options] {
                                 const bool go = m_prompter->proposeRound(estimate, options);
                                 m_optimizeJob->post([this, go](JobScope& s) {
                                     auto* prepared = s.findChild<Optimizer*>(QString(), Qt::FindDirectChildrenOnly);
                                     if (prepared && go)
                                         return prepared->start();
                                     OptimizeOutcome declined;
                                     declined.status = RoundStatus::Declined;
                                     s.finish([this, declined] { onOptimizeFinished(declined); });
                                 });
                             });
                         });
    Q_EMIT optimizeStarted(tr("Starting a round…"));
    return true;
}

bool StudioSession::editAndEvaluate(qint64 proposalId, const QString& newPrompt, QString* error)
{
    if (!m_workspace)
        return fail(error, tr("Open a workspace first."));
    if (isOptimizing())
        return fail(error, tr("A round of rewrites is already in progress."));
    m_optimizeJob->start(m_workspacePath, [this, proposalId, newPrompt, who = currentUser(), env = providerEnvironment()](JobScope& scope) {
        // The same checks as any rewrite (over the dataset, so here), before any evaluation money is spent.
        QString why = scope.openError();
        const auto edited = scope.workspace() ? storeEditedProposal(*scope.workspace(), proposalId, newPrompt, who, &why) : std::nullopt;
        if (!edited)
            return scope.finish([this, why] { onOptimizeFinished(failedOutcome(why)); });
        const qint64 id = edited->proposal.id;
        scope.deliver([this, id] {
            Q_EMIT proposalEdited(id);
            Q_EMIT reviewChanged(id);
        });
        if (edited->proposal.status == ProposalStatus::Blocked) {
            const QString blocked = tr("Proposal %1 is blocked: %2").arg(id).arg(edited->proposal.reason);
            return scope.finish([this, blocked] { onOptimizeFinished(failedOutcome(blocked)); });
        }
        OptimizeOptions options;
        options.evaluateProposal = id;
        options.approve = ApproveMode::None;
        auto* optimizer = new Optimizer(scope.workspace(), edited->pipeline, edited->dataset, env, options, &scope);
        QString cannot;
        if (!optimizer->prepare(&cannot))
            return scope.finish([this, cannot] { onOptimizeFinished(failedOutcome(cannot)); });
        scope.deliver([this, id] { Q_EMIT optimizeProgress(tr("Evaluating proposal %1…").arg(id)); });
        report(optimizer, scope, this, [this](const OptimizeOutcome& outcome) { onOptimizeFinished(outcome); });
        optimizer->start();
    });
    Q_EMIT optimizeStarted(tr("Checking the edited prompt of proposal %1…").arg(proposalId));
    return true;
}

void StudioSession::onOptimizeFinished(const OptimizeOutcome& outcome)
{
    if (outcome.status == RoundStatus::Nothing)
        Q_EMIT message(tr("No failure starts at a step whose prompt may be rewritten."));
    else if (outcome.status == RoundStatus::Declined)
        Q_EMIT message(tr("No round started; nothing was spent."));
    else if (outcome.status != RoundStatus::Failed)
        Q_EMIT message(outcome.notes.isEmpty() ? tr("Proposals are waiting in the Review panel.") : outcome.notes.join(QLatin1Char(' ')));
    Q_EMIT reviewChanged(0);
    Q_EMIT optimizeFinished(outcome);
}

} // namespace fapo
