#include "core/run/runner.h"
#include "core/app/appexample.h"
#include "core/app/modelproxy.h"
#include "core/app/promptmatcher.h"
#include "core/run/commandtrust.h"
#include "core/eval/checks.h"
#include "core/eval/jsonextract.h"
#include "core/eval/judge.h"
#include "core/pricing.h"
#include "core/providers/modelprovider.h"
#include "core/run/callqueue.h"
#include "core/runview/cellstate.h"
#include "core/run/commandstep.h"
#include "core/run/stepinputs.h"
#include "core/run/stepoutput.h"
#include <QFileInfo>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

Runner::Runner(Pipeline pipeline, Dataset dataset, Workspace* workspace, ProviderEnvironment env, RunOptions options, QObject* parent)
    : QObject(parent)
    , m_pipeline(std::move(pipeline))
    , m_dataset(std::move(dataset))
    , m_workspace(workspace)
    , m_env(std::move(env))
    , m_options(options)
{
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_calls = new CallQueue(m_workspace, m_options.concurrency, m_options.useCache, this);
    m_calls->setBatching(BatchOptions { m_options.batch, m_options.batchPollMs });
    connect(m_calls, &CallQueue::fatal, this, &Runner::fail);
    connect(m_calls, &CallQueue::batchesChanged, this, &Runner::emitProgress);
    connect(m_calls, &CallQueue::callReturned, this, &Runner::scheduleSoon);
}

Runner::~Runner() = default;

void Runner::start()
{
    m_clock.start();
    emitProgress();
    scheduleSoon();
}

void Runner::scheduleSoon()
{
    if (m_scheduled || m_done)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &Runner::schedule, Qt::QueuedConnection);
}

void Runner::schedule()
{
    m_scheduled = false;
    if (m_done)
        return;
    if (m_stopping) {
        if (m_calls->inFlight() == 0 && m_running.isEmpty() && m_apps.isEmpty() && (!m_proxy || m_proxy->inFlight() == 0))
            finishRun(m_failure.isEmpty() ? RunStatus::Interrupted : RunStatus::Failed);
        return;
    }
    activateExamples();
    // Copy the keys: advancing may finish (and erase) an example.
    QStringList ids;
    for (const auto& [id, state] : m_active)
        ids << id;
    for (const QString& id : ids) {
        const auto it = m_active.find(id);
        if (it != m_active.end())
            advance(*it->second);
        if (m_stopping)
            break;
    }
    if (m_active.empty() && m_nextTodo >= m_todo.size() && m_calls->idle())
        finishRun(RunStatus::Done);
}

void Runner::activateExamples()
{
    // Keep enough examples open to fill every call slot, but not the whole dataset in memory. Batches
    // take every example at once: each step level of the whole dataset is one batch.
    const size_t window = m_options.batch ? m_todo.size() : size_t(std::max(4, m_options.concurrency * 2));
    while (m_active.size() < window && m_nextTodo < m_todo.size()) {
        const size_t index = m_todo[m_nextTodo++];
        auto state = std::make_unique<ExampleState>();
        state->example = &m_dataset.examples[index];
        state->position = int(index);
        state->clock.start();
        const auto resumed = m_resumedRecords.find(state->example->id);
        if (resumed != m_resumedRecords.end()) {
            for (const auto& [stepId, record] : resumed->second) {
                state->done[stepId] = record;
                state->started.insert(stepId);
            }
            m_resumedRecords.erase(resumed);
        }
        const auto seeded = m_seedRecords.find(state->example->id);
        if (seeded != m_seedRecords.end()) {
            for (auto& [stepId, record] : seeded->second) {
                if (!m_workspace->storeStepRecord(record))
                    return fail(recordsLost(state->example->id));
                state->started.insert(stepId);
                state->done[stepId] = std::move(record);
            }
            m_seedRecords.erase(seeded);
        }
        m_active[state->example->id] = std::move(state);
    }
}

void Runner::advance(ExampleState& ex)
{
    if (m_pipeline.isApp())
        return advanceApp(ex);
    if (ex.finishing)
        return;
    for (const Step& step : m_pipeline.steps) {
        if (ex.started.contains(step.id))
            continue;
        const QStringList upstream = m_pipeline.graph.upstreamSteps(step.id);
        bool ready = true;
        QString brokenBy;
        for (const QString& u : upstream) {
            const auto it = ex.done.find(u);
            if (it == ex.done.end())
                ready = false;
            else if (!it->second.error.isEmpty() && brokenBy.isEmpty())
                brokenBy = u;
        }
        if (!brokenBy.isEmpty()) {
            // An upstream error leaves nothing to work on: record why this step did not run.
            ex.started.insert(step.id);
            StepRecord r;
            r.runId = m_runId;
            r.exampleId = ex.example->id;
            r.stepId = step.id;
            r.kind = step.kind;
            r.startedAt = QDateTime::currentDateTimeUtc();
            r.error = tr("not run: upstream step \"%1\" failed").arg(brokenBy);
            r.passed = false;
            stepDone(ex, std::move(r));
            return; // stepDone re-schedules
        }
        if (!ready)
            continue;
        ex.started.insert(step.id);
        runStep(ex, step);
        if (m_stopping)
            return;
    }
    if (ex.done.size() == m_pipeline.steps.size())
        finishExample(ex);
}

void Runner::runStep(ExampleState& ex, const Step& step)
{
    switch (step.kind) {
    case StepKind::Llm:
        runLlmStep(ex, step);
        break;
    case StepKind::Retrieve:
        runRetrieveStep(ex, step);
        break;
    case StepKind::Transform:
        runTransformStep(ex, step);
        break;
    case StepKind::Command:
        runCommandStep(ex, step);
        break;
    }
}

static StepRecord newRecord(qint64 runId, const Example& ex, const Step& step)
{
    StepRecord r;
    r.runId = runId;
    r.exampleId = ex.id;
    r.stepId = step.id;
    r.kind = step.kind;
    r.startedAt = QDateTime::currentDateTimeUtc();
    return r;
}

void Runner::runLlmStep(ExampleState& ex, const Step& step)
{
    const StepInputs inputs(*ex.example, ex.done);
    const ModelConfig* config = m_pipeline.modelFor(step);
    ModelRequest request;
    request.system = inputs.render(step.system).text;
    request.prompt = inputs.render(step.prompt).text;
    request.maxTokens = step.maxTokens.value_or(config->maxTokens);
    request.temperature = step.temperature ? step.temperature : config->temperature;
    request.stop = step.stop;
    request.stream = config->stream;

    StepRecord record = newRecord(m_runId, *ex.example, step);
    record.system = request.system;
    record.prompt = request.prompt;
    record.model = config->model;
    const QString exampleId = ex.example->id;
    QElapsedTimer clock;
    clock.start();
    callModel(step.model, request, [this, exampleId, &step, record, clock](const ModelResponse& response, bool fromCache) mutable {
        const auto it = m_active.find(exampleId);
        if (it == m_active.end())
            return;
        record.durationMs = clock.elapsed();
        record.called = true;
        record.cacheHit = fromCache;
        record.requestId = response.requestId;
        if (!response.ok()) {
            record.error = response.errorMessage.isEmpty() ? callErrorName(response.error) : response.errorMessage;
        } else {
            record.output = response.text;
            if (!response.model.isEmpty())
                record.model = response.model;
            record.inputTokens = response.usage.inputTokens;
            record.outputTokens = response.usage.outputTokens;
            record.cacheReadTokens = response.usage.cacheReadTokens;
            record.cacheWriteTokens = response.usage.cacheWriteTokens;
            record.costUsd = fromCache ? 0.0 : PriceTable::builtin().cost(record.model, response.usage, response.batched);
            record.error = parseStepOutput(step, record);
        }
        applyStepChecks(step, record);
        stepDone(*it->second, std::move(record));
    });
}

void Runner::runRetrieveStep(ExampleState& ex, const Step& step)
{
    const StepInputs inputs(*ex.example, ex.done);
    StepRecord record = newRecord(m_runId, *ex.example, step);
    QElapsedTimer clock;
    clock.start();
    record.prompt = inputs.render(step.query).text;
    QString error;
    const auto passages = m_workspace->search(m_corpusHashes[step.id], record.prompt, step.topK, &error);
    record.error = error;
    QStringList lines;
    json value = json::array();
    for (size_t i = 0; i < passages.size(); ++i) {
        const Passage& p = passages[i];
        lines << QStringLiteral("[%1] %2: %3").arg(i + 1).arg(p.title, p.text);
        value.push_back(
            { { "id", p.id.toStdString() }, { "title", p.title.toStdString() }, { "text", p.text.toStdString() }, { "score", p.score } });
    }
    record.output = lines.join(QLatin1Char('\n'));
    record.parsed = value;
    record.durationMs = clock.elapsed();
    applyStepChecks(step, record);
    stepDone(ex, std::move(record));
}

void Runner::runTransformStep(ExampleState& ex, const Step& step)
{
    const StepInputs inputs(*ex.example, ex.done);
    StepRecord record = newRecord(m_runId, *ex.example, step);
    record.prompt = step.templateText;
    record.output = inputs.render(step.templateText).text;
    record.error = parseStepOutput(step, record);
    applyStepChecks(step, record);
    stepDone(ex, std::move(record));
}

void Runner::runCommandStep(ExampleState& ex, const Step& step)
{
    const StepInputs inputs(*ex.example, ex.done);
    StepRecord record = newRecord(m_runId, *ex.example, step);
    json refs = json::object();
    for (const QString& reference : step.inputs) {
        if (auto ref = parseReference(reference, nullptr))
            refs[reference.toStdString()] = inputs.value(*ref).toStdString();
    }
    const json payload { { "id", ex.example->id.toStdString() }, { "input", ex.example->input }, { "inputs", refs } };
    record.prompt = QString::fromStdString(payload.dump());
    auto* command = new CommandStep(step.argv, record.prompt.toUtf8(), step.timeoutMs, QFileInfo(m_pipeline.path).absolutePath(), this);
    m_running << command;
    const QString exampleId = ex.example->id;
    QElapsedTimer clock;
    clock.start();
    connect(command, &CommandStep::finished, this, [this, command, exampleId, &step, record, clock]() mutable {
        m_running.removeOne(command);
        command->deleteLater();
        const auto it = m_active.find(exampleId);
        if (m_stopping || it == m_active.end()) {
            scheduleSoon();
            return;
        }
        record.durationMs = clock.elapsed();
        record.output = command->output();
        record.error = command->error();
        if (record.error.isEmpty())
            record.error = parseStepOutput(step, record);
        applyStepChecks(step, record);
        stepDone(*it->second, std::move(record));
    });
    command->start();
}

void Runner::callModel(const QString& modelName, const ModelRequest& request, std::function<void(const ModelResponse&, bool)> done)
{
    m_calls->call(modelName, request, std::move(done));
}

void Runner::stepDone(ExampleState& ex, StepRecord record)
{
    if (!m_failure.isEmpty())
        return;
    if (!m_workspace->storeStepRecord(record))
        return fail(recordsLost(ex.example->id));
    ex.done[record.stepId] = std::move(record);
    scheduleSoon();
}

void Runner::finishExample(ExampleState& ex)
{
    ex.finishing = true;
    const StepRecord& last = ex.done.at(m_pipeline.output);
    std::optional<json> finalValue;
    if (!last.parsed.is_null())
        finalValue = last.parsed;
    std::vector<MetricResult> results;
    std::vector<size_t> judged;
    for (size_t i = 0; i < m_pipeline.metrics.size(); ++i) {
        const Metric& m = m_pipeline.metrics[i];
        results.push_back(evaluateMetric(m, last.output, finalValue, ex.example->expected));
        if (metricNeedsModel(m) && last.error.isEmpty())
            judged.push_back(i);
    }
    if (judged.empty()) {
        completeExample(ex, std::move(results));
        return;
    }
    // llm_judge metrics ask the critic model, one call per metric.
    auto remaining = std::make_shared<size_t>(judged.size());
    auto shared = std::make_shared<std::vector<MetricResult>>(std::move(results));
    const QString exampleId = ex.example->id;
    for (size_t i : judged) {
        const Metric& m = m_pipeline.metrics[i];
        callModel(QStringLiteral("critic"), judgeRequest(m, *ex.example, last.output),
                  [this, exampleId, i, m, remaining, shared](const ModelResponse& r, bool) {
                      (*shared)[i] = readJudgeReply(m, r, (*shared)[i]);
                      if (--*remaining == 0) {
                          const auto it = m_active.find(exampleId);
                          if (it != m_active.end())
                              completeExample(*it->second, std::move(*shared));
                      }
                  });
    }
}

void Runner::completeExample(ExampleState& ex, std::vector<MetricResult> metrics)
{
    const StepRecord& last = ex.done.at(m_pipeline.output);
    ExampleResult result;
    result.runId = m_runId;
    result.exampleId = ex.example->id;
    result.position = ex.position;
    result.finalOutput = last.output;
    const ExampleScore score = scoreExample(m_pipeline.metrics, metrics);
    result.score = score.score;
    result.metrics = toJson(score.metrics);
    // An app's program failed itself (its stderr says why) or through a call: its own error first.
    QString firstError = last.error.isEmpty() || !m_pipeline.isApp() ? QString() : QStringLiteral("%1: %2").arg(last.stepId, last.error);
    QStringList order = m_pipeline.graph.steps;
    if (m_pipeline.isApp()) { // the steps its calls were named as, as they started
        std::vector<const StepRecord*> records;
        for (const auto& [id, r] : ex.done)
            records.push_back(&r);
        std::stable_sort(records.begin(), records.end(),
                         [](const StepRecord* a, const StepRecord* b) { return a->startedAt < b->startedAt; });
        order.clear();
        for (const StepRecord* r : records)
            order << r->stepId;
    }
    for (const QString& id : order) {
        const StepRecord& r = ex.done.at(id);
        if (!r.cacheHit) { // tokens billed: a cache hit costs nothing
            result.inputTokens += r.inputTokens;
            result.outputTokens += r.outputTokens;
        }
        result.costUsd += r.costUsd;
        if (firstError.isEmpty() && !r.error.isEmpty())
            firstError = QStringLiteral("%1: %2").arg(id, r.error);
    }
    result.latencyMs = ex.clock.elapsed();
    if (!m_pipeline.isApp()) // an app's steps differ from example to example: the view packs them
        result.cells = packCells(m_pipeline, ex.done);
    if (!last.error.isEmpty()) {
        result.status = ExampleStatus::Error;
        result.error = firstError;
        result.score = 0.0;
    } else {
        result.status = score.passed ? ExampleStatus::Passed : ExampleStatus::Failed;
    }
    if (!m_workspace->storeExampleResult(result))
        return fail(recordsLost(ex.example->id));
    ++m_finished;
    Q_EMIT exampleFinished(result);
    m_active.erase(ex.example->id); // `ex` is gone from here on
    emitProgress();
    scheduleSoon();
}

QString Runner::recordsLost(const QString& exampleId) const
{
    return tr("example \"%1\": its records could not be stored in %2; the run stops here (run it again to resume)")
        .arg(exampleId, m_workspace->path());
}

void Runner::fail(const QString& message)
{
    if (!m_failure.isEmpty())
        return;
    m_failure = message;
    spdlog::error("{}", message.toStdString());
    stop(true);
}

void Runner::cancel() { stop(false); }

void Runner::stop(bool abortCalls)
{
    if (m_done)
        return;
    if (m_stopping && !abortCalls)
        return;
    m_stopping = true;
    // Model calls in flight are let finish and stored (they are paid for), unless the run failed;
    // programs are stopped at once.
    m_calls->stop(abortCalls);
    const QList<CommandStep*> running = m_running;
    for (CommandStep* command : running)
        command->abort();
    const QList<AppExample*> apps = m_apps;
    for (AppExample* app : apps)
        app->abort();
    scheduleSoon();
}

void Runner::finishRun(RunStatus status)
{
    if (m_done)
        return;
    m_done = true;
    RunOutcome outcome;
    outcome.runId = m_runId;
    outcome.status = status;
    // A run whose end is not in the workspace never reports done.
    if (!m_workspace->setRunStatus(m_runId, status, m_failure)) {
        outcome.status = RunStatus::Failed;
        m_failure = tr("run %1: its end could not be stored in %2").arg(m_runId).arg(m_workspace->path());
    }
    outcome.error = m_failure;
    outcome.totals = m_workspace->totals(m_runId);
    outcome.callsThisSession = m_calls->networkCalls();
    outcome.cacheHitsThisSession = m_calls->cacheHits();
    outcome.wallMs = m_clock.elapsed();
    outcome.resumedExamples = m_resumed;
    if (m_proxy) {
        outcome.callsThisSession += m_proxy->networkCalls();
        outcome.cacheHitsThisSession += m_proxy->cacheHits();
        outcome.notes = appNotes();
    }
    Q_EMIT finished(outcome);
}

void Runner::emitProgress()
{
    RunProgress p;
    p.finished = m_finished;
    p.total = m_total;
    p.inFlight = m_calls->inFlight();
    p.batches = m_calls->batchProgress();
    Q_EMIT progress(p);
}

} // namespace fapo
