#include "reviewcommands.h"
#include "clicommon.h"
#include "optimize/decisions.h"
#include "workspace/workspace.h"

namespace fapo::cli {

using nlohmann::json;

namespace {

json optionalJson(const std::optional<double>& v)
{
    return v ? json(*v) : json();
}

json proposalJson(const Workspace& ws, const Proposal& p)
{
    json decisions = json::array();
    for (const Decision& d : ws.decisions(p.id))
        decisions.push_back({ { "decision", d.decision.toStdString() }, { "who", d.who.toStdString() },
                              { "at", d.at.toUTC().toString(Qt::ISODate).toStdString() }, { "note", d.note.toStdString() } });
    return json { { "id", p.id },
                  { "round_id", p.roundId },
                  { "step_id", p.stepId.toStdString() },
                  { "status", proposalStatusName(p.status).toStdString() },
                  { "reason", p.reason.isEmpty() ? json() : json(p.reason.toStdString()) },
                  { "old_prompt", p.oldPrompt.toStdString() },
                  { "new_prompt", p.newPrompt.toStdString() },
                  { "old_system", p.oldSystem.toStdString() },
                  { "new_system", p.newSystem.isEmpty() ? json() : json(p.newSystem.toStdString()) },
                  { "rationale", p.rationale.toStdString() },
                  { "eval_score", optionalJson(p.evalScore) },
                  { "baseline_score", optionalJson(p.baselineScore) },
                  { "holdout_score", optionalJson(p.holdoutScore) },
                  { "holdout_baseline", optionalJson(p.holdoutBaseline) },
                  { "checks", p.checks },
                  { "evidence", p.evidence },
                  { "decisions", decisions } };
}

QString score(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 3) : QStringLiteral("-");
}

} // namespace

int proposalsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the proposed prompt rewrites and what became of them."));
    addCommonOptions(parser);
    parser.addOptions({ { QStringLiteral("status"), QStringLiteral("Only proposals with this status (pending, approved, accepted, "
                                                                   "rejected, blocked)."), QStringLiteral("STATUS") } });
    addPipelineArgument(parser);
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const QString status = parser.value(QStringLiteral("status"));
    if (!status.isEmpty() && !proposalStatusFromName(status)) {
        printError(QStringLiteral("--status: \"%1\" is not one of pending, approved, accepted, rejected, blocked").arg(status));
        return ExitBadInput;
    }
    auto ws = openExistingWorkspace(parser.positionalArguments().value(0), common,
                                    QStringLiteral("usage: fapo proposals [PIPELINE] [--workspace FILE.fapo] [--json]"));
    if (!ws)
        return ExitBadInput;
    json list = json::array();
    QStringList lines;
    for (const Proposal& p : ws->proposals()) {
        if (!status.isEmpty() && proposalStatusName(p.status) != status)
            continue;
        list.push_back(proposalJson(*ws, p));
        lines << QStringLiteral("%1 %2 %3 %4 -> %5  %6")
                     .arg(p.id, 5)
                     .arg(p.stepId, -14)
                     .arg(proposalStatusName(p.status), -9)
                     .arg(score(p.baselineScore), 6)
                     .arg(score(p.evalScore), -6)
                     .arg(p.reason.isEmpty() ? p.rationale.simplified().left(80) : p.reason);
    }
    if (common.json) {
        printJson(json { { "proposals", list } });
    } else if (lines.isEmpty()) {
        printOut(QStringLiteral("no proposals yet; fapo optimize PIPELINE --dataset FILE makes some"));
    } else {
        printOut(QStringLiteral("   id step           status    before -> after  why"));
        for (const QString& l : lines)
            printOut(l);
    }
    return ExitOk;
}

int decideCommand(const QStringList& args, const QString& decision)
{
    QCommandLineParser parser;
    const QString verb = decision == QLatin1String("approved") ? QStringLiteral("approve") : QStringLiteral("reject");
    parser.setApplicationDescription(decision == QLatin1String("approved")
                                         ? QStringLiteral("Approves a proposal: its rewrite makes the next pipeline version.")
                                         : QStringLiteral("Rejects a proposal: it never reaches the export."));
    addCommonOptions(parser);
    parser.addOptions({ { QStringLiteral("note"), QStringLiteral("Why, for the record."), QStringLiteral("TEXT") },
                        { QStringLiteral("who"), QStringLiteral("Who decides (default: $FAPO_USER or the login name)."),
                          QStringLiteral("NAME") } });
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The proposal (fapo proposals lists them)."));
    addPipelineArgument(parser);
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const QString usage = QStringLiteral("usage: fapo %1 ID [PIPELINE] [--workspace FILE.fapo] [--note TEXT]").arg(verb);
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (positional.isEmpty() || positional.size() > 2 || !ok || id <= 0) {
        printError(positional.isEmpty() || ok ? usage : QStringLiteral("\"%1\" is not a proposal id (a number)").arg(positional.first()));
        return ExitBadInput;
    }
    auto ws = openExistingWorkspace(positional.value(1), common, usage);
    if (!ws)
        return ExitBadInput;
    const QString who = parser.isSet(QStringLiteral("who")) ? parser.value(QStringLiteral("who")) : currentUser();
    QString error;
    // The decision is committed to the workspace before anything reports it taken.
    if (!decideProposal(*ws, id, decision, who, parser.value(QStringLiteral("note")), &error)) {
        printError(error);
        return ExitBadInput;
    }
    const auto p = ws->proposal(id);
    if (common.json)
        printJson(proposalJson(*ws, *p));
    else
        printOut(QStringLiteral("proposal %1 (%2) %3 by %4%5")
                     .arg(id)
                     .arg(p->stepId, decision, who,
                          p->newPipelineId > 0 ? QStringLiteral("; pipeline version %1").arg(p->newPipelineId) : QString()));
    return ExitOk;
}

} // namespace fapo::cli
