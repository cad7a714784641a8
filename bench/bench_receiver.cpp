// The trace receiver as senders meet it: `fapo serve --port 0 --json` runs as a child process and
//  a) several keep-alive clients (each one request in flight, as an exporter's batch processor sends)
//     post OTLP protobuf ExportTraceServiceRequests of a RAG pipeline with GenAI attributes for a fixed
//     time: spans/s and requests/s answered 200, 503s, the answer time, and the server's peak memory;
//     then SIGINT, which must end it with exit 0 and a summary holding every span answered 200;
//  b) after a single request is answered 200, `fapo runs --workspace W --json` is polled as a script
//     would until the run holds the new spans: the time from the 200 to seeing them, over N trials.
//   fapo-bench-receiver [--seconds 10] [--clients 4,16] [--traces 16] [--trials 20] [--fapo PATH]
#include "otlpencode.h"
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

namespace {

// ---- The requests -------------------------------------------------------------------------------

constexpr int kSpansPerTrace = 6;
// Trace ids are these 8 bytes, 4 bytes of the trace's index in the request and 4 bytes of the request's
// serial number, patched into one encoded template so every request carries new traces at no cost.
const QByteArray kTraceMagic = QByteArray::fromHex("fa7be9c4d15e2a01");

json attr(const char* key, const std::string& value) { return { { "key", key }, { "value", { { "stringValue", value } } } }; }
json attr(const char* key, qint64 value) { return { { "key", key }, { "value", { { "intValue", std::to_string(value) } } } }; }
json attr(const char* key, double value) { return { { "key", key }, { "value", { { "doubleValue", value } } } }; }

std::string hex(quint64 value, int digits)
{
    char text[17];
    std::snprintf(text, sizeof text, "%0*llx", digits, static_cast<unsigned long long>(value));
    return text;
}

std::string repeatTo(const std::string& s, size_t bytes)
{
    std::string out;
    while (out.size() < bytes)
        out += s;
    out.resize(bytes);
    return out;
}

// One trace of a RAG pipeline, children before their parent (the order an SDK ends and sends them):
// rewrite (llm), embed, retrieve (4 documents), rerank, answer (llm, the documents in its prompt), and
// the pipeline span at the root. About 8 KB of attributes.
json ragTrace(int index)
{
    static const char* const questions[]
        = { "Which river runs through the town where Orlin Vasko was born?", "What did the 2023 earnings call say about churn in Europe?",
            "Who signed the Tessel accord and in which year?", "How many stations does the northern line have after the extension?" };
    const std::string question = std::string(questions[index % 4]) + " (case " + std::to_string(index) + ")";
    const std::string traceId = kTraceMagic.toHex().toStdString() + hex(quint64(index), 8) + "00000000";
    const auto spanId = [&](int n) { return hex(quint64(index) << 8 | quint64(n), 16); };
    const qint64 t0 = 1700000000000000000LL + qint64(index) * 1000000000LL;
    const auto span = [&](int n, int parent, const char* name, int startMs, int endMs, json attributes) {
        json s = { { "traceId", traceId },
                   { "spanId", spanId(n) },
                   { "name", name },
                   { "kind", n == 0 ? 2 : (n == 1 || n == 5 ? 3 : 1) }, // server, client (the model calls), internal
                   { "startTimeUnixNano", std::to_string(t0 + startMs * 1000000LL) },
                   { "endTimeUnixNano", std::to_string(t0 + endMs * 1000000LL) },
                   { "attributes", std::move(attributes) },
                   { "status", { { "code", 1 } } } };
        if (parent >= 0)
            s["parentSpanId"] = spanId(parent);
        return s;
    };
    const std::string model = "claude-haiku-5-5";
    const std::string query = "Orlin Vasko birthplace river town " + std::to_string(index);
    json documents = json::array();
    json retrieveAttributes = json::array(
        { attr("openinference.span.kind", std::string("RETRIEVER")), attr("input.value", query), attr("retrieval.top_k", qint64(4)) });
    std::string context;
    for (int d = 0; d < 4; ++d) {
        const std::string text = repeatTo("Document " + std::to_string(d) + " about " + question
                                              + " The river Tessel flows through the old town, past the mill and the station; ",
                                          600);
        const std::string prefix = "retrieval.documents." + std::to_string(d) + ".document.";
        retrieveAttributes.push_back(attr((prefix + "id").c_str(), "doc-" + std::to_string(index * 7 + d)));
        retrieveAttributes.push_back(attr((prefix + "score").c_str(), 0.9 - 0.1 * d));
        retrieveAttributes.push_back(attr((prefix + "content").c_str(), text));
        context += text + "\n";
    }
    const json inputMessages = json::array(
        { { { "role", "system" }, { "parts", { { { "type", "text" }, { "content", "Answer from the documents only." } } } } },
          { { "role", "user" }, { "parts", { { { "type", "text" }, { "content", context + "Question: " + question } } } } } });
    const std::string answer = "The Tessel runs through Marrow, where Orlin Vasko was born (documents 0 and 2).";
    const json outputMessages = json::array(
        { { { "role", "assistant" }, { "parts", { { { "type", "text" }, { "content", answer } } } }, { "finish_reason", "stop" } } });
    return json::array({
        span(1, 0, "rewrite", 1, 420,
             { attr("gen_ai.operation.name", std::string("chat")), attr("gen_ai.system", std::string("anthropic")),
               attr("gen_ai.request.model", model), attr("gen_ai.prompt", "Rewrite the question as a search query.\n" + question),
               attr("gen_ai.completion", query), attr("gen_ai.usage.input_tokens", qint64(41)),
               attr("gen_ai.usage.output_tokens", qint64(9)) }),
        span(2, 0, "embed", 421, 480,
             { attr("gen_ai.operation.name", std::string("embeddings")),
               attr("gen_ai.request.model", std::string("text-embedding-3-small")), attr("input.value", query),
               attr("gen_ai.usage.input_tokens", qint64(9)) }),
        span(3, 0, "retrieve", 481, 530, retrieveAttributes),
        span(4, 0, "rerank", 531, 560,
             { attr("input.value", query),
               attr("output.value", "doc-" + std::to_string(index * 7) + ", doc-" + std::to_string(index * 7 + 2)) }),
        span(5, 0, "answer", 561, 1900,
             { attr("gen_ai.operation.name", std::string("chat")), attr("gen_ai.system", std::string("anthropic")),
               attr("gen_ai.request.model", model), attr("gen_ai.input.messages", inputMessages.dump()),
               attr("gen_ai.output.messages", outputMessages.dump()), attr("gen_ai.usage.input_tokens", qint64(812)),
               attr("gen_ai.usage.output_tokens", qint64(23)) }),
        span(0, -1, "rag-pipeline", 0, 1910, { attr("input.value", question), attr("output.value", answer) }),
    });
}

struct RequestTemplate {
    QByteArray body;
    std::vector<qsizetype> serialOffsets; // where each trace id's last 4 bytes are
    int spans = 0;
};

RequestTemplate makeTemplate(int traces)
{
    json spans = json::array();
    for (int t = 0; t < traces; ++t)
        for (json& s : ragTrace(t))
            spans.push_back(std::move(s));
    const json request
        = { { "resourceSpans",
              { { { "resource",
                    { { "attributes",
                        { attr("service.name", std::string("rag-service")), attr("telemetry.sdk.language", std::string("python")) } } } },
                  { "scopeSpans", { { { "scope", { { "name", "rag.pipeline" }, { "version", "1.0.0" } } }, { "spans", spans } } } } } } } };
    RequestTemplate out;
    out.body = fapo::test::otlpProtobuf(request);
    out.spans = int(spans.size());
    const QByteArray field = QByteArray("\x0a\x10", 2) + kTraceMagic; // Span.trace_id: field 1, 16 bytes
    for (qsizetype at = out.body.indexOf(field); at >= 0; at = out.body.indexOf(field, at + 1))
        out.serialOffsets.push_back(at + 2 + 12);
    return out;
}

QByteArray requestBody(const RequestTemplate& t, quint32 serial)
{
    QByteArray body = t.body;
    body.detach();
    for (const qsizetype at : t.serialOffsets)
        for (int i = 0; i < 4; ++i)
            body[at + i] = char((serial >> (24 - 8 * i)) & 0xff);
    return body;
}

// ---- A keep-alive HTTP client on a blocking socket ------------------------------------------------

struct Answer {
    int status = 0; // 0: the connection failed
    int retryAfter = 0;
    bool close = false;
};

class Client {
public:
    explicit Client(quint16 port)
        : m_port(port)
    {
    }
    ~Client() { disconnect(); }
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    Answer post(const QByteArray& body)
    {
        if (m_fd < 0 && !connectNow())
            return {};
        const QByteArray head = "POST /v1/traces HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
            + "\r\nContent-Type: application/x-protobuf\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        if (!sendAll(head) || !sendAll(body)) {
            disconnect();
            return {};
        }
        Answer a = read();
        if (a.status == 0 || a.close)
            disconnect();
        return a;
    }

private:
    bool connectNow()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            disconnect();
            return false;
        }
        return true;
    }
    void disconnect()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_in.clear();
    }
    bool sendAll(const QByteArray& bytes)
    {
        for (qsizetype sent = 0; sent < bytes.size();) {
            const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }
    bool fill()
    {
        char chunk[16384];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_in.append(chunk, n);
        return true;
    }
    Answer read()
    {
        qsizetype end;
        while ((end = m_in.indexOf("\r\n\r\n")) < 0)
            if (!fill())
                return {};
        Answer a;
        qint64 length = 0;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        a.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "retry-after")
                a.retryAfter = value.toInt();
            else if (name == "connection")
                a.close = value.toLower() == "close";
        }
        while (m_in.size() < end + 4 + length)
            if (!fill())
                return {};
        m_in.remove(0, end + 4 + length);
        return a;
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_in;
};

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
