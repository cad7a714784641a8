#include "servecommand.h"
#include "clicommon.h"
#include "importjson.h"
#include "interrupt.h"
#include "core/live/livetracestore.h"
#include "core/live/otlpreceiver.h"
#include "core/workspace/workspace.h"
#include <QEventLoop>
#include <QFileInfo>

namespace fapo::cli {

using nlohmann::json;

int serveCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Receives traces over OTLP/HTTP (POST /v1/traces, protobuf or JSON) and stores them in a workspace as they arrive, "
                "grouped into steps as fapo import groups a file. Runs until Ctrl-C."));
    addCommonOptions(parser);
    parser.addOptions({
        { QStringLiteral("port"), Cli::tr("Listen on this port (default 4318; 0: any free port)."), QStringLiteral("PORT") },
        { QStringLiteral("bind"), Cli::tr("Listen on this address (default 127.0.0.1; another needs --token)."),
          QStringLiteral("ADDRESS") },
        { QStringLiteral("token"), Cli::tr("Serve only requests with \"Authorization: Bearer TOKEN\"."), QStringLiteral("TOKEN") },
        { QStringLiteral("max-body-mb"), Cli::tr("Refuse bodies larger than this after decompression (default 64)."),
          QStringLiteral("MB") },
    });
    addPipelineArgument(parser);
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QString(), &common, &code))
        return code;
    const QString usage = Cli::tr("usage: %1")
                              .arg(QStringLiteral("fapo serve [PIPELINE | --workspace FILE.fapo] [--port 4318] [--bind 127.0.0.1] "
                                                  "[--token T] [--max-body-mb 64] [--json]"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.isEmpty() && common.workspace.isEmpty())) {
        printError(usage);
        return ExitBadInput;
    }
    ReceiverOptions options;
    double port = options.port, maxBody = 64;
    if (!numberOption(parser, QStringLiteral("port"), 0, &port) || !numberOption(parser, QStringLiteral("max-body-mb"), 1, &maxBody))
        return ExitBadInput;
    if (port > 65535) {
        printError(Cli::tr("--port: %1 is not a port (0 to 65535)").arg(port));
        return ExitBadInput;
    }
    options.port = quint16(port);
    options.maxBodyBytes = qint64(maxBody * 1024 * 1024);
    options.token = parser.value(QStringLiteral("token"));
    if (parser.isSet(QStringLiteral("bind"))) {
        options.bind = QHostAddress(parser.value(QStringLiteral("bind")));
        if (options.bind.isNull()) {
            printError(Cli::tr("--bind: \"%1\" is not an IP address").arg(parser.value(QStringLiteral("bind"))));
            return ExitBadInput;
        }
    }
    if (!options.bind.isLoopback() && options.token.isEmpty()) {
        printError(Cli::tr("--bind %1 lets other machines send traces; give --token as well").arg(options.bind.toString()));
        return ExitBadInput;
    }
    // The workspace is made when it is not there yet: traces may be the first thing it holds.
    const QString workspacePath = common.workspace.isEmpty() ? defaultWorkspacePath(positional.first()) : common.workspace;
    QString error;
    int openCode = ExitBadInput;
    auto workspace = openCommandWorkspace(workspacePath, &openCode);
    if (!workspace)
        return openCode;
    LiveTraceStore store(workspace.get(), QFileInfo(workspace->path()).absolutePath() + QStringLiteral("/received-traces"));
    OtlpReceiver receiver(options, &store);
    if (!receiver.listen(&error)) {
        printError(error);
        return ExitWorkFailed;
    }
    const QString where = receiver.url().toString();
    if (common.json)
        printOut(QString::fromStdString(json { { "listening", where.toStdString() } }.dump())); // one line, for scripts to read
    else
        printOut(Cli::tr("listening on %1").arg(where));
    std::fflush(stdout);
    if (!common.quiet)
        QObject::connect(&store, &LiveTraceStore::runStored, &store,
                         [&](qint64 runId, int spans) { printError(Cli::tr("run %1: %n span(s) so far", nullptr, spans).arg(runId)); });

    QEventLoop loop;
    watchInterrupts(&loop, [&] {
        receiver.close(); // no new connections; what is stored below is everything answered 200
        loop.quit();
    });
    loop.exec();
    if (!store.flush(&error)) {
        printError(error);
        return ExitWorkFailed;
    }
    const ImportResult& stored = store.stored();
    if (common.json) {
        json doc = importResultJson(stored);
        doc["runs"] = store.runId() > 0 ? json::array({ store.runId() }) : json::array();
        doc["requests"] = receiver.totals().requests;
        doc["workspace"] = workspace->path().toStdString();
        printJson(doc);
    } else {
        printOut(Cli::tr("%n request(s) answered; %1 spans in %2 traces, %3 steps; run %4 in %5", nullptr, int(receiver.totals().requests))
                     .arg(stored.spans.size())
                     .arg(stored.traces)
                     .arg(stored.steps.size())
                     .arg(store.runId())
                     .arg(workspace->path()));
    }
    return ExitOk;
}

} // namespace fapo::cli
