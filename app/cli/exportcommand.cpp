#include "exportcommand.h"
#include "clicommon.h"
#include "core/optimize/exporter.h"
#include "core/workspace/workspace.h"

namespace fapo::cli {

using nlohmann::json;

int exportCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the pipeline with every approved or accepted rewrite applied (DIR/pipeline.json), each step's final "
                "prompt (DIR/prompts/), a unified diff (DIR/changes.diff) and a report (DIR/report.md). Your pipeline file is "
                "never modified."));
    addCommonOptions(parser);
    parser.addOptions({ { QStringLiteral("out"), Cli::tr("The folder to write (created when missing)."), QStringLiteral("DIR") } });
    addPipelineArgument(parser);
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const QString usage = Cli::tr("usage: %1").arg(QStringLiteral("fapo export --out DIR [PIPELINE] [--workspace FILE.fapo]"));
    if (!parser.isSet(QStringLiteral("out")) || parser.positionalArguments().size() > 1) {
        printError(usage);
        return ExitBadInput;
    }
    int openCode = ExitBadInput;
    auto ws = openExistingWorkspace(parser.positionalArguments().value(0), common, usage, &openCode);
    if (!ws)
        return openCode;
    ExportSummary summary;
    QString error;
    if (!exportAccepted(*ws, parser.value(QStringLiteral("out")), 0, &summary, &error)) {
        printError(error);
        return ExitBadInput;
    }
    if (common.json) {
        json files = json::array(), applied = json::array(), left = json::array();
        for (const QString& f : summary.files)
            files.push_back(f.toStdString());
        for (qint64 id : summary.applied)
            applied.push_back(id);
        for (qint64 id : summary.left)
            left.push_back(id);
        printJson(json { { "out", summary.outDir.toStdString() }, { "files", files }, { "applied", applied }, { "not_applied", left } });
    } else {
        printOut(Cli::tr("exported to %1: %2").arg(summary.outDir, summary.files.join(QStringLiteral(", "))));
        printOut(
            Cli::tr("  %n rewrite(s) applied, %1 proposal(s) left out", nullptr, int(summary.applied.size())).arg(summary.left.size()));
    }
    return ExitOk;
}

} // namespace fapo::cli
