// AnthropicProvider against FakeModelServer: reply parsing, request shape, streams, retries, errors.
#include "fakemodelserver.h"
#include "core/providers/anthropicprovider.h"
#include "core/providers/networkpool.h"
#include "core/providers/retrypolicy.h"
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using json = nlohmann::json;

namespace {

ModelRequest request(const QString& prompt = QStringLiteral("Say hi"))
{
    ModelRequest r;
    r.prompt = prompt;
    r.maxTokens = 256;
    return r;
}

// The stream events with "\n" turned into "\r\n".
QList<QByteArray> crlf(QList<QByteArray> events)
{
    for (QByteArray& e : events)
        e.replace("\n", "\r\n");
    return events;
}

} // namespace

class TestAnthropic : public QObject {
    Q_OBJECT
    std::unique_ptr<FakeModelServer> m_server;
    std::unique_ptr<NetworkPool> m_pool;

    std::unique_ptr<AnthropicProvider> provider(int maxRetries = 2, int timeoutMs = 10000,
                                                const QString& key = QStringLiteral("sk-ant-test"))
    {
        ModelConfig c;
        c.name = QStringLiteral("worker");
        c.provider = ProviderType::Anthropic;
        c.model = QStringLiteral("claude-haiku-5-5");
        c.maxRetries = maxRetries;
        c.timeoutMs = timeoutMs;
        return std::make_unique<AnthropicProvider>(c, m_server->baseUrl(), key, m_pool.get());
    }

private Q_SLOTS:
    void init()
    {
        RetryPolicy::setDelayScale(0.01); // back-off of 0.5 s becomes 5 ms
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

    void successSkipsThinkingAndJoinsTextBlocks()
    {
        const json content = json::array({ FakeReply::anthropicThinking(QStringLiteral("Let me think")),
                                           FakeReply::anthropicText(QStringLiteral("Hello")),
                                           { { "type", "redacted_thinking" }, { "data", "xyz" } },
                                           FakeReply::anthropicText(QStringLiteral(" world")) });
        const json usage
            = { { "input_tokens", 12 }, { "output_tokens", 7 }, { "cache_read_input_tokens", 100 }, { "cache_creation_input_tokens", 50 } };
        m_server->enqueue(FakeReply::json(FakeReply::anthropicMessage(content, usage, QStringLiteral("claude-haiku-5-5-20261101")))
                              .header("request-id", "req_123"));
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), request(), &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.text, QStringLiteral("Hello world"));
        QCOMPARE(r.usage.inputTokens, qint64(12));
        QCOMPARE(r.usage.outputTokens, qint64(7));
        QCOMPARE(r.usage.cacheReadTokens, qint64(100));
        QCOMPARE(r.usage.cacheWriteTokens, qint64(50));
        QCOMPARE(r.stopReason, QStringLiteral("end_turn"));
        QCOMPARE(r.model, QStringLiteral("claude-haiku-5-5-20261101"));
        QCOMPARE(r.requestId, QStringLiteral("req_123"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.attempts, 1);
    }

    void requestHeadersAndBody()
    {
        auto p = provider();
        ModelRequest req = request(QStringLiteral("Classify: ok"));
        req.system = QStringLiteral("You classify.");
        req.stop = QStringList { QStringLiteral("###") };
        ModelResponse r;
        QVERIFY(runModelCall(*p, req, &r));
        QVERIFY(r.ok());
        const FakeRequest& sent = m_server->lastRequest();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/v1/messages"));
        QCOMPARE(sent.header("x-api-key"), QByteArray("sk-ant-test"));
        QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(sent.header("content-type").startsWith("application/json"));
        const json& b = sent.json;
        QCOMPARE(b.value("model", ""), std::string("claude-haiku-5-5"));
        QCOMPARE(b.value("max_tokens", 0), 256);
        QCOMPARE(b.value("system", ""), std::string("You classify."));
        QCOMPARE(b["messages"], json::array({ { { "role", "user" }, { "content", "Classify: ok" } } }));
        QCOMPARE(b["stop_sequences"], json::array({ "###" }));
        for (const char* absent : { "temperature", "top_p", "top_k", "tool_choice", "tools", "stream", "output_config" })
            QVERIFY2(!b.contains(absent), absent);
        QCOMPARE(json::parse(p->requestBody(req).dump()), b);

        // Temperature only when set; structured output through output_config; no empty system.
        req = request();
        req.temperature = 0.25;
        req.jsonSchema = json::parse(R"({"type":"object","properties":{"step_id":{"type":"string"}},"required":["step_id"]})");
        QVERIFY(runModelCall(*p, req, &r));
        const json& b2 = m_server->lastRequest().json;
        QCOMPARE(b2.value("temperature", 0.0), 0.25);
        QVERIFY(!b2.contains("system"));
        QCOMPARE(b2["output_config"]["format"]["type"], json("json_schema"));
        QCOMPARE(b2["output_config"]["format"]["schema"], req.jsonSchema);
        QVERIFY(!b2.contains("tool_choice"));
    }

    void baseUrlWithPathAndNoKey()
    {
        ModelConfig c;
        c.provider = ProviderType::Anthropic;
        c.model = QStringLiteral("claude-sonnet-5-5");
        AnthropicProvider p(c, m_server->baseUrl() + QStringLiteral("/proxy/"), QString(), m_pool.get());
        ModelResponse r;
        QVERIFY(runModelCall(p, request(), &r));
        QVERIFY(r.ok());
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/proxy/v1/messages"));
        QVERIFY(!m_server->lastRequest().hasHeader("x-api-key"));
        QVERIFY(p.cacheIdentity().contains(QStringLiteral("claude-sonnet-5-5")));
    }

    void stream_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QString>("text");
        const QString accented = QString::fromUtf8("Café 中文");
        const QList<QByteArray> plain = FakeReply::anthropicStreamEvents({ QStringLiteral("Hel"), QStringLiteral("lo") });
        QTest::newRow("plain") << plain << QStringLiteral("Hello");
        QTest::newRow("crlf") << crlf(plain) << QStringLiteral("Hello");

        // Comments, pings, unknown events and a thinking block (index 0) before the text block (index 1).
        const QList<QByteArray> bare = FakeReply::anthropicStreamEvents({});
        auto block = [](const char* type, int index, const json& payload) {
            json data = { { "type", type }, { "index", index } };
            data.update(payload);
            return FakeReply::sseEvent(type, data);
        };
        const QList<QByteArray> extra = {
            bare[0], // message_start
            ": keep-alive comment\n\n",
            block("content_block_start", 0, { { "content_block", { { "type", "thinking" }, { "thinking", "" } } } }),
            block("content_block_delta", 0, { { "delta", { { "type", "thinking_delta" }, { "thinking", "hmm" } } } }),
            block("content_block_stop", 0, json::object()),
            FakeReply::sseEvent("brand_new_event", { { "type", "brand_new_event" }, { "x", 1 } }),
            "event: ping\ndata: {\"type\": \"ping\"}\n\n",
            block("content_block_start", 1, { { "content_block", { { "type", "text" }, { "text", "" } } } }),
            block("content_block_delta", 1, { { "delta", { { "type", "text_delta" }, { "text", "Answer" } } } }),
            block("content_block_stop", 1, json::object()),
            bare[4], // message_delta
            bare[5], // message_stop
        };
        QTest::newRow("ping, unknown, thinking") << extra << QStringLiteral("Answer");

        // The whole stream cut into pieces that end inside "é" (C3|A9) and "中" (E4 B8|AD).
        const QByteArray all = FakeReply::anthropicStreamEvents({ accented }).join();
        const qsizetype e = all.indexOf("\xC3\xA9");
        const qsizetype zh = all.indexOf("\xE4\xB8\xAD");
        QVERIFY(e > 0 && zh > e);
        QTest::newRow("split inside utf-8") << QList<QByteArray> { all.left(e + 1), all.mid(e + 1, zh + 2 - e - 1), all.mid(zh + 2, 3),
                                                                   all.mid(zh + 5) }
                                            << accented;
    }

    void stream()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QString, text);
        m_server->enqueue(FakeReply::stream(chunks, 5));
        ModelRequest req = request();
        req.stream = true;
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), req, &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.text, text);
        QCOMPARE(r.usage.inputTokens, qint64(10));
        QCOMPARE(r.usage.outputTokens, qint64(5));
        QCOMPARE(r.stopReason, QStringLiteral("end_turn"));
        QCOMPARE(m_server->lastRequest().json.value("stream", false), true);
        QCOMPARE(m_server->lastRequest().header("accept"), QByteArray("text/event-stream"));
    }

    void streamErrorEvent()
    {
        const QList<QByteArray> events = FakeReply::anthropicStreamEvents({ QStringLiteral("partial") });
        const QByteArray error = FakeReply::sseEvent(
            "error", { { "type", "error" }, { "error", { { "type", "overloaded_error" }, { "message", "Overloaded" } } } });
        ModelRequest req = request();
        req.stream = true;
        // Not retried when no retries are allowed: the error is classified by its type.
        m_server->enqueue(FakeReply::stream({ events[0], events[1], error }));
        ModelResponse r;
        QVERIFY(runModelCall(*provider(0), req, &r));
        QCOMPARE(r.error, CallError::Overloaded);
        QVERIFY(r.errorMessage.contains(QStringLiteral("Overloaded")));
        // Retried (overloaded), then a good stream: the partial text of the failed attempt is dropped.
        m_server->clearRequests();
        m_server->enqueue(FakeReply::stream({ events[0], events[1], events[3], error }));
        m_server->enqueue(FakeReply::stream(FakeReply::anthropicStreamEvents({ QStringLiteral("full") })));
        QVERIFY(runModelCall(*provider(1), req, &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.text, QStringLiteral("full"));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(r.attempts, 2);
    }

    void droppedStream_data()
    {
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<int>("drops");
        QTest::addColumn<bool>("ok");
        QTest::newRow("dropped, retried, success") << 2 << 1 << true;
        QTest::newRow("dropped every time") << 1 << 2 << false;
    }

    void droppedStream()
    {
        QFETCH(int, maxRetries);
        QFETCH(int, drops);
        QFETCH(bool, ok);
        const QList<QByteArray> events = FakeReply::anthropicStreamEvents({ QStringLiteral("abc"), QStringLiteral("def") });
        for (int i = 0; i < drops; ++i) {
            FakeReply dropped = FakeReply::stream(events, 2);
            dropped.dropAfterBytes = events[0].size() + events[1].size() + 10; // before message_stop
            m_server->enqueue(dropped);
        }
        m_server->enqueue(FakeReply::stream(events));
        ModelRequest req = request();
        req.stream = true;
        ModelResponse r;
        QVERIFY(runModelCall(*provider(maxRetries), req, &r));
        QCOMPARE(m_server->requestCount(), maxRetries + 1 < drops + 1 ? maxRetries + 1 : drops + 1);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r.text, QStringLiteral("abcdef"));
        } else {
            QVERIFY2(r.error == CallError::Network || r.error == CallError::InvalidResponse, qPrintable(r.errorMessage));
            QCOMPARE(r.attempts, maxRetries + 1);
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("retry-after 0") << QByteArray("retry-after") << QByteArray("0");
        QTest::newRow("retry-after-ms") << QByteArray("retry-after-ms") << QByteArray("10");
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        m_server->enqueue(FakeReply::anthropicError(429, QStringLiteral("rate_limit_error"),
                                                    QStringLiteral("Number of requests has exceeded your per-minute rate limit"))
                              .header(header, value));
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), request(), &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(r.attempts, 2);
    }

    void retryAfterMsIsHonoured()
    {
        RetryPolicy::setDelayScale(1.0);
        m_server->enqueue(FakeReply::anthropicError(429, QStringLiteral("rate_limit_error"), QStringLiteral("slow down"))
                              .header("retry-after-ms", "300"));
        QElapsedTimer clock;
        clock.start();
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), request(), &r));
        QVERIFY(r.ok());
        QVERIFY2(clock.elapsed() >= 280, QByteArray::number(clock.elapsed()).constData());
    }

    void overloaded529ThenSuccess()
    {
        for (int i = 0; i < 2; ++i)
            m_server->enqueue(FakeReply::anthropicError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded")));
        ModelResponse r;
        QVERIFY(runModelCall(*provider(2), request(), &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(r.attempts, 3);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("extraHeader");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("mention");
        QTest::newRow("500, x-should-retry false") << 500 << QStringLiteral("api_error") << QStringLiteral("Internal error")
                                                   << QByteArray("x-should-retry") << int(CallError::Server) << QStringLiteral("500");
        QTest::newRow("401") << 401 << QStringLiteral("authentication_error") << QStringLiteral("invalid x-api-key") << QByteArray()
                             << int(CallError::Auth) << QStringLiteral("ANTHROPIC_API_KEY");
        QTest::newRow("spend limit 429")
            << 429 << QStringLiteral("rate_limit_error")
            << QStringLiteral("You have reached your specified API usage limits. You will regain access on 2026-12-01 at 00:00 UTC.")
            << QByteArray() << int(CallError::SpendLimit) << QStringLiteral("usage limits");
        QTest::newRow("400") << 400 << QStringLiteral("invalid_request_error")
                             << QStringLiteral("temperature: not supported for this model") << QByteArray() << int(CallError::BadRequest)
                             << QStringLiteral("temperature");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QByteArray, extraHeader);
        QFETCH(int, error);
        QFETCH(QString, mention);
        FakeReply reply = FakeReply::anthropicError(status, type, message);
        if (!extraHeader.isEmpty())
            reply.header(extraHeader, "false");
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(reply);
        ModelResponse r;
        QVERIFY(runModelCall(*provider(2, 10000, QString()), request(), &r));
        QCOMPARE(callErrorName(r.error), callErrorName(CallError(error)));
        QCOMPARE(m_server->requestCount(), 1); // none of these is retried
        QCOMPARE(r.httpStatus, status);
        QVERIFY2(r.errorMessage.contains(mention), qPrintable(r.errorMessage));
        QVERIFY(r.requestId.startsWith(QStringLiteral("req_err_")));
    }

    void htmlBodies()
    {
        const QByteArray html = "<html><head><title>413 Request Entity Too Large</title></head><body>"
                                "<center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>";
        m_server->enqueue(FakeReply::raw(413, html, "text/html"));
        ModelResponse r;
        QVERIFY(runModelCall(*provider(), request(), &r));
        QCOMPARE(r.error, CallError::BadRequest);
        QCOMPARE(r.httpStatus, 413);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("413")) && r.errorMessage.contains(QStringLiteral("Request Entity Too Large")),
                 qPrintable(r.errorMessage));
        QVERIFY(!r.errorMessage.contains(QStringLiteral("<html>")));
        QCOMPARE(m_server->requestCount(), 1);
        // A 200 that is not JSON (a captive portal): an error, not a crash, not retried.
        m_server->enqueue(FakeReply::raw(200, "<html><body>Please log in</body></html>", "text/html"));
        QVERIFY(runModelCall(*provider(), request(), &r));
        QCOMPARE(r.error, CallError::InvalidResponse);
        QVERIFY(r.errorMessage.contains(QStringLiteral("Please log in")));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void inactivityTimeout()
    {
        m_server->enqueue(FakeReply::never());
        ModelResponse r;
        QVERIFY(runModelCall(*provider(0, 200), request(), &r));
        QCOMPARE(r.error, CallError::Timeout);
        QCOMPARE(m_server->requestCount(), 1);
        // Slow but steady: 12 chunks 150 ms apart take ~1.8 s in all, never 1 s without a byte.
        const QStringList words { QStringLiteral("s"), QStringLiteral("l"), QStringLiteral("o"),
                                  QStringLiteral("w"), QStringLiteral("l"), QStringLiteral("y") };
        m_server->enqueue(FakeReply::stream(FakeReply::anthropicStreamEvents(words), 150));
        ModelRequest req = request();
        req.stream = true;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runModelCall(*provider(0, 1000), req, &r));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.text, QStringLiteral("slowly"));
        QVERIFY(clock.elapsed() > 1000);
    }

    void abortIsAsynchronousAndFinal()
    {
        m_server->enqueue(FakeReply::never());
        auto p = provider();
        QObject owner;
        ModelCall* call = p->start(request(), &owner);
        QSignalSpy spy(call, &ModelCall::finished);
        QTRY_COMPARE(m_server->requestCount(), 1);
        call->abort();
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(call->response().error, CallError::Cancelled);
        call->abort();
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
    }

    void manyCallsInParallel()
    {
        // One QNetworkAccessManager serves at most 6 requests per host at once; the pool's 4 managers
        // let all 16 be in flight together (the server holds each reply for 500 ms).
        m_server->setLatencyMs(500);
        NetworkPool pool(4);
        AnthropicProvider wide(provider()->config(), m_server->baseUrl(), QString(), &pool);
        QObject owner;
        QList<ModelCall*> calls;
        for (int i = 0; i < 16; ++i)
            calls.append(wide.start(request(QStringLiteral("n%1").arg(i)), &owner));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(calls.cbegin(), calls.cend(), [](ModelCall* c) { return c->isFinished(); }), 15000);
        for (int i = 0; i < 16; ++i)
            QCOMPARE(calls[i]->response().text, QStringLiteral("echo: n%1").arg(i));
        QCOMPARE(m_server->peakOpenReplies(), 16);
    }
};

QTEST_GUILESS_MAIN(TestAnthropic)
#include "tst_anthropic.moc"
