#include "workspacecommand.h"
#include "clicommon.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspacecopy.h"
#include <QFileInfo>

namespace fapo::cli {

using nlohmann::json;

namespace {

bool exists(const QString& location) { return isWorkspaceUrl(location) || QFileInfo::exists(location); }

} // namespace

int workspaceCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Copies a workspace into a new one: a file onto a team's PostgreSQL database "
                                             "(postgresql://USER@HOST:PORT/DB; the password from PGPASSWORD or ~/.pgpass), or back."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"), Cli::tr("Print one JSON document on stdout and nothing else there.") });
    parser.addOption({ QStringLiteral("quiet"), Cli::tr("Print no progress.") });
    parser.addPositionalArgument(QStringLiteral("copy"), Cli::tr("The action (copy)."), QStringLiteral("copy"));
    parser.addPositionalArgument(QStringLiteral("from"), Cli::tr("The workspace to copy (a .fapo file or a postgresql:// URL)."),
                                 QStringLiteral("FROM"));
    parser.addPositionalArgument(QStringLiteral("to"), Cli::tr("The new workspace (a file that does not exist yet, or an empty database)."),
                                 QStringLiteral("TO"));
    int code = ExitOk;
    if (!parseArguments(parser, args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional[0] != QLatin1String("copy")) {
        printError(Cli::tr("usage: %1").arg(QStringLiteral("fapo workspace copy FROM TO [--json] [--quiet]")));
        return ExitBadInput;
    }
    const QString fromLocation = positional[1];
    const QString toLocation = positional[2];
    if (!exists(fromLocation)) {
        printError(Cli::tr("%1: no workspace here").arg(fromLocation));
        return ExitBadInput;
    }
    if (!isWorkspaceUrl(toLocation) && QFileInfo::exists(toLocation)) {
        printError(Cli::tr("%1: the file exists already; copy into a new file").arg(toLocation));
        return ExitBadInput;
    }
    QString error;
    int openCode = ExitBadInput;
    auto from = openCommandWorkspace(fromLocation, &openCode);
    if (!from)
        return openCode;
    auto to = openCommandWorkspace(toLocation, &openCode);
    if (!to)
        return openCode;
    const bool quiet = parser.isSet(QStringLiteral("quiet")) || parser.isSet(QStringLiteral("json"));
    std::vector<CopiedTable> copied;
    const CopyOutcome outcome = copyWorkspace(*from, *to, &copied, &error, [&](const CopiedTable& t) {
        if (!quiet)
            printError(Cli::tr("%1: %n row(s)", nullptr, int(t.rows)).arg(t.table));
    });
    if (outcome != CopyOutcome::Copied) {
        printError(error);
        // An empty target stays as it was (one transaction); a target that was not empty was never written.
        return outcome == CopyOutcome::TargetNotEmpty ? ExitBadInput : ExitWorkFailed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        json tables = json::object();
        for (const CopiedTable& t : copied)
            tables[t.table.toStdString()] = t.rows;
        printJson(json { { "from", from->path().toStdString() }, { "to", to->path().toStdString() }, { "tables", tables } });
    } else if (!quiet) {
        printError(Cli::tr("copied %1 to %2").arg(from->path(), to->path()));
    }
    return ExitOk;
}

} // namespace fapo::cli
