#pragma once
// Runs a dataset in a worker thread (its own event loop, workspace connection and network pool) and
// reports progress as queued signals, so the window never freezes: even preparing the run (indexing a
// corpus, opening providers) happens on the worker. cancel() is cooperative.
#include "run/runner.h"
#include "run/workerthread.h"
#include <QObject>

namespace fapo {

class BackgroundRun : public QObject {
    Q_OBJECT
public:
    explicit BackgroundRun(QObject* parent = nullptr);
    ~BackgroundRun() override;

    // Starts the run in the background; false only when one is already running. A run that cannot
    // start (corpus unreadable, untrusted commands, bad provider) reports through failed().
    bool start(const Pipeline& pipeline, const Dataset& dataset, const QString& workspacePath, const ProviderEnvironment& env,
               const RunOptions& options, QString* error);
    void cancel();
    bool isRunning() const { return m_worker.isRunning(); }

Q_SIGNALS:
    void progress(const fapo::RunProgress& progress);
    void finished(const fapo::RunOutcome& outcome);
    void failed(const QString& message); // the run could not start

private:
    WorkerThread m_worker;
};

} // namespace fapo
