#include "core/jobs/job.h"
#include "core/jobs/threadcheck.h"
#include "core/workspace/workspace.h"
#include <QThread>

namespace fapo {

struct Job::Worker {
    int id = 0;
    QThread* thread = nullptr;
    JobScope* scope = nullptr;
};

Job::Job(QObject* parent, Delivery delivery)
    : QObject(parent)
    , m_delivery(delivery)
{
}

Job::~Job()
{
    for (const auto& w : m_workers) {
        w->scope->m_cancelled = true;
        // Runs after whatever the worker is doing now; if the work already finished (its thread is
        // quitting), the work tore itself down and this is never run.
        QMetaObject::invokeMethod(
            w->scope,
            [scope = w->scope] {
                scope->runCancelHooks();
                scope->tearDown();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        w->thread->wait();
        delete w->scope;
        delete w->thread;
    }
}

int Job::start(const QString& workspacePath, Body body)
{
    FAPO_ASSERT_THREAD(this);
    const int id = ++m_latest;
    if (m_delivery == Delivery::LatestOnly)
        cancel(); // the older work is superseded
    auto w = std::make_unique<Worker>();
    w->id = id;
    w->thread = new QThread;
    w->thread->setObjectName(QStringLiteral("fapo-job-%1").arg(id));
    w->scope = new JobScope(this, id);
    w->scope->moveToThread(w->thread);
    w->thread->start();
    QMetaObject::invokeMethod(
        w->scope,
        [scope = w->scope, workspacePath, body = std::move(body)] {
            FAPO_ASSERT_THREAD(scope);
            if (!workspacePath.isEmpty())
                scope->m_workspace = Workspace::open(workspacePath, &scope->m_openError);
            body(*scope);
        },
        Qt::QueuedConnection);
    const bool wasRunning = isRunning();
    m_workers.push_back(std::move(w));
    if (!wasRunning)
        Q_EMIT runningChanged(true);
    return id;
}

void Job::cancel()
{
    FAPO_ASSERT_THREAD(this);
    for (const auto& w : m_workers) {
        w->scope->m_cancelled = true;
        QMetaObject::invokeMethod(
            w->scope, [scope = w->scope] { scope->runCancelHooks(); }, Qt::QueuedConnection);
    }
}

void Job::post(std::function<void(JobScope&)> f)
{
    FAPO_ASSERT_THREAD(this);
    const auto it = std::find_if(m_workers.begin(), m_workers.end(), [this](const auto& w) { return w->id == m_latest; });
    if (it == m_workers.end())
        return;
    QMetaObject::invokeMethod((*it)->scope,
                              [scope = (*it)->scope, f = std::move(f)] {
                                  FAPO_ASSERT_THREAD(scope);
                                  if (!scope->m_finishing)
                                      f(*scope);
                              },
                              Qt::QueuedConnection);
}

bool Job::isCurrent(int id) const
{
    if (m_delivery == Delivery::LatestOnly && id != m_latest)
        return false;
    return std::any_of(m_workers.begin(), m_workers.end(), [id](const auto& w) { return w->id == id; });
}

void Job::retire(int id)
{
    const auto it = std::find_if(m_workers.begin(), m_workers.end(), [id](const auto& w) { return w->id == id; });
    if (it == m_workers.end())
        return;
    (*it)->thread->wait(); // it quit after tearing down; this returns as soon as its loop has left
    delete (*it)->scope;
    delete (*it)->thread;
    m_workers.erase(it);
    if (m_workers.empty())
        Q_EMIT runningChanged(false);
}

JobScope::JobScope(Job* job, int id)
    : m_job(job)
    , m_id(id)
{
}

JobScope::~JobScope() = default;

void JobScope::deliver(std::function<void()> f)
{
    QMetaObject::invokeMethod(
        m_job,
        [job = m_job, id = m_id, f = std::move(f)] {
            FAPO_ASSERT_THREAD(job);
            if (job->isCurrent(id))
                f();
        },
        Qt::QueuedConnection);
}

void JobScope::finish(std::function<void()> last)
{
    FAPO_ASSERT_THREAD(this);
    if (m_finishing.exchange(true))
        return;
    // Queued: the engine that calls this may be inside its own signal, and is deleted in tearDown().
    QMetaObject::invokeMethod(
        this,
        [this, last = std::move(last)] {
            tearDown();
            QThread::currentThread()->quit();
            QMetaObject::invokeMethod(
                m_job,
                [job = m_job, id = m_id, last] {
                    FAPO_ASSERT_THREAD(job);
                    const bool current = job->isCurrent(id);
                    job->retire(id);
                    if (current && last)
                        last();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void JobScope::runCancelHooks()
{
    FAPO_ASSERT_THREAD(this);
    const auto hooks = m_cancelHooks; // a hook may finish the work, which clears them
    for (const auto& hook : hooks)
        hook();
}

void JobScope::tearDown()
{
    FAPO_ASSERT_THREAD(this);
    m_cancelHooks.clear(); // they point at the engines deleted next
    while (!children().isEmpty())
        delete children().constFirst();
    m_workspace.reset(); // closed on the thread that opened it
}

} // namespace fapo
