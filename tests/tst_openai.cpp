// OpenAIProvider against FakeModelServer: chat completions, streams, the error shapes of
// OpenAI, Ollama, llama.cpp server and vLLM.
#include "fakemodelserver.h"
#include "core/providers/networkpool.h"
#include "core/providers/openaiprovider.h"
#include "core/providers/retrypolicy.h"
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using json = nlohmann::json;

namespace {

QByteArray js(const json& j) { return QByteArray::fromStdString(j.dump()); }

ModelRequest request(const QString& prompt = QStringLiteral("Say hi"))
{
    ModelRequest r;
    r.prompt = prompt;
    r.maxTokens = 128;
    return r;
}

} // namespace

class TestOpenAI : public QObject {
    Q_OBJECT
    std::unique_ptr<FakeModelServer> m_server;
    std::unique_ptr<NetworkPool> m_pool;

    std::unique_ptr<OpenAIProvider> provider(const QString& key = QString(), int maxRetries = 2)
    {
        ModelConfig c;
        c.name = QStringLiteral("local");
        c.provider = ProviderType::OpenAi;
        c.model = QStringLiteral("gpt-4o-mini");
        c.maxRetries = maxRetries;
        c.timeoutMs = 10000;
        return std::make_unique<OpenAIProvider>(c, m_server->baseUrl() + QStringLiteral("/v1"), key, m_pool.get());
    }

private Q_SLOTS:
    void init()
    {
        RetryPolicy::setDelayScale(0.01);
        m_server = std::make_unique<FakeModelServer>();
        QVERIFY(m_server->listen() != 0);
        m_pool = std::make_unique<NetworkPool>(2);
    }
    void cleanup()
    {
        m_pool.reset();
        m_server.reset();
        RetryPolicy::setDelayScale(1.0);
    }

    void success()
    {
        m_server->enqueue(
            FakeReply::json(FakeReply::openaiCompletion(QStringLiteral("Hi there"), 20, 5, 8, QStringLiteral("gpt-4o-mini-2024-07-18")))
                .header("x-request-id", "req_abc"));
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), request(), &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.text, QStringLiteral("Hi there"));
        QCOMPARE(r.usage.inputTokens, qint64(12)); // 20 prompt tokens, 8 of them cached
        QCOMPARE(r.usage.cacheReadTokens, qint64(8));
        QCOMPARE(r.usage.outputTokens, qint64(5));
        QCOMPARE(r.stopReason, QStringLiteral("stop"));
        QCOMPARE(r.model, QStringLiteral("gpt-4o-mini-2024-07-18"));
        QCOMPARE(r.requestId, QStringLiteral("req_abc"));
    }

    void contentAsParts()
    {
        json reply = FakeReply::openaiCompletion(QString());
        reply["choices"][0]["message"]["content"]
            = json::array({ { { "type", "text" }, { "text", "a" } }, { { "type", "text" }, { "text", "b" } } });
        reply["choices"][0]["message"]["reasoning_content"] = "thinking...";
        m_server->enqueue(FakeReply::json(reply));
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), request(), &r));
        QCOMPARE(r.text, QStringLiteral("ab"));
    }

    void requestShape()
    {
        ModelRequest req = request(QStringLiteral("Classify"));
        req.system = QStringLiteral("Be brief.");
        req.stop = QStringList { QStringLiteral("END") };
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), req, &r));
        QVERIFY(r.ok());
        const FakeRequest& sent = m_server->lastRequest();
        QCOMPARE(sent.path, QStringLiteral("/v1/chat/completions"));
        QVERIFY(!sent.hasHeader("authorization")); // no key, no header
        const json& b = sent.json;
        QCOMPARE(b.value("model", ""), std::string("gpt-4o-mini"));
        QCOMPARE(b.value("max_tokens", 0), 128);
        const json messages
            = json::array({ { { "role", "system" }, { "content", "Be brief." } }, { { "role", "user" }, { "content", "Classify" } } });
        QVERIFY(b["messages"] == messages);
        QVERIFY(b["stop"] == json::array({ "END" }));
        for (const char* absent : { "temperature", "top_p", "response_format", "stream", "stream_options", "tool_choice" })
            QVERIFY2(!b.contains(absent), absent);

        req = request();
        req.temperature = 0.0;
        req.schemaName = QStringLiteral("proposal");
        req.jsonSchema = { { "type", "object" }, { "properties", { { "step_id", { { "type", "string" } } } } } };
        QVERIFY(runModelCall(*provider(QStringLiteral("sk-test")), req, &r));
        const FakeRequest& sent2 = m_server->lastRequest();
        QCOMPARE(sent2.header("authorization"), QByteArray("Bearer sk-test"));
        QCOMPARE(sent2.json.value("temperature", -1.0), 0.0);
        QCOMPARE(sent2.json["messages"].size(), std::size_t(1));
        const json& format = sent2.json["response_format"];
        QCOMPARE(format.value("type", ""), std::string("json_schema"));
        QCOMPARE(format["json_schema"].value("name", ""), std::string("proposal"));
        QVERIFY(format["json_schema"]["schema"] == req.jsonSchema);
    }

    void stream()
    {
        m_server->enqueue(
            FakeReply::stream(FakeReply::openaiStreamEvents({ QStringLiteral("Hi"), QString::fromUtf8(" thére") }, 11, 3), 3));
        ModelRequest req = request();
        req.stream = true;
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), req, &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.text, QString::fromUtf8("Hi thére"));
        QCOMPARE(r.usage.inputTokens, qint64(11));
        QCOMPARE(r.usage.outputTokens, qint64(3));
        QCOMPARE(r.stopReason, QStringLiteral("stop"));
        const json& b = m_server->lastRequest().json;
        QCOMPARE(b.value("stream", false), true);
        QCOMPARE(b["stream_options"].value("include_usage", false), true);
    }

    void streamWithoutDone()
    {
        // Some servers end the stream after the finish_reason chunk without "data: [DONE]".
        QList<QByteArray> events = FakeReply::openaiStreamEvents({ QStringLiteral("ok") });
        events.removeLast();
        m_server->enqueue(FakeReply::stream(events));
        ModelRequest req = request();
        req.stream = true;
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), req, &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.text, QStringLiteral("ok"));
    }

    void streamErrorChunk()
    {
        const QList<QByteArray> events = FakeReply::openaiStreamEvents({ QStringLiteral("par") });
        const QByteArray error = "data: "
            + js({ { "error", { { "message", "The server had an error while processing your request" }, { "type", "server_error" } } } })
            + "\n\n";
        m_server->enqueue(FakeReply::stream({ events[0], events[1], error }));
        ModelRequest req = request();
        req.stream = true;
        ModelResponse r;
        QVERIFY(runModelCall(*provider(QString(), 0), req, &r));
        QCOMPARE(r.error, CallError::Server);
        QVERIFY(r.errorMessage.contains(QStringLiteral("processing your request")));
    }

    void errorShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("mention");
        QTest::addColumn<int>("requests"); // with 2 retries allowed

        const QByteArray jsonType = "application/json";
        QTest::newRow("openai invalid request") << 400
                                                << js({ { "error",
                                                          { { "message", "Invalid 'messages[0].content'" },
                                                            { "type", "invalid_request_error" },
                                                            { "param", "messages" },
                                                            { "code", nullptr } } } })
                                                << jsonType << int(CallError::BadRequest) << QStringLiteral("messages[0].content") << 1;
        QTest::newRow("openai invalid_api_key") << 401
                                                << js({ { "error",
                                                          { { "message", "Incorrect API key provided: sk-abc." },
                                                            { "type", "invalid_request_error" },
                                                            { "param", nullptr },
                                                            { "code", "invalid_api_key" } } } })
                                                << jsonType << int(CallError::Auth) << QStringLiteral("OPENAI_API_KEY") << 1;
        QTest::newRow("openai insufficient_quota")
            << 429
            << js({ { "error",
                      { { "message", "You exceeded your current quota, please check your plan and billing details." },
                        { "type", "insufficient_quota" },
                        { "param", nullptr },
                        { "code", "insufficient_quota" } } } })
            << jsonType << int(CallError::SpendLimit) << QStringLiteral("quota") << 1;
        QTest::newRow("openai rate limit") << 429
                                           << js({ { "error",
                                                     { { "message",
                                                         "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3." },
                                                       { "type", "requests" },
                                                       { "param", nullptr },
                                                       { "code", "rate_limit_exceeded" } } } })
                                           << jsonType << int(CallError::RateLimited) << QStringLiteral("Rate limit reached") << 3;
        QTest::newRow("ollama") << 404 << js({ { "error", "model 'llama9' not found, try pulling it first" } }) << jsonType
                                << int(CallError::BadRequest) << QStringLiteral("try pulling it first") << 1;
        QTest::newRow("llama.cpp server")
            << 500 << js({ { "error", { { "code", 500 }, { "message", "failed to decode the batch" }, { "type", "server_error" } } } })
            << jsonType << int(CallError::Server) << QStringLiteral("failed to decode the batch") << 3;
        QTest::newRow("llama.cpp context") << 400
                                           << js({ { "error",
                                                     { { "code", 400 },
                                                       { "message", "the request exceeds the available context size" },
                                                       { "type", "exceed_context_size_error" } } } })
                                           << jsonType << int(CallError::BadRequest) << QStringLiteral("context size") << 1;
        QTest::newRow("vllm") << 400
                              << js({ { "object", "error" },
                                      { "message", "max_tokens must be at least 1, got 0." },
                                      { "type", "BadRequestError" },
                                      { "param", nullptr },
                                      { "code", 400 } })
                              << jsonType << int(CallError::BadRequest) << QStringLiteral("max_tokens must be at least 1") << 1;
        QTest::newRow("plain text 502") << 502 << QByteArray("Bad Gateway\n") << QByteArray("text/plain") << int(CallError::Server)
                                        << QStringLiteral("502: Bad Gateway") << 3;
        QTest::newRow("empty 503") << 503 << QByteArray() << QByteArray("text/plain") << int(CallError::Server)
                                   << QStringLiteral("empty body") << 3;
        QTest::newRow("json that is no error shape")
            << 422 << QByteArray("[1,2,3]") << jsonType << int(CallError::BadRequest) << QStringLiteral("[1,2,3]") << 1;
    }

    void errorShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, error);
        QFETCH(QString, mention);
        QFETCH(int, requests);
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(FakeReply::raw(status, body, contentType));
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), request(), &r));
        QCOMPARE(callErrorName(r.error), callErrorName(CallError(error)));
        QCOMPARE(r.httpStatus, status);
        QVERIFY2(r.errorMessage.contains(mention), qPrintable(r.errorMessage));
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(r.attempts, requests);
    }

    void connectionRefused()
    {
        quint16 freePort = 0;
        {
            FakeModelServer probe;
            freePort = probe.listen();
        } // closed again: nothing listens there now
        ModelConfig c;
        c.model = QStringLiteral("llama3");
        c.maxRetries = 1;
        OpenAIProvider p(c, QStringLiteral("http://127.0.0.1:%1/v1").arg(freePort), QString(), m_pool.get());
        ModelResponse r;
        QVERIFY(runModelCall(p, request(), &r));
        QCOMPARE(r.error, CallError::Network);
        QCOMPARE(r.attempts, 2);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("127.0.0.1")), qPrintable(r.errorMessage));
    }
};

QTEST_GUILESS_MAIN(TestOpenAI)
#include "tst_openai.moc"
