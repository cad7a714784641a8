// The rewrite loop's part of the workspace: rounds, proposals, decisions.
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/workspace.h"

namespace fapo {

using namespace sql;

namespace {

QVariant optionalValue(const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); }

std::optional<double> optionalDouble(const QVariant& v) { return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()); }

QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }

const char* kProposalColumns = "id, round_id, pipeline_id, baseline_run_id, step_id, field, old_prompt, new_prompt, old_system, "
                               "new_system, rationale, status, reason, checks, eval_run_id, eval_score, baseline_score, "
                               "holdout_score, holdout_baseline, evidence, new_pipeline_id, created_at, level, old_value, new_value";

Proposal proposalFromQuery(const QSqlQuery& q)
{
    Proposal p;
    p.id = q.value(0).toLongLong();
    p.roundId = q.value(1).toLongLong();
    p.pipelineId = q.value(2).toLongLong();
    p.baselineRunId = q.value(3).toLongLong();
    p.stepId = q.value(4).toString();
    p.field = q.value(5).toString();
    p.oldPrompt = q.value(6).toString();
    p.newPrompt = q.value(7).toString();
    p.oldSystem = q.value(8).toString();
    p.newSystem = q.value(9).toString();
    p.rationale = q.value(10).toString();
    p.status = parseName<ProposalStatus>(q.value(11).toString()).value_or(ProposalStatus::Pending);
    p.reason = q.value(12).toString();
    p.checks = parseJson(q.value(13), json::array());
    p.evalRunId = q.value(14).toLongLong();
    p.evalScore = optionalDouble(q.value(15));
    p.baselineScore = optionalDouble(q.value(16));
    p.holdoutScore = optionalDouble(q.value(17));
    p.holdoutBaseline = optionalDouble(q.value(18));
    p.evidence = parseJson(q.value(19), json::object());
    p.newPipelineId = q.value(20).toLongLong();
    p.createdAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    p.level = parseName<FixLevel>(q.value(22).toString()).value_or(FixLevel::Prompt);
    p.oldValue = parseJson(q.value(23), json());
    p.newValue = parseJson(q.value(24), json());
    return p;
}

const char* kRoundColumns = "id, optimization, round, pipeline_id, baseline_run_id, analysis_id, target_step, status, "
                            "validation_score, test_score, calls, cost_usd, splits, created_at, level, escalation";

RoundInfo roundFromQuery(const QSqlQuery& q)
{
    RoundInfo r;
    r.id = q.value(0).toLongLong();
    r.optimization = q.value(1).toString();
    r.round = q.value(2).toInt();
    r.pipelineId = q.value(3).toLongLong();
    r.baselineRunId = q.value(4).toLongLong();
    r.analysisId = q.value(5).toLongLong();
    r.targetStep = q.value(6).toString();
    r.status = parseName<RoundStatus>(q.value(7).toString()).value_or(RoundStatus::Failed);
    r.validationScore = optionalDouble(q.value(8));
    r.testScore = optionalDouble(q.value(9));
    r.calls = q.value(10).toLongLong();
    r.costUsd = q.value(11).toDouble();
    r.splits = parseJson(q.value(12), json::object());
    r.createdAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    r.level = parseName<FixLevel>(q.value(14).toString()).value_or(FixLevel::Prompt);
    r.escalation = q.value(15).toString();
    return r;
}

} // namespace

qint64 Workspace::storeRound(const RoundInfo& r)
{
    QSqlDatabase db = database();
    qint64 id = r.id;
    const bool stored = inTransaction(db, [&] {
        QSqlQuery q(db);
        const QVariantList values { r.optimization,
                                    r.round,
                                    r.pipelineId,
                                    idOrNull(r.baselineRunId),
                                    idOrNull(r.analysisId),
                                    r.targetStep,
                                    nameOf(r.status),
                                    optionalValue(r.validationScore),
                                    optionalValue(r.testScore),
                                    r.calls,
                                    r.costUsd,
                                    dumpJson(r.splits),
                                    nameOf(r.level),
                                    r.escalation };
        if (id > 0) {
            if (!execSql(q,
                         QStringLiteral("UPDATE rounds SET optimization = ?, round = ?, pipeline_id = ?, baseline_run_id = ?, "
                                        "analysis_id = ?, target_step = ?, status = ?, validation_score = ?, test_score = ?, "
                                        "calls = ?, cost_usd = ?, splits = ?, level = ?, escalation = ? WHERE id = ?"),
                         values + QVariantList { id }))
                return false;
            announce("round", id);
            return true;
        }
        id = insertReturningId(
            q,
            QStringLiteral("INSERT INTO rounds (optimization, round, pipeline_id, baseline_run_id, analysis_id, "
                           "target_step, status, validation_score, test_score, calls, cost_usd, splits, level, escalation, "
                           "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            values + QVariantList { now() });
        if (id <= 0)
            return false;
        announce("round", id);
        return true;
    });
    return stored ? id : 0;
}

std::vector<RoundInfo> Workspace::rounds() const
{
    std::vector<RoundInfo> out;
    QSqlQuery q(database());
    if (execSql(q, QStringLiteral("SELECT %1 FROM rounds ORDER BY id").arg(QLatin1String(kRoundColumns))))
        while (nextRow(q))
            out.push_back(roundFromQuery(q));
    return out;
}

qint64 Workspace::storeProposal(const Proposal& p)
{
    QSqlDatabase db = database();
    qint64 id = p.id;
    const bool stored = inTransaction(db, [&] {
        QSqlQuery q(db);
        const QVariantList values { idOrNull(p.roundId),
                                    p.pipelineId,
                                    idOrNull(p.baselineRunId),
                                    p.stepId,
                                    p.field,
                                    p.oldPrompt,
                                    p.newPrompt,
                                    p.oldSystem,
                                    p.newSystem,
                                    p.rationale,
                                    nameOf(p.status),
                                    p.reason,
                                    dumpJson(p.checks),
                                    idOrNull(p.evalRunId),
                                    optionalValue(p.evalScore),
                                    optionalValue(p.baselineScore),
                                    optionalValue(p.holdoutScore),
                                    optionalValue(p.holdoutBaseline),
                                    dumpJson(p.evidence),
                                    idOrNull(p.newPipelineId),
                                    nameOf(p.level),
                                    p.oldValue.is_null() ? QVariant() : dumpJson(p.oldValue),
                                    p.newValue.is_null() ? QVariant() : dumpJson(p.newValue) };
        if (id > 0) {
            if (!execSql(q,
                         QStringLiteral("UPDATE proposals SET round_id = ?, pipeline_id = ?, baseline_run_id = ?, step_id = ?, "
                                        "field = ?, old_prompt = ?, new_prompt = ?, old_system = ?, new_system = ?, "
                                        "rationale = ?, status = ?, reason = ?, checks = ?, eval_run_id = ?, eval_score = ?, "
                                        "baseline_score = ?, holdout_score = ?, holdout_baseline = ?, evidence = ?, "
                                        "new_pipeline_id = ?, level = ?, old_value = ?, new_value = ? WHERE id = ?"),
                         values + QVariantList { id }))
                return false;
            announce("proposal", id);
            return true;
        }
        id = insertReturningId(
            q,
            QStringLiteral("INSERT INTO proposals (round_id, pipeline_id, baseline_run_id, step_id, field, old_prompt, "
                           "new_prompt, old_system, new_system, rationale, status, reason, checks, eval_run_id, "
                           "eval_score, baseline_score, holdout_score, holdout_baseline, evidence, new_pipeline_id, "
                           "level, old_value, new_value, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            values + QVariantList { now() });
        if (id <= 0)
            return false;
        announce("proposal", id);
        return true;
    });
    return stored ? id : 0;
}

std::optional<Proposal> Workspace::proposal(qint64 id) const
{
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT %1 FROM proposals WHERE id = ?").arg(QLatin1String(kProposalColumns)), { id }) || !nextRow(q))
        return std::nullopt;
    return proposalFromQuery(q);
}

std::vector<Proposal> Workspace::proposals(qint64 roundId) const
{
    std::vector<Proposal> out;
    QSqlQuery q(database());
    const QString sql = QStringLiteral("SELECT %1 FROM proposals %2 ORDER BY id")
                            .arg(QLatin1String(kProposalColumns), roundId > 0 ? QStringLiteral("WHERE round_id = ?") : QString());
    if (execSql(q, sql, roundId > 0 ? QVariantList { roundId } : QVariantList {}))
        while (nextRow(q))
            out.push_back(proposalFromQuery(q));
    return out;
}

bool Workspace::recordDecision(qint64 proposalId, DecisionAction decision, const QString& who, const QString& note, QString* error,
                               DecisionRefusal* refusal, std::optional<ProposalStatus> seen)
{
    QSqlDatabase db = database();
    QString why;
    DecisionRefusal refused = DecisionRefusal::None;
    if (!seen && decision != DecisionAction::Undone)
        seen = ProposalStatus::Pending;
    const auto decidedMeanwhile = [&](const QString& current) {
        refused = DecisionRefusal::DecidedMeanwhile;
        const auto last = decisions(proposalId);
        why = QStringLiteral("proposal %1 is already %2").arg(proposalId).arg(current);
        if (!last.empty())
            why += QStringLiteral(": %1 by %2 at %3")
                       .arg(nameOf(last.back().decision), last.back().who.isEmpty() ? QStringLiteral("?") : last.back().who,
                            last.back().at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
        return false;
    };
    const bool ok = inTransaction(db, [&] {
        QSqlQuery q(db);
        if (!execSql(q, QStringLiteral("SELECT status FROM proposals WHERE id = ?"), { proposalId }) || !nextRow(q)) {
            refused = DecisionRefusal::Unknown;
            why = QStringLiteral("proposal %1 is not in the workspace").arg(proposalId);
            return false;
        }
        const QString current = q.value(0).toString();
        q.finish();
        const std::optional<ProposalStatus> currentStatus = parseName<ProposalStatus>(current);
        QString next;
        if (currentStatus == ProposalStatus::Blocked && decision != DecisionAction::Undone) {
            refused = DecisionRefusal::Blocked;
            why = QStringLiteral("proposal %1 is blocked by a review check; it can never be approved").arg(proposalId);
            return false;
        }
        if (seen && currentStatus != seen)
            return decidedMeanwhile(current);
        if (decision == DecisionAction::Undone) {
            QSqlQuery last(db);
            if (!execSql(last,
                         QStringLiteral("SELECT previous_status FROM decisions WHERE proposal_id = ? AND decision != 'undone' "
                                        "ORDER BY id DESC LIMIT 1"),
                         { proposalId })
                || !nextRow(last)) {
                refused = DecisionRefusal::Unknown;
                why = QStringLiteral("proposal %1 has no decision to undo").arg(proposalId);
                return false;
            }
            next = last.value(0).toString();
        } else {
            next = nameOf(decision == DecisionAction::Approved       ? ProposalStatus::Approved
                              : decision == DecisionAction::Accepted ? ProposalStatus::Accepted
                                                                     : ProposalStatus::Rejected);
        }
        // Only from the status read above: of two people deciding at once, the second finds it changed
        // (PostgreSQL makes the second UPDATE wait for the first and then match no row).
        QSqlQuery w(db);
        if (!execSql(w, QStringLiteral("UPDATE proposals SET status = ? WHERE id = ? AND status = ?"), { next, proposalId, current }))
            return false;
        if (w.numRowsAffected() != 1) {
            QSqlQuery again(db);
            const QString now
                = execSql(again, QStringLiteral("SELECT status FROM proposals WHERE id = ?"), { proposalId }) && nextRow(again)
                ? again.value(0).toString()
                : current;
            return decidedMeanwhile(now);
        }
        if (!execSql(w,
                     QStringLiteral("INSERT INTO decisions (proposal_id, decision, who, decided_at, note, previous_status) "
                                    "VALUES (?,?,?,?,?,?)"),
                     { proposalId, nameOf(decision), who, now(), note, current }))
            return false;
        announce("proposal", proposalId);
        return true;
    });
    if (!ok && refused == DecisionRefusal::None)
        refused = DecisionRefusal::NotStored;
    if (refusal)
        *refusal = ok ? DecisionRefusal::None : refused;
    if (!ok && error)
        *error = !why.isEmpty() ? why
            : failure()         ? QStringLiteral("the decision could not be stored: %1").arg(*failure())
                                : QStringLiteral("the decision could not be stored in %1").arg(m_path);
    return ok;
}

std::vector<Decision> Workspace::decisions(qint64 proposalId) const
{
    std::vector<Decision> out;
    QSqlQuery q(database());
    const QString select = QStringLiteral("SELECT id, proposal_id, decision, who, decided_at, note, previous_status FROM decisions ");
    const bool ok = proposalId > 0 ? execSql(q, select + QStringLiteral("WHERE proposal_id = ? ORDER BY id"), { proposalId })
                                   : execSql(q, select + QStringLiteral("ORDER BY id"), {});
    if (ok)
        while (nextRow(q)) {
            Decision d;
            d.id = q.value(0).toLongLong();
            d.proposalId = q.value(1).toLongLong();
            d.decision = parseName<DecisionAction>(q.value(2).toString()).value_or(DecisionAction::Undone);
            d.who = q.value(3).toString();
            d.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
            d.note = q.value(5).toString();
            d.previousStatus = parseName<ProposalStatus>(q.value(6).toString()).value_or(ProposalStatus::Pending);
            out.push_back(d);
        }
    return out;
}

} // namespace fapo
