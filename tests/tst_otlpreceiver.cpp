// The OTLP/HTTP receiver against real requests on 127.0.0.1: protobuf and JSON, gzip, deflate and
// plain, chunked and with a length, several per connection and many connections at once; every error
// answer of the spec; limits that hold while the body streams in (a gzip bomb included); the token;
// back-pressure; and no 200 before the spans are stored.
#include "core/import/traceimport.h"
#include "core/live/otlpreceiver.h"
#include "otlpencode.h"
#include "rawhttpclient.h"
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>
#include <zlib.h>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

namespace {

// Stores nothing; keeps what it was given, and answers at once unless told to wait.
class MemorySink : public QObject, public TraceSink {
    Q_OBJECT
public:
    bool saturated() const override { return busy; }
    void accept(ImportResult&& batch, std::function<void(bool)> stored) override
    {
        spans += int(batch.spans.size());
        batches.push_back(std::move(batch));
        if (deferred)
            waiting.push_back(std::move(stored));
        else
            stored(!failing);
        Q_EMIT accepted();
    }
Q_SIGNALS:
    void accepted();

public:
    bool busy = false;
    bool failing = false;
    bool deferred = false;
    int spans = 0;
    std::vector<ImportResult> batches;
    std::vector<std::function<void(bool)>> waiting;
};

enum class Compression { None, Gzip, Zlib, RawDeflate };

QByteArray compress(const QByteArray& data, Compression c)
{
    if (c == Compression::None)
        return data;
    z_stream s {};
    const int bits = c == Compression::Gzip ? 16 + MAX_WBITS : c == Compression::Zlib ? MAX_WBITS : -MAX_WBITS;
    deflateInit2(&s, Z_BEST_SPEED, Z_DEFLATED, bits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

// gzip of `zeros` zero bytes, made in pieces (the bomb itself is never in memory whole).
QByteArray gzipOfZeros(qint64 zeros)
{
    z_stream s {};
    deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray block(1 << 20, '\0');
    QByteArray out;
    char buffer[1 << 16];
    for (qint64 left = zeros; left > 0;) {
        const qint64 n = std::min<qint64>(left, block.size());
        left -= n;
        s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(block.constData()));
        s.avail_in = uInt(n);
        do {
            s.next_out = reinterpret_cast<Bytef*>(buffer);
            s.avail_out = sizeof buffer;
            deflate(&s, left == 0 ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer, qsizetype(sizeof buffer - s.avail_out));
        } while (s.avail_out == 0);
    }
    deflateEnd(&s);
    return out;
}

QByteArray fixtureText()
{
    QFile f(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/promptfoo-production-traces.otlp.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The fixture as both encodings: the JSON text and its protobuf form (ids made valid for protobuf).
std::pair<QByteArray, QByteArray> fixtureBodies()
{
    json request = json::parse(fixtureText().toStdString());
    for (json& rs : request["resourceSpans"])
        for (json& ss : rs["scopeSpans"])
            for (json& span : ss["spans"])
                if (span["traceId"].get<std::string>().size() != 32)
                    span["traceId"] = std::string(32, 'a');
    const QByteArray text = QByteArray::fromStdString(request.dump());
    return { text, otlpProtobuf(request) };
}

struct Served {
    MemorySink sink;
    std::unique_ptr<OtlpReceiver> receiver;
    explicit Served(ReceiverOptions options = {})
    {
        options.port = 0;
        receiver = std::make_unique<OtlpReceiver>(options, &sink);
        QString error;
        if (!receiver->listen(&error))
            qFatal("%s", qPrintable(error));
    }
};

} // namespace

class TestOtlpReceiver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acceptsEveryEncoding_data()
    {
        QTest::addColumn<bool>("protobuf");
        QTest::addColumn<int>("compression");
        QTest::addColumn<int>("chunk"); // 0: Content-Length
        QTest::addColumn<QByteArray>("path");
        const QByteArray traces = "/v1/traces";
        QTest::newRow("protobuf") << true << int(Compression::None) << 0 << traces;
        QTest::newRow("protobuf gzip chunked") << true << int(Compression::Gzip) << 1000 << traces;
        QTest::newRow("protobuf in 7-byte chunks") << true << int(Compression::None) << 7 << traces;
        QTest::newRow("json") << false << int(Compression::None) << 0 << traces;
        QTest::newRow("json gzip") << false << int(Compression::Gzip) << 0 << traces;
        QTest::newRow("json deflate (zlib)") << false << int(Compression::Zlib) << 0 << traces;
        QTest::newRow("json raw deflate chunked") << false << int(Compression::RawDeflate) << 333 << traces;
        QTest::newRow("langfuse path") << true << int(Compression::None) << 0 << QByteArray("/api/public/otel/v1/traces");
    }
    void acceptsEveryEncoding()
    {
        QFETCH(bool, protobuf);
        QFETCH(int, compression);
        QFETCH(int, chunk);
        QFETCH(QByteArray, path);
        const auto [text, proto] = fixtureBodies();
        QString error;
        const auto expected = importTraceBytes(text, QStringLiteral("fixture"), &error);
        QVERIFY2(expected, qPrintable(error));

        Served s;
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        const auto c = Compression(compression);
        const QByteArray encoding = c == Compression::Gzip ? "Content-Encoding: gzip\r\n"
            : c == Compression::None                       ? ""
                                                           : "Content-Encoding: deflate\r\n";
        client.send(httpPost(path, protobuf ? "application/x-protobuf" : "application/json; charset=utf-8",
                             compress(protobuf ? proto : text, c), encoding, chunk));
        const auto r = client.response();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->headers.value("content-type"), protobuf ? QByteArray("application/x-protobuf") : QByteArray("application/json"));
        if (!protobuf)
            QCOMPARE(r->body, QByteArray("{}"));
        else
            QVERIFY(r->body.isEmpty());
        QCOMPARE(s.sink.batches.size(), size_t(1));
        QCOMPARE(s.sink.spans, int(expected->spans.size()));
        QCOMPARE(s.sink.batches.front().steps, expected->steps);
        QCOMPARE(s.receiver->totals().spans, qint64(expected->spans.size()));
    }

    void severalRequestsOnOneConnection()
    {
        const auto [text, proto] = fixtureBodies();
        Served s;
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        // Sent in one write, read one after the other, answered in order.
        client.send(httpPost("/v1/traces", "application/x-protobuf", proto) + httpPost("/v1/traces", "application/json", text, {}, 100)
                    + httpPost("/v1/traces", "application/x-protobuf", proto));
        for (int i = 0; i < 3; ++i) {
            const auto r = client.response();
            QVERIFY2(r, qPrintable(QString::number(i)));
            QCOMPARE(r->status, 200);
            QCOMPARE(r->headers.value("connection"), QByteArray("keep-alive"));
        }
        QCOMPARE(s.sink.batches.size(), size_t(3));
        QVERIFY(client.isOpen());
    }

    void manyConnectionsAtOnce()
    {
        const auto [text, proto] = fixtureBodies();
        Served s;
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 24; ++i) {
            clients.push_back(std::make_unique<RawClient>());
            QVERIFY(clients.back()->connectTo(s.receiver->port()));
        }
        for (auto& c : clients)
            c->send(
                httpPost("/v1/traces", "application/x-protobuf", compress(proto, Compression::Gzip), "Content-Encoding: gzip\r\n", 512));
        for (auto& c : clients) {
            const auto r = c->response();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
        }
        QCOMPARE(s.sink.batches.size(), size_t(24));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("bodyHas");
        const QByteArray jsonType = "application/json";
        const QByteArray proto = "application/x-protobuf";
        const QByteArray text = "text/plain; charset=utf-8";
        QTest::newRow("GET") << QByteArray("GET /v1/traces HTTP/1.1\r\nHost: x\r\n\r\n") << 405 << text << QByteArray("POST");
        QTest::newRow("unknown path") << httpPost("/v1/metrics", "application/json", "{}") << 404 << jsonType << QByteArray("\"code\":5");
        QTest::newRow("text/plain") << httpPost("/v1/traces", "text/plain", "hello") << 415 << text << QByteArray("Content-Type");
        QTest::newRow("brotli") << httpPost("/v1/traces", "application/json", "{}", "Content-Encoding: br\r\n") << 415 << jsonType
                                << QByteArray("Content-Encoding");
        QTest::newRow("broken protobuf") << httpPost("/v1/traces", "application/x-protobuf", "\x0a\x7f") << 400 << proto
                                         << QByteArray("byte 0");
        QTest::newRow("broken json") << httpPost("/v1/traces", "application/json", "{\"resourceSpans\": [") << 400 << jsonType
                                     << QByteArray("\"code\":3");
        QTest::newRow("json, not OTLP") << httpPost("/v1/traces", "application/json", R"({"trace": {"id": "t"}, "observations": []})")
                                        << 400 << jsonType << QByteArray("ExportTraceServiceRequest");
        QTest::newRow("bad chunk size") << QByteArray("POST /v1/traces HTTP/1.1\r\nContent-Type: application/json\r\n"
                                                      "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
                                        << 400 << jsonType << QByteArray("chunk size");
        QTest::newRow("chunk longer than its size") << QByteArray("POST /v1/traces HTTP/1.1\r\nContent-Type: application/json\r\n"
                                                                  "Transfer-Encoding: chunked\r\n\r\n1\r\n{}\r\n0\r\n\r\n")
                                                    << 400 << jsonType << QByteArray("longer than its size");
        QTest::newRow("length and chunked") << QByteArray(
            "POST /v1/traces HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
            "Transfer-Encoding: chunked\r\n\r\n{}")
                                            << 400 << jsonType << QByteArray("both");
        QTest::newRow("HTTP/2.0") << QByteArray("POST /v1/traces HTTP/2.0\r\nContent-Length: 0\r\n\r\n") << 505 << text
                                  << QByteArray("HTTP/1.1");
        QTest::newRow("gzip transfer coding") << QByteArray("POST /v1/traces HTTP/1.1\r\nContent-Type: application/json\r\n"
                                                            "Transfer-Encoding: gzip, chunked\r\n\r\n")
                                              << 501 << jsonType << QByteArray("chunked");
        QTest::newRow("huge headers") << "POST /v1/traces HTTP/1.1\r\nX-Big: " + QByteArray(70000, 'a') + "\r\n\r\n"
                                      << 431 << text << QByteArray("too large");
        QTest::newRow("length over the limit") << QByteArray("POST /v1/traces HTTP/1.1\r\nContent-Type: application/x-protobuf\r\n"
                                                             "Content-Length: 999999999999\r\n\r\n")
                                               << 413 << proto << QByteArray("limit");
        QTest::newRow("truncated gzip") << httpPost("/v1/traces", "application/json",
                                                    compress("{\"resourceSpans\": []}", Compression::Gzip).chopped(6),
                                                    "Content-Encoding: gzip\r\n")
                                        << 400 << jsonType << QByteArray("\"code\":3");
        QTest::newRow("not gzip") << httpPost("/v1/traces", "application/json", "{\"resourceSpans\": []}", "Content-Encoding: gzip\r\n")
                                  << 400 << jsonType << QByteArray("damaged");
    }
    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, bodyHas);
        ReceiverOptions options;
        options.maxBodyBytes = 1 << 20;
        Served s(options);
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        client.send(request);
        const auto r = client.response();
        QVERIFY(r);
        QCOMPARE(r->status, status);
        QCOMPARE(r->headers.value("content-type"), contentType);
        QVERIFY2(r->body.contains(bodyHas), r->body.constData());
        QVERIFY(s.sink.batches.empty());
        // The receiver stays up for the next sender.
        RawClient next;
        QVERIFY(next.connectTo(s.receiver->port()));
        next.send(httpPost("/v1/traces", "application/json", "{\"resourceSpans\": []}"));
        const auto ok = next.response();
        QVERIFY(ok);
        QCOMPARE(ok->status, 200);
    }

    void bodyOverTheLimitWhileStreaming()
    {
        ReceiverOptions options;
        options.maxBodyBytes = 1 << 20;
        Served s(options);
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        client.send("POST /v1/traces HTTP/1.1\r\nContent-Type: application/x-protobuf\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray piece = httpChunked(QByteArray(256 * 1024, 'x'), 256 * 1024).chopped(5); // no last chunk
        std::optional<HttpResponse> r;
        int sent = 0;
        for (; sent < 64 && !r; ++sent) { // up to 16 MB, but the answer comes after about 1 MB
            client.send(piece);
            r = client.response(sent < 3 ? 50 : 2000);
        }
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY2(sent <= 8, qPrintable(QString::number(sent)));
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
    }

    void gzipBombStopsAtTheLimit()
    {
        ReceiverOptions options;
        options.maxBodyBytes = 8 << 20;
        Served s(options);
        const QByteArray bomb = gzipOfZeros(qint64(512) << 20); // 512 MB of zeros in about 0.5 MB
        QVERIFY(bomb.size() < 1 << 20);
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        client.send(httpPost("/v1/traces", "application/x-protobuf", bomb, "Content-Encoding: gzip\r\n"));
        const auto r = client.response();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY(s.sink.batches.empty());
    }

    void tokenIsRequiredWhenSet()
    {
        ReceiverOptions options;
        options.token = QStringLiteral("s3cret");
        Served s(options);
        const QByteArray body = "{\"resourceSpans\": []}";
        for (const QByteArray& auth :
             { QByteArray(), QByteArray("Authorization: Bearer wrong\r\n"), QByteArray("Authorization: Basic czNjcmV0\r\n") }) {
            RawClient client;
            QVERIFY(client.connectTo(s.receiver->port()));
            client.send(httpPost("/v1/traces", "application/json", body, auth));
            const auto r = client.response();
            QVERIFY(r);
            QCOMPARE(r->status, 401);
            QCOMPARE(r->headers.value("www-authenticate"), QByteArray("Bearer"));
        }
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        client.send(httpPost("/v1/traces", "application/json", body, "Authorization: Bearer s3cret\r\n"));
        const auto r = client.response();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }

    void backPressureAnswers503()
    {
        Served s;
        s.sink.busy = true;
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        client.send(httpPost("/v1/traces", "application/json", "{\"resourceSpans\": []}"));
        auto r = client.response();
        QVERIFY(r);
        QCOMPARE(r->status, 503);
        QCOMPARE(r->headers.value("retry-after"), QByteArray("1"));
        // A store that fails is the same to the sender: try again, nothing was kept.
        s.sink.busy = false;
        s.sink.failing = true;
        client.send(httpPost("/v1/traces", "application/json", "{\"resourceSpans\": []}"));
        r = client.response();
        QVERIFY(r);
        QCOMPARE(r->status, 503);
    }

    void noAnswerBeforeTheSpansAreStored()
    {
        const auto [text, proto] = fixtureBodies();
        Served s;
        s.sink.deferred = true;
        QSignalSpy served(s.receiver.get(), &OtlpReceiver::served);
        QSignalSpy accepted(&s.sink, &MemorySink::accepted);
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        client.send(httpPost("/v1/traces", "application/x-protobuf", proto) + httpPost("/v1/traces", "application/x-protobuf", proto));
        QVERIFY(accepted.wait(5000));
        QVERIFY(!accepted.wait(100)); // the second request waits behind the first, unanswered
        QCOMPARE(s.sink.waiting.size(), size_t(1));
        QVERIFY(served.isEmpty());
        s.sink.waiting.front()(true);
        auto r = client.response();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(accepted.count() == 2 || accepted.wait(5000));
        QCOMPARE(s.sink.waiting.size(), size_t(2));
        s.sink.waiting.back()(true);
        r = client.response();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }

    void idleAndSurplusConnectionsAreClosed()
    {
        ReceiverOptions options;
        options.idleTimeoutMs = 100;
        options.maxConnections = 2;
        Served s(options);
        RawClient a, b, c;
        QVERIFY(a.connectTo(s.receiver->port()));
        QVERIFY(b.connectTo(s.receiver->port()));
        QVERIFY(c.connectTo(s.receiver->port()));
        const auto r = c.response();
        QVERIFY(r);
        QCOMPARE(r->status, 503);
        QSignalSpy gone(&a.socket(), &QTcpSocket::disconnected);
        QVERIFY(gone.wait(5000)); // a sent nothing
    }

    void closesWhenAsked()
    {
        Served s;
        RawClient client;
        QVERIFY(client.connectTo(s.receiver->port()));
        QSignalSpy gone(&client.socket(), &QTcpSocket::disconnected);
        client.send(httpPost("/v1/traces", "application/json", "{\"resourceSpans\": []}", "Connection: close\r\n"));
        const auto r = client.response();
        QVERIFY(r);
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
        QVERIFY(gone.count() > 0 || gone.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestOtlpReceiver)
#include "tst_otlpreceiver.moc"
