#include "importcommand.h"
#include "clicommon.h"
#include "importjson.h"
#include "core/import/importstore.h"
#include "core/workspace/workspace.h"
#include "core/import/traceimport.h"
#include "core/import/unfinishedimports.h"
#include <QElapsedTimer>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <thread>
#include <QHash>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace fapo::cli {

using nlohmann::json;

namespace {

void printText(const ImportResult& r)
{
    printOut(Cli::tr("format %1: %n trace(s), %2 spans, %3 steps, %4 edges, %5 problems", nullptr, r.traces)
                 .arg(r.format)
                 .arg(r.spans.size())
                 .arg(r.steps.size())
                 .arg(r.edges.size())
                 .arg(r.problems.size()));
    QHash<QString, QStringList> inputs; // step -> the steps its edges come from
    for (const GraphEdge& e : r.edges)
        inputs[e.to] << e.from;
    for (const ImportedStep& s : r.stepInfo) {
        const QStringList from = inputs.value(s.id);
        QString line = Cli::tr("  %1 (%2, %n span(s)", nullptr, s.count).arg(s.id, s.kind);
        if (s.failed > 0)
            line += Cli::tr(", %1 failed").arg(s.failed);
        line += QStringLiteral(")");
        if (!from.isEmpty())
            line += QStringLiteral(" <- ") + from.join(QStringLiteral(", "));
        printOut(line);
    }
}

// This process ends after one import: memory an import frees (the lines' walk, the row batches) is kept
// for what it allocates next, instead of going back to the system and being faulted in again page by
// page. On this 2-core VM the page faults were a tenth of the import's time; keeping the memory makes a
// 100 MB import about a tenth faster, for a few MB more at the peak.
void keepFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 64 << 20); // blocks up to 64 MB from the heap, which keeps what is freed...
    mallopt(M_TRIM_THRESHOLD, 1 << 30); // ...rather than trimming it
#endif
}

} // namespace

int importCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Reads a trace file (OTLP JSON, Langfuse, Phoenix, fapo JSONL or a "
                "GenAI/OpenInference attribute map), stores it in a workspace as a run and prints its step graph."));
    addCommonOptions(parser);
    parser.addOption({ QStringLiteral("keep-interrupted"),
                       Cli::tr("Keep what earlier imports stopped by a killed process had stored, marked interrupted "
                               "(by default it is removed).") });
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The trace file."));
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QStringLiteral("fapo import FILE [--workspace FILE.fapo] [--keep-interrupted] [--json]"), &common,
                      &code))
        return code;
    const QString path = parser.positionalArguments().first();
    keepFreedMemory();
    QString error;
    QElapsedTimer clock; // phases at --log-level debug: where an import's time goes
    clock.start();
    QElapsedTimer total;
    total.start();
    auto result = importTraceFile(path, &error, nullptr, SpanAttributes::Drop); // storing reads no attributes
    spdlog::debug("import: read {} spans in {} ms", result ? result->spans.size() : 0, clock.restart());
    if (!result) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error)); // FILE:LINE:COLUMN: error: ...
        return ExitBadInput;
    }
    if (!common.quiet)
        for (const ImportProblem& p : result->problems)
            std::fprintf(stderr, "%s\n", qUtf8Printable(formatImportProblem(path, p, QStringLiteral("warning"))));
    // Stored as a run, so the window shows imported traces like fapo's own (default: FILE.fapo beside it).
    const QString workspacePath = common.workspace.isEmpty() ? defaultWorkspacePath(path) : common.workspace;
    int openCode = ExitBadInput;
    auto workspace = openCommandWorkspace(workspacePath, &openCode);
    if (!workspace)
        return openCode;
    const SettledImports settled = settleUnfinishedImports(
        *workspace, parser.isSet(QStringLiteral("keep-interrupted")) ? UnfinishedImports::KeepAsInterrupted : UnfinishedImports::Remove);
    if (!common.quiet && settled.removed > 0)
        printError(Cli::tr("removed %n import(s) a killed process left unfinished", nullptr, settled.removed));
    if (!common.quiet && settled.kept > 0)
        printError(Cli::tr("marked %n import(s) a killed process left unfinished as interrupted", nullptr, settled.kept));
    spdlog::debug("import: workspace opened in {} ms", clock.restart());
    const auto runId = storeImport(*workspace, *result, path, &error);
    spdlog::debug("import: stored in {} ms", clock.elapsed());
    if (!runId) {
        printError(error);
        return ExitWorkFailed;
    }
    if (common.json) {
        json doc = importResultJson(*result);
        doc["run_id"] = *runId;
        doc["workspace"] = workspace->path().toStdString();
        printJson(doc);
    } else {
        printText(*result);
        printOut(Cli::tr("stored as run %1 in %2").arg(*runId).arg(workspace->path()));
    }
    if (!common.quiet)
        offerCompaction(*workspace);
    // A large import's spans take as long to free as the workspace takes to close (its last checkpoint):
    // both at once.
    clock.restart();
    std::thread freeing([spans = std::move(*result)] {});
    workspace.reset();
    freeing.join();
    spdlog::debug("import: workspace closed in {} ms", clock.elapsed());
    spdlog::debug("import: command done in {} ms", total.elapsed());
    return ExitOk;
}

} // namespace fapo::cli
