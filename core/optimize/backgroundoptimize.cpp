#include "optimize/backgroundoptimize.h"
#include "workspace/workspace.h"

namespace fapo {

namespace {
Optimizer* optimizerOf(QObject* context)
{
    return context ? context->findChild<Optimizer*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}
} // namespace

BackgroundOptimize::BackgroundOptimize(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<OptimizeOutcome>();
}

BackgroundOptimize::~BackgroundOptimize()
{
    if (QObject* context = m_worker.context()) // stop on the worker thread, which owns the connection
        QMetaObject::invokeMethod(
            context, [context] { delete optimizerOf(context); }, Qt::BlockingQueuedConnection);
    m_worker.stop();
}

bool BackgroundOptimize::start(const Pipeline& pipeline, const Dataset& dataset, const QString& workspacePath,
                               const ProviderEnvironment& env, const OptimizeOptions& options, QString* error)
{
    if (m_worker.isRunning()) {
        *error = tr("an optimisation is already running");
        return false;
    }
    QObject* context = m_worker.start();
    QPointer<BackgroundOptimize> self(this);
    QMetaObject::invokeMethod(context, [self, context, pipeline, dataset, workspacePath, env, options] {
        QString why;
        std::shared_ptr<Workspace> workspace(Workspace::open(workspacePath, &why).release());
        auto* optimizer = workspace ? new Optimizer(workspace.get(), pipeline, dataset, env, options, context) : nullptr;
        if (!optimizer || !optimizer->prepare(&why)) {
            delete optimizer;
            deliver(self, [why](BackgroundOptimize* s) {
                s->m_worker.stop();
                Q_EMIT s->failed(why);
            });
            return;
        }
        QObject::connect(optimizer, &Optimizer::progress, optimizer, [self](const QString& message) {
            deliver(self, [message](BackgroundOptimize* s) { Q_EMIT s->progress(message); });
        });
        QObject::connect(optimizer, &Optimizer::finished, context, [self, optimizer, workspace](const OptimizeOutcome& outcome) {
            deliver(self, [outcome](BackgroundOptimize* s) {
                s->m_worker.stop();
                Q_EMIT s->finished(outcome);
            });
            optimizer->deleteLater(); // and with it this connection, which holds the workspace
        });
        optimizer->start();
    });
    return true;
}

void BackgroundOptimize::cancel()
{
    if (QObject* context = m_worker.context())
        QMetaObject::invokeMethod(
            context,
            [context] {
                if (Optimizer* optimizer = optimizerOf(context))
                    optimizer->cancel();
            },
            Qt::QueuedConnection);
}

} // namespace fapo
