#include "optimizecommand.h"
#include "clicommon.h"
#include "core/app/promptset.h"
#include "core/diff/worddiff.h"
#include "core/formats/pipelineloader.h"
#include "interrupt.h"
#include "core/optimize/decisions.h"
#include "core/optimize/optimizer.h"
#include "core/workspace/workspace.h"
#include <QEventLoop>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace fapo::cli {

using nlohmann::json;

namespace {

QString score(const json& v) { return v.is_number() ? QString::number(v.get<double>(), 'f', 3) : QStringLiteral("-"); }

void printRounds(const OptimizeOutcome& o)
{
    for (const json& r : o.document["rounds"]) {
        printOut(Cli::tr("round %1: target \"%2\"; validation %3, test %4")
                     .arg(r["round"].get<int>())
                     .arg(QString::fromStdString(r.value("target_step", std::string())))
                     .arg(score(r.value("validation_score", json())), score(r.value("test_score", json()))));
        for (const json& p : r["proposals"])
            printOut(Cli::tr("  proposal %1: %2, validation %3 -> %4%5")
                         .arg(p["id"].get<qint64>())
                         .arg(QString::fromStdString(p["status"].get<std::string>()))
                         .arg(score(p["baseline_score"]), score(p["eval_score"]))
                         .arg(p.value("reason", json()).is_string()
                                  ? QStringLiteral(" (") + QString::fromStdString(p["reason"].get<std::string>()) + QLatin1Char(')')
                                  : QString()));
    }
    printOut(Cli::tr("final score %1; %n model call(s), $%2", nullptr, int(o.calls))
                 .arg(score(o.document["final_score"]))
                 .arg(o.costUsd, 0, 'f', 4));
    for (const QString& n : o.notes)
        printOut(Cli::tr("  note: %1").arg(n));
}

// --approve ask on a terminal: each evaluated, pending proposal is shown and decided here.
void askOnTerminal(Workspace& ws, const OptimizeOutcome& o)
{
    QTextStream in(stdin);
    for (const json& r : o.document["rounds"])
        for (const json& pj : r["proposals"]) {
            const auto p = ws.proposal(pj["id"].get<qint64>());
            if (!p || p->status != ProposalStatus::Pending)
                continue;
            printOut(QLatin1Char('\n')
                     + Cli::tr("proposal %1 for \"%2\": validation %3 -> %4")
                           .arg(p->id)
                           .arg(p->stepId, p->baselineScore ? QString::number(*p->baselineScore, 'f', 3) : QStringLiteral("-"),
                                p->evalScore ? QString::number(*p->evalScore, 'f', 3) : Cli::tr("not evaluated")));
            printOut(Cli::tr("rationale: %1").arg(p->rationale));
            QString diff;
            for (const DiffPiece& piece : wordDiff(p->oldPrompt, p->newPrompt))
                diff += piece.kind == DiffPiece::Kind::Same  ? piece.text
                    : piece.kind == DiffPiece::Kind::Removed ? QStringLiteral("[-") + piece.text + QStringLiteral("-]")
                                                             : QStringLiteral("{+") + piece.text + QStringLiteral("+}");
            printOut(diff);
            // The answer keys stay a, r and S in every language.
            std::fputs(qUtf8Printable(Cli::tr("approve, reject or skip? [a/r/S] ")), stdout);
            std::fflush(stdout);
            const QString answer = in.readLine().trimmed().toLower();
            QString error;
            if (answer.startsWith(QLatin1Char('a'))
                && !decideProposal(ws, p->id, DecisionAction::Approved, currentUser(), QString(), &error))
                printError(error);
            else if (answer.startsWith(QLatin1Char('r'))
                     && !decideProposal(ws, p->id, DecisionAction::Rejected, currentUser(), QString(), &error))
                printError(error);
        }
}

} // namespace

int optimizeCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Rounds of: analyse the run, ask the optimizer model for rewrites of the step where failures start, check them, "
                "evaluate them on what they affect, and apply the acceptance policy."));
    addCommonOptions(parser);
    parser.addOptions({
        { QStringLiteral("dataset"), Cli::tr("Dataset file (JSONL)."), QStringLiteral("FILE") },
        { QStringLiteral("step"), Cli::tr("Rewrite this step instead of the one with the most blame."), QStringLiteral("ID") },
        { QStringLiteral("rounds"), Cli::tr("At most N rounds (default 1)."), QStringLiteral("N") },
        { QStringLiteral("candidates"),
          Cli::tr("Rewrites proposed per round (default 2); a round of settings tries at most max(N, 4) values."), QStringLiteral("N") },
        { QStringLiteral("budget-calls"), Cli::tr("Stop before more than N model calls."), QStringLiteral("N") },
        { QStringLiteral("budget-usd"), Cli::tr("Stop once X dollars are spent."), QStringLiteral("X") },
        { QStringLiteral("holdout"), Cli::tr("Fraction of examples held out as the test split (default 0.2)."), QStringLiteral("F") },
        { QStringLiteral("seed"), Cli::tr("Seed of the splits (default 1)."), QStringLiteral("N") },
        { QStringLiteral("approve"), Cli::tr("ask (default), auto or none."), QStringLiteral("MODE") },
        { QStringLiteral("min-gain"), Cli::tr("With --approve auto: the least validation gain accepted (default 0.05)."),
          QStringLiteral("X") },
        { QStringLiteral("levels"),
          Cli::tr("Kinds of change rounds may propose, smallest first: prompt, parameter, structure (default all)."),
          QStringLiteral("LIST") },
        { QStringLiteral("max-cost-increase"),
          Cli::tr("With --approve auto: accept no change that raises the cost per example by more than this fraction (0.5: +50%)."),
          QStringLiteral("X") },
        { QStringLiteral("limit"), Cli::tr("Use only the first N examples."), QStringLiteral("N") },
        { QStringLiteral("concurrency"), Cli::tr("Model calls in flight at most (default 4)."), QStringLiteral("N") },
        { QStringLiteral("no-cache"), Cli::tr("Do not answer requests from the workspace cache.") },
        { QStringLiteral("trust"), Cli::tr("Allow this pipeline's command steps to run programs (remembered).") },
    });
    parser.addOptions(batchOptions());
    parser.addPositionalArgument(QStringLiteral("pipeline"), Cli::tr("The pipeline file (JSON); it is never modified."));
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("dataset"))) {
        printError(Cli::tr("usage: %1 [options] (see fapo %2 --help)")
                       .arg(QStringLiteral("fapo optimize PIPELINE --dataset FILE"), QStringLiteral("optimize")));
        return ExitBadInput;
    }
    OptimizeOptions options;
    double rounds = options.rounds, candidates = options.candidates, budgetCalls = 0, seed = double(options.seed), limit = 0,
           concurrency = options.concurrency;
    if (!numberOption(parser, QStringLiteral("rounds"), 1, &rounds) || !numberOption(parser, QStringLiteral("candidates"), 1, &candidates)
        || !numberOption(parser, QStringLiteral("budget-calls"), 1, &budgetCalls)
        || !numberOption(parser, QStringLiteral("budget-usd"), 0, &options.budgetUsd)
        || !numberOption(parser, QStringLiteral("holdout"), 0, &options.holdout) || !numberOption(parser, QStringLiteral("seed"), 0, &seed)
        || !numberOption(parser, QStringLiteral("min-gain"), 0, &options.minGain)
        || !numberOption(parser, QStringLiteral("max-cost-increase"), 0, &options.maxCostIncrease)
        || !numberOption(parser, QStringLiteral("limit"), 1, &limit)
        || !numberOption(parser, QStringLiteral("concurrency"), 1, &concurrency)
        || !readBatchOptions(parser, &options.batch, &options.batchPollMs))
        return ExitBadInput;
    if (options.holdout >= 0.8) {
        printError(Cli::tr("--holdout %1: leave at least a fifth of the examples for train and validation").arg(options.holdout));
        return ExitBadInput;
    }
    options.rounds = int(rounds);
    options.candidates = int(candidates);
    options.budgetCalls = qint64(budgetCalls);
    options.seed = quint64(seed);
    options.limit = int(limit);
    options.concurrency = int(concurrency);
    options.useCache = !parser.isSet(QStringLiteral("no-cache"));
    options.trustCommands = parser.isSet(QStringLiteral("trust"));
    options.step = parser.value(QStringLiteral("step"));
    if (parser.isSet(QStringLiteral("levels"))) {
        options.levels.clear();
        for (const QString& name : parser.value(QStringLiteral("levels")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto level = parseName<FixLevel>(name.trimmed());
            if (!level) {
                printError(Cli::tr("--levels: \"%1\" is not prompt, parameter or structure").arg(name.trimmed()));
                return ExitBadInput;
            }
            if (!options.levels.contains(*level))
                options.levels << *level;
        }
        if (options.levels.isEmpty()) {
            printError(Cli::tr("--levels needs at least one of prompt, parameter, structure"));
            return ExitBadInput;
        }
    }
    if (parser.isSet(QStringLiteral("approve"))) {
        const QString approve = parser.value(QStringLiteral("approve"));
        const auto mode = parseName<ApproveMode>(approve);
        if (!mode) {
            printError(Cli::tr("--approve must be ask, auto or none, not \"%1\"").arg(approve));
            return ExitBadInput;
        }
        options.approve = *mode;
    }

    const QString pipelinePath = parser.positionalArguments().first();
    PipelineLoad load = loadPipeline(pipelinePath);
    printDiagnostics(load.diagnostics);
    if (!load.pipeline)
        return ExitBadInput;
    Diagnostics diags;
    auto dataset = loadDataset(parser.value(QStringLiteral("dataset")), &diags);
    if (dataset)
        checkDatasetAgainstPipeline(*dataset, *load.pipeline, &diags);
    printDiagnostics(diags);
    if (!dataset || hasErrors(diags))
        return ExitBadInput;
    QString error;
    int openCode = ExitBadInput;
    auto ws = openCommandWorkspace(common.workspace.isEmpty() ? defaultWorkspacePath(pipelinePath) : common.workspace, &openCode);
    if (!ws)
        return openCode;
    // Approved rewrites are kept: the next round starts from the newest version they made.
    const auto continued = versionToContinueFrom(*ws, *load.pipeline, &error);
    if (!continued) {
        printError(error);
        return ExitBadInput;
    }
    Pipeline pipeline = *continued;
    // (An app's versions carry its prompt texts: the file's own version is the one with its files' texts.)
    const QString fileVersion = load.pipeline->isApp() ? withPromptTexts(*load.pipeline).hash : load.pipeline->hash;
    if (pipeline.hash != fileVersion && !common.quiet)
        printError(Cli::tr("continuing from pipeline version %1, which approved rewrites made from %2")
                       .arg(ws->storePipeline(pipeline))
                       .arg(pipelinePath));
    Optimizer optimizer(ws.get(), pipeline, std::move(*dataset), ProviderEnvironment::fromProcess(), options);
    if (!optimizer.prepare(&error)) {
        printError(error);
        return ExitBadInput;
    }
    const OptimizeEstimate estimate = optimizer.estimate();
    if (!common.quiet)
        printError(Cli::tr("each round may take up to %n model call(s) (about %1 tokens, $%2)%3", nullptr, int(estimate.calls))
                       .arg(estimate.tokens)
                       .arg(estimate.usd, 0, 'f', 2)
                       .arg(options.budgetCalls > 0 || options.budgetUsd > 0 ? Cli::tr("; the budget caps it")
                                                                             : Cli::tr("; cap with --budget-calls or --budget-usd")));
    QEventLoop loop;
    OptimizeOutcome outcome;
    QObject::connect(&optimizer, &Optimizer::progress, &loop, [&](const QString& message) {
        if (!common.quiet)
            printError(message);
    });
    QObject::connect(&optimizer, &Optimizer::finished, &loop, [&](const OptimizeOutcome& o) {
        outcome = o;
        loop.quit();
    });
    watchInterrupts(&loop, [&] {
        printError(Cli::tr("interrupted; keeping what is done (Ctrl-C again to quit at once)"));
        optimizer.cancel();
    });
    optimizer.start();
    loop.exec();

    if (options.approve == ApproveMode::Ask && !common.json && isatty(fileno(stdin)) && outcome.status != RoundStatus::Failed)
        askOnTerminal(*ws, outcome);
    if (common.json)
        printJson(outcome.document);
    else
        printRounds(outcome);
    if (outcome.status == RoundStatus::Failed) {
        printError(outcome.error);
        return ExitWorkFailed;
    }
    if (outcome.status == RoundStatus::Interrupted)
        return ExitInterrupted;
    if (outcome.status == RoundStatus::Budget && outcome.document["rounds"].empty()) {
        printError(Cli::tr("the budget was spent before any result"));
        return ExitWorkFailed;
    }
    return ExitOk;
}

} // namespace fapo::cli
