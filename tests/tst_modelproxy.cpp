// The model proxy of app runs against a real model server on 127.0.0.1 (FakeModelServer speaks the
// Anthropic and OpenAI protocols, streams and errors included), called by a real HTTP client.
#include "core/app/modelproxy.h"
#include "core/app/promptmatcher.h"
#include "core/run/callqueue.h"
#include "core/workspace/workspace.h"
#include "fakemodelserver.h"
#include "testfiles.h"
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

namespace {

const QByteArray kSecret = "sk-ant-proxytest-0123456789secret";

// One example's side: calls named call1, call2, ... unless a matcher is given; records kept.
class RecordingClient : public ProxyClient {
public:
    const PromptMatcher* matcher = nullptr;
    std::map<QString, QString> injected;
    std::vector<StepRecord> records;
    int calls = 0;

    QString nameCall(const ProxiedRequest& request) override
    {
        ++calls;
        const QString name = matcher ? matcher->match(request) : QString();
        return name.isEmpty() ? QStringLiteral("call%1").arg(calls) : name;
    }
    std::optional<QString> injectedOutput(const QString& stepId) const override
    {
        const auto it = injected.find(stepId);
        return it == injected.end() ? std::nullopt : std::optional<QString>(it->second);
    }
    void callRecorded(StepRecord record) override { records.push_back(std::move(record)); }
};

struct HttpReply {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

json anthropicBody(const QString& prompt, bool stream)
{
    json body { { "model", "claude-haiku-5-5" },
                { "max_tokens", 64 },
                { "system", "You answer briefly." },
                { "messages", json::array({ { { "role", "user" }, { "content", prompt.toStdString() } } }) } };
    if (stream)
        body["stream"] = true;
    return body;
}

json openaiBody(const QString& prompt, bool stream)
{
    json body { { "model", "gpt-5-mini" },
                { "messages",
                  json::array({ { { "role", "system" }, { "content", "You answer briefly." } },
                                { { "role", "user" }, { "content", prompt.toStdString() } } }) } };
    if (stream) {
        body["stream"] = true;
        body["stream_options"] = { { "include_usage", true } };
    }
    return body;
}

} // namespace

class TestModelProxy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    FakeModelServer m_server;
    QNetworkAccessManager m_http;
    int m_workspaces = 0;

    std::unique_ptr<ModelProxy> proxy(CallQueue* calls = nullptr, const QString& answerModel = QString())
    {
        ProxyOptions options;
        options.anthropicUpstream = m_server.baseUrl();
        options.openaiUpstream = m_server.baseUrl() + QStringLiteral("/v1");
        options.answerModel = answerModel;
        auto p = std::make_unique<ModelProxy>(m_ws.get(), calls, options);
        QString error;
        if (!p->listen(&error))
            qFatal("%s", qPrintable(error));
        return p;
    }

    // POSTs as an SDK would: to the route's base URL plus the SDK's own path, with its key header.
    HttpReply post(const QUrl& route, ProxyApi api, const json& body, const QByteArray& path = QByteArray())
    {
        return replyOf(send(route, api, body, path));
    }

    QNetworkReply* send(const QUrl& route, ProxyApi api, const json& body, const QByteArray& path = QByteArray())
    {
        QString url = route.toString();
        url += path.isEmpty() ? (api == ProxyApi::Anthropic ? QStringLiteral("/v1/messages") : QStringLiteral("/v1/chat/completions"))
                              : QString::fromLatin1(path);
        QNetworkRequest request { QUrl(url) };
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (api == ProxyApi::Anthropic) {
            request.setRawHeader("x-api-key", kSecret);
            request.setRawHeader("anthropic-version", "2023-06-01");
        } else {
            request.setRawHeader("authorization", "Bearer " + kSecret);
        }
        return m_http.post(request, QByteArray::fromStdString(body.dump()));
    }

    // Waits for a reply send() started.
    static HttpReply replyOf(QNetworkReply* reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            qWarning("no reply from the proxy");
        HttpReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        out.body = reply->readAll();
        reply->deleteLater();
        return out;
    }

    // Waits until the client holds `n` records (they are made once the answer went out).
    static bool waitForRecords(ModelProxy& p, const RecordingClient& client, size_t n)
    {
        QSignalSpy returned(&p, &ModelProxy::callReturned);
        while (client.records.size() < n)
            if (!returned.wait(5000))
                return false;
        return true;
    }

    // Each protocol, streamed and not.
    static void protocols()
    {
        QTest::addColumn<bool>("openai");
        QTest::addColumn<bool>("stream");
        QTest::newRow("anthropic") << false << false;
        QTest::newRow("anthropic stream") << false << true;
        QTest::newRow("openai") << true << false;
        QTest::newRow("openai stream") << true << true;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_ws = Workspace::open(m_dir.filePath(QStringLiteral("proxy%1.fapo").arg(++m_workspaces)), &error);
        QVERIFY2(m_ws, qPrintable(error));
        m_server.clearRequests();
        m_server.setDefaultHandler({});
    }

    void initTestCase() { QVERIFY(m_server.listen() > 0); }

    void forwardsAndRecords_data() { protocols(); }

    void forwardsAndRecords()
    {
        QFETCH(bool, openai);
        QFETCH(bool, stream);
        const ProxyApi api = openai ? ProxyApi::OpenAI : ProxyApi::Anthropic;
        auto p = proxy();
        RecordingClient client;
        const QUrl route = p->open(&client, 7, QStringLiteral("q1"));
        const HttpReply reply = post(route, api,
                                     openai ? openaiBody(QStringLiteral("Where is Brask?"), stream)
                                            : anthropicBody(QStringLiteral("Where is Brask?"), stream));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType.contains("text/event-stream"), stream);
        // What the program got reads as the protocol's reply.
        const ModelResponse read = readRelayedReply(api, reply.status, reply.contentType, reply.body);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage));
        QCOMPARE(read.text, QStringLiteral("echo: Where is Brask?"));

        QCOMPARE(m_server.requestCount(), 1);
        const FakeRequest& upstream = m_server.lastRequest();
        QCOMPARE(upstream.path, openai ? QStringLiteral("/v1/chat/completions") : QStringLiteral("/v1/messages"));
        QCOMPARE(upstream.header(openai ? "authorization" : "x-api-key"), openai ? "Bearer " + kSecret : kSecret);
        QCOMPARE(upstream.wantsStream(), stream);

        QVERIFY(waitForRecords(*p, client, 1));
        const StepRecord& r = client.records.front();
        QCOMPARE(r.runId, 7);
        QCOMPARE(r.exampleId, QStringLiteral("q1"));
        QCOMPARE(r.stepId, QStringLiteral("call1"));
        QCOMPARE(r.system, QStringLiteral("You answer briefly."));
        QCOMPARE(r.prompt, QStringLiteral("Where is Brask?"));
        QCOMPARE(r.output, QStringLiteral("echo: Where is Brask?"));
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.called);
        QVERIFY(!r.cacheHit);
        QVERIFY(r.inputTokens > 0);
        QCOMPARE(p->networkCalls(), 1);
    }

    void identicalRequestComesFromTheCache()
    {
        auto p = proxy();
        RecordingClient client;
        const QUrl route = p->open(&client, 1, QStringLiteral("q1"));
        const json body = anthropicBody(QStringLiteral("Which river?"), false);
        const HttpReply first = post(route, ProxyApi::Anthropic, body);
        QVERIFY(waitForRecords(*p, client, 1));
        const HttpReply second = post(route, ProxyApi::Anthropic, body);
        QVERIFY(waitForRecords(*p, client, 2));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(m_server.requestCount(), 1); // the second never left the machine
        QVERIFY(client.records[1].cacheHit);
        QCOMPARE(client.records[1].costUsd, 0.0);
        QCOMPARE(client.records[1].output, QStringLiteral("echo: Which river?"));
        QCOMPARE(p->cacheHits(), 1);
        // Another example's route, same request: the same cache.
        RecordingClient other;
        const HttpReply third = post(p->open(&other, 1, QStringLiteral("q2")), ProxyApi::Anthropic, body);
        QCOMPARE(third.status, 200);
        QCOMPARE(m_server.requestCount(), 1);
    }

    // A program that sends the same request twice at once (parallel branches, an SDK retry) pays once:
    // the second waits for the first's reply and is answered with it, streamed or not.
    void identicalRequestsInFlightGoUpstreamOnce_data() { protocols(); }

    void identicalRequestsInFlightGoUpstreamOnce()
    {
        QFETCH(bool, openai);
        QFETCH(bool, stream);
        const ProxyApi api = openai ? ProxyApi::OpenAI : ProxyApi::Anthropic;
        auto p = proxy();
        RecordingClient client;
        const QUrl route = p->open(&client, 1, QStringLiteral("q1"));
        const json body = openai ? openaiBody(QStringLiteral("Which town?"), stream) : anthropicBody(QStringLiteral("Which town?"), stream);
        m_server.setLatencyMs(300);
        QNetworkReply* first = send(route, api, body);
        QNetworkReply* second = send(route, api, body);
        const HttpReply a = replyOf(first);
        const HttpReply b = replyOf(second);
        m_server.setLatencyMs(0);
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.body, a.body);
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(p->networkCalls(), qint64(1));
        QCOMPARE(p->cacheHits(), qint64(1));
        QVERIFY(waitForRecords(*p, client, 2));
        QCOMPARE(client.records[0].output, QStringLiteral("echo: Which town?"));
        QCOMPARE(client.records[1].output, QStringLiteral("echo: Which town?"));
        QCOMPARE(int(client.records[0].cacheHit) + int(client.records[1].cacheHit), 1);
    }

    void upstreamErrorsPassThrough_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("overloaded") << 529 << QStringLiteral("overloaded_error");
        QTest::newRow("rate limited") << 429 << QStringLiteral("rate_limit_error");
        QTest::newRow("bad request") << 400 << QStringLiteral("invalid_request_error");
        QTest::newRow("authentication") << 401 << QStringLiteral("authentication_error");
    }

    void upstreamErrorsPassThrough()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        auto p = proxy();
        RecordingClient client;
        const QUrl route = p->open(&client, 1, QStringLiteral("q1"));
        m_server.enqueue(FakeReply::anthropicError(status, type, QStringLiteral("try later")));
        const json body = anthropicBody(QStringLiteral("Anyone there?"), false);
        const HttpReply reply = post(route, ProxyApi::Anthropic, body);
        // The SDK sees the status and body the service sent, so its own retries and errors work.
        QCOMPARE(reply.status, status);
        QVERIFY(reply.body.contains(type.toUtf8()));
        QVERIFY(waitForRecords(*p, client, 1));
        QVERIFY(client.records[0].error.contains(QString::number(status)));
        QVERIFY(client.records[0].error.contains(QStringLiteral("try later")));
        QVERIFY(!client.records[0].passed);
        // An error is never cached: the SDK's retry goes out again and succeeds.
        const HttpReply retry = post(route, ProxyApi::Anthropic, body);
        QCOMPARE(retry.status, 200);
        QCOMPARE(m_server.requestCount(), 2);
    }

    void brokenStreamReadsAsBroken()
    {
        auto p = proxy();
        RecordingClient client;
        QList<QByteArray> events = FakeReply::anthropicStreamEvents({ QStringLiteral("half"), QStringLiteral(" an answer") });
        events.removeLast(); // no message_stop
        FakeReply cut = FakeReply::stream(events);
        m_server.enqueue(cut);
        const HttpReply reply
            = post(p->open(&client, 1, QStringLiteral("q1")), ProxyApi::Anthropic, anthropicBody(QStringLiteral("Tell me"), true));
        QCOMPARE(reply.status, 200);
        QVERIFY(waitForRecords(*p, client, 1));
        QVERIFY2(client.records[0].error.contains(QStringLiteral("stream")), qPrintable(client.records[0].error));
        // Not cached: the same request goes upstream again.
        m_server.setDefaultHandler({});
        post(p->open(&client, 1, QStringLiteral("q1")), ProxyApi::Anthropic, anthropicBody(QStringLiteral("Tell me"), true));
        QCOMPARE(m_server.requestCount(), 2);
    }

    void injectedOutputAnswersWithoutAModel_data() { protocols(); }

    void injectedOutputAnswersWithoutAModel()
    {
        QFETCH(bool, openai);
        QFETCH(bool, stream);
        const ProxyApi api = openai ? ProxyApi::OpenAI : ProxyApi::Anthropic;
        auto p = proxy();
        RecordingClient client;
        client.injected[QStringLiteral("call1")] = QStringLiteral("Liesel van Doren born");
        const QUrl route = p->open(&client, 1, QStringLiteral("q1"));
        const HttpReply reply
            = post(route, api, openai ? openaiBody(QStringLiteral("Rewrite"), stream) : anthropicBody(QStringLiteral("Rewrite"), stream));
        QCOMPARE(reply.status, 200);
        const ModelResponse read = readRelayedReply(api, reply.status, reply.contentType, reply.body);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage));
        QCOMPARE(read.text, QStringLiteral("Liesel van Doren born"));
        QCOMPARE(m_server.requestCount(), 0);
        QVERIFY(waitForRecords(*p, client, 1));
        QVERIFY(!client.records[0].called);
        QCOMPARE(client.records[0].output, QStringLiteral("Liesel van Doren born"));
    }

    void pipelineModelAnswers()
    {
        const QString rules = writeTestFile(m_dir, QStringLiteral("rules.json"),
                                            R"JSON([{"match": "capital of (\\w+)", "reply": "The capital of $1 is Brask."}])JSON");
        ModelConfig config;
        config.name = QStringLiteral("worker");
        config.provider = ProviderType::Scripted;
        config.rulesPath = rules;
        CallQueue calls(m_ws.get(), 2, true);
        QString error;
        QVERIFY2(calls.addModel(QStringLiteral("worker"), config, ProviderEnvironment(), &error), qPrintable(error));
        auto p = proxy(&calls, QStringLiteral("worker"));
        RecordingClient client;
        const QUrl route = p->open(&client, 1, QStringLiteral("q1"));
        for (const bool stream : { false, true }) {
            const HttpReply reply
                = post(route, ProxyApi::Anthropic, anthropicBody(QStringLiteral("What is the capital of Osterland?"), stream));
            QCOMPARE(reply.status, 200);
            QCOMPARE(readRelayedReply(ProxyApi::Anthropic, 200, reply.contentType, reply.body).text,
                     QStringLiteral("The capital of Osterland is Brask."));
        }
        // No rule matches: a 400 the SDK does not retry, and the record says why.
        const HttpReply unanswered = post(route, ProxyApi::OpenAI, openaiBody(QStringLiteral("Hello"), false));
        QCOMPARE(unanswered.status, 400);
        QVERIFY(waitForRecords(*p, client, 3));
        QVERIFY(!client.records[2].error.isEmpty());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void refusesWhatItDoesNotServe_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray ok = QByteArray::fromStdString(anthropicBody(QStringLiteral("x"), false).dump());
        QTest::newRow("unknown route") << QStringLiteral("/x/00000000000000000000000000000000") << QByteArray("/v1/messages") << ok << 404
                                       << QStringLiteral("no example");
        QTest::newRow("other path") << QString() << QByteArray("/v1/models") << ok << 404 << QStringLiteral("v1/models");
        QTest::newRow("not json") << QString() << QByteArray("/v1/messages") << QByteArray("{nope") << 400 << QStringLiteral("not a JSON");
        QTest::newRow("no messages") << QString() << QByteArray("/v1/messages") << QByteArray(R"({"model":"m"})") << 400
                                     << QStringLiteral("messages");
    }

    void refusesWhatItDoesNotServe()
    {
        QFETCH(QString, route);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        auto p = proxy();
        RecordingClient client;
        QUrl url = p->open(&client, 1, QStringLiteral("q1"));
        if (!route.isEmpty())
            url.setPath(route);
        QNetworkRequest request(QUrl(url.toString() + QString::fromLatin1(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = m_http.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        const QByteArray text = reply->readAll();
        QVERIFY2(text.contains(message.toUtf8()), text.constData());
        QVERIFY(json::parse(text.toStdString(), nullptr, false).is_object()); // in the protocol's error shape
        reply->deleteLater();
        QCOMPARE(m_server.requestCount(), 0);
        QVERIFY(client.records.empty());
    }

    void closedRouteRecordsNothing()
    {
        auto p = proxy();
        RecordingClient client;
        const QUrl route = p->open(&client, 1, QStringLiteral("q1"));
        p->close(route);
        QCOMPARE(post(route, ProxyApi::Anthropic, anthropicBody(QStringLiteral("late"), false)).status, 404);
        QVERIFY(client.records.empty());
    }

    void keyIsNeverStored()
    {
        auto p = proxy();
        RecordingClient client;
        const QUrl route = p->open(&client, 1, QStringLiteral("q1"));
        post(route, ProxyApi::Anthropic, anthropicBody(QStringLiteral("one"), false));
        post(route, ProxyApi::OpenAI, openaiBody(QStringLiteral("two"), true));
        QVERIFY(waitForRecords(*p, client, 2));
        const QString path = m_ws->path();
        m_ws.reset(); // checkpoint and close
        for (const QString& file : QStringList { path, path + QStringLiteral("-wal") }) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!f.readAll().contains(kSecret), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestModelProxy)
#include "tst_modelproxy.moc"
