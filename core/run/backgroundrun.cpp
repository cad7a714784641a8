#include "run/backgroundrun.h"
#include "workspace/workspace.h"

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
    m_worker.stop();
}

bool BackgroundRun::start(const Pipeline& pipeline, const Dataset& dataset, const QString& workspacePath, const ProviderEnvironment& env,
                          const RunOptions& options, QString* error)
{
    if (m_worker.isRunning()) {
        *error = tr("a run is already in progress");
        return false;
    }
    QObject* context = m_worker.start();
    QPointer<BackgroundRun> self(this);
    QMetaObject::invokeMethod(context, [self, context, pipeline, dataset, workspacePath, env, options] {
        QString why;
        std::shared_ptr<Workspace> workspace(Workspace::open(workspacePath, &why).release());
        auto* runner = workspace ? new Runner(pipeline, dataset, workspace.get(), env, options, context) : nullptr;
        if (!runner || !runner->prepare(&why)) {
            delete runner;
            deliver(self, [why](BackgroundRun* s) {
                s->m_worker.stop();
                Q_EMIT s->failed(why);
            });
            return;
        }
        QObject::connect(runner, &Runner::progress, runner,
                         [self](const RunProgress& p) { deliver(self, [p](BackgroundRun* s) { Q_EMIT s->progress(p); }); });
        QObject::connect(runner, &Runner::finished, context, [self, runner, workspace](const RunOutcome& outcome) {
            deliver(self, [outcome](BackgroundRun* s) {
                s->m_worker.stop();
                Q_EMIT s->finished(outcome);
            });
            runner->deleteLater(); // and with it this connection, which holds the workspace
        });
        runner->start();
    });
    return true;
}

void BackgroundRun::cancel()
{
    if (QObject* context = m_worker.context())
        QMetaObject::invokeMethod(
            context,
            [context] {
                if (auto* runner = context->findChild<Runner*>(QString(), Qt::FindDirectChildrenOnly))
                    runner->cancel();
            },
            Qt::QueuedConnection);
}

} // namespace fapo
