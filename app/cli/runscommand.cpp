#include "runscommand.h"
#include "clicommon.h"
#include "core/workspace/workspace.h"

namespace fapo::cli {

using nlohmann::json;

namespace {

// A run's kind for people and scripts: the stored kind, or "import" for traces read from a file or
// received live (stored as runs with the file or receiver they came from).
QString kindOf(const RunInfo& run)
{
    if (run.kind == RunKind::Run && run.options.is_object() && run.options.contains("imported_from"))
        return QStringLiteral("import");
    return nameOf(run.kind);
}

} // namespace

int runsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the runs of a workspace: fapo's own runs, replays and evaluations, and imported or received traces."));
    addCommonOptions(parser);
    addPipelineArgument(parser);
    parser.addOption({ QStringLiteral("compact"), Cli::tr("First give back the space removed runs left free in the file (VACUUM).") });
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const QString usage = Cli::tr("usage: %1").arg(QStringLiteral("fapo runs [PIPELINE] [--workspace FILE.fapo] [--compact] [--json]"));
    if (parser.positionalArguments().size() > 1) {
        printError(usage);
        return ExitBadInput;
    }
    int openCode = ExitBadInput;
    auto ws = openExistingWorkspace(parser.positionalArguments().value(0), common, usage, &openCode);
    if (!ws)
        return openCode;
    if (parser.isSet(QStringLiteral("compact"))) {
        const Workspace::Space before = ws->space();
        QString error;
        if (!ws->compact(&error)) {
            printError(error);
            return ExitWorkFailed;
        }
        if (!common.quiet)
            printError(Cli::tr("compacted %1: %2 MB to %3 MB")
                           .arg(ws->path())
                           .arg(double(before.fileBytes) / 1e6, 0, 'f', 1)
                           .arg(double(ws->space().fileBytes) / 1e6, 0, 'f', 1));
    }
    const std::map<qint64, qint64> records = ws->stepRecordCounts();
    json list = json::array();
    QStringList lines;
    for (const RunInfo& run : ws->runs()) {
        const RunTotals totals = ws->totals(run.id);
        const auto counted = records.find(run.id);
        // Imports keep how many spans they read (several spans of a step in a trace make one record).
        const qint64 spans = run.options.is_object() && run.options.contains("spans") && run.options["spans"].is_number_integer()
            ? run.options["spans"].get<qint64>()
            : (counted == records.end() ? 0 : counted->second);
        const QString created = run.startedAt.toUTC().toString(Qt::ISODate);
        list.push_back({ { "id", run.id },
                         { "kind", kindOf(run).toStdString() },
                         { "status", stdNameOf(run.status) },
                         { "created", created.toStdString() },
                         { "pipeline_id", run.pipelineId },
                         { "examples", run.exampleCount },
                         { "finished", totals.examples },
                         { "spans", spans },
                         { "score", totals.examples > 0 ? json(totals.score) : json() } });
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(run.id, 5)
                     .arg(kindOf(run), -7)
                     .arg(nameOf(run.status), -11)
                     .arg(created, -20)
                     .arg(run.exampleCount, 8)
                     .arg(spans, 8)
                     .arg(totals.examples > 0 ? QString::number(totals.score, 'f', 3) : QStringLiteral("-"), 6);
    }
    if (common.json) {
        printJson(json { { "runs", list } });
    } else if (lines.isEmpty()) {
        printOut(Cli::tr("no runs yet; fapo run, fapo import or fapo serve makes some"));
    } else {
        // Column headings padded like the rows below.
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(Cli::tr("id", "column heading"), 5)
                     .arg(Cli::tr("kind", "column heading"), -7)
                     .arg(Cli::tr("status", "column heading"), -11)
                     .arg(Cli::tr("created", "column heading"), -20)
                     .arg(Cli::tr("examples", "column heading"), 8)
                     .arg(Cli::tr("spans", "column heading"), 8)
                     .arg(Cli::tr("score", "column heading"), 6));
        for (const QString& l : lines)
            printOut(l);
    }
    if (!common.quiet && !parser.isSet(QStringLiteral("compact")))
        offerCompaction(*ws);
    return ExitOk;
}

} // namespace fapo::cli
