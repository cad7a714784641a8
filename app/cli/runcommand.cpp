#include "runcommand.h"
#include "clicommon.h"
#include "core/eval/junitwriter.h"
#include "core/formats/pipelineloader.h"
#include "interrupt.h"
#include "progressreporter.h"
#include "core/run/runner.h"
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>

namespace fapo::cli {

using nlohmann::json;

namespace {

struct RunArguments {
    QString pipeline;
    QString dataset;
    RunOptions run;
    double failUnder = -1.0;
    QString junit;
};

std::optional<RunArguments> readArguments(const QCommandLineParser& parser)
{
    RunArguments a;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("dataset"))) {
        printError(Cli::tr("usage: %1 [options] (see fapo %2 --help)")
                       .arg(QStringLiteral("fapo run PIPELINE --dataset FILE"), QStringLiteral("run")));
        return std::nullopt;
    }
    a.pipeline = parser.positionalArguments().first();
    a.dataset = parser.value(QStringLiteral("dataset"));
    double concurrency = a.run.concurrency, limit = 0, resume = 0;
    if (!numberOption(parser, QStringLiteral("concurrency"), 1, &concurrency) || !numberOption(parser, QStringLiteral("limit"), 1, &limit)
        || !numberOption(parser, QStringLiteral("resume"), 1, &resume)
        || !numberOption(parser, QStringLiteral("fail-under"), 0, &a.failUnder)
        || !readBatchOptions(parser, &a.run.batch, &a.run.batchPollMs))
        return std::nullopt;
    a.run.concurrency = int(concurrency);
    a.run.limit = int(limit);
    a.run.resumeRunId = qint64(resume);
    a.run.useCache = !parser.isSet(QStringLiteral("no-cache"));
    a.run.autoResume = !parser.isSet(QStringLiteral("no-resume"));
    a.run.trustCommands = parser.isSet(QStringLiteral("trust"));
    a.junit = parser.value(QStringLiteral("junit"));
    return a;
}

json outcomeJson(const RunOutcome& o)
{
    const RunTotals& t = o.totals;
    return { { "run_id", o.runId },
             { "status", stdNameOf(o.status) },
             { "examples", t.examples },
             { "passed", t.passed },
             { "failed", t.failed },
             { "errors", t.errors },
             { "score", t.score },
             { "pass_rate", t.examples ? double(t.passed) / t.examples : 0.0 },
             { "calls", o.callsThisSession },
             { "cache_hits", o.cacheHitsThisSession },
             { "input_tokens", t.inputTokens },
             { "output_tokens", t.outputTokens },
             { "cost_usd", t.costUsd },
             { "wall_ms", o.wallMs },
             { "resumed_examples", o.resumedExamples },
             { "notes",
               [&o] {
                   json notes = json::array();
                   for (const QString& n : o.notes)
                       notes.push_back(n.toStdString());
                   return notes;
               }() },
             { "error", o.error.isEmpty() ? json() : json(o.error.toStdString()) } };
}

bool writeJUnitReport(const QString& path, const Pipeline& pipeline, const Workspace& ws, const RunOutcome& o)
{
    JUnitSuite suite;
    suite.name = pipeline.name;
    suite.seconds = double(o.wallMs) / 1000.0;
    for (const ExampleResult& r : ws.exampleResults(o.runId)) {
        JUnitCase c;
        c.name = r.exampleId;
        c.classname = pipeline.name;
        c.seconds = double(r.latencyMs) / 1000.0;
        c.error = r.status == ExampleStatus::Error;
        c.failed = r.status == ExampleStatus::Failed;
        if (c.error) {
            c.message = r.error;
        } else if (c.failed) {
            QStringList lines;
            for (const json& m : r.metrics)
                lines << QStringLiteral("%1 = %2 %3")
                             .arg(QString::fromStdString(m.value("name", std::string())))
                             .arg(m.value("score", 0.0))
                             .arg(QString::fromStdString(m.value("detail", std::string())));
            c.message = lines.value(0);
            c.details = lines.join(QLatin1Char('\n')) + QStringLiteral("\n\noutput:\n") + r.finalOutput;
        }
        suite.cases.push_back(c);
    }
    QString error;
    if (!writeJUnit(path, suite, &error)) {
        printError(error);
        return false;
    }
    return true;
}

void printSummary(const RunOutcome& o, const QString& workspace)
{
    const RunTotals& t = o.totals;
    const QLocale c = QLocale::c();
    printOut(Cli::tr("run %1 %2: %n example(s), %3 passed, %4 failed, %5 errors; score %6", nullptr, t.examples)
                 .arg(o.runId)
                 .arg(nameOf(o.status))
                 .arg(t.passed)
                 .arg(t.failed)
                 .arg(t.errors)
                 .arg(t.score, 0, 'f', 3));
    printOut(Cli::tr("  %n model call(s), %1 cache hits, %2 tokens in, %3 out, $%4, %5 s", nullptr, o.callsThisSession)
                 .arg(o.cacheHitsThisSession)
                 .arg(c.toString(t.inputTokens), c.toString(t.outputTokens))
                 .arg(t.costUsd, 0, 'f', 4)
                 .arg(double(o.wallMs) / 1000.0, 0, 'f', 1));
    if (o.resumedExamples > 0)
        printOut(Cli::tr("  resumed: %n example(s) kept from the interrupted attempt", nullptr, o.resumedExamples));
    for (const QString& note : o.notes)
        printOut(QStringLiteral("  ") + note);
    printOut(Cli::tr("  workspace: %1").arg(workspace));
}

} // namespace

int runCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Runs every example of a dataset through a pipeline."));
    addCommonOptions(parser);
    parser.addOptions({
        { QStringLiteral("dataset"), Cli::tr("Dataset file (JSONL)."), QStringLiteral("FILE") },
        { QStringLiteral("limit"), Cli::tr("Run only the first N examples."), QStringLiteral("N") },
        { QStringLiteral("concurrency"), Cli::tr("Model calls in flight at most (default 4)."), QStringLiteral("N") },
        { QStringLiteral("no-cache"), Cli::tr("Do not answer requests from the workspace cache.") },
        { QStringLiteral("resume"), Cli::tr("Continue this interrupted run."), QStringLiteral("RUN_ID") },
        { QStringLiteral("no-resume"), Cli::tr("Start a new run even if an interrupted one exists.") },
        { QStringLiteral("trust"), Cli::tr("Allow this pipeline's command steps to run programs (remembered).") },
        { QStringLiteral("fail-under"), Cli::tr("Exit with 3 when the score is below X."), QStringLiteral("X") },
        { QStringLiteral("junit"), Cli::tr("Write a JUnit XML report (one test case per example)."), QStringLiteral("FILE") },
    });
    parser.addOptions(batchOptions());
    parser.addPositionalArgument(QStringLiteral("pipeline"), Cli::tr("The pipeline file (JSON)."));
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const auto a = readArguments(parser);
    if (!a)
        return ExitBadInput;

    PipelineLoad load = loadPipeline(a->pipeline);
    printDiagnostics(load.diagnostics);
    if (!load.pipeline)
        return ExitBadInput;
    Diagnostics diags;
    auto dataset = loadDataset(a->dataset, &diags);
    if (dataset)
        checkDatasetAgainstPipeline(*dataset, *load.pipeline, &diags);
    printDiagnostics(diags);
    if (!dataset || hasErrors(diags))
        return ExitBadInput;

    const QString workspacePath = common.workspace.isEmpty() ? defaultWorkspacePath(a->pipeline) : common.workspace;
    QString error;
    int openCode = ExitBadInput;
    auto workspace = openCommandWorkspace(workspacePath, &openCode);
    if (!workspace)
        return openCode;

    const Pipeline pipeline = *load.pipeline;
    Runner runner(pipeline, std::move(*dataset), workspace.get(), ProviderEnvironment::fromProcess(), a->run);
    if (!runner.prepare(&error)) {
        printError(error);
        return ExitBadInput;
    }
    ProgressReporter reporter(!common.quiet);
    QEventLoop loop;
    RunOutcome outcome;
    QObject::connect(&runner, &Runner::progress, &loop, [&](const RunProgress& p) { reporter.update(p); });
    QObject::connect(&runner, &Runner::finished, &loop, [&](const RunOutcome& o) {
        outcome = o;
        loop.quit();
    });
    watchInterrupts(&loop, [&] {
        reporter.finish();
        printError(Cli::tr("interrupted; finishing what is stored (Ctrl-C again to quit at once)"));
        runner.cancel();
    });
    runner.start();
    loop.exec();
    reporter.finish();

    if (common.json)
        printJson(outcomeJson(outcome));
    else
        printSummary(outcome, workspace->path());
    if (!a->junit.isEmpty() && !writeJUnitReport(a->junit, pipeline, *workspace, outcome))
        return ExitWorkFailed;

    if (outcome.status == RunStatus::Failed) {
        printError(outcome.error);
        return ExitWorkFailed;
    }
    if (outcome.status == RunStatus::Interrupted) {
        printError(Cli::tr("run %1 interrupted; run the same command again (or --resume %1) to continue").arg(outcome.runId));
        return ExitInterrupted;
    }
    if (outcome.totals.examples > 0 && outcome.totals.errors == outcome.totals.examples) {
        printError(Cli::tr("every example failed with an error; is the model provider reachable?"));
        return ExitWorkFailed;
    }
    if (a->failUnder >= 0 && outcome.totals.score < a->failUnder) {
        printError(Cli::tr("score %1 is below --fail-under %2").arg(outcome.totals.score, 0, 'f', 3).arg(a->failUnder));
        return ExitGateMissed;
    }
    return ExitOk;
}

} // namespace fapo::cli
