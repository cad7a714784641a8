// Runs of app pipelines: the user's program runs each example (core/app/appexample.h), its model calls
// come through the model proxy and become the example's step records, its stdout the final output.
#include "core/app/appexample.h"
#include "core/app/appspans.h"
#include "core/app/modelproxy.h"
#include "core/app/promptmatcher.h"
#include "core/app/promptset.h"
#include "core/run/callqueue.h"
#include "core/run/runner.h"
#include <QFile>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace fapo {

bool Runner::prepareApp(QString* error)
{
    const AppConfig& app = *m_pipeline.app;
    for (const PromptFile& p : m_pipeline.prompts)
        if (p.text.isEmpty() && !QFileInfo::exists(p.path)) {
            *error = tr("prompt \"%1\": %2 does not exist").arg(p.name, p.path);
            return false;
        }
    if (!addModels(app.model.isEmpty() ? QStringList() : QStringList { app.model }, error))
        return false;
    if (!ensureTrusted(tr("%1 runs the program %2 on this machine; run once with --trust if you trust this pipeline file")
                           .arg(m_pipeline.path, app.command.value(0)),
                       error))
        return false;
    // The version stored for the run carries the prompt texts: the run says which prompt set it used.
    m_pipeline = withPromptTexts(m_pipeline);
    m_pipeline.output = appOutputStepId(m_pipeline);
    m_matcher = std::make_unique<PromptMatcher>(m_pipeline.prompts);
    return true;
}

bool Runner::startAppSession(QString* error)
{
    // The program's calls are recorded again when an example is run again: no records of an
    // interrupted attempt stand in for them (their replies come from the cache).
    m_resumedRecords.clear();
    m_appFiles = std::make_unique<QTemporaryDir>();
    QFile prompts(m_appFiles->filePath(QStringLiteral("prompts.json")));
    if (!m_appFiles->isValid() || !prompts.open(QIODevice::WriteOnly)
        || prompts.write(QByteArray::fromStdString(promptSetJson(m_pipeline).dump(2))) < 0) {
        *error = tr("cannot write the prompt set for the program: %1").arg(prompts.errorString());
        return false;
    }
    ProxyOptions options;
    if (!m_env.anthropicBaseUrl.isEmpty())
        options.anthropicUpstream = m_env.anthropicBaseUrl;
    if (!m_env.openaiBaseUrl.isEmpty())
        options.openaiUpstream = m_env.openaiBaseUrl;
    while (options.anthropicUpstream.endsWith(QLatin1Char('/')))
        options.anthropicUpstream.chop(1);
    while (options.openaiUpstream.endsWith(QLatin1Char('/')))
        options.openaiUpstream.chop(1);
    options.useCache = m_options.useCache;
    options.timeoutMs = m_pipeline.app->timeoutMs;
    options.answerModel = m_pipeline.app->model;
    m_proxy = new ModelProxy(m_workspace, m_calls, options, this);
    connect(m_proxy, &ModelProxy::callReturned, this, &Runner::scheduleSoon);
    if (!m_proxy->listen(error))
        return false;
    // Spans are optional for the program; the receiver that takes them is always there.
    m_appSpans = std::make_unique<AppSpanSink>(m_runId);
    ReceiverOptions receiver;
    receiver.port = 0;
    m_appReceiver = std::make_unique<OtlpReceiver>(receiver, m_appSpans.get());
    QString why;
    if (!m_appReceiver->listen(&why)) {
        *error = tr("cannot listen for the program's spans: %1").arg(why);
        return false;
    }
    return true;
}

void Runner::advanceApp(ExampleState& ex)
{
    if (ex.finishing)
        return;
    if (ex.done.count(m_pipeline.output))
        return finishExample(ex);
    if (ex.started.contains(m_pipeline.output))
        return;
    const int slots = m_pipeline.app->concurrency > 0 ? m_pipeline.app->concurrency : m_options.concurrency;
    if (m_apps.size() >= slots)
        return;
    ex.started.insert(m_pipeline.output);
    AppLaunch launch;
    launch.runId = m_runId;
    launch.outputStepId = m_pipeline.output;
    launch.promptsFile = m_appFiles->filePath(QStringLiteral("prompts.json"));
    launch.otlpEndpoint = m_appReceiver->url();
    launch.spans = m_appSpans.get();
    const auto injected = m_options.injected.find(ex.example->id);
    if (injected != m_options.injected.end()) {
        for (const auto& [stepId, record] : injected->second)
            launch.injected[stepId] = record.output;
        launch.baseCalls = baseRunCalls(ex.example->id);
    }
    auto* program = new AppExample(m_pipeline, *m_matcher, *ex.example, std::move(launch), m_proxy, this);
    m_apps << program;
    const QString exampleId = ex.example->id;
    connect(program, &AppExample::callFinished, this, [this, exampleId](const StepRecord& record) {
        const auto it = m_active.find(exampleId);
        if (it != m_active.end() && !m_stopping)
            stepDone(*it->second, record);
    });
    connect(program, &AppExample::finished, this, [this, program, exampleId](const StepRecord& record) {
        m_apps.removeOne(program);
        for (const QString& id : program->unnamedCalls())
            if (!m_unnamedCalls.contains(id))
                m_unnamedCalls << id;
        program->deleteLater();
        const auto it = m_active.find(exampleId);
        if (m_stopping || it == m_active.end()) {
            scheduleSoon();
            return;
        }
        stepDone(*it->second, record);
    });
    program->start();
}

QStringList Runner::baseRunCalls(const QString& exampleId) const
{
    std::vector<StepRecord> calls;
    for (StepRecord& r : m_workspace->stepRecords(m_options.baseRunId, exampleId))
        if (r.kind == StepKind::Llm && r.stepId != m_pipeline.output)
            calls.push_back(std::move(r));
    std::stable_sort(calls.begin(), calls.end(), [](const StepRecord& a, const StepRecord& b) { return a.startedAt < b.startedAt; });
    QStringList ids;
    for (const StepRecord& r : calls)
        ids << r.stepId;
    return ids;
}

QStringList Runner::appNotes() const
{
    if (m_unnamedCalls.isEmpty())
        return {};
    return { tr("%n model call(s) matched no prompt of the pipeline and became steps named by their model: %1", nullptr,
                int(m_unnamedCalls.size()))
                 .arg(m_unnamedCalls.join(QStringLiteral(", "))) };
}

} // namespace fapo
