#pragma once
// The thread plumbing shared by work that runs off the GUI thread (runs, analyses): a thread with a
// context object living on it, and a way to hand results back to an object on the main thread only
// while it still exists.
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace fapo {

class WorkerThread {
public:
    WorkerThread() = default;
    ~WorkerThread() { stop(); }
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // Starts the thread; work queued to the returned object runs on it.
    QObject* start()
    {
        m_thread = new QThread;
        m_thread->start();
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        return m_context;
    }
    QObject* context() const { return m_context; }
    bool isRunning() const { return m_thread != nullptr; }
    // Waits for the thread to stop, then deletes what lived on it (nothing of it runs any more).
    void stop()
    {
        if (!m_thread)
            return;
        m_thread->quit();
        m_thread->wait();
        delete m_context;
        m_context = nullptr;
        delete m_thread;
        m_thread = nullptr;
    }

private:
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;
};

// Calls `f(target)` on the main thread, later, if `target` still exists then.
template <class T, class F> void deliver(const QPointer<T>& target, F f)
{
    QMetaObject::invokeMethod(
        qApp,
        [target, f = std::move(f)]() mutable {
            if (target)
                f(target.data());
        },
        Qt::QueuedConnection);
}

} // namespace fapo
