#include "core/live/livetracestore.h"
#include "core/import/importgraph.h"
#include "core/workspace/workspace.h"
#include <QUuid>
#include <spdlog/spdlog.h>

namespace fapo {

using nlohmann::json;

namespace {
constexpr int kFlushDelayMs = 200; // spans arriving together are stored together
constexpr size_t kMaxWaiting = 64; // requests waiting for a store; more get 503 with Retry-After
// A store slower than this makes senders wait (503, Retry-After) before their own timeouts (10 s in the
// common SDKs) would make them send again what is being stored.
constexpr qint64 kSlowStoreMs = 2000;

QString spanKey(const ImportedSpan& s) { return s.traceId + QLatin1Char(' ') + s.spanId; }

// Groups every span of the session again, in place (a late parent changes its trace's steps).
void regroup(ImportResult& session, const std::vector<ImportProblem>& problems)
{
    session.steps.clear();
    session.stepInfo.clear();
    session.edges.clear();
    session.problems = problems;
    importdetail::buildImportGraph(session);
}
} // namespace

LiveTraceStore::LiveTraceStore(Workspace* workspace, QString source, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_source(std::move(source))
{
    m_session.format = QStringLiteral("otlp-live");
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

bool LiveTraceStore::saturated() const { return m_waiting.size() >= kMaxWaiting || m_lastStoreMs > kSlowStoreMs; }

void LiveTraceStore::accept(ImportResult&& batch, std::function<void(bool)> stored)
{
    int again = 0;
    for (ImportedSpan& s : batch.spans) {
        if (!s.spanId.isEmpty()) {
            const QString key = spanKey(s);
            if (m_seen.contains(key)) {
                ++again;
                continue;
            }
            m_seen.insert(key);
        }
        m_changedTraces.insert(s.traceId);
        m_session.spans.push_back(std::move(s));
    }
    if (again > 0)
        spdlog::debug("live traces: {} spans received again, kept once", again);
    for (ImportProblem& p : batch.problems)
        if (m_problems.size() < 200)
            m_problems.push_back(std::move(p));
    m_waiting.push_back(std::move(stored));
    if (!m_timer.isActive())
        m_timer.start();
}

bool LiveTraceStore::flush(QString* error)
{
    m_timer.stop();
    std::vector<std::function<void(bool)>> waiting = std::move(m_waiting);
    m_waiting.clear();
    bool ok = true;
    QString why;
    if (m_session.spans.size() > m_spansStored) {
        QElapsedTimer clock;
        clock.start();
        regroup(m_session, m_problems);
        ok = store(m_session, &why);
        m_lastStoreMs = clock.elapsed();
        if (ok) {
            m_spansStored = m_session.spans.size();
            m_problemsStored = m_problems.size();
            m_changedTraces.clear();
            Q_EMIT runStored(m_runId, int(m_spansStored));
        } else {
            // The senders get 503 and send these again.
            for (size_t i = m_spansStored; i < m_session.spans.size(); ++i)
                m_seen.remove(spanKey(m_session.spans[i]));
            m_session.spans.resize(m_spansStored);
            m_problems.resize(m_problemsStored);
            regroup(m_session, m_problems);
            spdlog::warn("live traces: {}", why.toStdString());
        }
    }
    for (const auto& answer : waiting)
        answer(ok);
    if (!ok && error)
        *error = why;
    return ok;
}

bool LiveTraceStore::store(const ImportResult& r, QString* error)
{
    std::optional<ImportLayout> layout = importLayout(r, m_source, error);
    if (!layout)
        return false;
    const std::vector<ImportedTrace> traces = tracesOf(r);
    const json options = { { "imported_from", m_source.toStdString() }, { "format", r.format.toStdString() }, { "spans", r.spans.size() } };
    const QString failed = QStringLiteral("cannot store the received traces in %1").arg(m_workspace->path());

    RunUpdate update;
    if (m_runId == 0) {
        // The session's first store: its pipeline, its dataset (its own: it grows) and its run.
        Dataset dataset;
        dataset.path = m_source;
        dataset.hash = QStringLiteral("live:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 pipelineId = m_workspace->storePipeline(*layout->pipeline);
        m_datasetId = m_workspace->storeDataset(dataset);
        m_runId = pipelineId > 0 && m_datasetId > 0 ? m_workspace->createRun(pipelineId, m_datasetId, 0, options) : 0;
        if (m_runId <= 0 || !m_workspace->setRunStatus(m_runId, RunStatus::Done)) {
            m_runId = 0;
            *error = failed;
            return false;
        }
        m_layout.reset();
        m_tracesStored = 0;
    } else if (!m_layout || layout->pipelineSource != m_layout->pipelineSource) {
        // New steps or edges (or a first store that failed after making the run): a new pipeline version.
        update.pipelineId = m_workspace->storePipeline(*layout->pipeline);
        if (update.pipelineId <= 0) {
            *error = failed;
            return false;
        }
    }
    update.runId = m_runId;
    update.datasetId = m_datasetId;
    update.exampleCount = int(traces.size());
    update.options = QByteArray::fromStdString(options.dump());
    // A trace is written again (its rows and its example: a late root brings the input) when it has new
    // spans, and every trace when what rows hold changed (step ids, kinds, the output step).
    const bool everyTrace = !m_layout || !layout->sameRowsAs(*m_layout);
    for (size_t i = 0; i < traces.size(); ++i)
        if (everyTrace || i >= m_tracesStored || m_changedTraces.contains(traces[i].spans.front()->traceId)) {
            appendTraceRows(traces[i], int(i), *layout, &update.steps, &update.examples);
            update.datasetExamples.emplace_back(int(i), traceExample(traces[i], int(i) + 1));
        }
    if (!storeRunUpdate(*m_workspace, update)) {
        *error = failed;
        return false;
    }
    m_layout = std::move(layout);
    m_tracesStored = traces.size();
    return true;
}

} // namespace fapo
