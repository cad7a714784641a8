#pragma once
// One example of an app run: the user's program started with the example on stdin and FAPO Studio's
// variables in its environment (spec: live-traces-and-apps.md, section 2), its model calls named and
// recorded through the model proxy, its stdout the example's final output.
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
    std::map<QString, QString> injected; // step id -> the output its call is answered with
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
    // Calls that matched no prompt, by the step ids they were given.
    const QStringList& unnamedCalls() const { return m_unnamed; }

    QString nameCall(const ProxiedRequest& request) override;
    std::optional<QString> injectedOutput(const QString& stepId) const override;
    void callRecorded(StepRecord record) override;

Q_SIGNALS:
    void callFinished(const fapo::StepRecord& record);
    // The program's own record (stdin, stdout, its error), after every call it made was recorded.
    void finished(const fapo::StepRecord& record);

private:
    QProcessEnvironment environment() const;

    const Pipeline& m_app;
    const PromptMatcher& m_matcher;
    QString m_exampleId;
    QByteArray m_stdin;
    AppLaunch m_launch;
    ModelProxy* m_proxy;
    QUrl m_route;
    CommandStep* m_program = nullptr;
    QHash<QString, int> m_seen; // calls per name so far
    QStringList m_unnamed;
    QDateTime m_startedAt;
    QElapsedTimer m_clock; // since the program started
};

} // namespace fapo
