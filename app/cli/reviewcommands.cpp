#include "reviewcommands.h"
#include "clicommon.h"
#include "core/optimize/decisions.h"
#include "core/optimize/proposalevidence.h"
#include "core/optimize/proposalstage.h"
#include "core/workspace/workspace.h"

namespace fapo::cli {

using nlohmann::json;

namespace {

json proposalJson(const Workspace& ws, const Proposal& p)
{
    json decisions = json::array();
    for (const Decision& d : ws.decisions(p.id))
        decisions.push_back({ { "decision", stdNameOf(d.decision) },
                              { "who", d.who.toStdString() },
                              { "at", d.at.toUTC().toString(Qt::ISODate).toStdString() },
                              { "note", d.note.toStdString() } });
    return json { { "id", p.id },
                  { "round_id", p.roundId },
                  { "step_id", p.stepId.toStdString() },
                  { "status", nameOf(p.status).toStdString() },
                  { "stage", proposalStageName(proposalProgress(p).stage).toStdString() }, // how far its evaluation got
                  { "reason", p.reason.isEmpty() ? json() : json(p.reason.toStdString()) },
                  { "old_prompt", p.oldPrompt.toStdString() },
                  { "new_prompt", p.newPrompt.toStdString() },
                  { "old_system", p.oldSystem.toStdString() },
                  { "new_system", p.newSystem.isEmpty() ? json() : json(p.newSystem.toStdString()) },
                  { "rationale", p.rationale.toStdString() },
                  { "level", stdNameOf(p.level) },
                  { "parameter", p.level == FixLevel::Parameter ? json(p.field.toStdString()) : json() },
                  { "old_value", p.oldValue },
                  { "new_value", p.newValue },
                  { "cost", p.evidence.value("cost", json()) },
                  { "eval_score", optionalJson(p.evalScore) },
                  { "baseline_score", optionalJson(p.baselineScore) },
                  { "holdout_score", optionalJson(p.holdoutScore) },
                  { "holdout_baseline", optionalJson(p.holdoutBaseline) },
                  { "checks", p.checks },
                  { "evidence", p.evidence },
                  { "decisions", decisions } };
}

QString score(const std::optional<double>& v) { return v ? QString::number(*v, 'f', 3) : QStringLiteral("-"); }

// How far its evaluation got, with its numbers, and why it was blocked or rejected.
QString whyText(const Proposal& p)
{
    QString stage = proposalProgress(p).summary;
    if (p.level != FixLevel::Prompt) // what it changes comes first: a setting or a graph edit has no prompt to read
        stage = changeSummary(p) + QStringLiteral(" · ") + stage;
    return p.reason.isEmpty() ? stage : stage + QStringLiteral(" · ") + p.reason;
}

} // namespace

int proposalsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the proposed changes (prompt rewrites and settings) and what became of them."));
    addCommonOptions(parser);
    parser.addOptions({ { QStringLiteral("status"),
                          Cli::tr("Only proposals with this status (pending, approved, accepted, "
                                  "rejected, blocked)."),
                          QStringLiteral("STATUS") } });
    addPipelineArgument(parser);
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const QString status = parser.value(QStringLiteral("status"));
    const std::optional<ProposalStatus> wanted = parseName<ProposalStatus>(status);
    if (!status.isEmpty() && !wanted) {
        printError(Cli::tr("--status: \"%1\" is not one of pending, approved, accepted, rejected, blocked").arg(status));
        return ExitBadInput;
    }
    int openCode = ExitBadInput;
    auto ws = openExistingWorkspace(parser.positionalArguments().value(0), common,
                                    Cli::tr("usage: %1").arg(QStringLiteral("fapo proposals [PIPELINE] [--workspace FILE.fapo] [--json]")),
                                    &openCode);
    if (!ws)
        return openCode;
    json list = json::array();
    QStringList lines;
    for (const Proposal& p : ws->proposals()) {
        if (wanted && p.status != *wanted)
            continue;
        list.push_back(proposalJson(*ws, p));
        lines << QStringLiteral("%1 %2 %3 %4 -> %5  %6")
                     .arg(p.id, 5)
                     .arg(p.stepId, -14)
                     .arg(nameOf(p.status), -9)
                     .arg(score(p.baselineScore), 6)
                     .arg(score(p.evalScore), -6)
                     .arg(whyText(p));
    }
    if (common.json) {
        printJson(json { { "proposals", list } });
    } else if (lines.isEmpty()) {
        printOut(Cli::tr("no proposals yet; fapo optimize PIPELINE --dataset FILE makes some"));
    } else {
        // Column headings padded like the rows below.
        printOut(QStringLiteral("%1 %2 %3 %4 -> %5  %6")
                     .arg(Cli::tr("id", "column heading"), 5)
                     .arg(Cli::tr("step", "column heading"), -14)
                     .arg(Cli::tr("status", "column heading"), -9)
                     .arg(Cli::tr("before", "column heading"), 6)
                     .arg(Cli::tr("after", "column heading"))
                     .arg(Cli::tr("why", "column heading")));
        for (const QString& l : lines)
            printOut(l);
    }
    return ExitOk;
}

int decideCommand(const QStringList& args, DecisionAction decision)
{
    QCommandLineParser parser;
    const QString verb = decision == DecisionAction::Approved ? QStringLiteral("approve") : QStringLiteral("reject");
    parser.setApplicationDescription(decision == DecisionAction::Approved
                                         ? Cli::tr("Approves a proposal: its rewrite makes the next pipeline version.")
                                         : Cli::tr("Rejects a proposal: it never reaches the export."));
    addCommonOptions(parser);
    parser.addOptions(
        { { QStringLiteral("note"), Cli::tr("Why, for the record."), QStringLiteral("TEXT") },
          { QStringLiteral("who"), Cli::tr("Who decides (default: $FAPO_USER or the login name)."), QStringLiteral("NAME") } });
    parser.addPositionalArgument(QStringLiteral("id"), Cli::tr("The proposal (fapo proposals lists them)."));
    addPipelineArgument(parser);
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const QString usage = Cli::tr("usage: %1").arg(QStringLiteral("fapo %1 ID [PIPELINE] [--workspace FILE.fapo] [--note TEXT]").arg(verb));
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (positional.isEmpty() || positional.size() > 2 || !ok || id <= 0) {
        printError(positional.isEmpty() || ok ? usage : Cli::tr("\"%1\" is not a proposal id (a number)").arg(positional.first()));
        return ExitBadInput;
    }
    int openCode = ExitBadInput;
    auto ws = openExistingWorkspace(positional.value(1), common, usage, &openCode);
    if (!ws)
        return openCode;
    const QString who = parser.isSet(QStringLiteral("who")) ? parser.value(QStringLiteral("who")) : currentUser();
    QString error;
    // The decision is committed to the workspace before anything reports it taken.
    DecisionRefusal refusal = DecisionRefusal::None;
    if (!decideProposal(*ws, id, decision, who, parser.value(QStringLiteral("note")), &error, &refusal)) {
        printError(error);
        // Someone decided it first (their decision stands), or it could not be stored: the work failed.
        // An unknown or blocked proposal is bad input.
        return refusal == DecisionRefusal::DecidedMeanwhile || refusal == DecisionRefusal::NotStored ? ExitWorkFailed : ExitBadInput;
    }
    const auto p = ws->proposal(id);
    if (!p) {
        printError(Cli::tr("proposal %1 is no longer in the workspace").arg(id));
        return ExitWorkFailed;
    }
    if (common.json)
        printJson(proposalJson(*ws, *p));
    else
        printOut((decision == DecisionAction::Approved ? Cli::tr("proposal %1 (%2) approved by %3%4")
                                                       : Cli::tr("proposal %1 (%2) rejected by %3%4"))
                     .arg(id)
                     .arg(p->stepId, who, p->newPipelineId > 0 ? Cli::tr("; pipeline version %1").arg(p->newPipelineId) : QString()));
    return ExitOk;
}

} // namespace fapo::cli
