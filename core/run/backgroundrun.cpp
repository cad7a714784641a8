#include "run/backgroundrun.h"
#include "workspace/workspace.h"
#include <QSemaphore>
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
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool BackgroundRun::start(const Pipeline& pipeline, const Dataset& dataset, const QString& workspacePath,
                          const ProviderEnvironment& env, const RunOptions& options, QString* error)
{
    if (m_thread) {
        *error = tr("a run is already in progress");
        return false;
    }
    m_thread = new QThread(this);
    m_thread->start();
    // Workspace and runner are created on the worker thread, which then owns them.
    bool ok = false;
    QSemaphore prepared;
    std::shared_ptr<Workspace> workspace;
    auto* context = new QObject; // lives on the worker thread, so work queued to it runs there
    context->moveToThread(m_thread);
    QMetaObject::invokeMethod(context, [&, context] {
        workspace = std::shared_ptr<Workspace>(Workspace::open(workspacePath, error).release());
        if (workspace) {
            auto* runner = new Runner(pipeline, dataset, workspace.get(), env, options);
            if (runner->prepare(error)) {
                m_runner = runner;
                ok = true;
                connect(runner, &Runner::progress, this, &BackgroundRun::progress, Qt::QueuedConnection);
                connect(runner, &Runner::finished, runner, [this, runner, workspace, context](const RunOutcome& outcome) {
                    QMetaObject::invokeMethod(this, [this, outcome] {
                        m_thread->quit();
                        m_thread->wait();
                        m_thread->deleteLater();
                        m_thread = nullptr;
                        Q_EMIT finished(outcome);
                    }, Qt::QueuedConnection);
                    runner->deleteLater();
                    context->deleteLater();
                    Q_UNUSED(workspace); // kept alive until the runner is done
                });
                runner->start();
            } else {
                delete runner;
            }
        }
        if (!ok)
            context->deleteLater();
        prepared.release();
    });
    prepared.acquire();
    if (!ok) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    return ok;
}

void BackgroundRun::cancel()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &Runner::cancel, Qt::QueuedConnection);
}

} // namespace fapo
