// The trace receiver as senders meet it: `fapo serve --port 0 --json` runs as a child process and
//  a) several keep-alive clients (each one request in flight, as an exporter's batch processor sends)
//     post OTLP protobuf ExportTraceServiceRequests of a RAG pipeline with GenAI attributes for a fixed
//     time: spans/s and requests/s answered 200, 503s, the answer time, and the server's peak memory;
//     then SIGINT, which must end it with exit 0 and a summary holding every span answered 200;
//  b) after a single request is answered 200, `fapo runs --workspace W --json` is polled as a script
//     would until the run holds the new spans: the time from the 200 to seeing them, over N trials.
//   fapo-bench-receiver [--seconds 10] [--clients 4,16] [--traces 16] [--trials 20] [--fapo PATH]
#include "otlptraffic.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using nlohmann::json;
using namespace fapo::bench;

namespace {

// ---- The server ---------------------------------------------------------------------------------

class Server {
public:
    bool start(const QString& fapo, const QString& workspace)
    {
        m_process.setProcessEnvironment([] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            return env;
        }());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(fapo,
                        { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--json"),
                          QStringLiteral("--quiet"), QStringLiteral("--workspace"), workspace });
        while (!m_out.contains('\n')) {
            if (!m_process.waitForReadyRead(15000))
                return false;
            m_out += m_process.readAllStandardOutput();
        }
        const QByteArray first = m_out.left(m_out.indexOf('\n'));
        m_out.remove(0, first.size() + 1);
        const json line = json::parse(first.toStdString(), nullptr, false);
        if (!line.is_object() || !line.contains("listening") || !line["listening"].is_string())
            return false;
        port = quint16(QUrl(QString::fromStdString(line["listening"].get<std::string>())).port());
        return port > 0;
    }

    // The server's peak resident memory so far, from /proc (VmHWM), in MB.
    double peakMb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        return -1;
    }

    // SIGINT, as Ctrl-C: the exit code (-1 when it crashed or hung) and the summary it printed.
    std::pair<int, json> interrupt(qint64* ms)
    {
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(m_process.processId()), SIGINT);
        if (!m_process.waitForFinished(120000)) {
            m_process.kill();
            m_process.waitForFinished();
            return { -1, json() };
        }
        *ms = clock.elapsed();
        m_out += m_process.readAllStandardOutput();
        return { m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
                 json::parse(m_out.toStdString(), nullptr, false) };
    }

    quint16 port = 0;

private:
    QProcess m_process;
    QByteArray m_out;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

// ---- a) Throughput -------------------------------------------------------------------------------

struct ClientTally {
    qint64 ok = 0;
    qint64 spans = 0;
    qint64 unavailable = 0;
    qint64 otherStatus = 0;
    qint64 failedConnections = 0;
    std::vector<double> answerMs; // of the 200s
    std::vector<std::pair<qint64, int>> done; // (ms since the start, spans) of each 200
};

bool throughput(const QString& fapo, const QString& dir, int clients, int seconds, const RequestTemplate& request,
                std::atomic<quint32>& serial)
{
    const QString workspace = QStringLiteral("%1/throughput-%2.fapo").arg(dir).arg(clients);
    Server server;
    if (!server.start(fapo, workspace)) {
        std::fprintf(stderr, "fapo serve did not start\n");
        return false;
    }
    std::atomic<bool> stop { false };
    std::vector<ClientTally> tallies(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < clients; ++i)
        threads.emplace_back([&, i] {
            ClientTally& t = tallies[size_t(i)];
            Client client(server.port);
            while (!stop.load()) {
                const QByteArray body = requestBody(request, serial.fetch_add(1));
                QElapsedTimer answer;
                answer.start();
                const Answer a = client.post(body);
                if (a.status == 200) {
                    ++t.ok;
                    t.spans += request.spans;
                    t.answerMs.push_back(double(answer.nsecsElapsed()) / 1e6);
                    t.done.emplace_back(clock.elapsed(), request.spans);
                } else if (a.status == 503) {
                    ++t.unavailable; // an exporter waits as long as it is told, then sends again
                    std::this_thread::sleep_for(std::chrono::seconds(std::max(1, a.retryAfter)));
                } else if (a.status == 0) {
                    ++t.failedConnections;
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                } else {
                    ++t.otherStatus;
                }
            }
        });
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (std::thread& t : threads)
        t.join();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    const double peak = server.peakMb();

    ClientTally all;
    for (ClientTally& t : tallies) {
        all.ok += t.ok;
        all.spans += t.spans;
        all.unavailable += t.unavailable;
        all.otherStatus += t.otherStatus;
        all.failedConnections += t.failedConnections;
        all.answerMs.insert(all.answerMs.end(), t.answerMs.begin(), t.answerMs.end());
        all.done.insert(all.done.end(), t.done.begin(), t.done.end());
    }
    // The rate over the first and the last quarter: the store writes the whole session each time, so the
    // rate may fall as the session grows.
    const qint64 quarter = qint64(elapsed * 250.0);
    qint64 firstSpans = 0, lastSpans = 0;
    for (const auto& [at, spans] : all.done) {
        if (at < quarter)
            firstSpans += spans;
        if (at >= qint64(elapsed * 1000.0) - quarter)
            lastSpans += spans;
    }
    qint64 stopMs = 0;
    const auto [code, summary] = server.interrupt(&stopMs);
    const qint64 stored = summary.is_object() ? summary.value("spans", qint64(-1)) : -1;

    std::printf("%2d clients, %.1f s, %d spans (%lld KB) per request:\n", clients, elapsed, request.spans,
                static_cast<long long>(request.body.size() / 1024));
    std::printf("  answered 200: %7.0f spans/s, %5.1f requests/s (first quarter %.0f spans/s, last quarter %.0f spans/s)\n",
                double(all.spans) / elapsed, double(all.ok) / elapsed, double(firstSpans) * 1000.0 / double(std::max<qint64>(1, quarter)),
                double(lastSpans) * 1000.0 / double(std::max<qint64>(1, quarter)));
    std::printf("  time to the 200: median %.0f ms, p90 %.0f ms, max %.0f ms; 503: %lld, other answers: %lld, failed connections: %lld\n",
                percentile(all.answerMs, 0.5), percentile(all.answerMs, 0.9), percentile(all.answerMs, 1.0),
                static_cast<long long>(all.unavailable), static_cast<long long>(all.otherStatus),
                static_cast<long long>(all.failedConnections));
    std::printf("  server peak memory (VmHWM) %.0f MB; SIGINT: exit %d after %lld ms, %lld spans stored of %lld answered 200 %s\n", peak,
                code, static_cast<long long>(stopMs), static_cast<long long>(stored), static_cast<long long>(all.spans),
                code == 0 && stored == all.spans ? "(ok)" : "(WRONG)");
    return code == 0 && stored == all.spans;
}

// ---- b) From the 200 to `fapo runs` --------------------------------------------------------------

// The most spans any run of the workspace holds, as `fapo runs --json` says (-1: it failed).
qint64 spansInRuns(const QString& fapo, const QString& workspace)
{
    QProcess runs;
    runs.start(fapo, { QStringLiteral("runs"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json") });
    if (!runs.waitForFinished(60000) || runs.exitStatus() != QProcess::NormalExit || runs.exitCode() != 0)
        return -1;
    const json doc = json::parse(runs.readAllStandardOutput().toStdString(), nullptr, false);
    qint64 most = 0;
    if (doc.is_object() && doc.contains("runs") && doc["runs"].is_array())
        for (const json& run : doc["runs"])
            most = std::max(most, run.value("spans", qint64(0)));
    return most;
}

bool visibility(const QString& fapo, const QString& dir, int trials, const RequestTemplate& request, std::atomic<quint32>& serial)
{
    const QString workspace = dir + QStringLiteral("/visibility.fapo");
    Server server;
    if (!server.start(fapo, workspace)) {
        std::fprintf(stderr, "fapo serve did not start\n");
        return false;
    }
    Client client(server.port);
    std::vector<double> answerMs, visibleMs;
    int polls = 0;
    qint64 sent = 0;
    bool ok = true;
    for (int i = 0; i < trials && ok; ++i) {
        QElapsedTimer clock;
        clock.start();
        const Answer a = client.post(requestBody(request, serial.fetch_add(1)));
        if (a.status != 200) {
            std::fprintf(stderr, "answer %d\n", a.status);
            ok = false;
            break;
        }
        answerMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        sent += request.spans;
        clock.restart();
        while (true) {
            ++polls;
            const qint64 seen = spansInRuns(fapo, workspace);
            if (seen < 0 || clock.elapsed() > 30000) {
                ok = false;
                break;
            }
            if (seen >= sent)
                break;
        }
        visibleMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    qint64 stopMs = 0;
    const int code = server.interrupt(&stopMs).first;
    std::printf("from the 200 to the spans in `fapo runs --json`, %d trials of one %d-span request:\n", int(visibleMs.size()),
                request.spans);
    std::printf("  median %.0f ms, max %.0f ms (%.2f polls per trial); the 200 itself took median %.0f ms, max %.0f ms; exit %d\n",
                percentile(visibleMs, 0.5), percentile(visibleMs, 1.0), double(polls) / double(std::max<size_t>(1, visibleMs.size())),
                percentile(answerMs, 0.5), percentile(answerMs, 1.0), code);
    return ok && code == 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("Sending time per client count (default 10)."), QStringLiteral("N"),
                       QStringLiteral("10") });
    parser.addOption({ QStringLiteral("clients"), QStringLiteral("Concurrent keep-alive connections, comma-separated (default 4,16)."),
                       QStringLiteral("LIST"), QStringLiteral("4,16") });
    parser.addOption({ QStringLiteral("traces"), QStringLiteral("Traces per request, 6 spans each (default 16)."), QStringLiteral("N"),
                       QStringLiteral("16") });
    parser.addOption({ QStringLiteral("trials"), QStringLiteral("Requests timed from the 200 to fapo runs (default 20)."),
                       QStringLiteral("N"), QStringLiteral("20") });
    parser.addOption({ QStringLiteral("fapo"), QStringLiteral("The fapo program (default: the one built beside this benchmark)."),
                       QStringLiteral("PATH"), QStringLiteral(FAPO_PROGRAM) });
    parser.process(app);
    const QString fapo = parser.value(QStringLiteral("fapo"));
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int traces = std::max(1, parser.value(QStringLiteral("traces")).toInt());
    const RequestTemplate request = makeTemplate(traces);
    if (int(request.serialOffsets.size()) != request.spans) {
        std::fprintf(stderr, "the request template has %zu trace ids for %d spans\n", request.serialOffsets.size(), request.spans);
        return 1;
    }
    QTemporaryDir dir;
    std::atomic<quint32> serial { 1 };
    bool ok = true;
    for (const QString& n : parser.value(QStringLiteral("clients")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ok = throughput(fapo, dir.path(), std::max(1, n.toInt()), seconds, request, serial) && ok;
    ok = visibility(fapo, dir.path(), std::max(1, parser.value(QStringLiteral("trials")).toInt()), request, serial) && ok;
    return ok ? 0 : 1;
}
