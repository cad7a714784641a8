#include "core/optimize/optimizer.h"
#include "core/runview/statustexts.h"
#include "core/app/promptset.h"
#include "core/analysis/analyzer.h"
#include "core/eval/metrics.h"
#include "core/eval/textnormalize.h"
#include "core/optimize/acceptancepolicy.h"
#include "core/optimize/decisions.h"
#include "core/optimize/optimizerrequest.h"
#include "core/optimize/parametersearch.h"
#include "core/analysis/labels.h"
#include "core/optimize/pipelineedit.h"
#include "core/optimize/proposalevidence.h"
#include "core/optimize/reviewchecks.h"
#include "core/pricing.h"
#include "core/run/callqueue.h"
#include "core/run/runner.h"
#include "core/workspace/workspace.h"
#include <QSet>
#include <QUuid>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

Optimizer::Optimizer(Workspace* workspace, Pipeline pipeline, Dataset dataset, ProviderEnvironment env, OptimizeOptions options,
                     QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_pipeline(pipeline.isApp() ? withPromptTexts(pipeline) : std::move(pipeline)) // as an app's runs store it
    , m_dataset(std::move(dataset))
    , m_env(std::move(env))
    , m_options(std::move(options))
{
    m_optimization = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

struct Optimizer::Baseline {
    qint64 runId = 0;
    std::map<QString, ExampleResult> results;
    std::map<QString, std::map<QString, StepRecord>> records;
};

Optimizer::~Optimizer() = default;

std::shared_ptr<const Optimizer::Baseline> Optimizer::baseline()
{
    if (!m_baseline || m_baseline->runId != m_baselineRunId) {
        auto b = std::make_shared<Baseline>();
        b->runId = m_baselineRunId;
        b->results = results(m_baselineRunId);
        b->records = recordsByExample(*m_workspace, m_baselineRunId);
        m_baseline = b;
    }
    return m_baseline;
}

bool Optimizer::prepare(QString* error)
{
    if (!m_options.step.isEmpty()) {
        const Step* s = m_pipeline.step(m_options.step);
        if (!s || s->kind != StepKind::Llm) {
            *error = tr("--step %1: the pipeline has no model step with that id").arg(m_options.step);
            return false;
        }
    }
    m_calls = new CallQueue(m_workspace, m_options.concurrency, m_options.useCache, this);
    m_calls->setFatalReachesCaller(true);
    connect(m_calls, &CallQueue::fatal, this, [this](const QString& message) {
        m_notes << tr("the optimizer model stopped: %1").arg(message);
        ModelResponse refused;
        refused.error = CallError::Cancelled;
        refused.errorMessage = message;
        m_calls->refuseAll(refused);
    });
    const auto optimizer = m_pipeline.models.find(QStringLiteral("optimizer"));
    QString why = optimizer == m_pipeline.models.end() ? QString() : missingKey(optimizer->second, m_env);
    if (optimizer == m_pipeline.models.end() || !why.isEmpty()
        || !m_calls->addModel(QStringLiteral("optimizer"), optimizer->second, m_env, &why)) {
        *error = tr("the optimizer model cannot be used: %1").arg(why);
        return false;
    }
    m_datasetId = m_workspace->storeDataset(m_dataset);
    const size_t n = m_options.limit > 0 ? std::min<size_t>(size_t(m_options.limit), m_dataset.examples.size()) : m_dataset.examples.size();
    for (size_t i = 0; i < n; ++i)
        m_exampleIds << m_dataset.examples[i].id;
    if (m_exampleIds.size() < 3) {
        *error = tr("%1: optimizing needs at least 3 examples (train, validation and test)").arg(m_dataset.path);
        return false;
    }
    return true;
}

std::map<QString, ExampleResult> Optimizer::results(qint64 runId) const
{
    std::map<QString, ExampleResult> out;
    for (ExampleResult& r : m_workspace->exampleResults(runId))
        out[r.exampleId] = std::move(r);
    return out;
}

void Optimizer::start()
{
    if (m_options.evaluateProposal > 0)
        QMetaObject::invokeMethod(this, &Optimizer::startEvaluation, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(this, &Optimizer::startRound, Qt::QueuedConnection);
}

void Optimizer::startEvaluation()
{
    const auto p = m_workspace->proposal(m_options.evaluateProposal);
    if (!p)
        return finish(RoundStatus::Failed, tr("proposal %1 is not in the workspace").arg(m_options.evaluateProposal));
    std::optional<RoundInfo> round;
    for (const RoundInfo& r : m_workspace->rounds())
        if (r.id == p->roundId)
            round = r;
    if (!round || p->baselineRunId <= 0)
        return finish(RoundStatus::Failed, tr("proposal %1 has no round to be evaluated in").arg(p->id));
    m_round = *round;
    m_round.status = RoundStatus::Done; // the round is over; this only adds evidence to it
    m_splits = Splits::fromJson(round->splits);
    m_baselineRunId = p->baselineRunId;
    m_analysisId = round->analysisId;
    m_target = p->stepId;
    m_options.approve = ApproveMode::None;
    m_options.minibatch = 0; // a person asked for it: straight to the validation set
    m_candidates = { p->id };
    evaluateNext();
}

void Optimizer::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    m_calls->stop(false);
    if (m_runner)
        m_runner->cancel();
}

void Optimizer::runExamples(const Pipeline& pipeline, RunKind kind, qint64 baseRunId, const QStringList& rerun, const QStringList& ids,
                            std::function<void(const RunOutcome&)> done)
{
    RunOptions options;
    options.kind = kind;
    options.baseRunId = baseRunId;
    options.rerunSteps = rerun;
    options.exampleIds = ids;
    options.concurrency = m_options.concurrency;
    options.useCache = m_options.useCache;
    options.trustCommands = m_options.trustCommands;
    options.batch = m_options.batch;
    options.batchPollMs = m_options.batchPollMs;
    options.autoResume = baseRunId == 0;
    options.limit = baseRunId == 0 ? m_options.limit : 0;
    m_runner = new Runner(pipeline, m_dataset, m_workspace, m_env, options, this);
    if (options.batch) // a batch may take hours: say where each one stands whenever it moves
        connect(m_runner, &Runner::progress, this, [this](const RunProgress& p) {
            for (const BatchProgress& b : p.batches) {
                const QString line = batchProgressText(b);
                if (!b.batchId.isEmpty() && m_batchLines.value(b.batchId) != line) {
                    m_batchLines[b.batchId] = line;
                    Q_EMIT progress(line);
                }
            }
        });
    QString why;
    if (!m_runner->prepare(&why)) {
        m_runner->deleteLater();
        m_runner = nullptr;
        return finish(RoundStatus::Failed, why);
    }
    connect(m_runner, &Runner::finished, this, [this, done](const RunOutcome& outcome) {
        m_runner->deleteLater();
        m_runner = nullptr;
        m_runCalls += outcome.callsThisSession;
        m_cost += outcome.totals.costUsd;
        if (outcome.status == RunStatus::Failed)
            return finish(RoundStatus::Failed, outcome.error);
        if (m_cancelled || outcome.status == RunStatus::Interrupted)
            return finish(RoundStatus::Interrupted);
        done(outcome);
    });
    m_runner->start();
}

void Optimizer::startRound()
{
    if (m_cancelled)
        return finish(RoundStatus::Interrupted);
    m_round = RoundInfo {};
    m_round.optimization = m_optimization;
    m_round.round = int(m_workspace->rounds().size()) + 1; // rounds count across invocations, as the chart shows them
    m_round.pipelineId = m_workspace->storePipeline(m_pipeline);
    m_candidates.clear();
    m_evaluated.clear();
    m_next = 0;
    m_roundQualified = false;
    // A finished run of this version over these examples is the baseline; else run one (the cache
    // answers whatever was asked before).
    m_baselineRunId = 0;
    for (const RunInfo& run : m_workspace->primaryRuns())
        if (run.pipelineId == m_round.pipelineId && run.datasetId == m_datasetId && run.status == RunStatus::Done
            && run.exampleCount >= m_exampleIds.size())
            m_baselineRunId = run.id;
    if (m_baselineRunId > 0)
        return analyseBaseline();
    Q_EMIT progress(tr("round %1: running the baseline").arg(m_round.round));
    if (!affordable(qint64(m_exampleIds.size()) * callsPerExample(), tr("the baseline run")))
        return finish(RoundStatus::Budget);
    runExamples(m_pipeline, RunKind::Run, 0, {}, m_exampleIds, [this](const RunOutcome& outcome) {
        m_baselineRunId = outcome.runId;
        analyseBaseline();
    });
}

void Optimizer::analyseBaseline()
{
    m_round.baselineRunId = m_baselineRunId;
    // An analysis the user already ran on this run (perhaps with replay and the critic) is used as it
    // is; otherwise a free one, rules and step gold only: the optimizer's money goes to rewrites.
    if (const auto stored = m_workspace->latestAnalysis(m_baselineRunId))
        return useAnalysis(stored->id, stored->summary);
    Q_EMIT progress(tr("round %1: analysing run %2").arg(m_round.round).arg(m_baselineRunId));
    AnalysisOptions options;
    options.runId = m_baselineRunId;
    auto* analyzer = new Analyzer(m_workspace, m_env, options, this);
    QString why;
    if (!analyzer->prepare(&why)) {
        analyzer->deleteLater();
        return finish(RoundStatus::Failed, why);
    }
    analyzer->allowSpending(false);
    connect(analyzer, &Analyzer::finished, this, [this, analyzer](const AnalysisOutcome& outcome) {
        analyzer->deleteLater();
        useAnalysis(outcome.analysisId, outcome.summary);
    });
    analyzer->start();
}

void Optimizer::useAnalysis(qint64 analysisId, const AnalysisSummary& summary)
{
    {
        m_analysisId = analysisId;
        m_round.analysisId = analysisId;
        // The target: the step asked for, else the model step with the most blame.
        m_target = m_options.step;
        if (m_target.isEmpty()) {
            double best = 0.0;
            for (const StepBlame& s : summary.steps) {
                const Step* step = m_pipeline.step(s.stepId);
                if (step && step->kind == StepKind::Llm && step->optimize && s.blame > best) {
                    best = s.blame;
                    m_target = s.stepId;
                }
            }
        }
        // Splits once per optimisation, stratified by where each failure starts and its kind.
        if (m_splits.of.isEmpty()) {
            std::map<QString, QString> stratum;
            for (const Verdict& v : m_workspace->verdicts(analysisId))
                stratum[v.exampleId] = v.origin + QLatin1Char('/') + nameOf(v.failureClass);
            std::vector<std::pair<QString, QString>> strata;
            for (const QString& id : m_exampleIds)
                strata.push_back({ id, stratum.count(id) ? stratum[id] : QStringLiteral("passed") });
            m_splits = makeSplits(strata, m_options.seed, m_options.holdout, m_options.validation);
        }
        m_round.splits = m_splits.toJson();
        m_round.targetStep = m_target;
        storeRoundScores();
        if (m_target.isEmpty()) {
            m_round.status = RoundStatus::Done;
            m_workspace->storeRound(m_round);
            m_notes << tr("round %1: no failure starts at a model step that may be rewritten").arg(m_round.round);
            return finish(m_roundsJson.empty() ? RoundStatus::Nothing : RoundStatus::Done);
        }
        QString why;
        const auto level = roundLevel(&why);
        if (!level) {
            m_notes << why;
            return finish(m_roundsJson.empty() ? RoundStatus::Nothing : RoundStatus::Done);
        }
        m_round.level = *level;
        m_round.escalation = why;
        m_round.id = m_workspace->storeRound(m_round);
        if (*level == FixLevel::Parameter)
            return proposeParameters();
        if (*level == FixLevel::Structure)
            return proposeStructure();
        propose();
    }
}

std::optional<FixLevel> Optimizer::roundLevel(QString* why)
{
    // What the analysis says the failures starting here need.
    std::map<FixLevel, int> need;
    int failures = 0;
    for (const Verdict& v : m_workspace->verdicts(m_analysisId))
        if (v.origin == m_target) {
            ++need[v.fixLevel];
            ++failures;
        }
    FixLevel start = FixLevel::Prompt;
    QString reason;
    if (need[FixLevel::Parameter] + need[FixLevel::Structure] > need[FixLevel::Prompt]) {
        start = need[FixLevel::Parameter] >= need[FixLevel::Structure] ? FixLevel::Parameter : FixLevel::Structure;
        reason = tr("the analysis says %1 of %2 failures that start at \"%3\" need a %4 change, which rewording cannot make")
                     .arg(need[start])
                     .arg(failures)
                     .arg(m_target, fixLevelText(start));
    }
    for (const FixLevel level : { FixLevel::Prompt, FixLevel::Parameter, FixLevel::Structure }) {
        if (level < start || !m_options.levels.contains(level))
            continue;
        if (stalledAt(level)) {
            reason = tr("a round of %1 proposals at \"%2\" found nothing to accept").arg(fixLevelText(level), m_target);
            continue;
        }
        if (level == FixLevel::Structure && m_pipeline.isApp()) {
            *why = tr("round %1: \"%2\" is a step of the app's own program; its structure is the program's to change")
                       .arg(m_round.round)
                       .arg(m_target);
            return std::nullopt;
        }
        *why = reason;
        return level;
    }
    QStringList allowed;
    for (const FixLevel level : m_options.levels)
        allowed << nameOf(level);
    *why = tr("round %1: nothing more to propose for \"%2\" at the levels allowed (--levels %3)%4")
               .arg(m_round.round)
               .arg(m_target, allowed.join(QLatin1Char(',')), reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    return std::nullopt;
}

bool Optimizer::stalledAt(FixLevel level) const
{
    const auto here = m_stalled.find(m_target);
    if (here != m_stalled.end() && here->second.count(level))
        return true;
    // A finished round of this version, target and level whose every proposal was rejected or blocked
    // (by the policy or by people): more of the same will not help.
    for (const RoundInfo& r : m_workspace->rounds()) {
        if (r.pipelineId != m_round.pipelineId || r.targetStep != m_target || r.level != level || r.status != RoundStatus::Done
            || r.id == m_round.id)
            continue;
        bool open = false;
        for (const Proposal& p : m_workspace->proposals(r.id))
            open = open || p.status == ProposalStatus::Pending || p.isApplied();
        if (!open)
            return true;
    }
    return false;
}

void Optimizer::proposeParameters()
{
    if (m_cancelled)
        return finish(RoundStatus::Interrupted);
    const auto base = baseline();
    ParameterSearch search;
    search.pipeline = &m_pipeline;
    search.target = m_target;
    for (Verdict& v : m_workspace->verdicts(m_analysisId))
        if (v.origin == m_target)
            search.failures.push_back(std::move(v));
    search.records = &base->records;
    const std::vector<Proposal> all = m_workspace->proposals();
    for (const Proposal& p : all)
        if (p.pipelineId == m_round.pipelineId)
            search.earlier.push_back(p);
    search.limit = std::max(m_options.candidates, 4);
    const std::vector<ParameterCandidate> values = parameterCandidates(search);
    Q_EMIT progress(tr("round %1: trying %n setting(s) near \"%2\"", nullptr, int(values.size())).arg(m_round.round).arg(m_target));
    if (values.empty())
        m_notes << tr("round %1: no setting near \"%2\" is left to try").arg(m_round.round).arg(m_target);
    for (const ParameterCandidate& c : values) {
        Proposal p;
        p.roundId = m_round.id;
        p.pipelineId = m_round.pipelineId;
        p.baselineRunId = m_baselineRunId;
        p.level = FixLevel::Parameter;
        p.stepId = c.stepId;
        p.field = c.parameter;
        p.oldValue = c.oldValue;
        p.newValue = c.newValue;
        p.rationale = c.rationale;
        reviewAndMark(p, m_pipeline, m_dataset, all);
        p.id = m_workspace->storeProposal(p);
        if (p.id <= 0)
            return finish(RoundStatus::Failed, tr("a proposal could not be stored in %1").arg(m_workspace->path()));
        if (p.status == ProposalStatus::Pending)
            m_candidates.push_back(p.id);
    }
    evaluateNext();
}

void Optimizer::storeRoundScores()
{
    const auto base = baseline();
    m_round.validationScore = meanScore(base->results, m_splits.validation);
    m_round.testScore = meanScore(base->results, m_splits.test);
}

OptimizerContext Optimizer::proposalContext(FixLevel level)
{
    // The optimizer sees train examples one by one: failing ones whose failure starts at the target,
    // and passing ones for contrast. The baseline (and so the records pointed to) stays alive as long
    // as the round, in m_baseline.
    const auto base = baseline();
    const auto* records = &base->records;
    const std::vector<Verdict> verdicts = m_workspace->verdicts(m_analysisId);
    std::map<QString, const Verdict*> verdictOf;
    for (const Verdict& v : verdicts)
        verdictOf[v.exampleId] = &v;
    std::map<QString, const Example*> exampleOf;
    for (const Example& e : m_dataset.examples)
        exampleOf[e.id] = &e;
    OptimizerContext context;
    context.pipeline = &m_pipeline;
    context.target = m_target;
    for (const QString& id : m_splits.train) {
        if (!records->count(id) || !exampleOf.count(id))
            continue;
        const auto v = verdictOf.find(id);
        ExampleChain chain { exampleOf[id], &records->at(id), QString() };
        if (v != verdictOf.end() && v->second->origin == m_target && context.failing.size() < 5) {
            chain.explanation = v->second->explanation;
            context.failing.push_back(chain);
        } else if (v == verdictOf.end() && context.passing.size() < 2) {
            context.passing.push_back(chain);
        }
    }
    // Rewrites see the earlier rewrites of the step; structural requests everything tried for it.
    for (const Proposal& p : m_workspace->proposals())
        if (p.stepId == m_target && (p.level == FixLevel::Prompt || level != FixLevel::Prompt))
            context.earlier.push_back(p);
    const auto analysis = m_workspace->latestAnalysis(m_baselineRunId);
    if (analysis)
        for (const StepBlame& s : analysis->summary.steps)
            context.analysisSummary
                += QStringLiteral("%1: %2 failures start here (blame %3); ").arg(s.stepId).arg(s.origin).arg(s.blame, 0, 'f', 2);
    return context;
}

void Optimizer::propose()
{
    if (m_cancelled)
        return finish(RoundStatus::Interrupted);
    if (!affordable(m_options.candidates, tr("asking for rewrites")))
        return finish(RoundStatus::Budget);
    Q_EMIT progress(tr("round %1: asking for %n rewrite(s) of \"%2\"", nullptr, m_options.candidates).arg(m_round.round).arg(m_target));
    const OptimizerContext context = proposalContext(FixLevel::Prompt);

    askOptimizer(proposalRequest(context), [this](const ModelResponse& response) {
        const Step& step = *m_pipeline.step(m_target);
        Proposal p;
        p.roundId = m_round.id;
        p.pipelineId = m_round.pipelineId;
        p.baselineRunId = m_baselineRunId;
        p.stepId = m_target;
        p.oldPrompt = step.prompt;
        p.oldSystem = step.system;
        QString why;
        const auto rewrite = response.ok() ? parseProposal(response.text, { m_target }, &why) : std::nullopt;
        if (!rewrite) {
            p.status = ProposalStatus::Rejected;
            p.reason = response.ok() ? tr("the reply breaks the schema: %1").arg(why)
                                     : tr("the optimizer model failed: %1").arg(response.errorMessage);
            p.newPrompt = p.oldPrompt;
            m_workspace->storeProposal(p);
        } else {
            p.newPrompt = rewrite->newPrompt;
            p.newSystem = rewrite->newSystem == step.system ? QString() : rewrite->newSystem;
            p.rationale = rewrite->rationale;
            reviewAndMark(p, m_pipeline, m_dataset, m_workspace->proposals());
            p.id = m_workspace->storeProposal(p);
            if (p.status == ProposalStatus::Pending)
                m_candidates.push_back(p.id);
        }
    });
}

void Optimizer::askOptimizer(const ModelRequest& request, const std::function<void(const ModelResponse&)>& take)
{
    auto waiting = std::make_shared<int>(m_options.candidates);
    for (int k = 0; k < m_options.candidates; ++k) {
        ModelRequest candidate = request;
        if (m_options.candidates > 1) // distinct requests, so the cache does not answer them all alike
            candidate.prompt += QStringLiteral("\n\nThis is candidate %1 of %2: take a different approach from the other candidates.")
                                    .arg(k + 1)
                                    .arg(m_options.candidates); // model text: never translated
        m_calls->call(QStringLiteral("optimizer"), candidate, [this, waiting, take](const ModelResponse& response, bool fromCache) {
            if (response.ok() && !fromCache)
                m_cost += PriceTable::builtin().cost(response.model, response.usage);
            take(response);
            if (--*waiting == 0)
                evaluateNext();
        });
    }
}

void Optimizer::evaluateNext()
{
    if (m_cancelled)
        return finish(RoundStatus::Interrupted);
    if (m_next >= m_candidates.size())
        return applyPolicy();
    const qint64 id = m_candidates[m_next++];
    auto proposal = m_workspace->proposal(id);
    if (!proposal)
        return evaluateNext(); // gone from the workspace: nothing to evaluate
    QString why;
    const auto candidate = pipelineWithProposal(m_pipeline, *proposal, &why);
    if (!candidate) {
        const bool stored = updateProposal(id, [&](Proposal& p) {
            p.status = ProposalStatus::Blocked;
            p.reason = tr("the rewrite does not apply: %1").arg(why);
        });
        return stored ? evaluateNext() : void();
    }
    // A small minibatch of train examples first: those whose failure starts at the target, some passing.
    const auto base = baseline();
    const std::vector<Verdict> verdicts = m_workspace->verdicts(m_analysisId);
    QSet<QString> targeted;
    for (const Verdict& v : verdicts)
        if (v.origin == m_target)
            targeted.insert(v.exampleId);
    QStringList minibatch, passing;
    for (const QString& tid : m_splits.train) {
        const auto r = base->results.find(tid);
        if (targeted.contains(tid) && minibatch.size() < m_options.minibatch)
            minibatch << tid;
        else if (r != base->results.end() && r->second.status == ExampleStatus::Passed && passing.size() < m_options.minibatch / 2)
            passing << tid;
    }
    minibatch += passing;
    const Pipeline version = *candidate;
    const QStringList from = rerunFor(*proposal); // the changed steps: they and what follows run again
    if (m_options.minibatch <= 0 || minibatch.isEmpty())
        return validate(id, version, from, base);
    if (!affordable(qint64(minibatch.size()) * callsPerExample(), tr("evaluating proposal %1").arg(id)))
        return finish(RoundStatus::Budget);
    Q_EMIT progress(tr("round %1: proposal %2 on a minibatch of %3").arg(m_round.round).arg(id).arg(minibatch.size()));
    runExamples(
        version, RunKind::Eval, m_baselineRunId, from, minibatch, [this, id, version, from, base, minibatch](const RunOutcome& mini) {
            const PairedComparison gate = comparePaired(base->results, results(mini.runId), minibatch);
            const bool worthIt = gate.gain > 0.0;
            const bool stored = updateProposal(id, [&](Proposal& p) {
                p.evidence["minibatch"]
                    = { { "run_id", mini.runId },        { "examples", gate.n },           { "baseline", gate.baseline },
                        { "candidate", gate.candidate }, { "fixed", idsJson(gate.fixed) }, { "regressed", idsJson(gate.regressed) } };
                if (!worthIt) // not worth the validation set; a person may still look
                    p.evidence["validation_skipped"] = true;
            });
            if (!stored)
                return;
            if (worthIt)
                return validate(id, version, from, base);
            // The policy rejects it under auto.
            if (m_options.approve == ApproveMode::Auto
                && !reject(id, tr("no gain on the minibatch (%1 -> %2)").arg(gate.baseline, 0, 'f', 3).arg(gate.candidate, 0, 'f', 3)))
                return;
            evaluateNext();
        });
}

void Optimizer::validate(qint64 id, const Pipeline& version, const QStringList& from, std::shared_ptr<const Baseline> base)
{
    if (!affordable(qint64(m_splits.validation.size()) * callsPerExample(), tr("validating proposal %1").arg(id)))
        return finish(RoundStatus::Budget);
    Q_EMIT progress(
        tr("round %1: proposal %2 on the validation set (%3 examples)").arg(m_round.round).arg(id).arg(m_splits.validation.size()));
    runExamples(version, RunKind::Eval, m_baselineRunId, from, m_splits.validation, [this, id, base](const RunOutcome& val) {
        const PairedComparison c = comparePaired(base->results, results(val.runId), m_splits.validation);
        const auto after = recordsByExample(*m_workspace, val.runId);
        const bool stored = updateProposal(id, [&](Proposal& p) {
            p.evalRunId = val.runId;
            p.evalScore = c.candidate;
            p.baselineScore = c.baseline;
            p.evidence["validation"] = { { "run_id", val.runId },    { "examples", c.n },           { "gain", c.gain },
                                         { "p_value", c.pValue },    { "noise", c.noise },          { "improved", c.improved },
                                         { "worsened", c.worsened }, { "fixed", idsJson(c.fixed) }, { "regressed", idsJson(c.regressed) } };
            p.evidence["cost"] = costChange(listCostPerExample(*m_workspace, base->runId, m_splits.validation),
                                            listCostPerExample(*m_workspace, val.runId, m_splits.validation));
            p.evidence["side_effects"] = { { "before", sideEffects(base->records, m_target, m_pipeline.output, m_splits.validation) },
                                           { "after", sideEffects(after, m_target, m_pipeline.output, m_splits.validation) } };
        });
        if (!stored)
            return;
        m_evaluated.push_back(id);
        evaluateNext();
    });
}

std::optional<std::vector<ValidatedCandidate>> Optimizer::validatedCandidates()
{
    std::vector<ValidatedCandidate> candidates;
    for (qint64 id : m_evaluated) {
        const auto p = m_workspace->proposal(id);
        if (!p) {
            finish(RoundStatus::Failed, tr("proposal %1 is not in the workspace").arg(id));
            return std::nullopt;
        }
        const json v = p->evidence.value("validation", json::object());
        const json cost = p->evidence.value("cost", json::object());
        candidates.push_back({ id, v.value("gain", 0.0), v.value("p_value", 1.0), cost.value("ratio", 1.0), v.value("examples", 0) });
    }
    return candidates;
}

void Optimizer::applyPolicy()
{
    const auto validated = validatedCandidates();
    if (!validated)
        return;
    const std::vector<ValidatedCandidate>& candidates = *validated;
    const AcceptanceDecision decision
        = chooseForAcceptance(candidates, m_options.minGain, m_options.significance, m_options.maxCostIncrease);
    // Under ask and none every evaluated proposal waits for a person; whether any would qualify still
    // decides whether the next round escalates.
    m_roundQualified = decision.accepted != 0;
    if (m_options.approve != ApproveMode::Auto)
        return finishRound(false);
    // The evidence says what each p-value was held to, so a reader can check the decision.
    for (const auto& [id, threshold] : decision.thresholds)
        if (!updateProposal(id, [&, t = threshold](Proposal& p) {
                p.evidence["validation"]["threshold"] = t;
                p.evidence["validation"]["compared"] = candidates.size();
            }))
            return;
    for (const auto& [id, reason] : decision.rejected)
        if (!reject(id, reason))
            return;
    if (decision.accepted == 0)
        return finishRound(false);
    checkHoldout(decision.accepted);
}

bool Optimizer::reject(qint64 id, const QString& reason)
{
    QString error;
    if (!m_workspace->recordDecision(id, DecisionAction::Rejected, m_options.who, reason, &error)) {
        finish(RoundStatus::Failed, error);
        return false;
    }
    return updateProposal(id, [&](Proposal& p) { p.reason = reason; });
}

bool Optimizer::updateProposal(qint64 id, const std::function<void(Proposal&)>& change)
{
    auto p = m_workspace->proposal(id);
    if (p) {
        change(*p);
        if (m_workspace->storeProposal(*p) > 0)
            return true;
    }
    finish(RoundStatus::Failed, tr("proposal %1 could not be updated in %2").arg(id).arg(m_workspace->path()));
    return false;
}

void Optimizer::checkHoldout(qint64 id)
{
    // The held-out test split, once, for the candidate about to be accepted: it must lose nothing
    // beyond noise.
    if (!affordable(qint64(m_splits.test.size()) * callsPerExample(), tr("the held-out check of proposal %1").arg(id)))
        return finish(RoundStatus::Budget);
    const auto proposal = m_workspace->proposal(id);
    QString why;
    const auto version = proposal ? pipelineWithProposal(m_pipeline, *proposal, &why) : std::nullopt;
    if (!version)
        return finish(RoundStatus::Failed, tr("proposal %1 cannot be applied for the held-out check: %2").arg(id).arg(why));
    Q_EMIT progress(tr("round %1: proposal %2 on the held-out set").arg(m_round.round).arg(id));
    const QStringList from = rerunFor(*proposal);
    runExamples(*version, RunKind::Eval, m_baselineRunId, from, m_splits.test, [this, id, from](const RunOutcome& test) {
        const PairedComparison c = comparePaired(baseline()->results, results(test.runId), m_splits.test);
        std::optional<double> validationBefore, validationAfter;
        double costRatio = 1.0;
        const bool stored = updateProposal(id, [&](Proposal& p) {
            p.holdoutScore = c.candidate;
            p.holdoutBaseline = c.baseline;
            p.evidence["holdout"] = { { "run_id", test.runId }, { "examples", c.n },           { "gain", c.gain },
                                      { "noise", c.noise },     { "fixed", idsJson(c.fixed) }, { "regressed", idsJson(c.regressed) } };
            validationBefore = p.baselineScore;
            validationAfter = p.evalScore;
            costRatio = p.evidence.value("cost", json::object()).value("ratio", 1.0);
        });
        if (!stored)
            return;
        if (const auto reason = holdoutRejection(c))
            return reject(id, *reason) ? finishRound(false) : void();
        QString error;
        if (!decideProposal(*m_workspace, id, DecisionAction::Accepted, m_options.who,
                            tr("validation %1 -> %2; held-out %3 -> %4")
                                    .arg(validationBefore.value_or(0.0), 0, 'f', 3)
                                    .arg(validationAfter.value_or(0.0), 0, 'f', 3)
                                    .arg(c.baseline, 0, 'f', 3)
                                    .arg(c.candidate, 0, 'f', 3)
                                // A gain that costs more per example says so.
                                + (std::abs(costRatio - 1.0) >= 0.05 ? tr("; cost per example %1x").arg(costRatio, 0, 'f', 2) : QString()),
                            &error))
            return finish(RoundStatus::Failed, error);
        // The accepted version becomes current; its baseline re-runs only the rewritten step onwards.
        const auto decided = m_workspace->proposal(id);
        const auto next = decided ? m_workspace->pipelineVersion(decided->newPipelineId, &error) : std::nullopt;
        if (!next)
            return finish(RoundStatus::Failed, error);
        Pipeline accepted = *next;
        accepted.path = m_pipeline.path; // the stored bytes, read as the user's file (corpus paths resolve alike)
        const qint64 previous = m_baselineRunId;
        if (!affordable(qint64(m_exampleIds.size()) * callsPerExample(), tr("the accepted version's baseline run")))
            return finish(RoundStatus::Budget);
        Q_EMIT progress(tr("round %1: running the accepted version").arg(m_round.round));
        runExamples(accepted, RunKind::Run, previous, from, m_exampleIds, [this, accepted](const RunOutcome& run) {
            m_pipeline = accepted;
            m_baselineRunId = run.runId;
            storeRoundScores(); // the version the round ends with: test scored once, here
            finishRound(true);
        });
    });
}

} // namespace fapo
