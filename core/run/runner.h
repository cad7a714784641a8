#pragma once
// Runs every example of a dataset through the pipeline's step graph.
// Event-driven on the thread that owns it: independent steps and examples run concurrently, with at
// most `concurrency` model calls in flight across the run. Each step record and example result is
// stored as it finishes, so an interrupted run resumes without repeating finished work.
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/providers/providerfactory.h"
#include "core/eval/metrics.h"
#include "core/run/batchprogress.h"
#include "core/run/runoptions.h"
#include "core/workspace/workspace.h"
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QObject>
#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace fapo {

class AppExample;
class CallQueue;
class CommandStep;
class ModelProxy;
class AppSpanSink;
class OtlpReceiver;
class PromptMatcher;

struct RunProgress {
    int finished = 0; // examples finished (including those kept from an earlier attempt)
    int total = 0;
    int inFlight = 0; // model calls
    RunTotals totals; // of this run so far
    std::vector<BatchProgress> batches; // batches of model calls sent and not yet collected
};

struct RunOutcome {
    qint64 runId = 0;
    RunStatus status = RunStatus::Done; // done | failed | interrupted
    QString error; // why it failed, one clear message
    RunTotals totals; // whole run
    qint64 callsThisSession = 0; // network calls made by this invocation
    qint64 cacheHitsThisSession = 0;
    qint64 wallMs = 0;
    int resumedExamples = 0; // examples kept from an earlier, interrupted attempt
    QStringList notes; // what the person should know about the run (an app's calls that matched no prompt)
};

class Runner : public QObject {
    Q_OBJECT
public:
    Runner(Pipeline pipeline, Dataset dataset, Workspace* workspace, ProviderEnvironment env, RunOptions options,
           QObject* parent = nullptr);
    ~Runner() override;

    // Checks what can be checked before spending anything (providers, corpora, trust). Returns false
    // with a message naming the step or model when the run cannot start.
    bool prepare(QString* error);
    void start();
    // Stops dispatching new work; model calls in flight finish and are stored (they are paid for),
    // then the run is marked interrupted (resumable).
    void cancel();
    qint64 runId() const { return m_runId; }

Q_SIGNALS:
    void progress(const fapo::RunProgress& progress);
    void exampleFinished(const fapo::ExampleResult& result);
    void finished(const fapo::RunOutcome& outcome);

private:
    struct ExampleState {
        const Example* example = nullptr;
        int position = 0;
        std::map<QString, StepRecord> done; // finished steps by id
        QSet<QString> started;
        QElapsedTimer clock;
        bool finishing = false;
    };

    bool addModels(QStringList needed, QString* error);
    bool prepareSteps(QString* error);
    // True once the person trusts this pipeline file to run programs (--trust records it); else *error = refusal.
    bool ensureTrusted(const QString& refusal, QString* error);
    bool planRun(QString* error); // versions stored, the run made or resumed, what is left to do
    void seedFromBaseRun(const std::vector<size_t>& selected);
    // App pipelines (runapp.cpp): the user's program runs each example; its calls come through a proxy.
    bool prepareApp(QString* error);
    bool startAppSession(QString* error); // once the run exists: the prompt set on disk, the proxy listening
    void advanceApp(ExampleState& ex);
    QStringList appNotes() const;
    QStringList baseRunCalls(const QString& exampleId) const; // a replay's base run: its calls of the example, in order
    void schedule();
    void scheduleSoon();
    void activateExamples();
    void advance(ExampleState& ex);
    void runStep(ExampleState& ex, const Step& step);
    void runLlmStep(ExampleState& ex, const Step& step);
    void runRetrieveStep(ExampleState& ex, const Step& step);
    void runTransformStep(ExampleState& ex, const Step& step);
    void runCommandStep(ExampleState& ex, const Step& step);
    // Queues a model call; `done` receives the response (from the cache or the network).
    void callModel(const QString& modelName, const ModelRequest& request, std::function<void(const ModelResponse&, bool fromCache)> done);
    void stepDone(ExampleState& ex, StepRecord record);
    void finishExample(ExampleState& ex);
    void completeExample(ExampleState& ex, std::vector<MetricResult> metrics);
    void fail(const QString& message);
    QString recordsLost(const QString& exampleId) const;
    void stop(bool abortCalls);
    void finishRun(RunStatus status);
    void emitProgress();

    Pipeline m_pipeline;
    Dataset m_dataset;
    Workspace* m_workspace;
    ProviderEnvironment m_env;
    RunOptions m_options;
    CallQueue* m_calls = nullptr;
    std::map<QString, QString> m_corpusHashes; // step id -> indexed corpus hash

    qint64 m_runId = 0;
    std::vector<size_t> m_todo; // indexes into m_dataset.examples still to run, in order
    size_t m_nextTodo = 0;
    std::map<QString, std::unique_ptr<ExampleState>> m_active;
    std::map<QString, std::map<QString, StepRecord>> m_resumedRecords;
    std::map<QString, std::map<QString, StepRecord>> m_seedRecords; // copied or injected, stored on activation
    QList<CommandStep*> m_running; // programs running
    // App runs
    ModelProxy* m_proxy = nullptr;
    std::unique_ptr<PromptMatcher> m_matcher;
    std::unique_ptr<QTemporaryDir> m_appFiles;
    std::unique_ptr<AppSpanSink> m_appSpans; // the program's spans, by example
    std::unique_ptr<OtlpReceiver> m_appReceiver; // where the program's exporter sends them (goes first)
    QList<AppExample*> m_apps; // programs running
    QStringList m_unnamedCalls;
    int m_finished = 0;
    int m_total = 0;
    int m_resumed = 0;
    bool m_scheduled = false;
    bool m_stopping = false;
    bool m_done = false;
    QString m_failure;
    QElapsedTimer m_clock;
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::RunProgress)
Q_DECLARE_METATYPE(fapo::RunOutcome)
Q_DECLARE_METATYPE(fapo::ExampleResult)
