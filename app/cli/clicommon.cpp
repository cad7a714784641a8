#include "clicommon.h"
#include <cmath>
#include "core/logging.h"
#include "core/workspace/workspace.h"
#include <QFileInfo>
#include <cstdio>

namespace fapo::cli {

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"), Cli::tr("Print one JSON document on stdout and nothing else there.") });
    parser.addOption({ QStringLiteral("quiet"), Cli::tr("Print no progress.") });
    parser.addOption(
        { QStringLiteral("workspace"),
          Cli::tr("Workspace file, or a team's PostgreSQL database as postgresql://USER@HOST:PORT/DB (default: $FAPO_WORKSPACE, "
                  "else the pipeline's name with .fapo)."),
          QStringLiteral("FILE|URL") });
    parser.addOption({ QStringLiteral("log-level"),
                       Cli::tr("trace, debug, info, warn, error or off (default: $FAPO_LOG_LEVEL, else warn)."), QStringLiteral("LEVEL") });
}

bool parseArguments(QCommandLineParser& parser, const QStringList& args, int* exitCode)
{
    if (!parser.parse(args)) {
        printError(parser.errorText() + QLatin1Char('\n') + Cli::tr("(see fapo %1 --help)").arg(args.value(0)));
        *exitCode = ExitBadInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

bool startCommand(QCommandLineParser& parser, const QStringList& args, const QString& usage, CommonOptions* common, int* exitCode)
{
    if (!parseArguments(parser, args, exitCode))
        return false;
    *common = commonOptions(parser);
    *exitCode = ExitBadInput;
    if (!setupLogging(*common))
        return false;
    if (!usage.isEmpty() && parser.positionalArguments().size() != 1) {
        printError(Cli::tr("usage: %1").arg(usage));
        return false;
    }
    *exitCode = ExitOk;
    return true;
}

CommonOptions commonOptions(const QCommandLineParser& parser)
{
    CommonOptions o;
    o.json = parser.isSet(QStringLiteral("json"));
    o.quiet = parser.isSet(QStringLiteral("quiet"));
    // A team's CI sets FAPO_WORKSPACE once instead of passing --workspace to every command.
    o.workspace
        = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace")) : qEnvironmentVariable("FAPO_WORKSPACE");
    o.logLevel = parser.value(QStringLiteral("log-level"));
    return o;
}

bool setupLogging(const CommonOptions& options)
{
    QString error;
    if (!setupCliLogging(options.logLevel, QStringLiteral("warn"), &error)) {
        printError(error);
        return false;
    }
    return true;
}

void printDiagnostics(const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        std::fprintf(stderr, "%s\n", qUtf8Printable(d.toLocalizedString())); // --json documents keep d.message
}

void printError(const QString& message) { std::fprintf(stderr, "fapo: %s\n", qUtf8Printable(message)); }

void printOut(const QString& text)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
    std::fflush(stdout);
}

void printJson(const nlohmann::json& document)
{
    std::fprintf(stdout, "%s\n", document.dump(2).c_str());
    std::fflush(stdout);
}

bool numberOption(const QCommandLineParser& parser, const QString& name, double min, double* value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min) { // "nan" and "inf" read as numbers, and a gate of nan never fires
        printError(Cli::tr("--%1: expected a number of at least %2, got \"%3\"").arg(name).arg(min).arg(parser.value(name)));
        return false;
    }
    *value = v;
    return true;
}

QList<QCommandLineOption> batchOptions()
{
    return {
        { QStringLiteral("batch"),
          Cli::tr("Send the model calls of each step level as one batch through the provider's batch API (Anthropic Message "
                  "Batches, OpenAI Batch API): half price, answered within 24 h; a stopped run collects its batches when run again.") },
        { QStringLiteral("batch-poll"), Cli::tr("With --batch: ask for the batches' state every S seconds (default 30)."),
          QStringLiteral("S") },
    };
}

bool readBatchOptions(const QCommandLineParser& parser, bool* batch, int* pollMs)
{
    double seconds = *pollMs / 1000.0;
    if (!numberOption(parser, QStringLiteral("batch-poll"), 0.01, &seconds))
        return false;
    *batch = parser.isSet(QStringLiteral("batch"));
    *pollMs = int(seconds * 1000.0);
    return true;
}

void addPipelineArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("pipeline"), Cli::tr("The pipeline file (names the default workspace)."),
                                 QStringLiteral("[PIPELINE]"));
}

std::unique_ptr<Workspace> openCommandWorkspace(const QString& location, int* exitCode)
{
    QString error;
    OpenFailure failure = OpenFailure::Refused;
    auto workspace = Workspace::open(location, &error, &failure);
    if (!workspace) {
        printError(error);
        *exitCode = failure == OpenFailure::Unreachable ? ExitWorkFailed : ExitBadInput;
    }
    return workspace;
}

std::unique_ptr<Workspace> openExistingWorkspace(const QString& pipelinePath, const CommonOptions& common, const QString& usage,
                                                 int* exitCode)
{
    *exitCode = ExitBadInput;
    if (common.workspace.isEmpty() && pipelinePath.isEmpty()) {
        printError(usage);
        return nullptr;
    }
    const QString path = common.workspace.isEmpty() ? defaultWorkspacePath(pipelinePath) : common.workspace;
    if (!isWorkspaceUrl(path) && !QFileInfo::exists(path)) {
        printError(Cli::tr("%1: no workspace here; run the dataset first (fapo run PIPELINE --dataset FILE)").arg(path));
        return nullptr;
    }
    return openCommandWorkspace(path, exitCode);
}

void offerCompaction(const Workspace& workspace)
{
    const Workspace::Space space = workspace.space();
    if (space.worthCompacting())
        printError(Cli::tr("note: %1 MB of %2 is free space left by removed runs; \"fapo runs --compact\" gives it back")
                       .arg(double(space.freeBytes) / 1e6, 0, 'f', 0)
                       .arg(workspace.path()));
}

} // namespace fapo::cli
