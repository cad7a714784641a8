#include "analyzecommand.h"
#include "analysis/analyzer.h"
#include "clicommon.h"
#include "interrupt.h"
#include "workspace/workspace.h"
#include <QEventLoop>
#include <QFileInfo>

namespace fapo::cli {

using nlohmann::json;

namespace {

void printReport(const json& doc, const AnalysisOutcome& outcome)
{
    printOut(QStringLiteral("analysis %1 of run %2: %3 of %4 examples failed (score %5)")
                 .arg(outcome.analysisId)
                 .arg(doc.value("run_id", qint64(0)))
                 .arg(doc.value("failed", 0))
                 .arg(doc.value("examples_total", 0))
                 .arg(doc.value("score", 0.0), 0, 'f', 3));
    printOut(QStringLiteral("  %1 %2 %3 %4 %5").arg(QStringLiteral("step"), -18).arg(QStringLiteral("failed"), 7)
                 .arg(QStringLiteral("origin"), 7).arg(QStringLiteral("blame"), 6).arg(QStringLiteral("ceiling"), 8));
    for (const json& s : doc["steps"])
        printOut(QStringLiteral("  %1 %2 %3 %4 %5")
                     .arg(QString::fromStdString(s["id"].get<std::string>()), -18)
                     .arg(s["failed"].get<int>(), 7)
                     .arg(s["origin"].get<int>(), 7)
                     .arg(s["blame"].get<double>(), 6, 'f', 2)
                     .arg(s["ceiling"].get<double>(), 8, 'f', 3));
    if (!doc["clusters"].empty())
        printOut(QStringLiteral("clusters:"));
    for (const json& c : doc["clusters"]) {
        QStringList ids;
        for (const json& id : c["example_ids"])
            ids << QString::fromStdString(id.get<std::string>());
        const QString more = ids.size() > 8 ? QStringLiteral(" ...") : QString();
        printOut(QStringLiteral("  %1  %2 [fix: %3]  %4%5")
                     .arg(c["count"].get<int>(), 4)
                     .arg(QString::fromStdString(c["label"].get<std::string>()),
                          QString::fromStdString(c["fix_level"].get<std::string>()), ids.mid(0, 8).join(QLatin1Char(' ')), more));
    }
    QStringList edges;
    for (const json& e : doc["edges"])
        if (e["propagated"].get<int>() > 0)
            edges << QStringLiteral("%1 -> %2 (%3)")
                         .arg(QString::fromStdString(e["from"].get<std::string>()), QString::fromStdString(e["to"].get<std::string>()))
                         .arg(e["propagated"].get<int>());
    if (!edges.isEmpty())
        printOut(QStringLiteral("propagation: ") + edges.join(QStringLiteral(", ")));
    printOut(QStringLiteral("  %1 model calls, $%2").arg(outcome.calls).arg(outcome.costUsd, 0, 'f', 4));
    for (const QString& note : outcome.notes)
        printOut(QStringLiteral("  note: ") + note);
}

} // namespace

int analyzeCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Finds the step where each failure of a run starts (rules, counterfactual replay, the critic model) and how it "
        "spreads; stores the analysis in the workspace."));
    addCommonOptions(parser);
    parser.addOptions({
        { QStringLiteral("run"), QStringLiteral("Analyse this run (default: the newest)."), QStringLiteral("RUN_ID") },
        { QStringLiteral("budget-calls"), QStringLiteral("At most N model calls for replay and the critic."), QStringLiteral("N") },
        { QStringLiteral("no-replay"), QStringLiteral("Do not replay steps with repaired outputs.") },
        { QStringLiteral("no-critic"), QStringLiteral("Do not ask the critic model (rules and step gold only).") },
        { QStringLiteral("concurrency"), QStringLiteral("Model calls in flight at most (default 4)."), QStringLiteral("N") },
        { QStringLiteral("no-cache"), QStringLiteral("Do not answer requests from the workspace cache.") },
        { QStringLiteral("trust"), QStringLiteral("Allow replays to run this pipeline's command steps.") },
    });
    addPipelineArgument(parser);
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    if (parser.positionalArguments().size() > 1) {
        printError(QStringLiteral("usage: fapo analyze [PIPELINE] [--workspace FILE.fapo] [options] (see fapo analyze --help)"));
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

    auto workspace = openExistingWorkspace(
        parser.positionalArguments().value(0), common, QStringLiteral("usage: fapo analyze [PIPELINE] [--workspace FILE.fapo] [options] (see fapo analyze --help)"));
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
        printError(QStringLiteral("run %1: %2 failed examples; rules settled %3")
                       .arg(analyzer.runId()).arg(estimate.failed).arg(estimate.settledByRules));
        if (estimate.open > 0 && estimate.maxCalls > 0)
            printError(QStringLiteral("replay and the critic may make up to %1 model calls (about $%2) for the other %3%4")
                           .arg(estimate.maxCalls)
                           .arg(estimate.maxUsd, 0, 'f', 2)
                           .arg(estimate.open)
                           .arg(options.budgetCalls > 0 ? QStringLiteral("; capped at %1 by --budget-calls").arg(options.budgetCalls)
                                                        : QStringLiteral("; cap them with --budget-calls N")));
    }
    QEventLoop loop;
    AnalysisOutcome outcome;
    QObject::connect(&analyzer, &Analyzer::progress, &loop, [&](const AnalysisProgress& p) {
        if (!common.quiet && p.stage != QLatin1String("rules") && p.stage != QLatin1String("storing") && p.total > 0)
            printError(QStringLiteral("%1: %2/%3").arg(p.stage).arg(p.done).arg(p.total));
    });
    QObject::connect(&analyzer, &Analyzer::finished, &loop, [&](const AnalysisOutcome& o) {
        outcome = o;
        loop.quit();
    });
    watchInterrupts(&loop, [&] {
        printError(QStringLiteral("interrupted; storing what is settled (Ctrl-C again to quit at once)"));
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
