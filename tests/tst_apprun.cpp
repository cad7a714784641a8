// App pipelines run end to end: the user's program (Python, standard library only) per example, its
// model calls through the proxy named after its prompts, failures of the program as example errors,
// the found steps as the run's graph, and the loop's first step (analysis) on the bundled app example.
#include "core/app/apprungraph.h"
#include "core/app/promptmatcher.h"
#include "core/formats/pipelineloader.h"
#include "core/run/runner.h"
#include "core/runview/runsnapshot.h"
#include "core/workspace/workspace.h"
#include "fakemodelserver.h"
#include "fapoprocess.h"
#include "testfiles.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

namespace {

PromptFile prompt(const QString& name, const QString& text)
{
    PromptFile p;
    p.name = name;
    p.text = text;
    return p;
}

} // namespace

class TestAppRun : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static RunOutcome runToEnd(Runner& runner, std::map<QString, ExampleResult>* results = nullptr)
    {
        QSignalSpy finished(&runner, &Runner::finished);
        if (results)
            QObject::connect(&runner, &Runner::exampleFinished, &runner,
                             [results](const ExampleResult& r) { (*results)[r.exampleId] = r; });
        runner.start();
        if (!finished.wait(60000))
            return RunOutcome { 0, RunStatus::Failed, QStringLiteral("the run did not finish") };
        return finished.front().front().value<RunOutcome>();
    }

    static Pipeline load(const QString& path)
    {
        PipelineLoad load = loadPipeline(path);
        if (!load.pipeline)
            qFatal("%s", qPrintable(load.diagnostics.empty() ? path : load.diagnostics.front().toString()));
        return *load.pipeline;
    }

    static Dataset dataset(const QString& path)
    {
        Diagnostics diags;
        auto d = loadDataset(path, &diags);
        if (!d)
            qFatal("cannot load %s", qPrintable(path));
        return *d;
    }

    // "ID=ORIGIN" of each example of a `fapo analyze --json` report that has an origin, sorted.
    static QStringList originsOf(const json& report)
    {
        QStringList origins;
        for (const json& e : report["examples"])
            if (e["origin"].is_string())
                origins << QString::fromStdString(e["id"].get<std::string>()) + QLatin1Char('=')
                        + QString::fromStdString(e["origin"].get<std::string>());
        origins.sort();
        return origins;
    }

    // The modes app (tests/data/app-modes) in `dir`, trusted, run on its `datasetFile` to the end.
    struct ModesRun {
        std::unique_ptr<Workspace> ws;
        RunOutcome outcome;
        std::map<QString, ExampleResult> results;
    };
    static ModesRun runModes(const QTemporaryDir& dir, const char* datasetFile, int concurrency)
    {
        copyTestTree(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/app-modes"), dir.path());
        ModesRun r;
        QString error;
        r.ws = Workspace::open(dir.filePath(QStringLiteral("modes.fapo")), &error);
        if (!r.ws)
            qFatal("%s", qPrintable(error));
        RunOptions options;
        options.trustCommands = true;
        options.concurrency = concurrency;
        Runner runner(load(dir.filePath(QStringLiteral("pipeline.json"))), dataset(dir.filePath(QLatin1String(datasetFile))), r.ws.get(),
                      ProviderEnvironment(), options);
        if (!runner.prepare(&error))
            qFatal("%s", qPrintable(error));
        r.outcome = runToEnd(runner, &r.results);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<ExampleResult>();
        qRegisterMetaType<RunProgress>();
        qunsetenv("ANTHROPIC_API_KEY");
    }

    void promptMatching_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("filled placeholder") << QStringList { QStringLiteral("Question: Who wrote it?\nWrite a search query.") }
                                            << QStringLiteral("rewrite");
        QTest::newRow("several lines filled") << QStringList { QStringLiteral("Question: a\nb\nc\nWrite a search query.") }
                                              << QStringLiteral("rewrite");
        QTest::newRow("surrounding whitespace")
            << QStringList { QStringLiteral("\n  Question: x\nWrite a search query.\n") } << QStringLiteral("rewrite");
        QTest::newRow("system prompt") << QStringList { QStringLiteral("You answer from passages about Brask."), QStringLiteral("hi") }
                                       << QStringLiteral("system_answer");
        QTest::newRow("more literal text wins")
            << QStringList { QStringLiteral("Question: x\nWrite a search query. Keep every name.") } << QStringLiteral("strict");
        QTest::newRow("extra text does not match")
            << QStringList { QStringLiteral("Preface. Question: x\nWrite a search query.") } << QString();
        QTest::newRow("regex characters are literal")
            << QStringList { QStringLiteral("Cost (USD): 3.50 [approx]") } << QStringLiteral("price");
        QTest::newRow("no match") << QStringList { QStringLiteral("Something else entirely") } << QString();
        QTest::newRow("placeholder-only template never matches") << QStringList { QStringLiteral("x") } << QString();
    }

    void promptMatching()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, expected);
        const PromptMatcher matcher(
            { prompt(QStringLiteral("rewrite"), QStringLiteral("Question: {{question}}\nWrite a search query.\n")),
              prompt(QStringLiteral("strict"), QStringLiteral("Question: {{ question }}\nWrite a search query. Keep every name.")),
              prompt(QStringLiteral("system_answer"), QStringLiteral("You answer from passages about {{topic}}.")),
              prompt(QStringLiteral("price"), QStringLiteral("Cost (USD): {{amount}} [approx]")),
              prompt(QStringLiteral("bare"), QStringLiteral("{{anything}}")) });
        QCOMPARE(matcher.match(texts), expected);
    }

    void programFailuresAreExampleErrors()
    {
        QTemporaryDir dir;
        auto [ws, outcome, results] = runModes(dir, "dataset.jsonl", 4);
        QString error;
        QCOMPARE(outcome.status, RunStatus::Done);
        QCOMPARE(results.size(), size_t(7));
        for (const char* ok : { "ok1", "ok2", "unnamed" })
            QVERIFY2(results[QLatin1String(ok)].status == ExampleStatus::Passed, ok);
        const auto failedWith = [&](const char* id, const QString& text) {
            const ExampleResult& r = results[QLatin1String(id)];
            return r.status == ExampleStatus::Error && r.error.contains(text);
        };
        QVERIFY2(failedWith("crash", QStringLiteral("boom: the tool broke")), qPrintable(results[QStringLiteral("crash")].error));
        QVERIFY2(failedWith("crash", QStringLiteral("code 3")), qPrintable(results[QStringLiteral("crash")].error));
        QVERIFY2(failedWith("hang", QStringLiteral("timed out after 3000 ms")), qPrintable(results[QStringLiteral("hang")].error));
        QVERIFY2(results[QStringLiteral("nothing")].status == ExampleStatus::Error, qPrintable(results[QStringLiteral("nothing")].error));
        QVERIFY2(failedWith("garbage", QStringLiteral("JSON")), qPrintable(results[QStringLiteral("garbage")].error));

        // Calls are named after the prompt that produced them; one that matches none, by its model.
        QStringList steps;
        for (const StepRecord& r : ws->stepRecords(outcome.runId, QStringLiteral("unnamed")))
            steps << r.stepId;
        steps.sort();
        QCOMPARE(steps, (QStringList { QStringLiteral("app"), QStringLiteral("claude_test_1#1"), QStringLiteral("guess") }));
        QCOMPARE(outcome.notes.size(), 1);
        QVERIFY2(outcome.notes.front().contains(QStringLiteral("claude_test_1#1")), qPrintable(outcome.notes.front()));

        // The run's graph: the steps found, the program last, as its output.
        const auto snapshot = RunSnapshot::load(*ws, outcome.runId, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->pipeline.graph.steps,
                 (QStringList { QStringLiteral("guess"), QStringLiteral("claude_test_1#1"), QStringLiteral("app") }));
        QCOMPARE(snapshot->pipeline.output, QStringLiteral("app"));
        QVERIFY(!snapshot->pipeline.step(QStringLiteral("claude_test_1#1"))->optimize);
        QCOMPARE(snapshot->pipeline.step(QStringLiteral("guess"))->promptName, QStringLiteral("guess"));
        const auto& edges = snapshot->pipeline.graph.edges;
        QVERIFY(std::find(edges.begin(), edges.end(), GraphEdge { QStringLiteral("guess"), QStringLiteral("app") }) != edges.end());
        // The example's input fields come from the program's stdin, linked to the calls that carry them.
        QCOMPARE(snapshot->pipeline.graph.inputNodes, (QStringList { QStringLiteral("input.mode"), QStringLiteral("input.word") }));
        QVERIFY(std::find(edges.begin(), edges.end(), GraphEdge { QStringLiteral("input.word"), QStringLiteral("guess") }) != edges.end());
        // The stored version holds the prompt texts the run used.
        const auto run = ws->run(outcome.runId);
        const auto version = ws->pipelineVersion(run->pipelineId, &error);
        QVERIFY(version);
        QCOMPARE(version->prompts.front().text, QStringLiteral("Repeat the word {{word}} and nothing else.\n"));
    }

    // Spans the program sends (to the run's receiver, with the example in their resource) name its calls
    // before any template does, and add the steps that are not model calls; the span around everything
    // is no step.
    void spansNameCallsAndAddSteps()
    {
        QTemporaryDir dir;
        auto [ws, outcome, results] = runModes(dir, "dataset-spans.jsonl", 2);
        QString error;
        QCOMPARE(outcome.status, RunStatus::Done);
        for (const char* id : { "s1", "s2" })
            QVERIFY2(results[QLatin1String(id)].status == ExampleStatus::Passed, qPrintable(results[QLatin1String(id)].error));
        QVERIFY2(outcome.notes.isEmpty(), qPrintable(outcome.notes.join(QLatin1Char('\n')))); // every call was named

        std::map<QString, StepRecord> steps;
        for (const StepRecord& r : ws->stepRecords(outcome.runId, QStringLiteral("s1")))
            steps[r.stepId] = r;
        QStringList ids;
        for (const auto& [id, r] : steps)
            ids << id;
        QCOMPARE(ids, (QStringList { QStringLiteral("app"), QStringLiteral("guess"), QStringLiteral("lookup") }));
        QCOMPARE(steps[QStringLiteral("guess")].kind, StepKind::Llm);
        QVERIFY(steps[QStringLiteral("guess")].prompt.contains(QStringLiteral("Repeat the word delta, please")));
        QCOMPARE(steps[QStringLiteral("guess")].output, QStringLiteral("delta"));
        QCOMPARE(steps[QStringLiteral("lookup")].kind, StepKind::Retrieve);
        QCOMPARE(steps[QStringLiteral("lookup")].prompt, QStringLiteral("delta"));
        QCOMPARE(steps[QStringLiteral("lookup")].output, QStringLiteral("Notes about delta: it is a word the test chose."));
        QVERIFY(steps[QStringLiteral("lookup")].startedAt < steps[QStringLiteral("guess")].startedAt);

        // The graph: the retriever, then the call its notes flowed into, then the program.
        const auto snapshot = RunSnapshot::load(*ws, outcome.runId, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->pipeline.graph.steps,
                 (QStringList { QStringLiteral("lookup"), QStringLiteral("guess"), QStringLiteral("app") }));
        const auto& edges = snapshot->pipeline.graph.edges;
        for (const GraphEdge& e : { GraphEdge { QStringLiteral("input.word"), QStringLiteral("lookup") },
                                    GraphEdge { QStringLiteral("lookup"), QStringLiteral("guess") },
                                    GraphEdge { QStringLiteral("guess"), QStringLiteral("app") } })
            QVERIFY2(std::find(edges.begin(), edges.end(), e) != edges.end(), qPrintable(e.from + QStringLiteral(" -> ") + e.to));
        const Step* lookup = snapshot->pipeline.step(QStringLiteral("lookup"));
        QCOMPARE(lookup->kind, StepKind::Retrieve);
        QVERIFY(!lookup->optimize);
        QCOMPARE(snapshot->pipeline.step(QStringLiteral("guess"))->promptName, QStringLiteral("guess"));
        QVERIFY(snapshot->pipeline.step(QStringLiteral("guess"))->optimize);

        // A replay of the call only a span names: while the program runs, nothing names it yet, so the
        // proxy finds it by its place among the example's calls in the base run.
        RunOptions replay;
        replay.kind = RunKind::Replay;
        replay.baseRunId = outcome.runId;
        replay.exampleIds = { QStringLiteral("s1") };
        StepRecord repaired;
        repaired.output = QStringLiteral("repaired");
        replay.injected[QStringLiteral("s1")][QStringLiteral("guess")] = repaired;
        Runner replayRunner(snapshot->pipeline, dataset(dir.filePath(QStringLiteral("dataset-spans.jsonl"))), ws.get(),
                            ProviderEnvironment(), replay);
        QVERIFY2(replayRunner.prepare(&error), qPrintable(error));
        const RunOutcome replayed = runToEnd(replayRunner);
        QCOMPARE(replayed.status, RunStatus::Done);
        std::map<QString, StepRecord> after;
        for (const StepRecord& r : ws->stepRecords(replayed.runId, QStringLiteral("s1")))
            after[r.stepId] = r;
        QCOMPARE(after[QStringLiteral("guess")].output, QStringLiteral("repaired"));
        QCOMPARE(after[QStringLiteral("app")].output.trimmed(), QStringLiteral("{\"answer\": \"repaired\"}"));
    }

    void callsGoUpstreamWithTheProgramsKey()
    {
        QTemporaryDir dir;
        copyTestTree(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/app-modes"), dir.path());
        // Without "app"."model" the calls go where FAPO Studio's own ANTHROPIC_BASE_URL points.
        QFile file(dir.filePath(QStringLiteral("pipeline.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        json doc = json::parse(file.readAll().toStdString());
        file.close();
        doc["app"].erase("model");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(doc.dump()));
        file.close();
        FakeModelServer server;
        QVERIFY(server.listen() > 0);
        const QByteArray secret = "sk-ant-app-secret-42";
        qputenv("ANTHROPIC_API_KEY", secret); // the program's environment is the user's
        QString error;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("up.fapo")), &error);
        QVERIFY(ws);
        RunOptions options;
        options.trustCommands = true;
        options.exampleIds = QStringList { QStringLiteral("ok1"), QStringLiteral("ok2") };
        ProviderEnvironment env;
        env.anthropicBaseUrl = server.baseUrl();
        Runner runner(load(dir.filePath(QStringLiteral("pipeline.json"))), dataset(dir.filePath(QStringLiteral("dataset.jsonl"))), ws.get(),
                      env, options);
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        std::map<QString, ExampleResult> results;
        const RunOutcome outcome = runToEnd(runner, &results);
        qunsetenv("ANTHROPIC_API_KEY");
        QCOMPARE(outcome.status, RunStatus::Done);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.lastRequest().header("x-api-key"), secret);
        QCOMPARE(server.lastRequest().path, QStringLiteral("/v1/messages"));
        QCOMPARE(results[QStringLiteral("ok1")].finalOutput,
                 QStringLiteral("{\"answer\": \"echo: Repeat the word alpha and nothing else.\\n\"}"));
        const auto records = ws->stepRecords(outcome.runId, QStringLiteral("ok1"));
        QVERIFY(std::any_of(records.begin(), records.end(),
                            [](const StepRecord& r) { return r.stepId == u"guess" && r.called && !r.cacheHit; }));
        const QString path = ws->path();
        ws.reset();
        for (const QString& f : QStringList { path, path + QStringLiteral("-wal") }) {
            QFile stored(f);
            if (stored.open(QIODevice::ReadOnly))
                QVERIFY2(!stored.readAll().contains(secret), qPrintable(f));
        }
    }

    // A run stopped mid-way (programs still running are killed) resumes when run again, and no call is
    // paid for twice: together both attempts pay what one whole run pays.
    void interruptedRunResumesWithoutPayingTwice()
    {
        QTemporaryDir dir;
        copyTestTree(QStringLiteral(FAPO_SOURCE_DIR "/examples/app-python"), dir.path());
        QString error;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("resume.fapo")), &error);
        QVERIFY(ws);
        RunOptions options;
        options.trustCommands = true;
        options.concurrency = 1; // one program at a time: which calls repeat is then fixed
        const Pipeline app = load(dir.filePath(QStringLiteral("pipeline.json")));
        const Dataset data = dataset(dir.filePath(QStringLiteral("dataset.jsonl")));
        Runner first(app, data, ws.get(), ProviderEnvironment(), options);
        QVERIFY2(first.prepare(&error), qPrintable(error));
        // Stopped once two examples are done.
        int calls = 0;
        QSignalSpy finished(&first, &Runner::finished);
        connect(&first, &Runner::exampleFinished, &first, [&](const ExampleResult&) {
            if (++calls == 2)
                first.cancel();
        });
        first.start();
        QVERIFY(finished.wait(60000));
        const RunOutcome stopped = finished.front().front().value<RunOutcome>();
        QCOMPARE(stopped.status, RunStatus::Interrupted);

        Runner second(app, data, ws.get(), ProviderEnvironment(), options);
        QVERIFY2(second.prepare(&error), qPrintable(error));
        QCOMPARE(second.runId(), stopped.runId);
        const RunOutcome resumed = runToEnd(second);
        QCOMPARE(resumed.status, RunStatus::Done);
        QVERIFY(resumed.resumedExamples >= 2);
        QCOMPARE(resumed.totals.examples, 8);
        // A whole run alone pays for every distinct call once.
        QTemporaryDir fresh;
        copyTestTree(QStringLiteral(FAPO_SOURCE_DIR "/examples/app-python"), fresh.path());
        auto other = Workspace::open(fresh.filePath(QStringLiteral("once.fapo")), &error);
        Runner once(load(fresh.filePath(QStringLiteral("pipeline.json"))), dataset(fresh.filePath(QStringLiteral("dataset.jsonl"))),
                    other.get(), ProviderEnvironment(), options);
        QVERIFY2(once.prepare(&error), qPrintable(error));
        const RunOutcome whole = runToEnd(once);
        QCOMPARE(stopped.callsThisSession + resumed.callsThisSession, whole.callsThisSession);
    }

    // The bundled app example from the command line: run, then analysis finds where the failures start.
    void bundledExampleRunsAndAnalyses()
    {
        copyTestTree(QStringLiteral(FAPO_SOURCE_DIR "/examples/app-python"), m_dir.path());
        const QString pipeline = m_dir.filePath(QStringLiteral("pipeline.json"));
        FapoResult run = runFapo({ QStringLiteral("run"), pipeline, QStringLiteral("--dataset"),
                                   m_dir.filePath(QStringLiteral("dataset.jsonl")), QStringLiteral("--trust") });
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("8 examples, 5 passed, 3 failed, 0 errors"), run.out.constData());

        FapoResult analysis = runFapo({ QStringLiteral("analyze"), pipeline, QStringLiteral("--json") });
        QVERIFY2(analysis.code == 0, analysis.err.constData());
        const json report = analysis.document();
        QVERIFY2(report.is_object(), analysis.out.constData());
        QCOMPARE(originsOf(report),
                 (QStringList { QStringLiteral("a3=rewrite"), QStringLiteral("a5=rewrite"), QStringLiteral("a6=rewrite") }));

        // The same run again, not resumed: every call is answered from the workspace cache.
        FapoResult again
            = runFapo({ QStringLiteral("run"), pipeline, QStringLiteral("--dataset"), m_dir.filePath(QStringLiteral("dataset.jsonl")) });
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY2(again.out.contains("0 model calls, 32 cache hits"), again.out.constData());
    }

    // Without step gold, the rules cannot tell where the app's failures start; counterfactual replay can:
    // the critic repairs a step's output, the proxy answers that step's call with it, the program goes on
    // from there (its other calls new or from the cache), and the examples that then pass name the origin.
    // Trust given to the program by `fapo run --trust` covers the replays' prompt sets too.
    void replayThroughTheProxyFindsTheOrigin()
    {
        QTemporaryDir dir;
        copyTestTree(QStringLiteral(FAPO_SOURCE_DIR "/examples/app-python"), dir.path());
        QFile gold(dir.filePath(QStringLiteral("dataset.jsonl")));
        QFile plain(dir.filePath(QStringLiteral("plain.jsonl")));
        QVERIFY(gold.open(QIODevice::ReadOnly) && plain.open(QIODevice::WriteOnly));
        while (!gold.atEnd()) {
            json example = json::parse(gold.readLine().toStdString());
            example.erase("step_expected");
            plain.write(QByteArray::fromStdString(example.dump()) + '\n');
        }
        plain.close();
        const QString pipeline = dir.filePath(QStringLiteral("pipeline.json"));
        FapoResult run
            = runFapo({ QStringLiteral("run"), pipeline, QStringLiteral("--dataset"), plain.fileName(), QStringLiteral("--trust") });
        QVERIFY2(run.code == 0, run.err.constData());
        FapoResult analysis = runFapo({ QStringLiteral("analyze"), pipeline, QStringLiteral("--json") });
        QVERIFY2(analysis.code == 0, analysis.err.constData());
        const json report = analysis.document();
        QVERIFY2(report.is_object(), analysis.out.constData());
        QVERIFY2(report["notes"].empty(), report["notes"].dump().c_str());
        QCOMPARE(QString::fromStdString(report["methods"].dump()), QStringLiteral("{\"replay\":3}"));
        QCOMPARE(originsOf(report),
                 (QStringList { QStringLiteral("a3=rewrite"), QStringLiteral("a5=rewrite"), QStringLiteral("a6=rewrite") }));

        // The replay's program got the repaired query as its rewrite call's answer and went on with it.
        QString error;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("pipeline.fapo")), &error);
        QVERIFY2(ws, qPrintable(error));
        std::map<QString, StepRecord> replayed;
        for (const StepRecord& r : ws->stepRecords(2, QStringLiteral("a3")))
            replayed[r.stepId] = r;
        QCOMPARE(replayed[QStringLiteral("rewrite")].output, QStringLiteral("Liesel van Doren born"));
        QVERIFY(!replayed[QStringLiteral("rewrite")].called);
        QVERIFY2(replayed[QStringLiteral("lookup")].output.startsWith(QStringLiteral("Liesel van Doren, glassmaker")),
                 qPrintable(replayed[QStringLiteral("lookup")].output));
        QCOMPARE(replayed[QStringLiteral("app")].output.trimmed(), QStringLiteral("{\"answer\": \"Velm\"}"));
    }

    // The loop on an app: optimize targets the prompt where the failures start, evaluates the candidate
    // by running the program with it (unchanged calls from the cache), the policy accepts it where it
    // helps, and export hands back the prompt file, changed, and nothing else.
    void optimizeAndExportPromptFiles()
    {
        QTemporaryDir dir;
        copyTestTree(QStringLiteral(FAPO_SOURCE_DIR "/examples/app-python"), dir.path());
        // A world large enough for the policy's statistics: each question five times.
        QFile bundled(dir.filePath(QStringLiteral("dataset.jsonl")));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QByteArray lines;
        for (const QByteArray& line : bundled.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            for (int copy = 1; copy <= 5; ++copy) {
                json e = json::parse(line.toStdString());
                e["id"] = e["id"].get<std::string>() + "_" + std::to_string(copy);
                lines += QByteArray::fromStdString(e.dump()) + '\n';
            }
        }
        const QString dataset = writeTestFile(dir, QStringLiteral("world.jsonl"), lines);
        const QString pipeline = dir.filePath(QStringLiteral("pipeline.json"));
        const auto bytesOf = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
        };
        const QByteArray pipelineBefore = bytesOf(pipeline);
        const QByteArray rewriteBefore = bytesOf(dir.filePath(QStringLiteral("prompts/rewrite.txt")));

        const FapoResult r
            = runFapo({ QStringLiteral("optimize"), pipeline, QStringLiteral("--dataset"), dataset, QStringLiteral("--trust"),
                        QStringLiteral("--approve"), QStringLiteral("auto"), QStringLiteral("--json"), QStringLiteral("--quiet") });
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = r.document();
        QVERIFY2(doc.is_object() && !doc["rounds"].empty(), r.out.constData());
        QCOMPARE(doc["rounds"][0]["target_step"].get<std::string>(), std::string("rewrite"));
        bool accepted = false;
        for (const json& p : doc["rounds"][0]["proposals"])
            accepted = accepted || p["status"] == "accepted";
        QVERIFY2(accepted, r.out.constData());

        const QString out = dir.filePath(QStringLiteral("improved"));
        const FapoResult exported = runFapo({ QStringLiteral("export"), QStringLiteral("--out"), out, pipeline });
        QVERIFY2(exported.code == 0, exported.err.constData());
        // Every prompt file at its own path; only the rewritten one differs from the program's.
        for (const char* name : { "lookup", "reason", "answer" })
            QCOMPARE(bytesOf(out + QStringLiteral("/prompts/%1.txt").arg(QLatin1String(name))),
                     bytesOf(dir.filePath(QStringLiteral("prompts/%1.txt").arg(QLatin1String(name)))));
        const QByteArray rewritten = bytesOf(out + QStringLiteral("/prompts/rewrite.txt"));
        QVERIFY(rewritten != rewriteBefore);
        QVERIFY2(rewritten.toLower().contains("keep every name"), rewritten.constData());
        QVERIFY(rewritten.contains("{{question}}"));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/pipeline.json")));
        const json set = json::parse(bytesOf(out + QStringLiteral("/prompts.json")).toStdString(), nullptr, false);
        QCOMPARE(QByteArray::fromStdString(set["rewrite"]["template"].get<std::string>()), rewritten);
        const QByteArray diff = bytesOf(out + QStringLiteral("/changes.diff"));
        QVERIFY2(diff.contains("--- a/prompts/rewrite.txt") && !diff.contains("prompts/lookup.txt"), diff.constData());
        QVERIFY(bytesOf(out + QStringLiteral("/report.md")).contains("`rewrite` (rewritten): prompts/rewrite.txt"));
        // The user's files are untouched.
        QCOMPARE(bytesOf(pipeline), pipelineBefore);
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("prompts/rewrite.txt"))), rewriteBefore);
        // Exporting over the program's own folder is refused.
        const FapoResult over = runFapo({ QStringLiteral("export"), QStringLiteral("--out"), dir.path(), pipeline });
        QVERIFY(over.code != 0);
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("prompts/rewrite.txt"))), rewriteBefore);
    }
};

QTEST_GUILESS_MAIN(TestAppRun)
#include "tst_apprun.moc"
