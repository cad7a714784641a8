// Planning a run before any call: corpora indexed, trust in command steps, the versions stored, which
// examples run, a run to resume or a new one, and the records a derived run starts from.
#include "core/run/callqueue.h"
#include "core/run/commandtrust.h"
#include "core/run/stepoutput.h"
#include "core/run/runner.h"
#include "core/workspace/workspace.h"
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

bool Runner::prepare(QString* error)
{
    if (!(m_pipeline.isApp() ? prepareApp(error) : prepareSteps(error)))
        return false;
    return planRun(error);
}

// Makes the models callable, and the critic when an llm_judge metric needs it.
bool Runner::addModels(QStringList needed, QString* error)
{
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
    return true;
}

// Providers, corpora and trust of a pipeline of declared steps.
bool Runner::prepareSteps(QString* error)
{
    // Providers for every model an llm step or an llm_judge metric uses.
    QStringList needed;
    for (const Step& s : m_pipeline.steps)
        if (s.kind == StepKind::Llm && !needed.contains(s.model))
            needed << s.model;
    if (!addModels(needed, error))
        return false;
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
    if (hasCommand
        && !ensureTrusted(tr("%1 has command steps, which run programs on this machine; run once with --trust if you "
                             "trust this pipeline file")
                              .arg(m_pipeline.path),
                          error))
        return false;
    return true;
}

bool Runner::ensureTrusted(const QString& refusal, QString* error)
{
    const QString fileHash = pipelineFileHash(m_pipeline);
    if (m_options.trustCommands) {
        if (!m_workspace->recordTrust(fileHash, m_pipeline.path)) {
            *error = tr("the trust decision could not be stored in %1").arg(m_workspace->path());
            return false;
        }
        return true;
    }
    if (m_workspace->isTrusted(fileHash))
        return true;
    *error = refusal;
    return false;
}

bool Runner::planRun(QString* error)
{
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
        if (!m_workspace->takeOverRun(m_runId)) {
            *error = tr("run %1 cannot be resumed: the workspace %2 refuses writes").arg(m_runId).arg(m_workspace->path());
            return false;
        }
    } else if (m_options.autoResume) {
        // Not one another process is still writing (two CI jobs on one team workspace): that stays theirs.
        m_runId = m_workspace->claimResumableRun(pipelineId, datasetId).value_or(0);
    }
    if (m_runId > 0) {
        spdlog::info("resuming run {}", m_runId);
    } else {
        json options { { "concurrency", m_options.concurrency }, { "limit", m_options.limit }, { "cache", m_options.useCache } };
        if (m_options.batch)
            options["batch"] = true;
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
    if (derived && !m_pipeline.isApp()) // an app's program makes every call again (unchanged ones from the cache)
        seedFromBaseRun(selected);
    m_total = count;
    m_finished = m_resumed;
    return !m_pipeline.isApp() || startAppSession(error);
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
        if (!m_pipeline.step(r.stepId)) // a step this version no longer has (a structural edit removed it)
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
            r.kind = step->kind;
            if (!r.startedAt.isValid())
                r.startedAt = QDateTime::currentDateTimeUtc();
            if (r.parsed.is_null() && r.error.isEmpty())
                r.error = parseStepOutput(*step, r);
            applyStepChecks(*step, r);
            m_seedRecords[exampleId][stepId] = std::move(r);
        }
    }
}

} // namespace fapo
