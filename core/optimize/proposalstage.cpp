#include "core/optimize/proposalstage.h"
#include <QCoreApplication>
#include <QLocale>

namespace fapo {

// The translation context of these texts.
class ProposalStages {
    Q_DECLARE_TR_FUNCTIONS(ProposalStages)
};

using nlohmann::json;

namespace {

QString score(double v) { return QLocale().toString(v, 'f', 3); }

QString gain(double v) { return (v >= 0 ? QStringLiteral("+") : QString()) + score(v); }

// The first review check that failed (null: none did).
const json* firstFailedCheck(const Proposal& p)
{
    if (p.checks.is_array())
        for (const json& c : p.checks)
            if (c.is_object() && !c.value("passed", true))
                return &c;
    return nullptr;
}

} // namespace

QString proposalStageText(ProposalStage stage)
{
    switch (stage) {
    case ProposalStage::Blocked:
        return ProposalStages::tr("blocked");
    case ProposalStage::Unevaluated:
        return ProposalStages::tr("not evaluated");
    case ProposalStage::ScreenedOut:
        return ProposalStages::tr("screened out");
    case ProposalStage::Validated:
        return ProposalStages::tr("validated");
    case ProposalStage::HeldOut:
        return ProposalStages::tr("held-out checked");
    }
    return QString();
}

QString proposalStageName(ProposalStage stage)
{
    switch (stage) {
    case ProposalStage::Blocked:
        return QStringLiteral("blocked");
    case ProposalStage::Unevaluated:
        return QStringLiteral("unevaluated");
    case ProposalStage::ScreenedOut:
        return QStringLiteral("screened_out");
    case ProposalStage::Validated:
        return QStringLiteral("validated");
    case ProposalStage::HeldOut:
        return QStringLiteral("held_out");
    }
    return QString();
}

ProposalProgress proposalProgress(const Proposal& p)
{
    ProposalProgress out;
    const json& ev = p.evidence;
    const json none = json::object();
    const json& validation = ev.is_object() && ev.contains("validation") ? ev["validation"] : none;
    const json& minibatch = ev.is_object() && ev.contains("minibatch") ? ev["minibatch"] : none;
    const json& holdout = ev.is_object() && ev.contains("holdout") ? ev["holdout"] : none;
    // What the policy (or a person) decided, when it was not the evaluation that stopped it.
    const auto decided = [&p](QString reason) {
        if (p.status == ProposalStatus::Accepted)
            reason += QLatin1Char(' ') + ProposalStages::tr("The policy accepted it.");
        else if (p.status == ProposalStatus::Rejected && !p.reason.isEmpty())
            reason += QLatin1Char(' ') + ProposalStages::tr("Rejected: %1.").arg(p.reason);
        else if (p.status == ProposalStatus::Rejected)
            reason += QLatin1Char(' ') + ProposalStages::tr("Rejected.");
        else if (p.status == ProposalStatus::Approved)
            reason += QLatin1Char(' ') + ProposalStages::tr("Approved by a person.");
        return reason;
    };

    // A reply the optimizer could not use is stored rejected, with the old prompt and no checks.
    const bool unusable = p.status == ProposalStatus::Rejected && p.newPrompt == p.oldPrompt && (!p.checks.is_array() || p.checks.empty())
        && minibatch.empty() && validation.empty();
    if (unusable) {
        out.stage = ProposalStage::Blocked;
        out.summary = ProposalStages::tr("blocked: unusable reply");
        out.reason = ProposalStages::tr("Never evaluated: %1").arg(p.reason);
        return out;
    }
    if (p.status == ProposalStatus::Blocked) {
        out.stage = ProposalStage::Blocked;
        const json* failed = firstFailedCheck(p);
        const QString check = failed ? QString::fromStdString(failed->value("name", std::string())) : QString();
        const QString detail
            = failed ? check + QStringLiteral(": ") + QString::fromStdString(failed->value("detail", std::string())) : p.reason;
        out.summary = check.isEmpty() ? ProposalStages::tr("blocked") : ProposalStages::tr("blocked: %1").arg(check);
        out.reason = ProposalStages::tr("Blocked before any evaluation: %1").arg(detail);
        return out;
    }
    if (!holdout.empty()) {
        out.stage = ProposalStage::HeldOut;
        const double before = p.holdoutBaseline.value_or(0.0), after = p.holdoutScore.value_or(0.0);
        out.summary = ProposalStages::tr("held-out: %1 → %2").arg(score(before), score(after));
        out.reason = decided(ProposalStages::tr("Validation %1 → %2 (p = %3); on the held-out split %4 → %5 over %6 examples.")
                                 .arg(score(p.baselineScore.value_or(0.0)), score(p.evalScore.value_or(0.0)),
                                      QLocale().toString(validation.value("p_value", 1.0), 'f', 3), score(before), score(after))
                                 .arg(holdout.value("examples", 0)));
        return out;
    }
    if (!validation.empty()) {
        out.stage = ProposalStage::Validated;
        const double g = validation.value("gain", 0.0);
        const double pValue = validation.value("p_value", 1.0);
        out.summary = ProposalStages::tr("validated: %1, p = %2").arg(gain(g), QLocale().toString(pValue, 'f', 3));
        QString reason
            = ProposalStages::tr("On the validation set %1 → %2 (%3 over %4 examples; sign test p = %5; %6 fixed, %7 regressed).")
                  .arg(score(p.baselineScore.value_or(0.0)), score(p.evalScore.value_or(0.0)), gain(g))
                  .arg(validation.value("examples", 0))
                  .arg(QLocale().toString(pValue, 'f', 3))
                  .arg(validation.value("fixed", json::array()).size())
                  .arg(validation.value("regressed", json::array()).size());
        // The policy's bar, when it judged the round: p had to beat a threshold corrected for the candidates compared.
        if (validation.contains("threshold") && validation.value("compared", 1) > 1)
            reason += QLatin1Char(' ')
                + ProposalStages::tr("Corrected for the %1 candidates compared in its round, it needed p < %2.")
                      .arg(validation.value("compared", 1))
                      .arg(QLocale().toString(validation.value("threshold", 0.05), 'f', 4));
        out.reason = decided(reason);
        return out;
    }
    if (!minibatch.empty()) {
        out.stage = ProposalStage::ScreenedOut;
        const double before = minibatch.value("baseline", 0.0), after = minibatch.value("candidate", 0.0);
        const int n = minibatch.value("examples", 0);
        out.summary = ProposalStages::tr("screened out: %1 → %2 on %3").arg(score(before), score(after)).arg(n);
        out.reason = decided(
            ProposalStages::tr("On a minibatch of %1 training examples it scored %2 against %3 before: no gain, so it was not run "
                               "on the validation set.")
                .arg(n)
                .arg(score(after), score(before)));
        out.approvalNeedsConfirmation = p.status == ProposalStatus::Pending;
        return out;
    }
    out.stage = ProposalStage::Unevaluated;
    out.summary = ProposalStages::tr("not evaluated");
    out.reason = decided(ProposalStages::tr("Not evaluated: the round stopped before this proposal's minibatch, or it is waiting for it."));
    out.approvalNeedsConfirmation = p.status == ProposalStatus::Pending;
    return out;
}

} // namespace fapo
