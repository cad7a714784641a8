// Model calls through Anthropic's Message Batches API, against the in-test model server speaking it
// (tests/support/fakebatchservice.h): one batch per step level, polling, half price, partial failures
// (final errors, overloaded and expired requests sent again), and a stopped or killed run that collects
// its batches instead of paying again.
#include "fakebatchservice.h"
#include "fakemodelserver.h"
#include "fapoprocess.h"
#include "testbackend.h"
#include "testfiles.h"
#include "core/formats/pipelineloader.h"
#include "core/pricing.h"
#include "core/run/runner.h"
#include "core/session/sessionprompter.h"
#include "core/session/studiosession.h"
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

namespace {

// rewrite -> retrieve -> answer: two llm step levels.
QByteArray pipelineJson(const QString& baseUrl, bool openai = false)
{
    const QString model = openai ? QStringLiteral("\"provider\": \"openai\", \"model\": \"gpt-4o-mini\"")
                                 : QStringLiteral("\"provider\": \"anthropic\", \"model\": \"claude-haiku-5-5\"");
    return QStringLiteral(R"({"format": "fapo.pipeline/1", "name": "batch-test",
 "models": {"worker": {%1, "base_url": "%2", "max_retries": 0}},
 "steps": [
  {"id": "rewrite", "kind": "llm", "prompt": "REWRITE {{input.question}}"},
  {"id": "retrieve", "kind": "retrieve", "corpus": "corpus.jsonl", "query": "{{rewrite}}", "top_k": 1},
  {"id": "answer", "kind": "llm", "prompt": "ANSWER {{input.question}} FROM {{retrieve}}"}],
 "output": "answer",
 "metrics": [{"type": "contains", "expected": "answer"}]})")
        .arg(model, baseUrl)
        .toUtf8();
}

// Answers like a model that knows each example, with usage, so costs can be compared.
FakeReply modelReply(const FakeRequest& r)
{
    const QString prompt = r.prompt();
    QString text;
    if (prompt.startsWith(QLatin1String("REWRITE ")))
        text = prompt.mid(8);
    else if (prompt.startsWith(QLatin1String("ANSWER "))) {
        const int at = prompt.indexOf(QLatin1String("[1] "));
        text = at < 0 ? QStringLiteral("unknown") : prompt.mid(at + 4).section(QLatin1Char(':'), 0, 0);
    } else
        return FakeReply::anthropicError(400, QStringLiteral("invalid_request_error"), QStringLiteral("unexpected prompt"));
    if (r.path.endsWith(QLatin1String("/chat/completions")))
        return FakeReply::json(FakeReply::openaiCompletion(text, 1000, 200));
    return FakeReply::json(FakeReply::anthropicMessage(json::array({ FakeReply::anthropicText(text) }),
                                                       json { { "input_tokens", 1000 }, { "output_tokens", 200 } }));
}

QString promptOf(const json& params)
{
    const json& messages = params.value("messages", json::array());
    return messages.empty() ? QString() : QString::fromStdString(messages.back().value("content", std::string()));
}

} // namespace

class TestBatch : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QString& name, const QByteArray& bytes) { return writeTestFile(m_dir, name, bytes); }

    QString pipelineFile(const QString& baseUrl, bool openai = false)
    {
        return write(QStringLiteral("p%1.json").arg(++m_counter), pipelineJson(baseUrl, openai));
    }

    Pipeline pipeline(const QString& baseUrl, bool openai = false)
    {
        const QString path = pipelineFile(baseUrl, openai);
        const PipelineLoad load = loadPipeline(path);
        if (!load.pipeline)
            qFatal("%s", qPrintable(load.diagnostics.front().toString()));
        return *load.pipeline;
    }

    QString datasetFile(int n)
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
        return write(QStringLiteral("d%1.jsonl").arg(n), lines);
    }

    Dataset dataset(int n)
    {
        Diagnostics diags;
        return *loadDataset(datasetFile(n), &diags);
    }

    std::unique_ptr<Workspace> openWorkspace(const QString& location)
    {
        QString error;
        auto ws = Workspace::open(location, &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        return ws;
    }

    static RunOptions batchOptions(bool batch = true)
    {
        RunOptions o;
        o.batch = batch;
        o.batchPollMs = 20;
        return o;
    }

    static ProviderEnvironment env() { return ProviderEnvironment { {}, QStringLiteral("test-key"), {}, {} }; }

    static RunOutcome runToEnd(Runner& runner, QList<RunProgress>* progress = nullptr)
    {
        QSignalSpy finished(&runner, &Runner::finished);
        if (progress)
            QObject::connect(&runner, &Runner::progress, &runner, [progress](const RunProgress& p) { progress->append(p); });
        runner.start();
        if (!finished.wait(30000))
            qFatal("the run did not finish");
        return finished.at(0).at(0).value<RunOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<ExampleResult>();
        qRegisterMetaType<RunProgress>();
    }

    void oneBatchPerStepLevelAtHalfPrice()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        FakeBatchService batches(server, modelReply);
        batches.setPollsBeforeEnd(2);

        // The same run made call by call, for the answers and the price.
        FAPO_NEW_WORKSPACE(interactiveWsLocation, m_dir.path(), QStringLiteral("w%1").arg(++m_counter));
        auto interactiveWs = openWorkspace(interactiveWsLocation);
        QString error;
        Runner interactive(pipeline(server.baseUrl()), dataset(8), interactiveWs.get(), env(), batchOptions(false));
        QVERIFY2(interactive.prepare(&error), qPrintable(error));
        const RunOutcome called = runToEnd(interactive);
        QCOMPARE(called.totals.passed, 8);
        QCOMPARE(batches.interactiveCalls(), 16);
        QCOMPARE(batches.submissions(), 0);

        FAPO_NEW_WORKSPACE(wsLocation, m_dir.path(), QStringLiteral("w%1").arg(++m_counter));
        auto ws = openWorkspace(wsLocation);
        Runner runner(pipeline(server.baseUrl()), dataset(8), ws.get(), env(), batchOptions());
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        QList<RunProgress> progress;
        const RunOutcome outcome = runToEnd(runner, &progress);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QCOMPARE(outcome.totals.passed, 8);
        QCOMPARE(batches.interactiveCalls(), 16); // none more: every call went in a batch
        QCOMPARE(batches.submissions(), 2); // rewrite for every example, then answer for every example
        for (int s = 1; s <= 2; ++s) {
            const QList<json> requests = batches.submittedRequests(s);
            QCOMPARE(requests.size(), 8);
            const QString expected = s == 1 ? QStringLiteral("REWRITE ") : QStringLiteral("ANSWER ");
            for (const json& r : requests) {
                QVERIFY(promptOf(r.at("params")).startsWith(expected));
                QVERIFY(!r.at("params").contains("stream"));
            }
        }
        QVERIFY2(batches.polls() >= 6, qPrintable(QString::number(batches.polls()))); // each batch: twice in progress, then ended
        QCOMPARE(outcome.callsThisSession, 16);

        // The same answers, at half the price; each record names its batch.
        QCOMPARE(outcome.totals.inputTokens, called.totals.inputTokens);
        QVERIFY(called.totals.costUsd > 0.0);
        QVERIFY2(qAbs(outcome.totals.costUsd - called.totals.costUsd / 2) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(outcome.totals.costUsd).arg(called.totals.costUsd)));
        const auto batchedRecords = ws->stepRecords(outcome.runId, QStringLiteral("e3"));
        const auto calledRecords = interactiveWs->stepRecords(called.runId, QStringLiteral("e3"));
        QCOMPARE(batchedRecords.size(), calledRecords.size());
        for (size_t i = 0; i < batchedRecords.size(); ++i) {
            QCOMPARE(batchedRecords[i].output, calledRecords[i].output);
            if (batchedRecords[i].kind == StepKind::Llm)
                QVERIFY2(batchedRecords[i].requestId.startsWith(QLatin1String("msgbatch_")), qPrintable(batchedRecords[i].requestId));
        }

        // Progress told the batch states: sent, in progress, then done.
        QStringList states;
        for (const RunProgress& p : progress)
            for (const BatchProgress& b : p.batches)
                if (!states.contains(b.status))
                    states << b.status;
        QVERIFY2(states.contains(QStringLiteral("in_progress")), qPrintable(states.join(u',')));
        QVERIFY(ws->openBatches().empty()); // every batch collected
        QVERIFY(!progress.isEmpty() && progress.back().batches.empty());

        // Run again: answered from the cache, nothing sent.
        Runner again(pipeline(server.baseUrl()), dataset(8), ws.get(), env(), batchOptions());
        QVERIFY(again.prepare(&error));
        const RunOutcome cached = runToEnd(again);
        QCOMPARE(cached.cacheHitsThisSession, 16);
        QCOMPARE(batches.submissions(), 2);
    }

    void partialFailures()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        FakeBatchService batches(server, modelReply);
        // In the first batch: e1 is refused for good, e2 meets an overloaded server and e3 expires; both
        // of these are sent again and succeed.
        batches.setOutcome([](const json& params, int submission) -> std::optional<FakeBatchOutcome> {
            const QString prompt = promptOf(params);
            if (prompt == u"REWRITE where is town1")
                return FakeBatchOutcome { FakeBatchOutcome::Kind::Errored, QStringLiteral("invalid_request_error"),
                                          QStringLiteral("prompt is too long") };
            if (submission == 1 && prompt == u"REWRITE where is town2")
                return FakeBatchOutcome { FakeBatchOutcome::Kind::Errored, QStringLiteral("overloaded_error"),
                                          QStringLiteral("Overloaded") };
            if (submission == 1 && prompt == u"REWRITE where is town3")
                return FakeBatchOutcome { FakeBatchOutcome::Kind::Expired, {}, {} };
            return std::nullopt;
        });
        FAPO_NEW_WORKSPACE(wsLocation, m_dir.path(), QStringLiteral("w%1").arg(++m_counter));
        auto ws = openWorkspace(wsLocation);
        QString error;
        Runner runner(pipeline(server.baseUrl()), dataset(6), ws.get(), env(), batchOptions());
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QCOMPARE(outcome.totals.passed, 5);
        QCOMPARE(outcome.totals.errors, 1);
        const auto failed = ws->exampleResults(outcome.runId, QStringLiteral("e1"));
        QCOMPARE(failed.size(), size_t(1));
        QVERIFY2(failed[0].error.contains(QLatin1String("invalid_request_error")) && failed[0].error.contains(QLatin1String("too long")),
                 qPrintable(failed[0].error));
        // Later batches hold the two requests worth sending again, and not the one refused for good.
        QVERIFY(batches.submissions() >= 2);
        QStringList again;
        for (int s = 2; s <= batches.submissions(); ++s)
            for (const json& r : batches.submittedRequests(s))
                if (promptOf(r.at("params")).startsWith(QLatin1String("REWRITE ")))
                    again << promptOf(r.at("params"));
        again.sort();
        QCOMPARE(again, QStringList({ QStringLiteral("REWRITE where is town2"), QStringLiteral("REWRITE where is town3") }));
        QCOMPARE(batches.interactiveCalls(), 0);
    }

    void stoppedRunCollectsItsBatch_data()
    {
        QTest::addColumn<bool>("batchAgain");
        QTest::newRow("again with batches") << true;
        QTest::newRow("again without") << false;
    }

    void stoppedRunCollectsItsBatch()
    {
        QFETCH(bool, batchAgain);
        FakeModelServer server;
        QVERIFY(server.listen());
        FakeBatchService batches(server, modelReply);
        batches.setHeld(true);
        FAPO_NEW_WORKSPACE(wsLocation, m_dir.path(), QStringLiteral("w%1").arg(++m_counter));
        auto ws = openWorkspace(wsLocation);
        QString error;
        const Pipeline p = pipeline(server.baseUrl());
        {
            Runner runner(p, dataset(5), ws.get(), env(), batchOptions());
            QVERIFY2(runner.prepare(&error), qPrintable(error));
            QSignalSpy polled(&batches, &FakeBatchService::polled);
            QSignalSpy finished(&runner, &Runner::finished);
            runner.start();
            QVERIFY(polled.wait(10000));
            runner.cancel(); // the batch stays at the provider: the run does not wait a day for it
            QVERIFY(finished.wait(5000));
            QCOMPARE(nameOf(finished.at(0).at(0).value<RunOutcome>().status), QStringLiteral("interrupted"));
        }
        const auto open = ws->openBatches();
        QCOMPARE(open.size(), size_t(1));
        QCOMPARE(open.front().cacheKeys.size(), 5);
        QVERIFY(open.front().batchId.startsWith(QLatin1String("msgbatch_")));
        // Asked for each call the cache misses, the batch holding a request comes without its keys; they
        // are read once, when the queue starts following it.
        for (const QString& key : open.front().cacheKeys) {
            const auto holding = ws->openBatchHolding(key);
            QVERIFY(holding);
            QCOMPARE(holding->id, open.front().id);
            QVERIFY(holding->cacheKeys.isEmpty());
        }
        QCOMPARE(ws->modelBatchKeys(open.front().id), open.front().cacheKeys);
        QCOMPARE(batches.submissions(), 1);

        batches.setHeld(false);
        Runner resumed(p, dataset(5), ws.get(), env(), batchOptions(batchAgain));
        QVERIFY2(resumed.prepare(&error), qPrintable(error));
        const RunOutcome outcome = runToEnd(resumed);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QCOMPARE(outcome.totals.passed, 5);
        // The first level came from the batch sent before, never sent again.
        for (int s = 2; s <= batches.submissions(); ++s)
            for (const json& r : batches.submittedRequests(s))
                QVERIFY(promptOf(r.at("params")).startsWith(QLatin1String("ANSWER ")));
        QCOMPARE(batches.submissions(), batchAgain ? 2 : 1);
        QCOMPARE(batches.interactiveCalls(), batchAgain ? 0 : 5);
        QVERIFY(ws->openBatches().empty());
    }

    void unknownBatchIsSentAgain()
    {
        // A stored batch the provider no longer knows (another account, deleted): its requests go out again.
        FakeModelServer server;
        QVERIFY(server.listen());
        FakeBatchService batches(server, modelReply);
        FAPO_NEW_WORKSPACE(wsLocation, m_dir.path(), QStringLiteral("w%1").arg(++m_counter));
        auto ws = openWorkspace(wsLocation);
        const Pipeline p = pipeline(server.baseUrl());
        QString error;
        // A batch run on a held server leaves its first level stored as an open batch.
        batches.setHeld(true);
        {
            Runner runner(p, dataset(3), ws.get(), env(), batchOptions());
            QVERIFY(runner.prepare(&error));
            QSignalSpy submitted(&batches, &FakeBatchService::submitted);
            QSignalSpy finished(&runner, &Runner::finished);
            runner.start();
            QVERIFY(submitted.wait(10000));
            QTRY_COMPARE_WITH_TIMEOUT(int(ws->openBatches().size()), 1, 5000);
            runner.cancel();
            QVERIFY(finished.wait(5000));
        }
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE model_batches SET batch_id = 'msgbatch_gone'")));
        batches.setHeld(false);
        Runner resumed(p, dataset(3), ws.get(), env(), batchOptions());
        QVERIFY(resumed.prepare(&error));
        const RunOutcome outcome = runToEnd(resumed);
        QCOMPARE(outcome.totals.passed, 3);
        QCOMPARE(batches.submissions(), 3); // the lost one, its requests again, then the second level
        QVERIFY(ws->openBatches().empty());
    }

    void openAiBatchApi()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        FakeBatchService batches(server, modelReply);
        FAPO_NEW_WORKSPACE(wsLocation, m_dir.path(), QStringLiteral("w%1").arg(++m_counter));
        auto ws = openWorkspace(wsLocation);
        QString error;
        Runner runner(pipeline(server.baseUrl() + QStringLiteral("/v1"), true), dataset(4), ws.get(), env(), batchOptions());
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(outcome.totals.passed, 4);
        QCOMPARE(batches.submissions(), 2);
        QCOMPARE(batches.interactiveCalls(), 0);
        for (const json& line : batches.submittedRequests(1)) {
            QCOMPARE(line.value("url", std::string()), std::string("/v1/chat/completions"));
            QVERIFY(!line.at("body").contains("stream"));
        }
        // gpt-4o-mini: $0.15 in and $0.60 out per million, half of it.
        QVERIFY(qAbs(outcome.totals.costUsd - 4 * 2 * (1000 * 0.15 + 200 * 0.6) / 1e6 / 2) < 1e-12);
        QVERIFY(ws->stepRecords(outcome.runId, QStringLiteral("e0")).front().requestId.startsWith(QLatin1String("batch_")));
    }

    void serverWithoutBatchApi()
    {
        // A local OpenAI-compatible server (Ollama, llama.cpp) has no /files: the calls go one by one.
        FakeModelServer server;
        QVERIFY(server.listen());
        server.setDefaultHandler([](const FakeRequest& r) {
            if (r.path.endsWith(QLatin1String("/files")))
                return FakeReply::raw(404, "404 page not found");
            return modelReply(r);
        });
        FAPO_NEW_WORKSPACE(wsLocation, m_dir.path(), QStringLiteral("w%1").arg(++m_counter));
        auto ws = openWorkspace(wsLocation);
        QString error;
        Runner runner(pipeline(server.baseUrl() + QStringLiteral("/v1"), true), dataset(3), ws.get(), env(), batchOptions());
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        const RunOutcome outcome = runToEnd(runner);
        QCOMPARE(outcome.totals.passed, 3);
        int files = 0, completions = 0;
        for (const FakeRequest& r : server.requests()) {
            files += r.path.endsWith(QLatin1String("/files")) ? 1 : 0;
            completions += r.path.endsWith(QLatin1String("/chat/completions")) ? 1 : 0;
        }
        QCOMPARE(files, 1); // asked once, then never again in this run
        QCOMPARE(completions, 6);
        QCOMPARE(outcome.callsThisSession, 6);
        // Billed at the interactive price.
        QVERIFY(qAbs(outcome.totals.costUsd - 3 * 2 * (1000 * 0.15 + 200 * 0.6) / 1e6) < 1e-12);
    }

    void windowRunsWithBatches()
    {
        // The run dialog's choice, through the session the window drives.
        QStandardPaths::setTestModeEnabled(true);
        FakeModelServer server;
        QVERIFY(server.listen());
        FakeBatchService batches(server, modelReply);
        qputenv("ANTHROPIC_API_KEY", "test-key"); // the session reads keys from the environment, as the window does
        const auto unsetKey = qScopeGuard([] { qunsetenv("ANTHROPIC_API_KEY"); });
        FixedAnswers answers;
        StudioSession session(&answers);
        QString error;
        QVERIFY2(session.open(pipelineFile(server.baseUrl()), &error), qPrintable(error));
        QSignalSpy finished(&session, &StudioSession::runFinished);
        QList<RunProgress> progress;
        connect(&session, &StudioSession::runProgress, this, [&progress](const RunProgress& p) { progress << p; });
        RunChoices choices;
        choices.batch = true;
        choices.batchPollMs = 20;
        QVERIFY2(session.runDataset(datasetFile(3), &error, choices), qPrintable(error));
        QVERIFY(finished.wait(30000));
        const RunOutcome outcome = finished.at(0).at(0).value<RunOutcome>();
        QCOMPARE(outcome.totals.passed, 3);
        QCOMPARE(batches.submissions(), 2);
        QCOMPARE(batches.interactiveCalls(), 0);
        const bool sawBatch = std::any_of(progress.begin(), progress.end(), [](const RunProgress& p) {
            return std::any_of(p.batches.begin(), p.batches.end(),
                               [](const BatchProgress& b) { return b.batchId.startsWith(u"msgbatch_"); });
        });
        QVERIFY(sawBatch);
    }

    void priceOfBatches()
    {
        const Usage usage { 1000000, 1000000, 0, 0 };
        const PriceTable& prices = PriceTable::builtin();
        QCOMPARE(prices.cost(QStringLiteral("claude-haiku-5-5"), usage, true), prices.cost(QStringLiteral("claude-haiku-5-5"), usage) / 2);
        QString error;
        const PriceTable custom = PriceTable::fromJson(R"({"models": {"m": {"input": 2, "output": 4, "batch": 0.25}}})", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(custom.cost(QStringLiteral("m"), usage, true), 1.5);
        const PriceTable bad = PriceTable::fromJson(R"({"models": {"m": {"input": 2, "output": 4, "batch": 2}}})", &error);
        QVERIFY(bad.isEmpty());
        QVERIFY2(error.contains(QLatin1String("\"batch\"")), qPrintable(error));
    }

    void secondProcessLeavesALiveRunAlone()
    {
        // Two jobs run the same pipeline on one workspace: the second does not resume the first's run while
        // that process is writing it, and waits for the first's batch instead of sending the calls again.
        FakeModelServer server;
        QVERIFY(server.listen());
        FakeBatchService batches(server, modelReply);
        batches.setHeld(true);
        FAPO_NEW_WORKSPACE(workspace, m_dir.path(), QStringLiteral("w%1").arg(++m_counter));
        const QStringList args { QStringLiteral("run"),         pipelineFile(server.baseUrl()),
                                 QStringLiteral("--dataset"),   datasetFile(4),
                                 QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("--batch"),     QStringLiteral("--batch-poll"),
                                 QStringLiteral("0.02"),        QStringLiteral("--json") };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess first;
        QProcess second;
        for (QProcess* p : { &first, &second })
            p->setProcessEnvironment(env);
        QSignalSpy polled(&batches, &FakeBatchService::polled);
        first.start(QStringLiteral(FAPO_FAPO_BIN), args);
        QVERIFY(polled.wait(30000)); // its first level sent and stored
        second.start(QStringLiteral(FAPO_FAPO_BIN), args);
        auto ws = openWorkspace(workspace);
        QTRY_COMPARE_WITH_TIMEOUT(int(ws->runs().size()), 2, 30000);
        batches.setHeld(false);
        QSignalSpy firstDone(&first, &QProcess::finished);
        QSignalSpy secondDone(&second, &QProcess::finished);
        if (first.state() != QProcess::NotRunning)
            QVERIFY(firstDone.wait(30000));
        if (second.state() != QProcess::NotRunning)
            QVERIFY(secondDone.wait(30000));
        const QByteArray out1 = first.readAllStandardOutput(), out2 = second.readAllStandardOutput();
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        const json doc1 = json::parse(out1.constData(), out1.constData() + out1.size(), nullptr, false);
        const json doc2 = json::parse(out2.constData(), out2.constData() + out2.size(), nullptr, false);
        QCOMPARE(doc1.value("passed", 0), 4);
        QCOMPARE(doc2.value("passed", 0), 4);
        QVERIFY(doc1.value("run_id", 0) != doc2.value("run_id", 0));
        for (int s = 2; s <= batches.submissions(); ++s) // the first level went out once, in the first batch
            for (const json& r : batches.submittedRequests(s))
                QVERIFY(promptOf(r.at("params")).startsWith(QLatin1String("ANSWER ")));
        QCOMPARE(batches.interactiveCalls(), 0);
    }

    void cliKilledRunCollectsItsBatch()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        FakeBatchService batches(server, modelReply);
        batches.setHeld(true);
        const QString pipelinePath = pipelineFile(server.baseUrl());
        const QString datasetPath = datasetFile(4);
        FAPO_NEW_WORKSPACE(workspace, m_dir.path(), QStringLiteral("cli"));
        const QStringList args { QStringLiteral("run"),         pipelinePath,
                                 QStringLiteral("--dataset"),   datasetPath,
                                 QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("--batch"),     QStringLiteral("--batch-poll"),
                                 QStringLiteral("0.02"),        QStringLiteral("--json") };
        QProcessEnvironment env;
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key"));
        QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
        full.insert(env);
        full.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        {
            QProcess first;
            first.setProcessEnvironment(full);
            QSignalSpy polled(&batches, &FakeBatchService::polled);
            first.start(QStringLiteral(FAPO_FAPO_BIN), args);
            QVERIFY(polled.wait(30000)); // sent, stored, and being polled
            first.kill(); // no chance to tidy up
            QVERIFY(first.waitForFinished(10000));
        }
        QCOMPARE(batches.submissions(), 1);

        batches.setHeld(false);
        const FapoResult again = runFapo(args, env);
        QVERIFY2(again.code == 0, again.err.constData());
        const json doc = again.document();
        QCOMPARE(doc.value("passed", 0), 4);
        QCOMPARE(batches.submissions(), 2); // only the second level is new
        QCOMPARE(batches.interactiveCalls(), 0);
        QVERIFY2(again.err.contains("batch msgbatch_"), again.err.constData()); // progress names the batches
        // Half price in the cost figures: 2 calls per example of 1000 in and 200 out at $1 and $5 per million.
        QVERIFY2(qAbs(doc.value("cost_usd", 0.0) - 4 * 2 * (1000 * 1.0 + 200 * 5.0) / 1e6 / 2) < 1e-9, again.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
