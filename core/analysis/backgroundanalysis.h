#pragma once
// Runs an analysis in a worker thread (its own workspace connection and event loop), in two phases so
// the window can show what it may cost before anything is spent: prepare() loads the run and applies
// the rules, then reports prepared(estimate); proceed() spends, or abandon() stops there.
#include "analysis/analyzer.h"
#include "run/workerthread.h"
#include <QObject>

namespace fapo {

class BackgroundAnalysis : public QObject {
    Q_OBJECT
public:
    explicit BackgroundAnalysis(QObject* parent = nullptr);
    ~BackgroundAnalysis() override;

    // False only when one is already in progress; an analysis that cannot start reports failed().
    bool prepare(const QString& workspacePath, const ProviderEnvironment& env, const AnalysisOptions& options, QString* error);
    // Starts the analysis prepared; `spend` false keeps it to rules and step gold (no model calls).
    void proceed(bool spend = true);
    void abandon();
    void cancel();
    bool isRunning() const { return m_worker.isRunning(); }

Q_SIGNALS:
    void prepared(const fapo::AnalysisEstimate& estimate);
    void progress(const fapo::AnalysisProgress& progress);
    void finished(const fapo::AnalysisOutcome& outcome);
    void failed(const QString& message);

private:
    // Runs `work` on the worker with its analyzer (nullptr when there is none).
    void onWorker(std::function<void(Analyzer*)> work);
    WorkerThread m_worker;
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::AnalysisEstimate)
