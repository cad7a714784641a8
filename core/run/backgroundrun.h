#pragma once
// Runs a dataset in a worker thread (its own event loop, workspace connection and network pool) and
// reports progress as queued signals, so the window never freezes. cancel() is cooperative.
#include "run/runner.h"
#include <QObject>
#include <QPointer>

class QThread;

namespace fapo {

class BackgroundRun : public QObject {
    Q_OBJECT
public:
    explicit BackgroundRun(QObject* parent = nullptr);
    ~BackgroundRun() override;

    // Starts the run; false (and *error) when it cannot start (bad dataset, trust, providers...).
    bool start(const Pipeline& pipeline, const Dataset& dataset, const QString& workspacePath, const ProviderEnvironment& env,
               const RunOptions& options, QString* error);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(const fapo::RunProgress& progress);
    void finished(const fapo::RunOutcome& outcome);

private:
    QThread* m_thread = nullptr;
    QPointer<Runner> m_runner;
};

} // namespace fapo
