// The session's state: what is open and on show, keys and environment, and the review queue.
// Its long work (runs, imports, analyses, rewrite rounds) is in sessionwork.cpp.
#include "core/session/studiosession.h"
#include "core/optimize/pipelineedit.h"
#include "core/optimize/exporter.h"
#include "core/formats/pipelineloader.h"
#include "core/jobs/job.h"
#include "core/optimize/decisions.h"
#include "core/runview/snapshotloader.h"
#include "core/session/appsettings.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspacewatcher.h"
#include <QFileInfo>
#include <QTimer>

namespace fapo {

StudioSession::StudioSession(SessionPrompter* prompter, QObject* parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_loader(new SnapshotLoader(this))
    , m_runJob(new Job(this))
    , m_importJob(new Job(this, Job::Delivery::Every))
    , m_openJob(new Job(this))
    , m_analysisJob(new Job(this))
    , m_optimizeJob(new Job(this))
    , m_listenJob(new Job(this))
    , m_liveReload(new QTimer(this))
    , m_teamRefresh(new QTimer(this))
{
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<RunOutcome>();
    qRegisterMetaType<AnalysisProgress>();
    qRegisterMetaType<OptimizeOutcome>();
    connect(m_loader, &SnapshotLoader::loaded, this, &StudioSession::applySnapshot);
    connect(m_loader, &SnapshotLoader::previewsLoaded, this, &StudioSession::previewsLoaded);
    connect(m_loader, &SnapshotLoader::failed, this, &StudioSession::loadFailed);
    for (Job* job : { m_runJob, m_importJob, m_openJob, m_analysisJob, m_optimizeJob, m_listenJob })
        connect(job, &Job::runningChanged, this, &StudioSession::busyChanged);
    // Traces may arrive many times a second; the window shows them batched.
    // Another person's round stores many proposals in a burst: the review reloads once it pauses.
    m_teamRefresh->setSingleShot(true);
    m_teamRefresh->setInterval(300);
    connect(m_teamRefresh, &QTimer::timeout, this, &StudioSession::applyTeamChanges);
    m_liveReload->setSingleShot(true);
    m_liveReload->setInterval(400);
    connect(m_liveReload, &QTimer::timeout, this, [this] {
        if (std::exchange(m_liveReloadDue, false) && m_liveRunId > 0 && m_snapshot && m_snapshot->run.id == m_liveRunId) {
            showRun(m_liveRunId);
            m_liveReload->start();
        }
    });
}

StudioSession::~StudioSession()
{
    delete std::exchange(m_watcher, nullptr); // it unsubscribes through the workspace's connection
    // A run stops cooperatively (its finished examples are kept; it resumes later); the jobs then
    // tear their work down on its own threads and join them.
    cancelRun();
}

namespace {
// A .fapo file or a team's postgresql:// URL is the workspace; a pipeline's workspace is FILE.fapo beside it.
bool isWorkspace(const QString& path) { return isWorkspaceUrl(path) || QFileInfo(path).suffix() == QLatin1String("fapo"); }
QString workspaceOf(const QString& path)
{
    if (isWorkspaceUrl(path))
        return path;
    const QFileInfo info(path);
    return isWorkspace(path) ? info.absoluteFilePath() : defaultWorkspacePath(info.filePath());
}
} // namespace

bool StudioSession::open(const QString& path, QString* error)
{
    QString why;
    const QFileInfo info(path);
    std::optional<Pipeline> pipeline;
    QString workspacePath;
    std::unique_ptr<Workspace> workspace;
    if (isWorkspace(path)) {
        workspacePath = workspaceOf(path);
        workspace = Workspace::open(workspacePath, &why);
        if (!workspace) {
            if (error)
                *error = why;
            return false;
        }
    } else {
        PipelineLoad load = loadPipeline(path);
        if (!load.pipeline) {
            if (error)
                *error = localizedLines(load.diagnostics);
            return false;
        }
        pipeline = std::move(load.pipeline);
        workspacePath = workspaceOf(path);
        workspace = Workspace::open(workspacePath, &why);
        if (!workspace) // the pipeline is still shown; runs will say why they cannot store
            Q_EMIT message(why);
    }
    if (isListening() && workspacePath != m_workspacePath)
        stopListening(); // its traces go to the workspace it was started for
    m_pipeline = std::move(pipeline);
    m_pipelinePath = m_pipeline ? info.absoluteFilePath() : QString();
    m_workspacePath = workspacePath;
    delete std::exchange(m_watcher, nullptr);
    m_teamChanges.clear();
    m_workspace = std::move(workspace);
    watchWorkspace();
    m_snapshot.reset();
    m_announceAnalysis = 0;
    Q_EMIT opened();
    Q_EMIT reviewChanged(0);
    if (m_workspace && !m_workspace->primaryRuns().empty())
        showRun(0);
    return true;
}

void StudioSession::openInBackground(const QString& path)
{
    const QFileInfo info(path);
    const QString workspacePath = workspaceOf(path);
    // A database is connected to off this thread (the server may be slow to answer).
    if (!isWorkspaceUrl(workspacePath)
        && !QFileInfo::exists(workspacePath)) { // nothing to check: a new workspace is made when it is needed
        QString error;
        if (!open(path, &error))
            Q_EMIT openFailed(error);
        return;
    }
    // The worker's connection makes the check (Workspace::open checks a file once per process), so the
    // open on this thread afterwards finds it done.
    const bool workspaceItself = isWorkspace(path);
    m_openJob->start(workspacePath, [this, path, workspaceItself](JobScope& scope) {
        scope.finish([this, path, workspaceItself, refused = scope.openError()] {
            QString error;
            if (workspaceItself && !refused.isEmpty()) // refused already: not checked a second time here
                Q_EMIT openFailed(refused);
            else if (!open(path, &error))
                Q_EMIT openFailed(error);
        });
    });
    Q_EMIT message(tr("Opening %1…").arg(isWorkspaceUrl(path) ? path : info.fileName()));
}

void StudioSession::showRun(qint64 runId)
{
    if (!m_workspacePath.isEmpty())
        m_loader->load(m_workspacePath, runId, true);
}

void StudioSession::applySnapshot(const RunSnapshotPtr& snapshot)
{
    // A workspace opened alone shows the pipeline version of its newest run.
    if (!m_pipeline)
        m_pipeline = snapshot->pipeline;
    m_snapshot = snapshot;
    Q_EMIT snapshotLoaded(snapshot);
    if (const qint64 analysis = std::exchange(m_announceAnalysis, 0))
        Q_EMIT analysisFinished(analysis);
}

void StudioSession::setKeychainKey(const QString& name, const QString& value)
{
    if (value.isEmpty())
        m_keychainKeys.remove(name);
    else
        m_keychainKeys.insert(name, value);
}

ProviderEnvironment StudioSession::providerEnvironment() const
{
    return fapo::providerEnvironment(AppSettings::load(), m_keychainKeys.value(QStringLiteral("ANTHROPIC_API_KEY")),
                                     m_keychainKeys.value(QStringLiteral("OPENAI_API_KEY")));
}

bool StudioSession::decide(qint64 proposalId, DecisionAction decision, const QString& note, QString* error,
                           std::optional<ProposalStatus> seen)
{
    QString why;
    const QString who = currentUser();
    // Committed first; only then does anything show it taken.
    const bool ok = m_workspace
        && (decision == DecisionAction::Undone ? m_workspace->recordDecision(proposalId, decision, who, note, &why, nullptr, seen)
                                               : decideProposal(*m_workspace, proposalId, decision, who, note, &why, nullptr, seen));
    Q_EMIT reviewChanged(proposalId);
    if (!ok) {
        if (error)
            *error = why.isEmpty() ? tr("Open a workspace first.") : why;
        return false;
    }
    const auto p = m_workspace->proposal(proposalId);
    if (decision == DecisionAction::Approved && p)
        Q_EMIT message(tr("Proposal %1 approved: pipeline version %2. Propose Rewrites starts the next round from it.")
                           .arg(proposalId)
                           .arg(p->newPipelineId));
    else if (decision == DecisionAction::Rejected)
        Q_EMIT message(tr("Proposal %1 rejected.").arg(proposalId));
    else if (decision == DecisionAction::Undone)
        Q_EMIT message(tr("Decision on proposal %1 undone.").arg(proposalId));
    Q_EMIT decisionStored(proposalId, decision);
    return true;
}

void StudioSession::watchWorkspace()
{
    if (!m_workspace || !m_workspace->isServer())
        return;
    m_watcher = new WorkspaceWatcher(m_workspace.get(), this);
    connect(m_watcher, &WorkspaceWatcher::changed, this, [this](const QString& kind, qint64 id) {
        m_teamChanges[kind] << id;
        if (!m_teamRefresh->isActive())
            m_teamRefresh->start();
    });
}

void StudioSession::applyTeamChanges()
{
    const auto changes = std::exchange(m_teamChanges, {});
    const bool unknown = changes.contains(QStringLiteral("workspace")); // polled: anything may have changed
    if (unknown || changes.contains(QStringLiteral("proposal")) || changes.contains(QStringLiteral("round")))
        Q_EMIT reviewChanged(0);
    const qint64 shown = m_snapshot ? m_snapshot->run.id : 0;
    QList<qint64> runs = changes.value(QStringLiteral("run")) + changes.value(QStringLiteral("analysis"));
    if (shown > 0 && (unknown || runs.contains(shown)))
        showRun(shown); // its new results or verdicts
    std::sort(runs.begin(), runs.end());
    runs.erase(std::unique(runs.begin(), runs.end()), runs.end());
    for (const qint64 id : runs)
        if (id != shown) {
            Q_EMIT teamRunStored(id);
            Q_EMIT message(tr("Run %1 changed in the shared workspace (stored by another person or job).").arg(id));
        }
}

bool StudioSession::exportAccepted(const QString& outDir, ExportSummary* summary, QString* error)
{
    QString why = tr("Open a workspace first.");
    if (!m_workspace || !fapo::exportAccepted(*m_workspace, outDir, 0, summary, &why)) {
        if (error)
            *error = why;
        return false;
    }
    Q_EMIT message(tr("Exported %n rewrite(s) to %1", nullptr, int(summary->applied.size())).arg(summary->outDir));
    return true;
}

ReviewState StudioSession::reviewState() const
{
    ReviewState state;
    if (!m_workspace)
        return state;
    state.proposals = m_workspace->proposals();
    for (Decision& d : m_workspace->decisions(0))
        state.decisions[d.proposalId].push_back(std::move(d));
    for (const Proposal& p : state.proposals)
        state.decisions[p.id]; // every proposal has its (maybe empty) list
    state.rounds = m_workspace->rounds();
    return state;
}

std::optional<Proposal> StudioSession::proposal(qint64 id) const { return m_workspace ? m_workspace->proposal(id) : std::nullopt; }

std::optional<std::pair<Pipeline, Pipeline>> StudioSession::proposalVersions(const Proposal& p) const
{
    QString error;
    const auto before = m_workspace ? m_workspace->pipelineVersion(p.pipelineId, &error) : std::nullopt;
    const auto after = before ? pipelineWithProposal(*before, p, &error) : std::nullopt;
    if (!after)
        return std::nullopt;
    return std::make_pair(*before, *after);
}

std::optional<ExampleRecords> StudioSession::exampleRecords(const QString& exampleId) const
{
    if (!m_snapshot || !m_workspace || exampleId.isEmpty())
        return std::nullopt;
    auto examples = m_workspace->examples(m_snapshot->run.datasetId, exampleId);
    if (examples.empty())
        return std::nullopt;
    ExampleRecords out { std::move(examples.front()), {} };
    for (StepRecord& r : m_workspace->stepRecords(m_snapshot->run.id, exampleId))
        out.records[r.stepId] = std::move(r);
    if (auto results = m_workspace->exampleResults(m_snapshot->run.id, exampleId); !results.empty())
        out.result = std::move(results.front());
    return out;
}

std::optional<Verdict> StudioSession::verdict(const QString& exampleId) const
{
    if (!m_snapshot || !m_snapshot->analysis || !m_workspace || exampleId.isEmpty())
        return std::nullopt;
    auto verdicts = m_workspace->verdicts(m_snapshot->analysis->id, exampleId);
    if (verdicts.empty())
        return std::nullopt;
    return std::move(verdicts.front());
}

} // namespace fapo
