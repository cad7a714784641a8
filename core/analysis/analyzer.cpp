#include "core/analysis/analyzer.h"
#include "core/app/apprungraph.h"
#include "core/analysis/criticrequests.h"
#include "core/eval/metrics.h"
#include "core/pricing.h"
#include "core/run/callqueue.h"
#include "core/run/runner.h"
#include "core/workspace/workspace.h"
#include <QTimer>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

struct AnalysisInput {
    RunInfo run;
    Pipeline pipeline;
    Dataset dataset;
    std::vector<ExampleResult> results;
    std::map<QString, std::map<QString, StepRecord>> records; // example -> step -> record
    std::map<QString, const Example*> examples;
};

struct Analyzer::Case {
    const Example* example = nullptr;
    const std::map<QString, StepRecord>* records = nullptr;
    ExampleEvidence evidence;
    Verdict verdict;
    bool open = false; // not settled yet: replay and the critic may look at it
};

namespace {

const std::map<QString, StepRecord> kNoRecords;

} // namespace

Analyzer::Analyzer(Workspace* workspace, ProviderEnvironment env, AnalysisOptions options, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_env(std::move(env))
    , m_options(options)
{
}

Analyzer::~Analyzer() = default;

bool Analyzer::prepare(QString* error)
{
    m_input = std::make_unique<AnalysisInput>();
    AnalysisInput& in = *m_input;
    if (m_options.runId > 0) {
        const auto run = m_workspace->run(m_options.runId);
        if (!run) {
            *error = tr("run %1 is not in the workspace %2").arg(m_options.runId).arg(m_workspace->path());
            return false;
        }
        in.run = *run;
    } else {
        const auto runs = m_workspace->primaryRuns();
        if (runs.empty()) {
            *error = tr("the workspace %1 has no runs yet; run the dataset first (fapo run)").arg(m_workspace->path());
            return false;
        }
        in.run = runs.back();
    }
    m_runId = in.run.id;
    QString why;
    const auto pipeline = pipelineOfRun(*m_workspace, in.run, &why);
    if (!pipeline) {
        *error = tr("run %1: %2").arg(m_runId).arg(why);
        return false;
    }
    in.pipeline = *pipeline;
    const auto dataset = m_workspace->dataset(in.run.datasetId);
    if (!dataset) {
        *error = tr("run %1: its dataset is not in the workspace").arg(m_runId);
        return false;
    }
    in.dataset = *dataset;
    for (const Example& e : in.dataset.examples)
        in.examples[e.id] = &e;
    in.results = m_workspace->exampleResults(m_runId);
    if (in.results.empty()) {
        *error = tr("run %1 has no finished examples to analyse").arg(m_runId);
        return false;
    }
    for (StepRecord& r : m_workspace->stepRecords(m_runId))
        in.records[r.exampleId][r.stepId] = std::move(r);

    // Evidence for every example: passing ones teach the profile, failing ones get verdicts.
    std::vector<ExampleEvidence> passing;
    for (const ExampleResult& result : in.results) {
        const auto ex = in.examples.find(result.exampleId);
        if (ex == in.examples.end())
            continue;
        const auto rec = in.records.find(result.exampleId);
        const auto& records = rec == in.records.end() ? kNoRecords : rec->second;
        ExampleEvidence ev = collectEvidence(in.pipeline, *ex->second, result, records);
        if (result.status == ExampleStatus::Passed) {
            passing.push_back(std::move(ev));
            continue;
        }
        auto c = std::make_unique<Case>();
        c->example = ex->second;
        c->records = &records;
        c->evidence = std::move(ev);
        m_cases.push_back(std::move(c));
    }
    m_profile = profileFromPassing(in.pipeline, passing);
    for (auto& c : m_cases) {
        c->verdict = locateByRules(in.pipeline, c->evidence, m_profile);
        c->open = !c->verdict.settled();
    }

    // What replay and the critic may cost, at most.
    m_estimate.failed = int(m_cases.size());
    const ModelConfig* critic = nullptr;
    if (const auto it = in.pipeline.models.find(QStringLiteral("critic")); it != in.pipeline.models.end())
        critic = &it->second;
    for (const auto& c : m_cases) {
        if (!c->open) {
            ++m_estimate.settledByRules;
            continue;
        }
        ++m_estimate.open;
        if (m_options.replay)
            for (const QString& step : replayCandidates(*c)) {
                m_estimate.maxCalls += modelCallsPerExample(in.pipeline, step); // the repair stands in for the step's call
            }
        if (m_options.critic && critic)
            m_estimate.maxCalls += 1;
    }
    if (critic) {
        Usage typical; // a critic request carries the whole chain; its reply is short
        typical.inputTokens = 3000;
        typical.outputTokens = 300;
        m_estimate.maxUsd = double(m_estimate.maxCalls) * PriceTable::builtin().cost(critic->model, typical);
    }
    return true;
}

QStringList Analyzer::replayCandidates(const Case& c) const
{
    const Pipeline& p = m_input->pipeline;
    QStringList out;
    const QStringList onPath = p.graph.ancestors(p.output);
    QSet<QString> cleared; // steps whose gold passed, and what they read from
    for (const auto& [id, s] : c.evidence.steps)
        if (s.gold.present && s.gold.passed) {
            cleared.insert(id);
            for (const QString& a : p.graph.ancestors(id))
                cleared.insert(a);
        }
    for (const QString& id : p.graph.steps) {
        if (id == p.output || !onPath.contains(id) || cleared.contains(id))
            continue;
        const Step* step = p.step(id);
        if (step->kind == StepKind::Llm && m_options.critic)
            out << id;
    }
    return out;
}

void Analyzer::chargeCritic(const ModelResponse& response, bool fromCache)
{
    if (response.ok() && !fromCache)
        m_criticCost += PriceTable::builtin().cost(response.model, response.usage);
    // A critic that cannot be reached after its retries will not be reached for the next case
    // either: the analysis goes on with what the rules found.
    if (m_options.critic && (response.error == CallError::Network || response.error == CallError::Timeout)) {
        m_notes << tr("the critic model cannot be reached: %1").arg(response.errorMessage);
        m_options.critic = false;
        ModelResponse refused;
        refused.error = CallError::Cancelled;
        refused.errorMessage = response.errorMessage;
        m_calls->refuseAll(refused);
    }
}

qint64 Analyzer::callsUsed() const { return (m_calls ? m_calls->networkCalls() : 0) + m_replayCalls; }

qint64 Analyzer::callsLeft() const
{
    if (m_options.budgetCalls <= 0)
        return std::numeric_limits<qint64>::max();
    return std::max<qint64>(0, m_options.budgetCalls - callsUsed());
}

void Analyzer::allowSpending(bool allowed)
{
    if (allowed)
        return;
    m_options.critic = false;
    m_options.replay = false;
}

void Analyzer::start()
{
    m_calls = new CallQueue(m_workspace, m_options.concurrency, m_options.useCache, this);
    // An authentication or spend-limit error ends the critic's part; the analysis goes on without it.
    m_calls->setFatalReachesCaller(true);
    connect(m_calls, &CallQueue::fatal, this, [this](const QString& message) {
        m_notes << tr("the critic stopped: %1").arg(message);
        m_options.critic = false;
        ModelResponse refused;
        refused.error = CallError::Cancelled;
        refused.errorMessage = message;
        m_calls->refuseAll(refused);
    });
    const auto critic = m_input->pipeline.models.find(QStringLiteral("critic"));
    QString why;
    if (critic != m_input->pipeline.models.end() && (m_options.critic || m_options.replay))
        why = missingKey(critic->second, m_env);
    if ((m_options.critic || m_options.replay) && critic != m_input->pipeline.models.end()
        && (!why.isEmpty() || !m_calls->addModel(QStringLiteral("critic"), critic->second, m_env, &why))) {
        m_notes << tr("the critic model cannot be used: %1").arg(why);
        m_options.critic = false;
    }
    Q_EMIT progress({ AnalysisStage::Rules, m_estimate.settledByRules, m_estimate.failed });
    if (m_options.replay && m_estimate.open > 0) {
        // The steps any open case could be repaired at, in graph order.
        QSet<QString> any;
        for (const auto& c : m_cases)
            if (c->open)
                for (const QString& s : replayCandidates(*c))
                    any.insert(s);
        for (const QString& s : m_input->pipeline.graph.steps)
            if (any.contains(s))
                m_replaySteps << s;
    }
    QMetaObject::invokeMethod(this, &Analyzer::replayNextStep, Qt::QueuedConnection);
}

void Analyzer::replayNextStep()
{
    if (m_cancelled)
        return finish(RunStatus::Interrupted);
    while (m_replayIndex < m_replaySteps.size()) {
        const QString step = m_replaySteps[m_replayIndex++];
        QStringList batch;
        for (const auto& c : m_cases)
            if (c->open && replayCandidates(*c).contains(step))
                batch << c->example->id;
        if (batch.isEmpty())
            continue;
        // Keep within the budget: a critic repair and the replayed model steps per example.
        const qint64 perExample = modelCallsPerExample(m_input->pipeline, step); // the repair, then what follows
        const qint64 fits = callsLeft() / perExample;
        if (fits < batch.size()) {
            m_notes << tr("the call budget allowed replaying %1 of %2 examples at \"%3\"").arg(fits).arg(batch.size()).arg(step);
            batch = batch.mid(0, int(fits));
        }
        if (batch.isEmpty())
            continue;
        runReplay(step, batch);
        return;
    }
    startCritic();
}

void Analyzer::runReplay(const QString& step, const QStringList& exampleIds)
{
    // Repairs first, written by the critic (all in parallel); then one replay run for the batch.
    auto injected = std::make_shared<std::map<QString, std::map<QString, StepRecord>>>();
    auto waiting = std::make_shared<int>(0);
    const Step* s = m_input->pipeline.step(step);
    auto launch = [this, step, injected] {
        if (m_cancelled)
            return finish(RunStatus::Interrupted);
        if (injected->empty())
            return replayNextStep();
        QStringList ids;
        for (const auto& [id, steps] : *injected)
            ids << id;
        RunOptions options;
        options.kind = RunKind::Replay;
        options.baseRunId = m_runId;
        options.injected = *injected;
        options.exampleIds = ids;
        options.concurrency = m_options.concurrency;
        options.useCache = m_options.useCache;
        options.trustCommands = m_options.trustCommands;
        m_replay = new Runner(m_input->pipeline, m_input->dataset, m_workspace, m_env, options, this);
        QString why;
        if (!m_replay->prepare(&why)) {
            m_notes << tr("replay is not possible: %1").arg(why);
            m_replay->deleteLater();
            m_replay = nullptr;
            m_replaySteps.clear();
            return startCritic();
        }
        connect(m_replay, &Runner::finished, this, [this, step](const RunOutcome& outcome) { replayFinished(step, outcome); });
        Q_EMIT progress({ AnalysisStage::Replay, m_replayIndex, int(m_replaySteps.size()) });
        m_replay->start();
    };
    std::map<QString, const Case*> caseOf;
    for (const auto& c : m_cases)
        caseOf[c->example->id] = c.get();
    for (const QString& id : exampleIds) {
        const Case* c = caseOf.at(id);
        if (!m_options.critic || s->kind != StepKind::Llm)
            continue;
        ++*waiting;
        m_calls->call(QStringLiteral("critic"), repairRequest(m_input->pipeline, *s, *c->example, *c->records),
                      [this, id, step, injected, waiting, launch](const ModelResponse& response, bool fromCache) {
                          chargeCritic(response, fromCache);
                          QString why;
                          const auto output = response.ok() ? parseRepairReply(response.text, &why) : std::nullopt;
                          if (output) {
                              StepRecord repaired;
                              repaired.output = *output;
                              repaired.model = QStringLiteral("(repaired by the critic)");
                              (*injected)[id][step] = repaired;
                          } else {
                              spdlog::warn("analysis: no repair of \"{}\" for example \"{}\": {}", step.toStdString(), id.toStdString(),
                                           (response.ok() ? why : response.errorMessage).toStdString());
                          }
                          if (--*waiting == 0)
                              launch();
                      });
    }
    if (*waiting == 0)
        launch();
}

void Analyzer::replayFinished(const QString& step, const RunOutcome& outcome)
{
    m_replay->deleteLater();
    m_replay = nullptr;
    m_replayCalls += outcome.callsThisSession;
    m_replayCost += outcome.totals.costUsd;
    if (outcome.status == RunStatus::Failed)
        m_notes << tr("a replay at \"%1\" failed: %2").arg(step, outcome.error);
    std::map<QString, ExampleStatus> status;
    for (const ExampleResult& r : m_workspace->exampleResults(outcome.runId))
        status[r.exampleId] = r.status;
    for (auto& c : m_cases) {
        const auto it = status.find(c->example->id);
        if (!c->open || it == status.end() || it->second != ExampleStatus::Passed)
            continue;
        Verdict& v = c->verdict;
        const QString rulesOrigin = v.origin;
        v.evidence["rules"] = { { "origin", rulesOrigin.toStdString() },
                                { "method", stdNameOf(v.method) },
                                { "explanation", v.explanation.toStdString() } };
        v.evidence["replay_run_id"] = outcome.runId;
        v.evidence["replayed_step"] = step.toStdString();
        v.origin = blameTarget(m_input->pipeline, c->evidence, step);
        v.method = VerdictMethod::Replay;
        const Step* s = m_input->pipeline.step(step);
        if (s->kind == StepKind::Retrieve)
            v.failureClass = FailureClass::RetrievalMiss;
        else if (v.origin != rulesOrigin || v.failureClass == FailureClass::Unknown)
            v.failureClass = FailureClass::WrongOutput;
        v.confidence = 0.9;
        v.explanation = tr("Replacing the output of \"%1\" with a repaired one and running only the steps after it makes "
                           "this example pass; no earlier repair did.")
                            .arg(step);
        if (v.origin != step)
            v.explanation
                += QLatin1Char(' ') + tr("\"%1\" runs no model, so the blame passes to \"%2\", which wrote its input.").arg(step, v.origin);
        v.path = failurePath(m_input->pipeline, v.origin);
        v.fixLevel = fixLevelFor(m_input->pipeline, v.origin, v.failureClass);
        c->open = false;
    }
    replayNextStep();
}

void Analyzer::startCritic()
{
    if (m_cancelled)
        return finish(RunStatus::Interrupted);
    std::vector<Case*> open;
    for (auto& c : m_cases)
        if (c->open)
            open.push_back(c.get());
    if (!m_options.critic || open.empty())
        return finish(RunStatus::Done);
    const qint64 left = callsLeft();
    if (qint64(open.size()) > left) {
        m_notes << tr("the call budget allowed the critic to judge %1 of %2 open examples").arg(left).arg(open.size());
        open.resize(size_t(left));
    }
    if (open.empty())
        return finish(RunStatus::Done);
    auto waiting = std::make_shared<int>(int(open.size()));
    const int total = int(open.size());
    Q_EMIT progress({ AnalysisStage::Critic, 0, total });
    for (Case* c : open) {
        m_calls->call(QStringLiteral("critic"), locateRequest(m_input->pipeline, *c->example, *c->records, c->evidence, c->verdict),
                      [this, c, waiting, total](const ModelResponse& response, bool fromCache) {
                          chargeCritic(response, fromCache);
                          QString why;
                          const auto located = response.ok() ? parseLocateReply(response.text, m_input->pipeline, &why) : std::nullopt;
                          Verdict& v = c->verdict;
                          if (located) {
                              v.evidence["rules"] = { { "origin", v.origin.toStdString() },
                                                      { "method", stdNameOf(v.method) },
                                                      { "explanation", v.explanation.toStdString() } };
                              v.evidence["critic"] = { { "origin_step", located->origin.toStdString() },
                                                       { "confidence", located->confidence },
                                                       { "explanation", located->explanation.toStdString() } };
                              v.origin = blameTarget(m_input->pipeline, c->evidence, located->origin);
                              v.method = VerdictMethod::Critic;
                              if (v.failureClass == FailureClass::Unknown)
                                  v.failureClass = FailureClass::WrongOutput;
                              v.confidence = located->confidence;
                              v.explanation = located->explanation;
                              v.path = failurePath(m_input->pipeline, v.origin);
                              v.fixLevel = fixLevelFor(m_input->pipeline, v.origin, v.failureClass);
                              c->open = false;
                          } else {
                              v.evidence["critic_rejected"] = (response.ok() ? why : response.errorMessage).toStdString();
                          }
                          const int done = total - --*waiting;
                          Q_EMIT progress({ AnalysisStage::Critic, done, total });
                          if (*waiting == 0)
                              finish(m_cancelled ? RunStatus::Interrupted : RunStatus::Done);
                      });
    }
}

void Analyzer::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    if (m_calls)
        m_calls->stop(false);
    if (m_replay)
        m_replay->cancel();
    else if (m_calls && m_calls->idle())
        QMetaObject::invokeMethod(
            this, [this] { finish(RunStatus::Interrupted); }, Qt::QueuedConnection);
}

void Analyzer::finish(RunStatus status)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT progress({ AnalysisStage::Storing, 0, 0 });
    std::vector<Verdict> verdicts;
    for (const auto& c : m_cases) {
        Verdict v = c->verdict;
        v.evidence["steps"] = c->evidence.toJson();
        verdicts.push_back(std::move(v));
    }
    AnalysisOutcome outcome;
    outcome.status = status;
    outcome.calls = callsUsed();
    outcome.costUsd = m_replayCost + m_criticCost;
    outcome.notes = m_notes;
    AnalysisSummary& summary = outcome.summary;
    summary = summarize(m_input->pipeline, m_runId, m_input->results, verdicts);
    summary.status = status;
    summary.calls = outcome.calls;
    summary.costUsd = outcome.costUsd;
    summary.notes = m_notes;
    for (const Verdict& v : verdicts)
        summary.methods[v.method] += 1;
    const json options { { "replay", m_options.replay }, { "critic", m_options.critic }, { "budget_calls", m_options.budgetCalls } };
    outcome.analysisId = m_workspace->storeAnalysis(m_runId, options, summary, verdicts);
    outcome.report = analysisJson(summary, m_input->results, verdicts, outcome.analysisId);
    if (outcome.analysisId <= 0) {
        outcome.status = RunStatus::Failed;
        outcome.error = tr("the analysis could not be stored in %1").arg(m_workspace->path());
    }
    Q_EMIT finished(outcome);
}

} // namespace fapo
