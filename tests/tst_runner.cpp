// The runner against a real HTTP server speaking the Anthropic protocol: concurrency limit, one call
// per step per example, cache hits, resume after interruption, fatal errors, cascades, command steps.
#include "fakemodelserver.h"
#include "core/formats/pipelineloader.h"
#include "core/run/runner.h"
#include <QElapsedTimer>
#include "testfiles.h"
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

namespace {

// A three-step pipeline (rewrite -> retrieve -> answer) whose llm steps call the fake server.
QByteArray pipelineJson(const QString& baseUrl, const QByteArray& extraSteps = QByteArray(), const QByteArray& output = "answer")
{
    return QByteArray(R"({"format": "fapo.pipeline/1", "name": "runner-test",
 "models": {"worker": {"provider": "anthropic", "model": "claude-haiku-5-5", "base_url": ")")
        + baseUrl.toUtf8() + R"(", "max_retries": 0}},
 "steps": [
  {"id": "rewrite", "kind": "llm", "prompt": "REWRITE {{input.question}}"},
  {"id": "retrieve", "kind": "retrieve", "corpus": "corpus.jsonl", "query": "{{rewrite}}", "top_k": 1},
  {"id": "answer", "kind": "llm", "prompt": "ANSWER {{input.question}} FROM {{retrieve}}"})"
        + extraSteps + R"(],
 "output": ")"
        + output + R"(",
 "metrics": [{"type": "contains", "expected": "answer"}]})";
}

// Answers like a model that knows each example: rewrite echoes the question, answer names the title.
FakeReply modelReply(const FakeRequest& r)
{
    const QString prompt = r.prompt();
    if (prompt.startsWith(QLatin1String("REWRITE ")))
        return FakeReply::forRequest(r, prompt.mid(8));
    if (prompt.startsWith(QLatin1String("ANSWER "))) {
        const int at = prompt.indexOf(QLatin1String("[1] "));
        return FakeReply::forRequest(r, at < 0 ? QStringLiteral("unknown") : prompt.mid(at + 4).section(QLatin1Char(':'), 0, 0));
    }
    return FakeReply::anthropicError(400, QStringLiteral("invalid_request_error"), QStringLiteral("unexpected prompt"));
}

} // namespace

class TestRunner : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaceCounter = 0;

    QString write(const QString& name, const QByteArray& bytes) { return fapo::test::writeTestFile(m_dir, name, bytes); }

    Pipeline pipeline(const QByteArray& text)
    {
        const PipelineLoad load = loadPipelineFromBytes(write(QStringLiteral("p%1.json").arg(++m_workspaceCounter), text), text);
        if (!load.pipeline)
            qFatal("%s", qPrintable(load.diagnostics.front().toString()));
        return *load.pipeline;
    }

    Dataset dataset(int n)
    {
        QByteArray lines;
        QByteArray corpus;
        for (int i = 0; i < n; ++i) {
            lines += QStringLiteral(
                         "{\"id\": \"e%1\", \"input\": {\"question\": \"where is town%1\"}, \"expected\": {\"answer\": \"Town%1\"}}\n")
                         .arg(i)
                         .toUtf8();
            corpus += QStringLiteral("{\"id\": \"d%1\", \"title\": \"Town%1\", \"text\": \"town%1 lies by the sea\"}\n").arg(i).toUtf8();
        }
        write(QStringLiteral("corpus.jsonl"), corpus);
        Diagnostics diags;
        return *loadDataset(write(QStringLiteral("d.jsonl"), lines), &diags);
    }

    static RunOutcome runToEnd(Runner& runner, const std::function<void(Runner&, const ExampleResult&)>& onExample = {})
    {
        QSignalSpy finished(&runner, &Runner::finished);
        if (onExample)
            QObject::connect(&runner, &Runner::exampleFinished, &runner, [&](const ExampleResult& r) { onExample(runner, r); });
        runner.start();
        if (!finished.wait(30000))
            qFatal("the run did not finish");
        return finished.at(0).at(0).value<RunOutcome>();
    }

    static ProviderEnvironment env() { return ProviderEnvironment { {}, QStringLiteral("test-key"), {}, {} }; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<ExampleResult>();
        qRegisterMetaType<RunProgress>();
    }

    void concurrencyLimitAndOneCallPerStep()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        const int latency = 80;
        server.setDefaultHandler([&](const FakeRequest& r) {
            arrivals << clock.elapsed();
            FakeReply reply = modelReply(r);
            reply.delayMs = latency;
            return reply;
        });
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("conc.fapo")), &error);
        RunOptions options;
        options.concurrency = 3;
        Runner runner(pipeline(pipelineJson(server.baseUrl())), dataset(12), ws.get(), env(), options);
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QCOMPARE(outcome.totals.examples, 12);
        QCOMPARE(outcome.totals.passed, 12);
        QCOMPARE(server.requestCount(), 24); // two llm steps, each called once per example
        QCOMPARE(outcome.callsThisSession, 24);
        QStringList prompts;
        for (const FakeRequest& r : server.requests())
            prompts << r.prompt();
        prompts.removeDuplicates();
        QCOMPARE(prompts.size(), 24);
        // Requests overlapping at the server: never more than the limit, and the limit is used.
        int peak = 0;
        for (qint64 t : arrivals) {
            const int open = int(std::count_if(arrivals.begin(), arrivals.end(), [&](qint64 s) { return s <= t && t < s + latency - 5; }));
            peak = std::max(peak, open);
        }
        QVERIFY2(peak <= 3, qPrintable(QString::number(peak)));
        QCOMPARE(peak, 3);
        const auto records = ws->stepRecords(outcome.runId, QStringLiteral("e4"));
        QCOMPARE(records.size(), size_t(3));
        QCOMPARE(ws->stepRecords(outcome.runId).size(), size_t(36));

        // The same run again is served entirely from the cache.
        server.clearRequests();
        Runner again(pipeline(pipelineJson(server.baseUrl())), dataset(12), ws.get(), env(), options);
        QVERIFY(again.prepare(&error));
        const RunOutcome cached = runToEnd(again);
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(cached.cacheHitsThisSession, 24);
        QCOMPARE(cached.callsThisSession, 0);
        QCOMPARE(cached.totals.passed, 12);
        QCOMPARE(cached.totals.costUsd, 0.0);
        QVERIFY(cached.runId != outcome.runId);
    }

    void resumeNeverPaysTwice()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        server.setDefaultHandler([](const FakeRequest& r) {
            FakeReply reply = modelReply(r);
            reply.delayMs = 20;
            return reply;
        });
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("resume.fapo"));
        auto ws = Workspace::open(path, &error);
        RunOptions options;
        options.concurrency = 4;
        const QByteArray text = pipelineJson(server.baseUrl());
        Runner first(pipeline(text), dataset(20), ws.get(), env(), options);
        QVERIFY(first.prepare(&error));
        int seen = 0;
        const RunOutcome interrupted = runToEnd(first, [&](Runner& r, const ExampleResult&) {
            if (++seen == 5)
                r.cancel();
        });
        QCOMPARE(nameOf(interrupted.status), QStringLiteral("interrupted"));
        QVERIFY(interrupted.totals.examples >= 5 && interrupted.totals.examples < 20);
        const int requestsBefore = server.requestCount();

        // A new process (new workspace connection) picks the interrupted run up.
        ws.reset();
        ws = Workspace::open(path, &error);
        Runner second(pipeline(text), dataset(20), ws.get(), env(), options);
        QVERIFY(second.prepare(&error));
        QCOMPARE(second.runId(), interrupted.runId);
        const RunOutcome resumed = runToEnd(second);
        QCOMPARE(nameOf(resumed.status), QStringLiteral("done"));
        QCOMPARE(resumed.resumedExamples, interrupted.totals.examples);
        QCOMPARE(resumed.totals.examples, 20);
        QCOMPARE(resumed.totals.passed, 20);
        QVERIFY(requestsBefore < 40);
        QCOMPARE(server.requestCount(), 40); // every call exactly once across both attempts
        QStringList prompts;
        for (const FakeRequest& r : server.requests())
            prompts << r.prompt();
        prompts.removeDuplicates();
        QCOMPARE(prompts.size(), 40);
    }

    void authenticationErrorStopsAtOnce()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        server.setDefaultHandler([](const FakeRequest&) {
            return FakeReply::anthropicError(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
        });
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("auth.fapo")), &error);
        RunOptions options;
        options.concurrency = 1;
        Runner runner(pipeline(pipelineJson(server.baseUrl())), dataset(10), ws.get(), env(), options);
        QVERIFY(runner.prepare(&error));
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("failed"));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY2(outcome.error.contains(QStringLiteral("ANTHROPIC_API_KEY")), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QStringLiteral("test-key")));
        QCOMPARE(nameOf(ws->run(outcome.runId)->status), QStringLiteral("failed"));
        const QString path = ws->path();
        ws.reset();
        for (const QString& file : QStringList { path, path + QStringLiteral("-wal") }) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("test-key")); // the key never reaches the workspace
        }
    }

    void upstreamErrorCascades()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        server.setDefaultHandler([](const FakeRequest& r) {
            if (r.prompt().contains(QLatin1String("town3")) && r.prompt().startsWith(QLatin1String("REWRITE")))
                return FakeReply::anthropicError(400, QStringLiteral("invalid_request_error"), QStringLiteral("prompt is too long"));
            return modelReply(r);
        });
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("cascade.fapo")), &error);
        Runner runner(pipeline(pipelineJson(server.baseUrl())), dataset(5), ws.get(), env(), RunOptions());
        QVERIFY(runner.prepare(&error));
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QCOMPARE(outcome.totals.errors, 1);
        QCOMPARE(outcome.totals.passed, 4);
        QCOMPARE(server.requestCount(), 9); // e3's answer step never called
        const auto records = ws->stepRecords(outcome.runId, QStringLiteral("e3"));
        QCOMPARE(records.size(), size_t(3));
        QVERIFY(records[0].error.contains(QStringLiteral("prompt is too long")));
        QVERIFY(records[1].error.contains(QStringLiteral("upstream step \"rewrite\"")));
        QVERIFY(records[2].error.contains(QStringLiteral("upstream step \"retrieve\"")));
    }

    void llmJudgeAsksTheCritic()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        server.setDefaultHandler([](const FakeRequest& r) {
            if (!r.json.contains("output_config"))
                return modelReply(r);
            // The critic: structured output, graded from the answer it is shown.
            const bool good = r.prompt().contains(QLatin1String("Answer to grade:\nTown"));
            return FakeReply::forRequest(r, QString::fromStdString(json { { "score", good ? 0.8 : 0.1 }, { "reason", "checked" } }.dump()));
        });
        QByteArray text = pipelineJson(server.baseUrl());
        text.replace("\"metrics\": [{\"type\": \"contains\", \"expected\": \"answer\"}]",
                     "\"metrics\": [{\"name\": \"judge\", \"type\": \"llm_judge\", \"rubric\": \"Names the town.\", \"threshold\": 0.5}]");
        const QByteArray critic = "\"max_retries\": 0}, \"critic\": {\"provider\": \"anthropic\", \"model\": \"claude-sonnet-5-5\", "
                                  "\"base_url\": \""
            + server.baseUrl().toUtf8() + "\"}},";
        text.replace("\"max_retries\": 0}},", critic);
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("judge.fapo")), &error);
        Runner runner(pipeline(text), dataset(3), ws.get(), env(), RunOptions());
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(outcome.totals.passed, 3);
        QCOMPARE(server.requestCount(), 9); // two steps and one grade per example
        const auto results = ws->exampleResults(outcome.runId);
        QCOMPARE(results[0].metrics[0]["score"], 0.8);
        QCOMPARE(results[0].metrics[0]["detail"], "checked");
        const FakeRequest& grade = *std::find_if(server.requests().begin(), server.requests().end(),
                                                 [](const FakeRequest& r) { return r.json.contains("output_config"); });
        QCOMPARE(grade.json["model"], "claude-sonnet-5-5");
        QCOMPARE(grade.json["output_config"]["format"]["type"], "json_schema");
    }

    void commandStepsNeedTrust()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        server.setDefaultHandler(modelReply);
        const QByteArray steps = R"(,
  {"id": "shout", "kind": "command", "argv": ["/bin/sh", "-c", "cat; echo"], "inputs": ["answer"], "timeout_ms": 5000},
  {"id": "slow", "kind": "command", "argv": ["/bin/sh", "-c", "sleep 5"], "timeout_ms": 200},
  {"id": "broken", "kind": "command", "argv": ["/bin/sh", "-c", "echo bad things >&2; exit 3"]})";
        const QByteArray text = pipelineJson(server.baseUrl(), steps, "shout");
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("cmd.fapo")), &error);
        {
            Runner untrusted(pipeline(text), dataset(1), ws.get(), env(), RunOptions());
            QVERIFY(!untrusted.prepare(&error));
            QVERIFY2(error.contains(QStringLiteral("--trust")), qPrintable(error));
        }
        RunOptions options;
        options.trustCommands = true;
        Runner runner(pipeline(text), dataset(1), ws.get(), env(), options);
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        std::map<QString, StepRecord> byStep;
        for (const StepRecord& r : ws->stepRecords(outcome.runId))
            byStep[r.stepId] = r;
        const json stdinJson = json::parse(byStep[QStringLiteral("shout")].output.toStdString());
        QCOMPARE(stdinJson["inputs"]["answer"], "Town0");
        QCOMPARE(stdinJson["input"]["question"], "where is town0");
        QVERIFY2(byStep[QStringLiteral("slow")].error.contains(QStringLiteral("timed out after 200 ms")),
                 qPrintable(byStep[QStringLiteral("slow")].error));
        QVERIFY(byStep[QStringLiteral("broken")].error.contains(QStringLiteral("exited with code 3: bad things")));

        // The decision is remembered for this pipeline file.
        Runner later(pipeline(text), dataset(1), ws.get(), env(), RunOptions());
        QVERIFY2(later.prepare(&error), qPrintable(error));
    }
    void recordsThatDoNotLandFailTheRun()
    {
        // The step records cannot be written (another connection removed their table): the run stops
        // as failed and says so; it never reports done with records missing.
        const QByteArray text = R"({"format": "fapo.pipeline/1", "steps": [
  {"id": "echo", "kind": "transform", "template": "{{input.question}}"}], "metrics": [{"type": "contains", "expected": "answer"}]})";
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("lost.fapo"));
        auto ws = Workspace::open(path, &error);
        Runner runner(pipeline(text), dataset(3), ws.get(), env(), RunOptions());
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        {
            auto other = Workspace::open(path, &error);
            QSqlQuery q(other->database());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE step_records")));
        }
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("failed"));
        QVERIFY2(outcome.error.contains(QStringLiteral("could not be stored")), qPrintable(outcome.error));
        QCOMPARE(nameOf(ws->run(outcome.runId)->status), QStringLiteral("failed"));
        QCOMPARE(ws->exampleResults(outcome.runId).size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
