// FakeBatchService over plain HTTP: the Anthropic Message Batches and OpenAI Batch protocols as clients
// see them (batch objects, polling, results in reverse order, errors, validation).
#include "fakebatchservice.h"
#include "fakemodelserver.h"
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace fapo::test;
using json = nlohmann::json;

namespace {

struct Http {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    json value; // the body parsed, null when not JSON
};

HeaderPairs anthropicHeaders()
{
    return { { "x-api-key", "sk-ant-test" }, { "anthropic-version", "2023-06-01" }, { "content-type", "application/json" } };
}

json params(const std::string& prompt)
{
    return { { "model", "claude-haiku-5-5" },
             { "max_tokens", 64 },
             { "messages", json::array({ { { "role", "user" }, { "content", prompt } } }) } };
}

json openaiBody(const std::string& prompt)
{
    return { { "model", "gpt-4o-mini" }, { "messages", json::array({ { { "role", "user" }, { "content", prompt } } }) } };
}

std::string lastPrompt(const json& p) { return p["messages"].back().value("content", ""); }

// The JSON Lines of a body; empty when a line is not JSON or the body does not end in "\n".
QList<json> jsonLines(const QByteArray& body)
{
    QList<json> lines;
    if (!body.endsWith('\n'))
        return lines;
    for (const QByteArray& line : body.chopped(1).split('\n')) {
        json v = json::parse(line.cbegin(), line.cend(), nullptr, false);
        if (v.is_discarded())
            return {};
        lines.append(v);
    }
    return lines;
}

std::string errorType(const Http& r)
{
    return r.value.is_object() && r.value.contains("error") ? r.value["error"].value("type", "") : std::string();
}

} // namespace

class TestFakeBatchService : public QObject {
    Q_OBJECT
    std::unique_ptr<FakeModelServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_http;

    Http send(const QByteArray& method, const QString& url, const QByteArray& body = {}, const HeaderPairs& headers = anthropicHeaders(),
              QHttpMultiPart* multipart = nullptr)
    {
        QNetworkRequest request { QUrl(url) };
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = multipart ? m_http->post(request, multipart) : m_http->sendCustomRequest(request, method, body);
        if (multipart)
            multipart->setParent(reply);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Http r;
        if (reply->isFinished() || finished.wait(10000)) {
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            r.body = reply->readAll();
            r.value = json::parse(r.body.cbegin(), r.body.cend(), nullptr, false);
            if (r.value.is_discarded())
                r.value = nullptr;
        }
        reply->deleteLater();
        return r;
    }
    Http get(const QString& path, const HeaderPairs& headers = anthropicHeaders())
    {
        return send("GET", path.startsWith(QStringLiteral("http")) ? path : m_server->baseUrl() + path, {}, headers);
    }
    Http post(const QString& path, const json& body, const HeaderPairs& headers = anthropicHeaders())
    {
        return send("POST", m_server->baseUrl() + path, QByteArray::fromStdString(body.dump()), headers);
    }
    // Uploads these lines as an OpenAI batch input file; returns the upload's answer.
    Http upload(const QString& prefix, const QList<json>& lines)
    {
        QByteArray content;
        for (const json& line : lines)
            content += QByteArray::fromStdString(line.dump()) + '\n';
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart purpose;
        purpose.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"purpose\""));
        purpose.setBody("batch");
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"file\"; filename=\"requests.jsonl\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/jsonl"));
        file.setBody(content);
        multipart->append(purpose);
        multipart->append(file);
        return send("POST", m_server->baseUrl() + prefix + QStringLiteral("/files"), {}, {}, multipart);
    }
    static json anthropicRequest(const std::string& customId, const std::string& prompt)
    {
        return { { "custom_id", customId }, { "params", params(prompt) } };
    }
    static json openaiLine(const std::string& customId, const std::string& prompt)
    {
        return { { "custom_id", customId }, { "method", "POST" }, { "url", "/v1/chat/completions" }, { "body", openaiBody(prompt) } };
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeModelServer>();
        QVERIFY(m_server->listen() != 0);
        m_http = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void anthropicBatchEndsAndAnswersInReverse()
    {
        FakeBatchService service(*m_server, [](const FakeRequest& r) {
            if (r.prompt() == QStringLiteral("fail"))
                return FakeReply::anthropicError(429, QStringLiteral("rate_limit_error"), QStringLiteral("slow down"));
            return FakeReply::forRequest(r, QStringLiteral("echo: ") + r.prompt());
        });
        int outcomeCalls = 0;
        service.setOutcome([&outcomeCalls](const json& p, int submission) -> std::optional<FakeBatchOutcome> {
            ++outcomeCalls;
            if (submission != 1)
                return std::nullopt;
            const std::string prompt = lastPrompt(p);
            if (prompt == "expire")
                return FakeBatchOutcome { FakeBatchOutcome::Kind::Expired, {}, {} };
            if (prompt == "overload")
                return FakeBatchOutcome { FakeBatchOutcome::Kind::Errored, QStringLiteral("overloaded_error"), QStringLiteral("busy") };
            if (prompt == "cancel")
                return FakeBatchOutcome { FakeBatchOutcome::Kind::Canceled, {}, {} };
            return std::nullopt;
        });
        QSignalSpy submitted(&service, &FakeBatchService::submitted);
        QSignalSpy polled(&service, &FakeBatchService::polled);

        const json requests = json::array({ anthropicRequest("a", "ok"), anthropicRequest("b", "fail"), anthropicRequest("c", "expire"),
                                            anthropicRequest("d", "overload"), anthropicRequest("e", "cancel") });
        const Http created = post(QStringLiteral("/v1/messages/batches"), { { "requests", requests } });
        QCOMPARE(created.status, 200);
        const json& batch = created.value;
        const std::string id = batch.value("id", "");
        QVERIFY(QString::fromStdString(id).startsWith(QStringLiteral("msgbatch_")));
        QCOMPARE(batch.value("type", ""), std::string("message_batch"));
        QCOMPARE(batch.value("processing_status", ""), std::string("in_progress"));
        QVERIFY(batch["request_counts"]
                == json({ { "processing", 5 }, { "succeeded", 0 }, { "errored", 0 }, { "canceled", 0 }, { "expired", 0 } }));
        for (const char* nullField : { "ended_at", "archived_at", "cancel_initiated_at", "results_url" })
            QVERIFY2(batch[nullField].is_null(), nullField);
        const QDateTime createdAt = QDateTime::fromString(QString::fromStdString(batch.value("created_at", "")), Qt::ISODateWithMs);
        const QDateTime expiresAt = QDateTime::fromString(QString::fromStdString(batch.value("expires_at", "")), Qt::ISODateWithMs);
        QVERIFY(createdAt.isValid());
        QCOMPARE(createdAt.secsTo(expiresAt), qint64(24 * 3600));
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toInt(), 1);
        QCOMPARE(service.submissions(), 1);
        QCOMPARE(outcomeCalls, 5);
        const QList<json> sent = service.submittedRequests(1);
        QCOMPARE(sent.size(), 5);
        QVERIFY(sent[1] == requests[1]);
        QVERIFY(service.submittedRequests(2).isEmpty());

        const QString path = QStringLiteral("/v1/messages/batches/") + QString::fromStdString(id);
        Http early = get(path + QStringLiteral("/results"));
        QCOMPARE(early.status, 400);
        QCOMPARE(errorType(early), std::string("invalid_request_error"));

        Http poll = get(path);
        QCOMPARE(poll.status, 200);
        QCOMPARE(poll.value.value("processing_status", ""), std::string("in_progress"));
        poll = get(path);
        QCOMPARE(poll.value.value("processing_status", ""), std::string("ended"));
        QVERIFY(poll.value["ended_at"].is_string());
        QVERIFY(poll.value["request_counts"]
                == json({ { "processing", 0 }, { "succeeded", 1 }, { "errored", 2 }, { "canceled", 1 }, { "expired", 1 } }));
        const QString resultsUrl = QString::fromStdString(poll.value.value("results_url", ""));
        QCOMPARE(resultsUrl, m_server->baseUrl() + path + QStringLiteral("/results"));
        QCOMPARE(polled.count(), 2);
        QCOMPARE(polled.at(1).at(0).toInt(), 2);
        QCOMPARE(service.polls(), 2);

        const Http results = get(resultsUrl);
        QCOMPARE(results.status, 200);
        QCOMPARE(results.contentType, QByteArray("application/binary"));
        const QList<json> lines = jsonLines(results.body);
        QCOMPARE(lines.size(), 5);
        QStringList order;
        for (const json& line : lines)
            order << QString::fromStdString(line.value("custom_id", ""));
        QCOMPARE(order,
                 QStringList({ QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a") }));
        QCOMPARE(service.resultFetches(), 1);

        // The batch answer is the interactive one.
        QCOMPARE(service.interactiveCalls(), 0);
        const Http direct = post(QStringLiteral("/v1/messages"), params("ok"));
        QCOMPARE(direct.status, 200);
        QCOMPARE(service.interactiveCalls(), 1);
        QVERIFY(lines[4]["result"] == json({ { "type", "succeeded" }, { "message", direct.value } }));
        const json rateLimited
            = { { "type", "errored" },
                { "error", { { "type", "error" }, { "error", { { "type", "rate_limit_error" }, { "message", "slow down" } } } } } };
        QVERIFY(lines[3]["result"] == rateLimited);
        QVERIFY(lines[2]["result"] == json({ { "type", "expired" } }));
        const json overloaded
            = { { "type", "errored" },
                { "error", { { "type", "error" }, { "error", { { "type", "overloaded_error" }, { "message", "busy" } } } } } };
        QVERIFY(lines[1]["result"] == overloaded);
        QVERIFY(lines[0]["result"] == json({ { "type", "canceled" } }));

        // Ended stays ended; unknown ids are not found.
        QCOMPARE(get(path).value.value("processing_status", ""), std::string("ended"));
        for (const QString& unknown :
             { QStringLiteral("/v1/messages/batches/msgbatch_nope"), QStringLiteral("/v1/messages/batches/msgbatch_nope/results") }) {
            const Http missing = get(unknown);
            QCOMPARE(missing.status, 404);
            QCOMPARE(errorType(missing), std::string("not_found_error"));
        }
    }

    void anthropicValidation()
    {
        FakeBatchService service(*m_server);
        const json good = { { "requests", json::array({ anthropicRequest("a", "ok") }) } };

        HeaderPairs noKey = anthropicHeaders();
        noKey.removeFirst();
        Http r = post(QStringLiteral("/v1/messages/batches"), good, noKey);
        QCOMPARE(r.status, 401);
        QCOMPARE(errorType(r), std::string("authentication_error"));
        HeaderPairs noVersion = anthropicHeaders();
        noVersion.removeAt(1);
        r = post(QStringLiteral("/v1/messages/batches"), good, noVersion);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorType(r), std::string("invalid_request_error"));

        r = send("POST", m_server->baseUrl() + QStringLiteral("/v1/messages/batches"), "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(errorType(r), std::string("invalid_request_error"));

        auto withRequest = [](const std::function<void(json&)>& change) {
            json item = anthropicRequest("a", "ok");
            change(item);
            return json { { "requests", json::array({ item }) } };
        };
        const QList<json> bad = {
            json::object(),
            { { "requests", json::array() } },
            { { "requests", "a" } },
            withRequest([](json& i) { i.erase("custom_id"); }),
            withRequest([](json& i) { i["custom_id"] = "not ok!"; }),
            withRequest([](json& i) { i["custom_id"] = ""; }),
            withRequest([](json& i) { i["custom_id"] = std::string(65, 'x'); }),
            withRequest([](json& i) { i["custom_id"] = 7; }),
            withRequest([](json& i) { i.erase("params"); }),
            withRequest([](json& i) { i["params"].erase("model"); }),
            withRequest([](json& i) { i["params"].erase("max_tokens"); }),
            withRequest([](json& i) { i["params"].erase("messages"); }),
            withRequest([](json& i) { i["params"]["stream"] = true; }),
            { { "requests",
                json::array({ anthropicRequest("same", "1"), anthropicRequest("other", "2"), anthropicRequest("same", "3") }) } },
        };
        for (const json& body : bad) {
            r = post(QStringLiteral("/v1/messages/batches"), body);
            QVERIFY2(r.status == 400, body.dump().c_str());
            QCOMPARE(r.value.value("type", ""), std::string("error"));
            QCOMPARE(errorType(r), std::string("invalid_request_error"));
            QVERIFY(!r.value["error"].value("message", "").empty());
        }
        QCOMPARE(service.submissions(), 0);

        // The longest custom_id, "stream": false and a prefix before /v1 are fine.
        r = post(QStringLiteral("/v1/messages/batches"), withRequest([](json& i) {
                     i["custom_id"] = std::string(64, '-');
                     i["params"]["stream"] = false;
                 }));
        QCOMPARE(r.status, 200);
        r = post(QStringLiteral("/proxy/v1/messages/batches"), good);
        QCOMPARE(r.status, 200);
        QCOMPARE(service.submissions(), 2);
        QCOMPARE(service.interactiveCalls(), 0);
    }

    void pollsBeforeEndCountPerBatch()
    {
        FakeBatchService service(*m_server);
        service.setPollsBeforeEnd(2);
        const json body = { { "requests", json::array({ anthropicRequest("a", "ok") }) } };
        const QString first = QStringLiteral("/v1/messages/batches/")
            + QString::fromStdString(post(QStringLiteral("/v1/messages/batches"), body).value.value("id", ""));
        QCOMPARE(get(first).value.value("processing_status", ""), std::string("in_progress"));
        QCOMPARE(get(first).value.value("processing_status", ""), std::string("in_progress"));
        const QString second = QStringLiteral("/v1/messages/batches/")
            + QString::fromStdString(post(QStringLiteral("/v1/messages/batches"), body).value.value("id", ""));
        QVERIFY(first != second);
        QCOMPARE(get(first).value.value("processing_status", ""), std::string("ended"));
        QCOMPARE(get(second).value.value("processing_status", ""), std::string("in_progress"));

        service.setPollsBeforeEnd(0);
        const QString third = QStringLiteral("/v1/messages/batches/")
            + QString::fromStdString(post(QStringLiteral("/v1/messages/batches"), body).value.value("id", ""));
        QCOMPARE(get(third).value.value("processing_status", ""), std::string("ended"));
        QCOMPARE(service.polls(), 5);
    }

    void anthropicHeldThenCanceled()
    {
        FakeBatchService service(*m_server);
        service.setPollsBeforeEnd(0);
        service.setHeld(true);
        const json body = { { "requests", json::array({ anthropicRequest("a", "ok"), anthropicRequest("b", "ok") }) } };
        const QString path = QStringLiteral("/v1/messages/batches/")
            + QString::fromStdString(post(QStringLiteral("/v1/messages/batches"), body).value.value("id", ""));

        // A test can wait for polls the way a client makes them.
        QSignalSpy polled(&service, &FakeBatchService::polled);
        for (int i = 0; i < 3; ++i) {
            const Http r = get(path);
            QCOMPARE(r.value.value("processing_status", ""), std::string("in_progress"));
            QCOMPARE(r.value["request_counts"].value("processing", 0), 2);
        }
        QCOMPARE(polled.count(), 3);

        Http r = post(path + QStringLiteral("/cancel"), json::object());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value.value("processing_status", ""), std::string("canceling"));
        QVERIFY(r.value["cancel_initiated_at"].is_string());
        QCOMPARE(get(path).value.value("processing_status", ""),
                 std::string("canceling")); // still held
        service.setHeld(false);
        r = get(path);
        QCOMPARE(r.value.value("processing_status", ""), std::string("ended"));
        QVERIFY(r.value["request_counts"]
                == json({ { "processing", 0 }, { "succeeded", 0 }, { "errored", 0 }, { "canceled", 2 }, { "expired", 0 } }));
        const QList<json> lines = jsonLines(get(path + QStringLiteral("/results")).body);
        QCOMPARE(lines.size(), 2);
        for (const json& line : lines)
            QVERIFY(line["result"] == json({ { "type", "canceled" } }));
    }

    void streamFromInteractiveHandlerIsAnApiError()
    {
        FakeBatchService service(*m_server, [](const FakeRequest&) { return FakeReply::stream({ "data: x\n\n" }); });
        const json body = { { "requests", json::array({ anthropicRequest("a", "ok") }) } };
        const QString path = QStringLiteral("/v1/messages/batches/")
            + QString::fromStdString(post(QStringLiteral("/v1/messages/batches"), body).value.value("id", ""));
        get(path);
        QCOMPARE(get(path).value["request_counts"].value("errored", 0), 1);
        const QList<json> lines = jsonLines(get(path + QStringLiteral("/results")).body);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0]["result"]["error"]["error"].value("type", ""), std::string("api_error"));
    }

    void openaiBatch()
    {
        FakeBatchService service(*m_server, [](const FakeRequest& r) {
            if (r.prompt() == QStringLiteral("fail"))
                return FakeReply::json(
                    { { "error", { { "message", "boom" }, { "type", "server_error" }, { "param", nullptr }, { "code", nullptr } } } }, 500);
            return FakeReply::forRequest(r, QStringLiteral("echo: ") + r.prompt());
        });
        service.setOutcome([](const json& p, int) -> std::optional<FakeBatchOutcome> {
            if (lastPrompt(p) == "expire")
                return FakeBatchOutcome { FakeBatchOutcome::Kind::Expired, {}, {} };
            if (lastPrompt(p) == "overload")
                return FakeBatchOutcome { FakeBatchOutcome::Kind::Errored, QStringLiteral("rate_limit_error"), QStringLiteral("later") };
            return std::nullopt;
        });
        const HeaderPairs headers = { { "authorization", "Bearer sk-test" }, { "content-type", "application/json" } };
        const QList<json> input
            = { openaiLine("a", "ok"), openaiLine("b", "fail"), openaiLine("c", "expire"), openaiLine("d", "overload") };
        const Http file = upload(QStringLiteral("/v1"), input);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.value.value("object", ""), std::string("file"));
        QCOMPARE(file.value.value("purpose", ""), std::string("batch"));
        QCOMPARE(file.value.value("filename", ""), std::string("requests.jsonl"));
        QVERIFY(file.value.value("bytes", 0) > 0);
        const std::string fileId = file.value.value("id", "");
        QVERIFY(QString::fromStdString(fileId).startsWith(QStringLiteral("file-")));
        QCOMPARE(service.submissions(), 0);

        const Http created
            = post(QStringLiteral("/v1/batches"),
                   { { "input_file_id", fileId }, { "endpoint", "/v1/chat/completions" }, { "completion_window", "24h" } }, headers);
        QCOMPARE(created.status, 200);
        const std::string id = created.value.value("id", "");
        QVERIFY(QString::fromStdString(id).startsWith(QStringLiteral("batch_")));
        QCOMPARE(created.value.value("object", ""), std::string("batch"));
        QCOMPARE(created.value.value("status", ""), std::string("validating"));
        QCOMPARE(created.value.value("input_file_id", ""), fileId);
        QVERIFY(created.value["output_file_id"].is_null());
        QVERIFY(created.value["request_counts"] == json({ { "total", 4 }, { "completed", 0 }, { "failed", 0 } }));
        QCOMPARE(service.submissions(), 1);
        QVERIFY(service.submittedRequests(1) == input);

        const QString path = QStringLiteral("/v1/batches/") + QString::fromStdString(id);
        QCOMPARE(get(path, headers).value.value("status", ""), std::string("in_progress"));
        const Http done = get(path, headers);
        QCOMPARE(done.value.value("status", ""), std::string("completed"));
        QVERIFY(done.value["request_counts"] == json({ { "total", 4 }, { "completed", 1 }, { "failed", 3 } }));
        QCOMPARE(service.polls(), 2);

        const Http output = get(QStringLiteral("/v1/files/") + QString::fromStdString(done.value.value("output_file_id", ""))
                                    + QStringLiteral("/content"),
                                headers);
        QCOMPARE(output.status, 200);
        const QList<json> ok = jsonLines(output.body);
        QCOMPARE(ok.size(), 1);
        const Http direct = post(QStringLiteral("/v1/chat/completions"), openaiBody("ok"), headers);
        QCOMPARE(service.interactiveCalls(), 1);
        QCOMPARE(ok[0].value("custom_id", ""), std::string("a"));
        QVERIFY(QString::fromStdString(ok[0].value("id", "")).startsWith(QStringLiteral("batch_req_")));
        QCOMPARE(ok[0]["response"].value("status_code", 0), 200);
        QVERIFY(ok[0]["response"]["request_id"].is_string());
        QVERIFY(ok[0]["response"]["body"] == direct.value);
        QVERIFY(ok[0]["error"].is_null());

        const Http errors
            = get(QStringLiteral("/v1/files/") + QString::fromStdString(done.value.value("error_file_id", "")) + QStringLiteral("/content"),
                  headers);
        const QList<json> failed = jsonLines(errors.body);
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed[0].value("custom_id", ""), std::string("d"));
        QCOMPARE(failed[0]["response"].value("status_code", 0), 429);
        QCOMPARE(failed[0]["response"]["body"]["error"].value("type", ""), std::string("rate_limit_error"));
        QCOMPARE(failed[1].value("custom_id", ""), std::string("c"));
        QVERIFY(failed[1]["response"].is_null());
        QCOMPARE(failed[1]["error"].value("code", ""), std::string("batch_expired"));
        QCOMPARE(failed[2].value("custom_id", ""), std::string("b"));
        QCOMPARE(failed[2]["response"].value("status_code", 0), 500);
        QCOMPARE(failed[2]["response"]["body"]["error"].value("message", ""), std::string("boom"));
        QVERIFY(failed[2]["error"].is_null());
        QCOMPARE(service.resultFetches(), 2);

        // Without failures there is no error file; the prefix before "/files" and "/batches" is free.
        const std::string second = upload(QStringLiteral("/openai/v1"), { openaiLine("x", "ok") }).value.value("id", "");
        const Http b2
            = post(QStringLiteral("/openai/v1/batches"),
                   { { "input_file_id", second }, { "endpoint", "/v1/chat/completions" }, { "completion_window", "24h" } }, headers);
        QCOMPARE(b2.status, 200);
        const QString path2 = QStringLiteral("/openai/v1/batches/") + QString::fromStdString(b2.value.value("id", ""));
        get(path2, headers);
        const Http done2 = get(path2, headers);
        QCOMPARE(done2.value.value("status", ""), std::string("completed"));
        QVERIFY(done2.value["output_file_id"].is_string());
        QVERIFY(done2.value["error_file_id"].is_null());
        QCOMPARE(service.submissions(), 2);
    }

    void openaiValidation()
    {
        FakeBatchService service(*m_server);
        const HeaderPairs headers = { { "content-type", "application/json" } };
        json wrongUrl = openaiLine("b", "x");
        wrongUrl["url"] = "/v1/embeddings";
        for (const QList<json>& lines :
             { QList<json> { openaiLine("a", "1"), openaiLine("a", "2") }, QList<json> { wrongUrl }, QList<json> {} }) {
            const Http r = upload(QStringLiteral("/v1"), lines);
            QCOMPARE(r.status, 400);
            QCOMPARE(errorType(r), std::string("invalid_request_error"));
            QVERIFY(r.value["error"].contains("param"));
            QVERIFY(r.value["error"].contains("code"));
        }
        Http r
            = post(QStringLiteral("/v1/batches"),
                   { { "input_file_id", "file-nope" }, { "endpoint", "/v1/chat/completions" }, { "completion_window", "24h" } }, headers);
        QCOMPARE(r.status, 404);
        const std::string fileId = upload(QStringLiteral("/v1"), { openaiLine("a", "1") }).value.value("id", "");
        r = post(QStringLiteral("/v1/batches"),
                 { { "input_file_id", fileId }, { "endpoint", "/v1/chat/completions" }, { "completion_window", "1h" } }, headers);
        QCOMPARE(r.status, 400);
        QCOMPARE(get(QStringLiteral("/v1/batches/batch_nope"), headers).status, 404);
        QCOMPARE(get(QStringLiteral("/v1/files/file-nope/content"), headers).status, 404);
        QCOMPARE(service.submissions(), 0);
    }

    void openaiCancel()
    {
        FakeBatchService service(*m_server);
        const HeaderPairs headers = { { "content-type", "application/json" } };
        const std::string fileId = upload(QStringLiteral("/v1"), { openaiLine("a", "1"), openaiLine("b", "2") }).value.value("id", "");
        const std::string id
            = post(QStringLiteral("/v1/batches"),
                   { { "input_file_id", fileId }, { "endpoint", "/v1/chat/completions" }, { "completion_window", "24h" } }, headers)
                  .value.value("id", "");
        const QString path = QStringLiteral("/v1/batches/") + QString::fromStdString(id);
        QCOMPARE(post(path + QStringLiteral("/cancel"), json::object(), headers).value.value("status", ""), std::string("cancelling"));
        const Http done = get(path, headers);
        QCOMPARE(done.value.value("status", ""), std::string("cancelled"));
        QVERIFY(done.value["request_counts"] == json({ { "total", 2 }, { "completed", 0 }, { "failed", 2 } }));
        const QList<json> failed = jsonLines(
            get(QStringLiteral("/v1/files/") + QString::fromStdString(done.value.value("error_file_id", "")) + QStringLiteral("/content"),
                headers)
                .body);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0]["error"].value("code", ""), std::string("batch_cancelled"));
    }

    void serverOutlivingServiceAnswersInteractively()
    {
        {
            FakeBatchService service(*m_server);
        }
        QCOMPARE(post(QStringLiteral("/v1/messages"), params("hi")).value["content"][0].value("text", ""), std::string("echo: hi"));
    }
};

QTEST_GUILESS_MAIN(TestFakeBatchService)
#include "tst_fakebatchservice.moc"
