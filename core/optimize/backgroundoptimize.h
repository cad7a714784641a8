#pragma once
// Runs the rewrite loop (a round, or the evaluation of one edited proposal) in a worker thread with
// its own workspace connection, reporting progress as queued signals; cancel() keeps what is done.
#include "optimize/optimizer.h"
#include "run/workerthread.h"
#include <QObject>

namespace fapo {

class BackgroundOptimize : public QObject {
    Q_OBJECT
public:
    explicit BackgroundOptimize(QObject* parent = nullptr);
    ~BackgroundOptimize() override;

    // False only when one is already running; one that cannot start reports failed().
    bool start(const Pipeline& pipeline, const Dataset& dataset, const QString& workspacePath, const ProviderEnvironment& env,
               const OptimizeOptions& options, QString* error);
    void cancel();
    bool isRunning() const { return m_worker.isRunning(); }

Q_SIGNALS:
    void progress(const QString& message);
    void finished(const fapo::OptimizeOutcome& outcome);
    void failed(const QString& message);

private:
    WorkerThread m_worker;
};

} // namespace fapo
