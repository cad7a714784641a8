#include "analyzecommand.h"
#include "core/analysis/analyzer.h"
#include "clicommon.h"
#include "interrupt.h"
#include "core/workspace/workspace.h"
#include <QEventLoop>
#include <QFileInfo>

namespace fapo::cli {

using nlohmann::json;

namespace {

QString stageName(const QString& stage)
{
    if (stage == QLatin1String("replay"))
        return Cli::tr("replay", "analysis stage");
    if (stage == QLatin1String("critic"))
        return Cli::tr("critic", "analysis stage");
    return stage;
}

void printReport(const json& doc, const AnalysisOutcome& outcome)
{
    printOut(Cli::tr("analysis %1 of run %2: %3 of %n example(s) failed (score %4)", nullptr, doc.value("examples_total", 0))
                 .arg(outcome.analysisId)
                 .arg(doc.value("run_id", qint64(0)))
                 .arg(doc.value("failed", 0))
                 .arg(doc.value("score", 0.0), 0, 'f', 3));
    // Padded like the rows below; a longer translation only shifts its column.
    printOut(QStringLiteral("  %1 %2 %3 %4 %5")
                 .arg(Cli::tr("step", "column heading"), -18)
                 .arg(Cli::tr("failed", "column heading"), 7)
                 .arg(Cli::tr("origin", "column heading"), 7)
                 .arg(Cli::tr("blame", "column heading"), 6)
                 .arg(Cli::tr("ceiling", "column heading"), 8));
    for (const json& s : doc["steps"])
        printOut(QStringLiteral("  %1 %2 %3 %4 %5")
                     .arg(QString::fromStdString(s["id"].get<std::string>()), -18)
                     .arg(s["failed"].get<int>(), 7)
                     .arg(s["origin"].get<int>(), 7)
                     .arg(s["blame"].get<double>(), 6, 'f', 2)
                     .arg(s["ceiling"].get<double>(), 8, 'f', 3));
    if (!doc["clusters"].empty())
        printOut(Cli::tr("clusters:"));
    for (const json& c : doc["clusters"]) {
        QStringList ids;
        for (const json& id : c["example_ids"])
            ids << QString::fromStdString(id.get<std::string>());
        const QString more = ids.size() > 8 ? QStringLiteral(" ...") : QString();
        printOut(Cli::tr("  %1  %2 [fix: %3]  %4%5")
                     .arg(c["count"].get<int>(), 4)
                     .arg(QString::fromStdString(c["label"].get<std::string>()), QString::fromStdString(c["fix_level"].get<std::string>()),
                          ids.mid(0, 8).join(QLatin1Char(' ')), more));
    }
    QStringList edges;
    for (const json& e : doc["edges"])
        if (e["propagated"].get<int>() > 0)
            edges << QStringLiteral("%1 -> %2 (%3)")
                         .arg(QString::fromStdString(e["from"].get<std::string>()), QString::fromStdString(e["to"].get<std::string>()))
                         .arg(e["propagated"].get<int>());
    if (!edges.isEmpty())
        printOut(Cli::tr("propagation: %1").arg(edges.join(QStringLiteral(", "))));
    printOut(Cli::tr("  %n model call(s), $%1", nullptr, int(outcome.calls)).arg(outcome.costUsd, 0, 'f', 4));
    for (const QString& note : outcome.notes)
        printOut(Cli::tr("  note: %1").arg(note));
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

    auto workspace = openExistingWorkspace(parser.positionalArguments().value(0), common, usage);
    if (!workspace)
        return ExitBadInput;
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
        if (!common.quiet && p.stage != QLatin1String("rules") && p.stage != QLatin1String("storing") && p.total > 0)
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

    if (outcome.status == QLatin1String("failed")) {
        printError(outcome.error);
        return ExitWorkFailed;
    }
    if (common.json)
        printJson(outcome.summary);
    else
        printReport(outcome.summary, outcome);
    return outcome.status == QLatin1String("interrupted") ? ExitInterrupted : ExitOk;
}

} // namespace fapo::cli
