#include "analysis/backgroundanalysis.h"
#include "workspace/workspace.h"

namespace fapo {

namespace {
// Keeps the analysis's workspace connection open as long as the analyzer (it is the analyzer's child,
// so it closes after the analyzer, on the worker thread that opened it).
struct WorkspaceHolder : QObject {
    WorkspaceHolder(std::unique_ptr<Workspace> w, QObject* parent)
        : QObject(parent)
        , workspace(std::move(w))
    {
    }
    std::unique_ptr<Workspace> workspace;
};

Analyzer* analyzerOf(QObject* context) { return context ? context->findChild<Analyzer*>(QString(), Qt::FindDirectChildrenOnly) : nullptr; }
} // namespace

BackgroundAnalysis::BackgroundAnalysis(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<AnalysisEstimate>();
    qRegisterMetaType<AnalysisProgress>();
    qRegisterMetaType<AnalysisOutcome>();
}

BackgroundAnalysis::~BackgroundAnalysis()
{
    abandon(); // an analysis in flight stops here; nothing of it is stored
}

bool BackgroundAnalysis::prepare(const QString& workspacePath, const ProviderEnvironment& env, const AnalysisOptions& options,
                                 QString* error)
{
    if (m_worker.isRunning()) {
        *error = tr("an analysis is already in progress");
        return false;
    }
    QObject* context = m_worker.start();
    QPointer<BackgroundAnalysis> self(this);
    QMetaObject::invokeMethod(context, [self, context, workspacePath, env, options] {
        QString why;
        std::unique_ptr<Workspace> workspace = Workspace::open(workspacePath, &why);
        auto* analyzer = workspace ? new Analyzer(workspace.get(), env, options, context) : nullptr;
        if (analyzer)
            new WorkspaceHolder(std::move(workspace), analyzer);
        if (!analyzer || !analyzer->prepare(&why)) {
            delete analyzer;
            deliver(self, [why](BackgroundAnalysis* s) {
                s->m_worker.stop();
                Q_EMIT s->failed(why);
            });
            return;
        }
        QObject::connect(analyzer, &Analyzer::progress, analyzer,
                         [self](const AnalysisProgress& p) { deliver(self, [p](BackgroundAnalysis* s) { Q_EMIT s->progress(p); }); });
        QObject::connect(analyzer, &Analyzer::finished, analyzer, [self, analyzer](const AnalysisOutcome& outcome) {
            deliver(self, [outcome](BackgroundAnalysis* s) {
                s->m_worker.stop();
                Q_EMIT s->finished(outcome);
            });
            analyzer->deleteLater(); // its workspace connection closes on the thread that opened it
        });
        const AnalysisEstimate estimate = analyzer->estimate();
        deliver(self, [estimate](BackgroundAnalysis* s) { Q_EMIT s->prepared(estimate); });
    });
    return true;
}

void BackgroundAnalysis::onWorker(std::function<void(Analyzer*)> work)
{
    if (QObject* context = m_worker.context())
        QMetaObject::invokeMethod(
            context, [context, work] { work(analyzerOf(context)); }, Qt::QueuedConnection);
}

void BackgroundAnalysis::proceed(bool spend)
{
    onWorker([spend](Analyzer* analyzer) {
        if (!analyzer)
            return;
        analyzer->allowSpending(spend);
        analyzer->start();
    });
}

void BackgroundAnalysis::abandon()
{
    if (QObject* context = m_worker.context()) // close the workspace connection on the thread that opened it
        QMetaObject::invokeMethod(
            context, [context] { delete analyzerOf(context); }, Qt::BlockingQueuedConnection);
    m_worker.stop();
}

void BackgroundAnalysis::cancel()
{
    onWorker([](Analyzer* analyzer) {
        if (analyzer)
            analyzer->cancel();
    });
}

} // namespace fapo
