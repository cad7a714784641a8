#include "core/app/appexample.h"
#include "core/run/commandstep.h"
#include "core/run/stepoutput.h"
#include <QFileInfo>
#include <QRegularExpression>

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
    QString name = m_matcher.match(request);
    const bool unnamed = name.isEmpty();
    if (unnamed) {
        // Named by its model and its order, so the same program gives the same ids on every example.
        static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_]+"));
        name = request.model.toLower().replace(unsafe, QStringLiteral("_"));
        if (name.isEmpty())
            name = QStringLiteral("call");
    }
    const int n = ++m_seen[name];
    const QString id = unnamed || n > 1 ? QStringLiteral("%1#%2").arg(name).arg(n) : name;
    if (unnamed)
        m_unnamed << id;
    return id;
}

std::optional<QString> AppExample::injectedOutput(const QString& stepId) const
{
    const auto it = m_launch.injected.find(stepId);
    if (it == m_launch.injected.end())
        return std::nullopt;
    return it->second;
}

void AppExample::callRecorded(StepRecord record) { Q_EMIT callFinished(record); }

} // namespace fapo
