#include "analysis/backgroundanalysis.h"
#include "workspace/workspace.h"
#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace fapo {

namespace {
struct WorkspaceHolder : QObject {
    WorkspaceHolder(std::unique_ptr<Workspace> w, QObject* parent)
        : QObject(parent)
        , workspace(std::move(w))
    {
    }
    std::unique_ptr<Workspace> workspace;
};
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

void BackgroundAnalysis::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_context; // the analyzer and its workspace connection go with it, on a stopped thread
    m_context = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

bool BackgroundAnalysis::prepare(const QString& workspacePath, const ProviderEnvironment& env,
                                 const AnalysisOptions& options, QString* error)
{
    if (m_thread) {
        *error = tr("an analysis is already in progress");
        return false;
    }
    m_thread = new QThread;
    m_thread->start();
    auto* context = m_context = new QObject;
    context->moveToThread(m_thread);
    QPointer<BackgroundAnalysis> self(this);
    QMetaObject::invokeMethod(context, [self, context, workspacePath, env, options] {
        QString why;
        std::unique_ptr<Workspace> workspace = Workspace::open(workspacePath, &why);
        auto* analyzer = workspace ? new Analyzer(workspace.get(), env, options, context) : nullptr;
        if (analyzer) // the connection closes after the analyzer, with its children
            new WorkspaceHolder(std::move(workspace), analyzer);
        if (!analyzer || !analyzer->prepare(&why)) {
            delete analyzer;
            QMetaObject::invokeMethod(qApp, [self, why] {
                if (!self)
                    return;
                self->stopThread();
                Q_EMIT self->failed(why);
            }, Qt::QueuedConnection);
            return;
        }
        QObject::connect(analyzer, &Analyzer::progress, qApp, [self](const AnalysisProgress& p) {
            if (self)
                Q_EMIT self->progress(p);
        }, Qt::QueuedConnection);
        QObject::connect(analyzer, &Analyzer::finished, context, [self, analyzer](const AnalysisOutcome& outcome) {
            QMetaObject::invokeMethod(qApp, [self, outcome] {
                if (!self)
                    return;
                self->stopThread();
                Q_EMIT self->finished(outcome);
            }, Qt::QueuedConnection);
            analyzer->deleteLater(); // its workspace connection closes on the thread that opened it
        });
        const AnalysisEstimate estimate = analyzer->estimate();
        QMetaObject::invokeMethod(qApp, [self, estimate] {
            if (self)
                Q_EMIT self->prepared(estimate);
        }, Qt::QueuedConnection);
    });
    return true;
}

void BackgroundAnalysis::onWorker(std::function<void(Analyzer*)> work)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(m_context, [context = m_context, work] {
        work(context->findChild<Analyzer*>(QString(), Qt::FindDirectChildrenOnly));
    }, Qt::QueuedConnection);
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
    if (m_context) // close the workspace connection on the thread that opened it
        QMetaObject::invokeMethod(m_context, [context = m_context] {
            delete context->findChild<Analyzer*>(QString(), Qt::FindDirectChildrenOnly);
        }, Qt::BlockingQueuedConnection);
    stopThread();
}

void BackgroundAnalysis::cancel()
{
    onWorker([](Analyzer* analyzer) {
        if (analyzer)
            analyzer->cancel();
    });
}

} // namespace fapo
