#pragma once
// One example of an app run: the user's program started with the example on stdin and FAPO Studio's
// variables in its environment (spec: live-traces-and-apps.md, section 2), its model calls named and
// recorded through the model proxy, its stdout the example's final output.
#include "core/app/appspans.h"
#include "core/app/modelproxy.h"
#include "core/app/promptmatcher.h"
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <map>

namespace fapo {

class CommandStep;

struct AppLaunch {
    qint64 runId = 0;
    QString outputStepId; // the step that stands for the program
    QString promptsFile; // FAPO_PROMPTS
    QUrl otlpEndpoint; // the trace receiver, when one listens
    AppSpanSink* spans = nullptr; // where that receiver keeps the program's spans
    std::map<QString, QString> injected; // step id -> the output its call is answered with
    // A replay's base run: its calls of this example in order. Names from spans are known only once
    // the program has exited, so a replay finds the call to answer by its place in that order.
    QStringList baseCalls;
};

class AppExample : public QObject, public ProxyClient {
    Q_OBJECT
public:
    AppExample(const Pipeline& app, const PromptMatcher& matcher, const Example& example, AppLaunch launch, ModelProxy* proxy,
               QObject* parent = nullptr);
    ~AppExample() override;

    void start();
    void abort();
    const QString& exampleId() const { return m_exampleId; }
    // Calls nothing named after a prompt, by the step ids they were given (once finished).
    const QStringList& unnamedCalls() const { return m_unnamed; }

    QString nameCall(const ProxiedRequest& request) override;
    std::optional<QString> injectedOutput(const QString& stepId) const override;
    void callRecorded(StepRecord record) override;

Q_SIGNALS:
    // Once the program has exited: each step record its calls and spans made, then the program's own
    // record (stdin, stdout, its error).
    void callFinished(const fapo::StepRecord& record);
    void finished(const fapo::StepRecord& record);

private:
    QProcessEnvironment environment() const;
    void recordSteps(); // the calls and spans of the exited program, as step records

    const Pipeline& m_app;
    const PromptMatcher& m_matcher;
    QString m_exampleId;
    QByteArray m_stdin;
    AppLaunch m_launch;
    ModelProxy* m_proxy;
    QUrl m_route;
    CommandStep* m_program = nullptr;
    QHash<QString, int> m_seen; // calls per provisional name so far
    struct Arrival {
        int order = 0;
        QString matchedPrompt;
        QString modelName;
    };
    QHash<QString, Arrival> m_arrivals; // by provisional step id
    std::vector<std::pair<int, AppCall>> m_calls; // recorded, with their arrival order
    QStringList m_unnamed;
    QDateTime m_startedAt;
    QElapsedTimer m_clock; // since the program started
};

} // namespace fapo
