// fapo: the FAPO Studio engine without a window, for scripts and CI.
#include "analyzecommand.h"
#include "clicommon.h"
#include "exportcommand.h"
#include "optimizecommand.h"
#include "reviewcommands.h"
#include "importcommand.h"
#include "runcommand.h"
#include "runscommand.h"
#include "servecommand.h"
#include "core/translations.h"
#include "core/workspace/sqliteconfig.h"
#include "core/workspace/sqlfailures.h"
#include "validatecommand.h"
#include "workspacecommand.h"
#include <QCoreApplication>

namespace {

QString usageText()
{
    return fapo::cli::Cli::tr(R"(usage: fapo COMMAND [options]

commands:
  validate PIPELINE              check a pipeline (and its corpora, models); print the step graph
  run PIPELINE --dataset FILE    run every example; store traces, scores, tokens and cost
  analyze [PIPELINE]             find the step where each failure of the newest run starts, and how it spreads
  optimize PIPELINE --dataset FILE
                                 rounds of analyse, propose rewrites, evaluate, review
  proposals [PIPELINE]           the review queue
  approve ID / reject ID         decide a proposal (stored before it is reported)
  export --out DIR [PIPELINE]    the accepted prompts, a diff and a report
  import FILE                    read traces (OTLP JSON, Langfuse, Phoenix, fapo JSONL); print their step graph
  runs [PIPELINE]                the runs of a workspace: own runs, replays, evaluations, imports
  serve [PIPELINE]               receive traces over OTLP/HTTP (port 4318) and store them as they arrive
  workspace copy FROM TO         copy a workspace between a file and a PostgreSQL database (postgresql://...)

fapo COMMAND --help shows a command's options.
exit codes: 0 done, 1 the work failed, 2 bad input or usage, 3 --fail-under missed)");
}

int dispatch(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("validate"))
        return fapo::cli::validateCommand(args);
    if (command == QLatin1String("run"))
        return fapo::cli::runCommand(args);
    if (command == QLatin1String("analyze"))
        return fapo::cli::analyzeCommand(args);
    if (command == QLatin1String("optimize"))
        return fapo::cli::optimizeCommand(args);
    if (command == QLatin1String("proposals"))
        return fapo::cli::proposalsCommand(args);
    if (command == QLatin1String("approve"))
        return fapo::cli::decideCommand(args, fapo::DecisionAction::Approved);
    if (command == QLatin1String("reject"))
        return fapo::cli::decideCommand(args, fapo::DecisionAction::Rejected);
    if (command == QLatin1String("export"))
        return fapo::cli::exportCommand(args);
    if (command == QLatin1String("serve"))
        return fapo::cli::serveCommand(args);
    if (command == QLatin1String("runs"))
        return fapo::cli::runsCommand(args);
    if (command == QLatin1String("import"))
        return fapo::cli::importCommand(args);
    if (command == QLatin1String("workspace"))
        return fapo::cli::workspaceCommand(args);
    if (command == QLatin1String("--version")) {
        fapo::cli::printOut(QStringLiteral("fapo ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        fapo::cli::printOut(usageText());
        return command.isEmpty() ? fapo::cli::ExitBadInput : fapo::cli::ExitOk;
    }
    fapo::cli::printError(fapo::cli::Cli::tr("unknown command \"%1\"").arg(command) + QLatin1Char('\n') + usageText());
    return fapo::cli::ExitBadInput;
}
} // namespace

int main(int argc, char** argv)
{
    fapo::configureSqlite();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fapo"));
    QCoreApplication::setOrganizationName(QStringLiteral("FAPO"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAPO_VERSION));
    // The command line's own texts, QCommandLineParser's and the diagnostics printed on stderr follow the
    // locale; the engine's stay English here because they are stored in workspaces and printed in --json
    // documents (which take a diagnostic's English `message`, never its translation).
    fapo::installTranslations(
        app, { QByteArrayLiteral("fapo::cli"), QByteArrayLiteral("QCommandLineParser"), QByteArrayLiteral("fapo::diagnostics") });
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = dispatch(args.value(0), args);
    // A statement that failed on the way (a damaged page, a full disk) leaves what was printed
    // incomplete even when the command got to its end.
    if (const auto failure = fapo::sql::firstFailureInProcess();
        failure && (code == fapo::cli::ExitOk || code == fapo::cli::ExitGateMissed)) {
        fapo::cli::printError(
            fapo::cli::Cli::tr("error: the workspace failed during the command, so its results are incomplete: %1").arg(*failure));
        return fapo::cli::ExitWorkFailed;
    }
    return code;
}
