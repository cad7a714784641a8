#include "core/live/livetracestore.h"
#include "core/import/importgraph.h"
#include "core/import/importstore.h"
#include "core/workspace/workspace.h"
#include <spdlog/spdlog.h>

namespace fapo {

namespace {
constexpr int kFlushDelayMs = 200; // spans arriving together are stored together
constexpr size_t kMaxWaiting = 64; // requests waiting for a store; more get 503 with Retry-After
} // namespace

LiveTraceStore::LiveTraceStore(Workspace* workspace, QString source, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_source(std::move(source))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

bool LiveTraceStore::saturated() const { return m_waiting.size() >= kMaxWaiting; }

void LiveTraceStore::accept(ImportResult&& batch, std::function<void(bool)> stored)
{
    for (ImportedSpan& s : batch.spans)
        m_spans.push_back(std::move(s));
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
    const size_t before = m_stored.spans.size();
    bool ok = true;
    QString why;
    if (m_spans.size() > before) {
        ImportResult r;
        r.format = QStringLiteral("otlp-live");
        r.spans = m_spans;
        for (ImportedSpan& s : r.spans)
            s.stepId.clear();
        r.problems = m_problems;
        importdetail::buildImportGraph(r);
        const std::optional<qint64> run = storeImport(*m_workspace, r, m_source, &why);
        ok = run.has_value();
        if (ok) {
            // The run it replaces goes, unless something (an analysis, a proposal) refers to it.
            if (m_runId > 0 && !m_workspace->deleteRun(m_runId))
                spdlog::info("live traces: run {} is kept (it is referred to); run {} has every span", m_runId, *run);
            m_runId = *run;
            m_problemsStored = m_problems.size();
            m_stored = std::move(r);
            Q_EMIT runStored(m_runId, int(m_stored.spans.size()));
        } else {
            m_spans.resize(before); // the senders get 503 and send these again
            m_problems.resize(m_problemsStored);
            spdlog::warn("live traces: {}", why.toStdString());
        }
    }
    for (const auto& answer : waiting)
        answer(ok);
    if (!ok && error)
        *error = why;
    return ok;
}

} // namespace fapo
