#pragma once
// Shared pieces of the fapo command line: exit codes, option parsing, printing.
#include "core/formats/diagnostic.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <nlohmann/json.hpp>

namespace fapo {
class Workspace;
}

namespace fapo::cli {

// The one translation context of the command line: Cli::tr("...") in every app/cli file.
// Only user-facing text goes through it; JSON, option names and workspace contents stay as they are.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(fapo::cli)
};

enum ExitCode {
    ExitOk = 0,
    ExitWorkFailed = 1, // provider down, authentication, nothing produced
    ExitBadInput = 2, // bad files or usage; the message names file, line, field
    ExitGateMissed = 3, // --fail-under not reached
    ExitInterrupted = 130,
};

struct CommonOptions {
    bool json = false;
    bool quiet = false;
    QString workspace;
    QString logLevel;
};

// Adds --json, --quiet, --workspace, --log-level and --help.
void addCommonOptions(QCommandLineParser& parser);
// Parses `args` (the subcommand's name first); prints usage errors; returns false on a usage error.
bool parseArguments(QCommandLineParser& parser, const QStringList& args, int* exitCode);
// The preamble every command shares: parse, set up logging, and (when `usage` is given) require
// exactly one positional argument. Returns false with *exitCode set when the command should stop.
bool startCommand(QCommandLineParser& parser, const QStringList& args, const QString& usage, CommonOptions* common, int* exitCode);
CommonOptions commonOptions(const QCommandLineParser& parser);
// Sets up logging to stderr; false (and a message printed) for a bad level.
bool setupLogging(const CommonOptions& options);

void printDiagnostics(const Diagnostics& diagnostics);
void printError(const QString& message);
void printOut(const QString& text); // stdout, with a newline
void printJson(const nlohmann::json& document);
// A note on stderr when removed runs left a good part of the workspace file free (fapo runs --compact).
void offerCompaction(const Workspace& workspace);
// Adds the optional [PIPELINE] argument of the commands that work on an existing workspace.
void addPipelineArgument(QCommandLineParser& parser);
// Opens the workspace a command works on (made when it is a new file). nullptr with the message printed
// and *exitCode set when it cannot: ExitWorkFailed when its database server did not answer (worth trying
// again), ExitBadInput for anything else (not a workspace, damaged, a bad URL).
std::unique_ptr<Workspace> openCommandWorkspace(const QString& location, int* exitCode);
// The workspace a command works on: --workspace, else the pipeline's. It must exist already.
// nullptr (with the message, or `usage` when neither is given, printed, and *exitCode set as by
// openCommandWorkspace) when there is none.
std::unique_ptr<Workspace> openExistingWorkspace(const QString& pipelinePath, const CommonOptions& common, const QString& usage,
                                                 int* exitCode);
// Parses a non-negative number option; prints a usage error naming the option on failure.
bool numberOption(const QCommandLineParser& parser, const QString& name, double min, double* value);
// --batch and --batch-poll SECONDS, for commands that run examples.
QList<QCommandLineOption> batchOptions();
bool readBatchOptions(const QCommandLineParser& parser, bool* batch, int* pollMs);

} // namespace fapo::cli
