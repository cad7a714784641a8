#include "analyzecommand.h"
#include "core/analysis/analyzer.h"
#include "clicommon.h"
#include "core/runview/runsnapshot.h"
#include "interrupt.h"
#include "core/workspace/workspace.h"
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>

namespace fapo::cli {

using nlohmann::json;

namespace {

QString stageName(AnalysisStage stage)
{
    switch (stage) {
    case AnalysisStage::Replay:
        return Cli::tr("replay", "analysis stage");
    case AnalysisStage::Critic:
        return Cli::tr("critic", "analysis stage");
    case AnalysisStage::Rules:
    case AnalysisStage::Storing:
        break;
    }
    return nameOf(stage);
}

void printReport(const AnalysisSummary& s, const AnalysisOutcome& outcome)
{
    printOut(Cli::tr("analysis %1 of run %2: %3 of %n example(s) failed (score %4)", nullptr, s.examples)
                 .arg(outcome.analysisId)
                 .arg(s.runId)
                 .arg(s.failed)
                 .arg(s.score, 0, 'f', 3));
    // Padded like the rows below; a longer translation only shifts its column.
    printOut(QStringLiteral("  %1 %2 %3 %4 %5")
                 .arg(Cli::tr("step", "column heading"), -18)
                 .arg(Cli::tr("failed", "column heading"), 7)
                 .arg(Cli::tr("origin", "column heading"), 7)
                 .arg(Cli::tr("blame", "column heading"), 6)
                 .arg(Cli::tr("ceiling", "column heading"), 8));
    for (const StepBlame& b : s.steps)
        printOut(QStringLiteral("  %1 %2 %3 %4 %5")
                     .arg(b.stepId, -18)
                     .arg(b.failed, 7)
                     .arg(b.origin, 7)
                     .arg(b.blame, 6, 'f', 2)
                     .arg(b.ceiling, 8, 'f', 3));
    if (!s.clusters.empty())
        printOut(Cli::tr("clusters:"));
    for (const FailureCluster& c : s.clusters) {
        const QString more = c.exampleIds.size() > 8 ? QStringLiteral(" ...") : QString();
        printOut(Cli::tr("  %1  %2 [fix: %3]  %4%5")
                     .arg(c.exampleIds.size(), 4)
                     .arg(c.label, nameOf(c.fixLevel), c.exampleIds.mid(0, 8).join(QLatin1Char(' ')), more));
    }
    QStringList edges;
    for (const EdgePropagation& e : s.edges)
        if (e.propagated > 0)
            edges << QStringLiteral("%1 -> %2 (%3)").arg(e.from, e.to).arg(e.propagated);
    if (!edges.isEmpty())
        printOut(Cli::tr("propagation: %1").arg(edges.join(QStringLiteral(", "))));
    printOut(Cli::tr("  %n model call(s), $%1", nullptr, int(outcome.calls)).arg(outcome.costUsd, 0, 'f', 4));
    for (const QString& note : outcome.notes)
        printOut(Cli::tr("  note: %1").arg(note));
}

// "roles": {STEP: ROLE} for each example of the report (FailureRole names).
void addFailureRoles(const RunSnapshot& snapshot, json* report)
{
    if (!report->contains("examples"))
        return;
    QHash<QString, size_t> rows;
    for (size_t i = 0; i < snapshot.examples.size(); ++i)
        rows.insert(snapshot.examples[i].id, i);
    for (json& e : (*report)["examples"]) {
        const auto it = rows.constFind(QString::fromStdString(e.value("id", std::string())));
        if (it == rows.cend())
            continue;
        const size_t row = *it;
        json roles = json::object();
        for (int s = 0; s < snapshot.steps.size(); ++s)
            roles[snapshot.steps[s].toStdString()] = stdNameOf(snapshot.role(row, s));
        e["roles"] = std::move(roles);
    }
}

} // namespace

int analyzeCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Finds the step where each failure of a run starts (rules, counterfactual replay, the critic model) and how it "
                "spreads; stores the analysis in the workspace."));
    addCommonOptions(parser);
    parser.addOptions({
        { QStringLiteral("run"), Cli::tr("Analyse this run (default: the newest)."), QStringLiteral("RUN_ID") },
        { QStringLiteral("budget-calls"), Cli::tr("At most N model calls for replay and the critic."), QStringLiteral("N") },
        { QStringLiteral("no-replay"), Cli::tr("Do not replay steps with repaired outputs.") },
        { QStringLiteral("no-critic"), Cli::tr("Do not ask the critic model (rules and step gold only).") },
        { QStringLiteral("concurrency"), Cli::tr("Model calls in flight at most (default 4)."), QStringLiteral("N") },
        { QStringLiteral("no-cache"), Cli::tr("Do not answer requests from the workspace cache.") },
        { QStringLiteral("trust"), Cli::tr("Allow replays to run this pipeline's command steps.") },
    });
    addPipelineArgument(parser);
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const QString usage = Cli::tr("usage: %1 [options] (see fapo %2 --help)")
                              .arg(QStringLiteral("fapo analyze [PIPELINE] [--workspace FILE.fapo]"), QStringLiteral("analyze"));
    if (parser.positionalArguments().size() > 1) {
        printError(usage);
        return ExitBadInput;
    }
    AnalysisOptions options;
    double run = 0, budget = 0, concurrency = options.concurrency;
    if (!numberOption(parser, QStringLiteral("run"), 1, &run) || !numberOption(parser, QStringLiteral("budget-calls"), 0, &budget)
        || !numberOption(parser, QStringLiteral("concurrency"), 1, &concurrency))
        return ExitBadInput;
    options.runId = qint64(run);
    options.budgetCalls = qint64(budget);
    options.concurrency = int(concurrency);
    options.replay = !parser.isSet(QStringLiteral("no-replay"));
    options.critic = !parser.isSet(QStringLiteral("no-critic"));
    options.useCache = !parser.isSet(QStringLiteral("no-cache"));
    options.trustCommands = parser.isSet(QStringLiteral("trust"));
    if (parser.isSet(QStringLiteral("budget-calls")) && options.budgetCalls == 0) {
        options.replay = false; // a budget of nothing: rules and step gold only
        options.critic = false;
    }

    int openCode = ExitBadInput;
    auto workspace = openExistingWorkspace(parser.positionalArguments().value(0), common, usage, &openCode);
    if (!workspace)
        return openCode;
    QString error;
    Analyzer analyzer(workspace.get(), ProviderEnvironment::fromProcess(), options);
    if (!analyzer.prepare(&error)) {
        printError(error);
        return ExitBadInput;
    }
    const AnalysisEstimate estimate = analyzer.estimate();
    if (!common.quiet) {
        printError(Cli::tr("run %1: %n failed example(s); rules settled %2", nullptr, int(estimate.failed))
                       .arg(analyzer.runId())
                       .arg(estimate.settledByRules));
        if (estimate.open > 0 && estimate.maxCalls > 0)
            printError(Cli::tr("replay and the critic may make up to %n model call(s) (about $%1) for the other %2%3", nullptr,
                               int(estimate.maxCalls))
                           .arg(estimate.maxUsd, 0, 'f', 2)
                           .arg(estimate.open)
                           .arg(options.budgetCalls > 0 ? Cli::tr("; capped at %1 by --budget-calls").arg(options.budgetCalls)
                                                        : Cli::tr("; cap them with --budget-calls N")));
    }
    QEventLoop loop;
    AnalysisOutcome outcome;
    QObject::connect(&analyzer, &Analyzer::progress, &loop, [&](const AnalysisProgress& p) {
        if (!common.quiet && p.stage != AnalysisStage::Rules && p.stage != AnalysisStage::Storing && p.total > 0)
            printError(QStringLiteral("%1: %2/%3").arg(stageName(p.stage)).arg(p.done).arg(p.total));
    });
    QObject::connect(&analyzer, &Analyzer::finished, &loop, [&](const AnalysisOutcome& o) {
        outcome = o;
        loop.quit();
    });
    watchInterrupts(&loop, [&] {
        printError(Cli::tr("interrupted; storing what is settled (Ctrl-C again to quit at once)"));
        analyzer.cancel();
    });
    analyzer.start();
    loop.exec();

    if (outcome.status == RunStatus::Failed) {
        printError(outcome.error);
        return ExitWorkFailed;
    }
    if (common.json) {
        // Each step's part in each failure, as the window derives it from the stored analysis.
        json report = outcome.report;
        QString why;
        if (const auto snapshot = RunSnapshot::load(*workspace, analyzer.runId(), &why, false))
            addFailureRoles(*snapshot, &report);
        else
            spdlog::warn("analyze: no failure roles in the report: {}", why.toStdString());
        printJson(report);
    } else
        printReport(outcome.summary, outcome);
    return outcome.status == RunStatus::Interrupted ? ExitInterrupted : ExitOk;
}

} // namespace fapo::cli
