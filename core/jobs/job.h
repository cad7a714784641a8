#pragma once
// The one way work leaves the GUI thread (runs, imports, analyses, optimizations, snapshot loading).
// Each start() gets a worker thread of its own, with an event loop (engines wait on the network there)
// and a workspace connection opened on that thread and closed on it. What the work delivers comes back
// to the thread the Job lives on, and only while the work is current and the Job exists. Cancelling is
// cooperative. Every worker thread is joined: when its work finishes, or at the latest when the Job dies.
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace fapo {

class Workspace;
class JobScope;

class Job : public QObject {
    Q_OBJECT
public:
    enum class Delivery {
        LatestOnly, // a newer start() cancels older work, and what older work still delivers is dropped
        Every, // every piece of work delivers until it finishes (imports: each one is stored)
    };
    using Body = std::function<void(JobScope& scope)>;

    explicit Job(QObject* parent = nullptr, Delivery delivery = Delivery::LatestOnly);
    ~Job() override; // cancels what is in flight, tears it down on its own thread and joins it

    // Runs `body` on a new worker thread, after opening `workspacePath` there (an empty path opens
    // nothing). The body, or an engine it starts, must call JobScope::finish() once. Returns the id.
    int start(const QString& workspacePath, Body body);
    void cancel(); // every piece of work in flight; its onCancel hooks run on its own thread
    // Runs `f` on the thread of the latest work, if it is still in flight (a second phase of it: an
    // analysis proceeds once a person has said what it may spend).
    void post(std::function<void(JobScope& scope)> f);
    bool isRunning() const { return !m_workers.empty(); }

Q_SIGNALS:
    void runningChanged(bool running);

private:
    friend class JobScope;
    struct Worker;
    bool isCurrent(int id) const;
    void retire(int id); // joins the worker's thread and deletes it
    std::vector<std::unique_ptr<Worker>> m_workers;
    int m_latest = 0;
    Delivery m_delivery;
};

// The work's side: lives on the worker thread. Engines created with the scope as parent live there
// too, and are deleted there (before the workspace closes) when the work finishes.
class JobScope : public QObject {
    Q_OBJECT
public:
    int id() const { return m_id; }
    Workspace* workspace() const { return m_workspace.get(); } // nullptr when it could not be opened
    QString openError() const { return m_openError; }
    bool isCancelled() const { return m_cancelled.load(); }
    // Runs on this thread when the Job is cancelled (an engine's cooperative cancel()).
    void onCancel(std::function<void()> hook) { m_cancelHooks.push_back(std::move(hook)); }
    // Runs `f` later on the Job's thread if this work is still current then.
    void deliver(std::function<void()> f);
    // Ends the work: the scope's children and the workspace are deleted on this thread, the thread is
    // joined, then `last` runs on the Job's thread (if the work is still current).
    void finish(std::function<void()> last = {});

private:
    friend class Job;
    JobScope(Job* job, int id);
    ~JobScope() override;
    void tearDown(); // on the worker thread, once
    void runCancelHooks();

    Job* m_job; // outlives the scope: the Job joins every worker before it goes
    const int m_id;
    std::unique_ptr<Workspace> m_workspace;
    QString m_openError;
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_finishing { false };
    std::vector<std::function<void()>> m_cancelHooks;
};

} // namespace fapo
