#include "core/app/appexample.h"
#include "core/run/commandstep.h"
#include "core/run/stepoutput.h"
#include <QFileInfo>
#include <algorithm>

namespace fapo {

using nlohmann::json;

AppExample::AppExample(const Pipeline& app, const PromptMatcher& matcher, const Example& example, AppLaunch launch, ModelProxy* proxy,
                       QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_matcher(matcher)
    , m_exampleId(example.id)
    , m_launch(std::move(launch))
    , m_proxy(proxy)
{
    const json line { { "id", example.id.toStdString() }, { "input", example.input } };
    m_stdin = QByteArray::fromStdString(line.dump()) + '\n';
}

AppExample::~AppExample()
{
    if (m_route.isValid())
        m_proxy->close(m_route);
}

QProcessEnvironment AppExample::environment() const
{
    // The user's environment (their keys pass through to their SDK), plus where FAPO Studio listens.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAPO_PROMPTS"), m_launch.promptsFile);
    env.insert(QStringLiteral("FAPO_EXAMPLE_ID"), m_exampleId);
    env.insert(QStringLiteral("FAPO_RUN_ID"), QString::number(m_launch.runId));
    const QString base = m_route.toString();
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), base);
    env.insert(QStringLiteral("OPENAI_BASE_URL"), base + QStringLiteral("/v1"));
    if (m_launch.otlpEndpoint.isValid()) {
        env.insert(QStringLiteral("OTEL_EXPORTER_OTLP_ENDPOINT"), m_launch.otlpEndpoint.toString());
        env.insert(QStringLiteral("OTEL_EXPORTER_OTLP_PROTOCOL"), QStringLiteral("http/protobuf"));
        QString attributes = env.value(QStringLiteral("OTEL_RESOURCE_ATTRIBUTES"));
        if (!attributes.isEmpty())
            attributes += QLatin1Char(',');
        attributes += QStringLiteral("fapo.run.id=%1,fapo.example.id=%2")
                          .arg(m_launch.runId)
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_exampleId)));
        env.insert(QStringLiteral("OTEL_RESOURCE_ATTRIBUTES"), attributes);
        env.insert(QStringLiteral("OTEL_BSP_SCHEDULE_DELAY"), QStringLiteral("100"));
    }
    return env;
}

void AppExample::start()
{
    m_route = m_proxy->open(this, m_launch.runId, m_exampleId);
    m_startedAt = QDateTime::currentDateTimeUtc();
    const AppConfig& app = *m_app.app;
    m_program = new CommandStep(app.command, m_stdin, app.timeoutMs, QFileInfo(m_app.path).absolutePath(), this);
    m_program->setEnvironment(environment());
    m_clock.start();
    connect(m_program, &CommandStep::finished, this, [this] {
        StepRecord r;
        r.runId = m_launch.runId;
        r.exampleId = m_exampleId;
        r.stepId = m_launch.outputStepId;
        r.kind = StepKind::Command;
        r.startedAt = m_startedAt;
        r.durationMs = m_clock.elapsed();
        r.prompt = QString::fromUtf8(m_stdin).trimmed();
        r.output = m_program->output();
        r.error = m_program->error();
        if (r.error.isEmpty()) {
            Step program;
            program.id = r.stepId;
            program.kind = StepKind::Command;
            program.parse = m_app.app->parse;
            r.error = parseStepOutput(program, r);
        }
        r.passed = r.error.isEmpty();
        // Calls the program left behind (it was stopped) are not this example's any more.
        m_proxy->close(m_route);
        m_route.clear();
        recordSteps();
        Q_EMIT finished(r);
    });
    m_program->start();
}

void AppExample::abort()
{
    if (m_program)
        m_program->abort();
}

QString AppExample::nameCall(const ProxiedRequest& request)
{
    // A provisional name: spans may name the call otherwise once the program has exited.
    const QString matched = m_matcher.match(request);
    const QString byModel = modelCallName(request.model);
    const QString name = matched.isEmpty() ? byModel : matched;
    const int n = ++m_seen[name];
    const QString id = matched.isEmpty() || n > 1 ? QStringLiteral("%1#%2").arg(name).arg(n) : name;
    m_arrivals.insert(id, { int(m_arrivals.size()), matched, byModel });
    return id;
}

std::optional<QString> AppExample::injectedOutput(const QString& stepId) const
{
    auto it = m_launch.injected.find(stepId);
    const auto arrival = m_arrivals.constFind(stepId);
    if (it == m_launch.injected.end() && arrival != m_arrivals.cend() && arrival->order < m_launch.baseCalls.size())
        it = m_launch.injected.find(m_launch.baseCalls[arrival->order]);
    if (it == m_launch.injected.end())
        return std::nullopt;
    return it->second;
}

void AppExample::callRecorded(StepRecord record)
{
    const Arrival arrival = m_arrivals.value(record.stepId);
    m_calls.push_back({ arrival.order, AppCall { std::move(record), arrival.matchedPrompt, arrival.modelName } });
}

void AppExample::recordSteps()
{
    std::stable_sort(m_calls.begin(), m_calls.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<AppCall> calls;
    for (auto& [order, call] : m_calls)
        calls.push_back(std::move(call));
    m_calls.clear();
    const std::vector<ImportedSpan> spans = m_launch.spans ? m_launch.spans->take(m_exampleId) : std::vector<ImportedSpan>();
    AppExampleSteps steps = appExampleSteps(m_launch.runId, m_exampleId, calls, spans, m_app.prompts, { m_launch.outputStepId });
    m_unnamed = steps.unnamedCalls;
    for (const StepRecord& r : steps.records)
        Q_EMIT callFinished(r);
}

} // namespace fapo
