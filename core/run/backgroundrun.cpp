#include "run/backgroundrun.h"
#include "workspace/workspace.h"
#include <QCoreApplication>
#include <QThread>

namespace fapo {

BackgroundRun::BackgroundRun(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<RunOutcome>();
}

BackgroundRun::~BackgroundRun()
{
    cancel();
    stopThread();
}

void BackgroundRun::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_context; // the worker has stopped: nothing of it runs any more
    m_context = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

bool BackgroundRun::start(const Pipeline& pipeline, const Dataset& dataset, const QString& workspacePath,
                          const ProviderEnvironment& env, const RunOptions& options, QString* error)
{
    if (m_thread) {
        *error = tr("a run is already in progress");
        return false;
    }
    m_thread = new QThread;
    m_thread->start();
    auto* context = m_context = new QObject; // work queued to it runs on the worker thread
    context->moveToThread(m_thread);
    QPointer<BackgroundRun> self(this);
    QMetaObject::invokeMethod(context, [self, context, pipeline, dataset, workspacePath, env, options] {
        QString why;
        std::shared_ptr<Workspace> workspace(Workspace::open(workspacePath, &why).release());
        auto* runner = workspace ? new Runner(pipeline, dataset, workspace.get(), env, options, context) : nullptr;
        if (!runner || !runner->prepare(&why)) {
            delete runner;
            QMetaObject::invokeMethod(qApp, [self, why] {
                if (!self)
                    return;
                self->stopThread();
                Q_EMIT self->failed(why);
            }, Qt::QueuedConnection);
            return;
        }
        QObject::connect(runner, &Runner::progress, qApp, [self](const RunProgress& p) {
            if (self)
                Q_EMIT self->progress(p);
        }, Qt::QueuedConnection);
        QObject::connect(runner, &Runner::finished, context, [self, runner, workspace](const RunOutcome& outcome) {
            QMetaObject::invokeMethod(qApp, [self, outcome] {
                if (!self)
                    return;
                self->stopThread();
                Q_EMIT self->finished(outcome);
            }, Qt::QueuedConnection);
            runner->deleteLater(); // and with it this connection, which holds the workspace
        });
        runner->start();
    });
    return true;
}

void BackgroundRun::cancel()
{
    if (m_context)
        QMetaObject::invokeMethod(m_context, [context = m_context] {
            if (auto* runner = context->findChild<Runner*>(QString(), Qt::FindDirectChildrenOnly))
                runner->cancel();
        }, Qt::QueuedConnection);
}

} // namespace fapo
