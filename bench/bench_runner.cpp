// Runner throughput against an in-process HTTP model server with a fixed latency per call.
// Prints efficiency = ideal / actual, where ideal = calls x latency / concurrency.
// Target: at least 0.9 at 16 calls in flight on a 2-core machine.
// With --batch, every call goes through the server's Message Batches API instead (each batch ends on its
// second poll): prints the batches, the time beyond polling, and the peak memory.
//   fapo-bench [--examples N] [--latency MS] [--concurrency N] [--batch]
#include "fakebatchservice.h"
#include "fakemodelserver.h"
#include "core/formats/pipelineloader.h"
#include "core/run/runner.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace fapo;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
}

// The process's peak resident memory (VmHWM), in MiB.
qint64 peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("examples"), QStringLiteral("Examples (default 96)."), QStringLiteral("N"), QStringLiteral("96") });
    parser.addOption({ QStringLiteral("latency"), QStringLiteral("Server latency per call in ms (default 200)."), QStringLiteral("MS"),
                       QStringLiteral("200") });
    parser.addOption(
        { QStringLiteral("concurrency"), QStringLiteral("Calls in flight (default 16)."), QStringLiteral("N"), QStringLiteral("16") });
    parser.addOption({ QStringLiteral("batch"), QStringLiteral("Send the calls as batches (Message Batches API).") });
    parser.process(app);
    const bool batch = parser.isSet(QStringLiteral("batch"));
    const int examples = parser.value(QStringLiteral("examples")).toInt();
    const int latency = parser.value(QStringLiteral("latency")).toInt();
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    // The server lives on its own thread, as a remote service would not share our event loop.
    QThread serverThread;
    serverThread.start();
    test::FakeModelServer* server = nullptr;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &app,
        [&] {
            server = new test::FakeModelServer;
            server->setLatencyMs(batch ? 0 : latency);
            port = server->listen();
            if (batch) // answers each request as the interactive path would; moves with the server
                new test::FakeBatchService(*server, {}, server);
            server->moveToThread(&serverThread);
        },
        Qt::DirectConnection);
    if (port == 0) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }

    QTemporaryDir dir;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QByteArray corpus;
    QByteArray data;
    for (int i = 0; i < examples; ++i) {
        corpus += QStringLiteral("{\"id\": \"d%1\", \"title\": \"Doc %1\", \"text\": \"fact number %1 about topic%1\"}\n").arg(i).toUtf8();
        data += QStringLiteral(
                    "{\"id\": \"e%1\", \"input\": {\"question\": \"tell me about topic%1\"}, \"expected\": {\"answer\": \"x\"}}\n")
                    .arg(i)
                    .toUtf8();
    }
    writeFile(dir.filePath(QStringLiteral("corpus.jsonl")), corpus);
    writeFile(dir.filePath(QStringLiteral("data.jsonl")), data);
    const QByteArray pipelineText = QByteArray(R"({"format": "fapo.pipeline/1", "name": "bench",
 "models": {"worker": {"provider": "anthropic", "model": "claude-haiku-5-5", "base_url": ")")
        + base.toUtf8() + R"("}},
 "steps": [
  {"id": "rewrite", "kind": "llm", "prompt": "Rewrite: {{input.question}}"},
  {"id": "retrieve", "kind": "retrieve", "corpus": "corpus.jsonl", "query": "{{rewrite}}", "top_k": 3},
  {"id": "answer", "kind": "llm", "prompt": "Context: {{retrieve}} Question: {{input.question}}"}],
 "metrics": [{"type": "contains", "expected": "answer"}]})";
    const QString pipelinePath = dir.filePath(QStringLiteral("bench.json"));
    writeFile(pipelinePath, pipelineText);

    const PipelineLoad load = loadPipeline(pipelinePath);
    Diagnostics diags;
    auto dataset = loadDataset(dir.filePath(QStringLiteral("data.jsonl")), &diags);
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("bench.fapo")), &error);
    if (!load.pipeline || !dataset || !ws) {
        std::fprintf(stderr, "set-up failed: %s\n", qPrintable(error));
        return 1;
    }
    RunOptions options;
    options.concurrency = concurrency;
    options.useCache = false;
    options.batch = batch;
    options.batchPollMs = 200;
    int batches = 0;
    Runner runner(*load.pipeline, *dataset, ws.get(), ProviderEnvironment { {}, QStringLiteral("bench"), {}, {} }, options);
    if (!runner.prepare(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QEventLoop loop;
    RunOutcome outcome;
    QObject::connect(&runner, &Runner::finished, &loop, [&](const RunOutcome& o) {
        outcome = o;
        loop.quit();
    });
    QSet<QString> seen;
    QObject::connect(&runner, &Runner::progress, &loop, [&](const RunProgress& p) {
        for (const BatchProgress& b : p.batches)
            if (!b.batchId.isEmpty() && !seen.contains(b.batchId)) {
                seen.insert(b.batchId);
                ++batches;
            }
    });
    runner.start();
    loop.exec();
    if (batch) {
        // Each batch ends on its second poll: two poll intervals per batch are waiting, the rest is work.
        const qint64 waiting = qint64(batches) * 2 * options.batchPollMs;
        std::printf("batched run: %d examples, %lld calls in %d batches\n", examples, static_cast<long long>(outcome.callsThisSession),
                    batches);
        std::printf("  status %s, passed %d, errors %d\n", qPrintable(nameOf(outcome.status)), outcome.totals.passed,
                    outcome.totals.errors);
        std::printf("  wall %lld ms, of which about %lld ms polling intervals; peak memory %lld MiB\n",
                    static_cast<long long>(outcome.wallMs), static_cast<long long>(waiting), static_cast<long long>(peakMemoryMiB()));
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
        return outcome.status == RunStatus::Done && outcome.totals.errors == 0 ? 0 : 1;
    }

    const double calls = double(outcome.callsThisSession);
    const double idealMs = calls * latency / concurrency;
    const double efficiency = outcome.wallMs > 0 ? idealMs / double(outcome.wallMs) : 0.0;
    std::printf("runner throughput: %d examples, %.0f calls, latency %d ms, concurrency %d\n", examples, calls, latency, concurrency);
    std::printf("  status %s, passed %d, errors %d\n", qPrintable(nameOf(outcome.status)), outcome.totals.passed, outcome.totals.errors);
    std::printf("  wall %lld ms, ideal %.0f ms, efficiency %.3f (target >= 0.9), %.1f calls/s\n", static_cast<long long>(outcome.wallMs),
                idealMs, efficiency, calls * 1000.0 / double(std::max<qint64>(1, outcome.wallMs)));

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return outcome.status == RunStatus::Done && outcome.totals.errors == 0 ? 0 : 1;
}
