// The end of a round and of the whole optimisation: the round's record, and the outcome with the
// `fapo optimize --json` document.
#include "core/optimize/optimizer.h"
#include "core/optimize/proposalevidence.h"
#include "core/run/callqueue.h"
#include "core/workspace/workspace.h"

namespace fapo {

using nlohmann::json;

void Optimizer::finishRound(bool changed)
{
    if (m_options.evaluateProposal > 0) // evidence added to a finished round: its record stays as it was
        return finish(RoundStatus::Done);
    m_round.status = RoundStatus::Done;
    m_round.calls = m_calls->networkCalls() + m_runCalls;
    m_round.costUsd = m_cost;
    m_workspace->storeRound(m_round);
    const json proposals = proposalsJson(m_workspace->proposals(m_round.id));
    m_roundsJson.push_back({ { "round", m_round.round },
                             { "target_step", m_target.toStdString() },
                             { "level", stdNameOf(m_round.level) },
                             { "escalation", m_round.escalation.isEmpty() ? json() : json(m_round.escalation.toStdString()) },
                             { "baseline_run_id", m_round.baselineRunId },
                             { "analysis_id", m_round.analysisId },
                             { "validation_score", optionalJson(m_round.validationScore) },
                             { "test_score", optionalJson(m_round.testScore) },
                             { "proposals", proposals } });
    // A round where nothing met the policy exhausts its level at this target: the next round (if any
    // is left) proposes at the next level instead of more of the same.
    const bool stalled = !changed && !m_roundQualified;
    if (stalled)
        m_stalled[m_target].insert(m_round.level);
    if ((changed || stalled) && int(m_roundsJson.size()) < m_options.rounds && !m_cancelled)
        return startRound();
    finish(m_cancelled ? RoundStatus::Interrupted : RoundStatus::Done);
}

void Optimizer::finish(RoundStatus status, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_round.id > 0 && m_round.status == RoundStatus::Running) {
        m_round.status = status;
        m_round.calls = m_calls->networkCalls() + m_runCalls;
        m_round.costUsd = m_cost;
        m_workspace->storeRound(m_round);
        if (m_roundsJson.empty() || m_roundsJson.back().value("round", 0) != m_round.round) {
            const json proposals = proposalsJson(m_workspace->proposals(m_round.id));
            m_roundsJson.push_back({ { "round", m_round.round },
                                     { "target_step", m_target.toStdString() },
                                     { "level", stdNameOf(m_round.level) },
                                     { "proposals", proposals } });
        }
    }
    OptimizeOutcome o;
    o.status = status;
    o.error = error;
    o.calls = (m_calls ? m_calls->networkCalls() : 0) + m_runCalls;
    o.costUsd = m_cost;
    o.notes = m_notes;
    o.optimization = m_optimization;
    const json finalScore = m_baselineRunId > 0 ? json(m_workspace->totals(m_baselineRunId).score) : json();
    json notes = json::array();
    for (const QString& n : m_notes)
        notes.push_back(n.toStdString());
    o.document = json { { "rounds", m_roundsJson },
                        { "final_score", finalScore },
                        { "final_run_id", m_baselineRunId },
                        { "calls", o.calls },
                        { "cost_usd", o.costUsd },
                        { "status", stdNameOf(status) },
                        { "notes", notes },
                        { "optimization", m_optimization.toStdString() } };
    if (!error.isEmpty())
        o.document["error"] = error.toStdString();
    Q_EMIT finished(o);
}

} // namespace fapo
