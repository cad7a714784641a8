#include "run/runner.h"
#include "run/commandtrust.h"
#include "eval/checks.h"
#include "eval/jsonextract.h"
#include "pricing.h"
#include "providers/modelprovider.h"
#include "run/callqueue.h"
#include "runview/cellstate.h"
#include "run/commandstep.h"
#include "run/stepinputs.h"
#include <QFileInfo>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

struct Runner::ExampleState {
    const Example* example = nullptr;
    int position = 0;
    std::map<QString, StepRecord> done; // finished steps by id
    QSet<QString> started;
    QElapsedTimer clock;
    bool finishing = false;
};

namespace {

// Parses an output as JSON when the step asks for it; returns an error message when it cannot.
QString parseOutput(const Step& step, StepRecord& record)
{
    if (step.parse != QLatin1String("json"))
        return QString();
    QString error;
    if (auto value = extractJson(record.output, &error)) {
        record.parsed = *value;
        return QString();
    }
    return QStringLiteral("the output is not valid JSON: ") + error;
}

void applyChecks(const Step& step, StepRecord& record)
{
    std::optional<json> parsed;
    if (!record.parsed.is_null())
        parsed = record.parsed;
    const auto results = runChecks(step.checks, record.output, parsed);
    record.checks = toJson(results);
    record.passed = record.error.isEmpty() && std::all_of(results.begin(), results.end(), [](const CheckResult& c) { return c.passed; });
}

} // namespace

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
    connect(m_calls, &CallQueue::fatal, this, &Runner::fail);
    connect(m_calls, &CallQueue::callReturned, this, &Runner::scheduleSoon);
}

Runner::~Runner() = default;

bool Runner::prepare(QString* error)
{
    // Providers for every model an llm step or an llm_judge metric uses.
    QStringList needed;
    for (const Step& s : m_pipeline.steps)
        if (s.kind == StepKind::Llm && !needed.contains(s.model))
            needed << s.model;
    for (const Metric& m : m_pipeline.metrics)
        if (metricNeedsModel(m) && !needed.contains(QStringLiteral("critic")))
            needed << QStringLiteral("critic");
    for (const QString& name : needed) {
        const auto it = m_pipeline.models.find(name);
        if (it == m_pipeline.models.end()) {
            *error = tr("model \"%1\" is not defined in \"models\"").arg(name);
            return false;
        }
        QString why;
        if (!m_calls->addModel(name, it->second, m_env, &why)) {
            *error = tr("model \"%1\": %2").arg(name, why);
            return false;
        }
    }
    bool hasCommand = false;
    for (const Step& s : m_pipeline.steps) {
        if (s.kind == StepKind::Command)
            hasCommand = true;
        if (s.kind != StepKind::Retrieve)
            continue;
        Diagnostics diags;
        const auto corpus = loadCorpus(s.corpusPath, &diags);
        if (!corpus) {
            QStringList lines;
            for (const Diagnostic& d : diags)
                lines << d.toString();
            *error = tr("step \"%1\": the corpus cannot be loaded:\n%2").arg(s.id, lines.join(QLatin1Char('\n')));
            return false;
        }
        QString why;
        if (!m_workspace->ensureCorpusIndexed(*corpus, &why)) {
            *error = tr("step \"%1\": %2").arg(s.id, why);
            return false;
        }
        m_corpusHashes[s.id] = corpus->hash;
    }
    if (hasCommand) {
        const QString fileHash = pipelineFileHash(m_pipeline);
        if (m_options.trustCommands) {
            if (!m_workspace->recordTrust(fileHash, m_pipeline.path)) {
                *error = tr("the trust decision could not be stored in %1").arg(m_workspace->path());
                return false;
            }
        } else if (!m_workspace->isTrusted(fileHash)) {
            *error = tr("%1 has command steps, which run programs on this machine; run once with --trust if you "
                        "trust this pipeline file")
                         .arg(m_pipeline.path);
            return false;
        }
    }

    const qint64 pipelineId = m_workspace->storePipeline(m_pipeline);
    const qint64 datasetId = m_workspace->storeDataset(m_dataset);
    std::vector<size_t> selected; // indexes into the dataset, in order
    if (!m_options.exampleIds.isEmpty()) {
        const QSet<QString> wanted(m_options.exampleIds.begin(), m_options.exampleIds.end());
        for (size_t i = 0; i < m_dataset.examples.size(); ++i)
            if (wanted.contains(m_dataset.examples[i].id))
                selected.push_back(i);
    } else {
        const size_t n
            = m_options.limit > 0 ? std::min<size_t>(size_t(m_options.limit), m_dataset.examples.size()) : m_dataset.examples.size();
        for (size_t i = 0; i < n; ++i)
            selected.push_back(i);
    }
    const int count = int(selected.size());
    const bool derived = m_options.baseRunId > 0;
    if (derived && (m_options.resumeRunId > 0 || m_options.autoResume)) {
        // A replay or an evaluation is always a fresh run of its own.
        m_options.resumeRunId = 0;
        m_options.autoResume = false;
    }
    if (m_options.resumeRunId > 0) {
        const auto run = m_workspace->run(m_options.resumeRunId);
        if (!run) {
            *error = tr("run %1 is not in the workspace").arg(m_options.resumeRunId);
            return false;
        }
        if (run->pipelineId != pipelineId || run->datasetId != datasetId) {
            *error = tr("run %1 was made with another pipeline version or dataset; it cannot be resumed with these")
                         .arg(m_options.resumeRunId);
            return false;
        }
        m_runId = run->id;
    } else if (m_options.autoResume) {
        m_runId = m_workspace->findResumableRun(pipelineId, datasetId).value_or(0);
    }
    if (m_runId > 0) {
        if (!m_workspace->setRunStatus(m_runId, QStringLiteral("running"))) {
            *error = tr("run %1 cannot be resumed: the workspace %2 refuses writes").arg(m_runId).arg(m_workspace->path());
            return false;
        }
        spdlog::info("resuming run {}", m_runId);
    } else {
        json options { { "concurrency", m_options.concurrency }, { "limit", m_options.limit }, { "cache", m_options.useCache } };
        if (derived) {
            json rerun = json::array();
            for (const QString& id : m_options.rerunSteps)
                rerun.push_back(id.toStdString());
            options["rerun_steps"] = rerun;
        }
        m_runId = m_workspace->createRun(pipelineId, datasetId, count, options, m_options.kind, m_options.baseRunId);
        if (m_runId <= 0) {
            *error = tr("cannot create a run in the workspace %1").arg(m_workspace->path());
            return false;
        }
    }

    const QStringList finished = m_workspace->finishedExamples(m_runId);
    for (const StepRecord& r : m_workspace->stepRecords(m_runId))
        if (r.error.isEmpty() && !finished.contains(r.exampleId))
            m_resumedRecords[r.exampleId][r.stepId] = r; // steps that finished before the interruption
    for (size_t i : selected) {
        if (finished.contains(m_dataset.examples[i].id))
            ++m_resumed;
        else
            m_todo.push_back(i);
    }
    if (derived)
        seedFromBaseRun(selected);
    m_total = count;
    m_finished = m_resumed;
    return true;
}

void Runner::seedFromBaseRun(const std::vector<size_t>& selected)
{
    QSet<QString> examples;
    for (size_t i : selected)
        examples.insert(m_dataset.examples[i].id);
    QSet<QString> rerun;
    for (const QString& id : m_options.rerunSteps)
        for (const QString& s : m_pipeline.graph.affectedBy(id))
            rerun.insert(s);
    std::map<QString, QSet<QString>> runAgain; // per example: steps that must run
    for (const QString& id : examples) {
        QSet<QString> steps = rerun;
        const auto it = m_options.injected.find(id);
        if (it != m_options.injected.end())
            for (const auto& [stepId, record] : it->second)
                for (const QString& s : m_pipeline.graph.affectedBy(stepId))
                    if (s != stepId)
                        steps.insert(s);
        runAgain[id] = steps;
    }
    for (StepRecord r : m_workspace->stepRecords(m_options.baseRunId)) {
        if (!examples.contains(r.exampleId) || runAgain[r.exampleId].contains(r.stepId))
            continue;
        const auto injected = m_options.injected.find(r.exampleId);
        if (injected != m_options.injected.end() && injected->second.count(r.stepId))
            continue;
        // Copied as it was, but not paid for again: this run made no call for it.
        r.runId = m_runId;
        r.sourceRunId = m_options.baseRunId;
        r.called = false;
        r.cacheHit = false;
        r.inputTokens = r.outputTokens = r.cacheReadTokens = r.cacheWriteTokens = 0;
        r.costUsd = 0.0;
        m_seedRecords[r.exampleId][r.stepId] = std::move(r);
    }
    for (const auto& [exampleId, steps] : m_options.injected) {
        if (!examples.contains(exampleId))
            continue;
        for (const auto& [stepId, given] : steps) {
            const Step* step = m_pipeline.step(stepId);
            if (!step)
                continue;
            StepRecord r = given;
            r.runId = m_runId;
            r.exampleId = exampleId;
            r.stepId = stepId;
            r.kind = stepKindName(step->kind);
            if (!r.startedAt.isValid())
                r.startedAt = QDateTime::currentDateTimeUtc();
            if (r.parsed.is_null() && r.error.isEmpty())
                r.error = parseOutput(*step, r);
            applyChecks(*step, r);
            m_seedRecords[exampleId][stepId] = std::move(r);
        }
    }
}

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
        if (m_calls->inFlight() == 0 && m_running.isEmpty())
            finishRun(m_failure.isEmpty() ? QStringLiteral("interrupted") : QStringLiteral("failed"));
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
        finishRun(QStringLiteral("done"));
}

void Runner::activateExamples()
{
    // Keep enough examples open to fill every call slot, but not the whole dataset in memory.
    const size_t window = size_t(std::max(4, m_options.concurrency * 2));
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
            r.kind = stepKindName(step.kind);
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
    r.kind = stepKindName(step.kind);
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
            record.costUsd = fromCache ? 0.0 : PriceTable::builtin().cost(record.model, response.usage);
            record.error = parseOutput(step, record);
        }
        applyChecks(step, record);
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
    applyChecks(step, record);
    stepDone(ex, std::move(record));
}

void Runner::runTransformStep(ExampleState& ex, const Step& step)
{
    const StepInputs inputs(*ex.example, ex.done);
    StepRecord record = newRecord(m_runId, *ex.example, step);
    record.prompt = step.templateText;
    record.output = inputs.render(step.templateText).text;
    record.error = parseOutput(step, record);
    applyChecks(step, record);
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
            record.error = parseOutput(step, record);
        applyChecks(step, record);
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
        ModelRequest request;
        request.system = QStringLiteral("You grade the final answer of an AI pipeline against a rubric. Be strict "
                                        "and fair. Reply with JSON only.");
        request.prompt = QStringLiteral("Rubric:\n%1\n\nInput:\n%2\n\nExpected:\n%3\n\nAnswer to grade:\n%4\n\nReply "
                                        "with {\"score\": a number from 0 to 1, \"reason\": one sentence}.")
                             .arg(m.rubric, QString::fromStdString(ex.example->input.dump(2)),
                                  QString::fromStdString(ex.example->expected.dump(2)), last.output);
        request.maxTokens = 512;
        request.jsonSchema = json { { "type", "object" },
                                    { "properties", { { "score", { { "type", "number" } } }, { "reason", { { "type", "string" } } } } },
                                    { "required", { "score", "reason" } },
                                    { "additionalProperties", false } };
        request.schemaName = QStringLiteral("grade");
        callModel(QStringLiteral("critic"), request, [this, exampleId, i, m, remaining, shared](const ModelResponse& r, bool) {
            MetricResult& result = (*shared)[i];
            QString error;
            const auto grade = r.ok() ? extractJson(r.text, &error) : std::nullopt;
            if (grade && grade->contains("score") && (*grade)["score"].is_number()) {
                result.score = std::clamp((*grade)["score"].get<double>(), 0.0, 1.0);
                result.passed = result.score >= m.threshold;
                result.detail = QString::fromStdString(grade->value("reason", std::string()));
            } else {
                result.score = 0.0;
                result.passed = false;
                result.detail = r.ok() ? tr("the judge's reply is not a grade: %1").arg(error) : r.errorMessage;
            }
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
    QString firstError;
    for (const Step& s : m_pipeline.steps) {
        const StepRecord& r = ex.done.at(s.id);
        if (!r.cacheHit) { // tokens billed: a cache hit costs nothing
            result.inputTokens += r.inputTokens;
            result.outputTokens += r.outputTokens;
        }
        result.costUsd += r.costUsd;
        if (firstError.isEmpty() && !r.error.isEmpty())
            firstError = QStringLiteral("%1: %2").arg(s.id, r.error);
    }
    result.latencyMs = ex.clock.elapsed();
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
    scheduleSoon();
}

void Runner::finishRun(const QString& status)
{
    if (m_done)
        return;
    m_done = true;
    RunOutcome outcome;
    outcome.runId = m_runId;
    outcome.status = status;
    // A run whose end is not in the workspace never reports done.
    if (!m_workspace->setRunStatus(m_runId, status, m_failure)) {
        outcome.status = QStringLiteral("failed");
        m_failure = tr("run %1: its end could not be stored in %2").arg(m_runId).arg(m_workspace->path());
    }
    outcome.error = m_failure;
    outcome.totals = m_workspace->totals(m_runId);
    outcome.callsThisSession = m_calls->networkCalls();
    outcome.cacheHitsThisSession = m_calls->cacheHits();
    outcome.wallMs = m_clock.elapsed();
    outcome.resumedExamples = m_resumed;
    Q_EMIT finished(outcome);
}

void Runner::emitProgress()
{
    RunProgress p;
    p.finished = m_finished;
    p.total = m_total;
    p.inFlight = m_calls->inFlight();
    Q_EMIT progress(p);
}

} // namespace fapo
