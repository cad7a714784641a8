// Failure attribution on worlds where the true origin is known by construction: a middle step that
// picks a rumour (origin one step above the surfacing step), a query writer that drops names (two
// steps above, behind a retrieval), both with and without step gold; counterfactual replay and the
// critic against an in-test HTTP server speaking the Anthropic protocol; the CLI's JSON document.
#include "core/analysis/analyzer.h"
#include "core/analysis/stepgold.h"
#include "fakemodelserver.h"
#include "fapoprocess.h"
#include "core/formats/pipelineloader.h"
#include "core/run/runner.h"
#include "testfiles.h"
#include "testworlds.h"
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

class TestAnalysis : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString fresh(const QString& name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_counter).arg(name)); }

    QString copyWorld(const QString& world)
    {
        const QString dir = fresh(world);
        copyWorldFiles(world, dir);
        return dir;
    }

    static void writeFile(const QString& path, const QByteArray& bytes) { writeBytes(path, bytes); }

    World middleWorld(bool withGold) { return fapo::test::middleWorld(fresh(QStringLiteral("middle")), 20, withGold); }

    // 20 people; every fourth question is phrased so that rewrite drops the name.
    World queryWorld(bool withGold)
    {
        World w;
        const QString dir = copyWorld(QStringLiteral("query"));
        std::vector<json> rows, corpus;
        corpus.push_back({ { "id", "registry" },
                           { "title", "Famous person registry" },
                           { "text", "A registry of every famous person, their birthplace and home town." } });
        for (int i = 0; i < 20; ++i) {
            const QString first = madeUpName(i, 4), last = madeUpName(i, 5), town = madeUpName(i, 6);
            const QString id = QStringLiteral("p%1").arg(i);
            corpus.push_back({ { "id", QStringLiteral("d%1").arg(i).toStdString() },
                               { "title", QStringLiteral("%1 %2").arg(first, last).toStdString() },
                               { "text", QStringLiteral("%1 %2 was born in the town of %3.").arg(first, last, town).toStdString() } });
            const bool lossy = i % 4 == 1;
            if (lossy)
                w.faulty.insert(id);
            const QString question = lossy ? QStringLiteral("In which town was the famous %1 %2 born?").arg(first, last)
                                           : QStringLiteral("Where was %1 %2 born?").arg(first, last);
            json row { { "id", id.toStdString() },
                       { "input", { { "question", question.toStdString() } } },
                       { "expected", { { "answer", town.toStdString() } } } };
            if (withGold)
                row["step_expected"] = { { "retrieve", { { "ids_include", { QStringLiteral("d%1").arg(i).toStdString() } } } } };
            rows.push_back(row);
        }
        writeFile(dir + QStringLiteral("/corpus.jsonl"), jsonl(corpus));
        w.pipeline = dir + QStringLiteral("/pipeline.json");
        w.dataset = dir + QStringLiteral("/dataset.jsonl");
        writeFile(w.dataset, jsonl(rows));
        return w;
    }

    // Every world is analysed with step gold in the dataset and without any.
    static void withAndWithoutGold()
    {
        QTest::addColumn<bool>("withGold");
        QTest::newRow("step gold") << true;
        QTest::newRow("no step gold") << false;
    }

    static ProviderEnvironment noKeys() { return ProviderEnvironment { {}, {}, {}, {} }; }

    // Runs a world's dataset into a new workspace; returns the workspace.
    std::unique_ptr<Workspace> runWorld(const World& w, const ProviderEnvironment& env = noKeys())
    {
        QString error;
        auto ws = Workspace::open(QFileInfo(w.pipeline).absolutePath() + QStringLiteral("/w.fapo"), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        const PipelineLoad load = loadPipeline(w.pipeline);
        if (!load.pipeline)
            qFatal("%s", qPrintable(load.diagnostics.front().toString()));
        Diagnostics diags;
        auto dataset = loadDataset(w.dataset, &diags);
        if (!dataset)
            qFatal("dataset");
        Runner runner(*load.pipeline, *dataset, ws.get(), env, RunOptions {});
        if (!runner.prepare(&error))
            qFatal("%s", qPrintable(error));
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        if (!finished.wait(30000))
            qFatal("the run did not finish");
        return ws;
    }

    static AnalysisOutcome analyze(Workspace* ws, AnalysisOptions options, const ProviderEnvironment& env = noKeys(),
                                   AnalysisEstimate* estimate = nullptr)
    {
        Analyzer analyzer(ws, env, options);
        QString error;
        if (!analyzer.prepare(&error))
            qFatal("%s", qPrintable(error));
        if (estimate)
            *estimate = analyzer.estimate();
        QSignalSpy finished(&analyzer, &Analyzer::finished);
        analyzer.start();
        if (!finished.wait(60000))
            qFatal("the analysis did not finish");
        return finished.at(0).at(0).value<AnalysisOutcome>();
    }

    // Runs a world and analyses it with rules and step gold only (no model is asked).
    json analyzeWithoutCritic(const World& w)
    {
        auto ws = runWorld(w);
        AnalysisOptions options;
        options.critic = false;
        return analyze(ws.get(), options).report;
    }

    // Share of the faulty examples whose origin is `step`; also checks `step` has the largest blame.
    static double originShare(const json& doc, const QSet<QString>& faulty, const QString& step)
    {
        int right = 0;
        for (const json& e : doc["examples"]) {
            const QString id = QString::fromStdString(e["id"].get<std::string>());
            if (faulty.contains(id)) {
                if (e["passed"].get<bool>())
                    qFatal("faulty example %s passed", qPrintable(id));
                if (e["origin"].is_string() && QString::fromStdString(e["origin"].get<std::string>()) == step)
                    ++right;
            } else if (!e["origin"].is_null()) {
                qFatal("example %s should pass", qPrintable(id));
            }
        }
        double topBlame = -1.0;
        QString top;
        for (const json& s : doc["steps"])
            if (s["blame"].get<double>() > topBlame) {
                topBlame = s["blame"].get<double>();
                top = QString::fromStdString(s["id"].get<std::string>());
            }
        if (top != step)
            qWarning("largest blame is on %s", qPrintable(top));
        return top == step ? double(right) / faulty.size() : 0.0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<ExampleResult>();
        qRegisterMetaType<RunProgress>();
        qRegisterMetaType<AnalysisOutcome>();
        qRegisterMetaType<AnalysisProgress>();
    }

    void stepGold_data()
    {
        QTest::addColumn<QByteArray>("gold");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QByteArray>("parsed");
        QTest::addColumn<bool>("passed");
        QTest::newRow("ids all there") << QByteArray("{\"ids_include\": [\"d1\", \"d2\"]}") << QString()
                                       << QByteArray("[{\"id\": \"d2\"}, {\"id\": \"d1\"}]") << true;
        QTest::newRow("id missing") << QByteArray("{\"ids_include\": [\"d1\", \"d3\"]}") << QString()
                                    << QByteArray("[{\"id\": \"d2\"}, {\"id\": \"d1\"}]") << false;
        QTest::newRow("ids in text") << QByteArray("{\"ids_include\": [\"d7\"]}") << QStringLiteral("see d7 and d8") << QByteArray("null")
                                     << true;
        QTest::newRow("contains, normalised") << QByteArray("{\"contains\": \"the Tessel river\"}") << QStringLiteral("It is TESSEL river!")
                                              << QByteArray("null") << true;
        QTest::newRow("contains, whole words") << QByteArray("{\"contains\": \"Tess\"}") << QStringLiteral("Tessel") << QByteArray("null")
                                               << false;
        QTest::newRow("regex") << QByteArray("{\"regex\": \"^\\\\d{4}$\"}") << QStringLiteral("1987") << QByteArray("null") << true;
        QTest::newRow("bad regex fails") << QByteArray("{\"regex\": \"(\"}") << QStringLiteral("(") << QByteArray("null") << false;
        QTest::newRow("equals text") << QByteArray("{\"equals\": \"Orlin Vasko\"}") << QStringLiteral("orlin vasko.") << QByteArray("null")
                                     << true;
        QTest::newRow("equals json") << QByteArray("{\"equals\": {\"a\": 1}}") << QStringLiteral("{\"a\": 2}") << QByteArray("{\"a\": 2}")
                                     << false;
    }

    void stepGold()
    {
        QFETCH(QByteArray, gold);
        QFETCH(QString, output);
        QFETCH(QByteArray, parsed);
        QFETCH(bool, passed);
        StepRecord r;
        r.output = output;
        r.parsed = json::parse(parsed.toStdString());
        const GoldResult g = checkStepGold(json::parse(gold.toStdString()), r);
        QVERIFY(g.present);
        QCOMPARE(g.passed, passed);
        QCOMPARE(g.detail.isEmpty(), passed);
    }

    void keyTerms()
    {
        const QStringList terms
            = keyTermsOf(json { { "question", "Which river runs through the town where Orlin Vasko was born in 1931?" } });
        QCOMPARE(terms, QStringList({ QStringLiteral("Orlin"), QStringLiteral("Vasko"), QStringLiteral("1931") }));
        QVERIFY(containsTerm(QStringLiteral("orlin-vasko birthplace"), QStringLiteral("Vasko")) == false);
        QVERIFY(containsTerm(QStringLiteral("Orlin Vasko, birthplace"), QStringLiteral("vasko")));
    }

    void middleStepIsTheOrigin_data() { withAndWithoutGold(); }

    // The acceptance world: every failure starts at the middle step and surfaces at the last.
    void middleStepIsTheOrigin()
    {
        QFETCH(bool, withGold);
        const World w = middleWorld(withGold);
        auto ws = runWorld(w);
        AnalysisOptions options;
        options.critic = false; // rules and replay with gold only: no model is asked
        const AnalysisOutcome outcome = analyze(ws.get(), options);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QCOMPARE(outcome.calls, 0);
        const json& doc = outcome.report;
        QVERIFY(originShare(doc, w.faulty, QStringLiteral("extract")) >= 0.9);
        for (const json& e : doc["examples"])
            if (!e["origin"].is_null())
                QCOMPARE(e["method"].get<std::string>(), withGold ? std::string("gold") : std::string("answer_lost"));
        // The failure travelled extract -> answer, never through plan.
        for (const json& e : doc["edges"]) {
            if (e["from"] == "extract" && e["to"] == "answer")
                QCOMPARE(e["propagated"].get<int>(), int(w.faulty.size()));
            if (e["from"] == "plan")
                QCOMPARE(e["propagated"].get<int>(), 0);
        }
        for (const json& s : doc["steps"])
            if (s["id"] == "extract") {
                QCOMPARE(s["blame"].get<double>(), 1.0);
                QCOMPARE(s["ceiling"].get<double>(), 1.0);
            }
        QCOMPARE(doc["clusters"].size(), size_t(1));
        QCOMPARE(doc["clusters"][0]["fix_level"].get<std::string>(), std::string("prompt"));
        // Stored with the evidence behind each verdict.
        const auto stored = ws->latestAnalysis(doc["run_id"].get<qint64>());
        QVERIFY(stored);
        QCOMPARE(stored->id, outcome.analysisId);
        const auto verdicts = ws->verdicts(stored->id);
        QCOMPARE(verdicts.size(), w.faulty.size());
        const json& steps = verdicts.front().evidence["steps"]["steps"];
        QVERIFY(steps["extract"].contains(withGold ? "gold" : "answer_in_input"));
        QVERIFY(steps["extract"]["input_shares"].contains("input.context"));
    }

    void droppedNamesTwoStepsUp_data() { withAndWithoutGold(); }

    // The origin is two steps above the surfacing step, behind a retrieval that cannot be rewritten.
    void droppedNamesTwoStepsUp()
    {
        QFETCH(bool, withGold);
        const World w = queryWorld(withGold);
        const json doc = analyzeWithoutCritic(w);
        QVERIFY(originShare(doc, w.faulty, QStringLiteral("rewrite")) >= 0.9);
        for (const json& e : doc["examples"])
            if (!e["origin"].is_null())
                QCOMPARE(e["class"].get<std::string>(), std::string("retrieval_miss"));
        for (const json& s : doc["steps"])
            if (s["id"] == "retrieve") {
                QCOMPARE(s["origin"].get<int>(), 0); // a retrieval passes its blame on
                QCOMPARE(s["failed"].get<int>(), int(w.faulty.size()));
            }
    }

    // Rules alone would blame the step where the answer normally appears (draft); replaying with a
    // repaired plan proves the failure starts at plan, and upstream steps are never called again.
    void replayFindsTheEarlierOrigin()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        int repairs = 0, locates = 0;
        server.setDefaultHandler([&](const FakeRequest& r) { return worldReply(r, &repairs, &locates, false); });
        const World w = hintWorld(server.baseUrl());
        const ProviderEnvironment env { {}, QStringLiteral("test-key"), {}, {} };
        auto ws = runWorld(w, env);
        const int planCalls = countPrompts(server, QStringLiteral("PLAN "));
        const int draftCalls = countPrompts(server, QStringLiteral("DRAFT "));
        QCOMPARE(planCalls, 12);
        server.clearRequests();

        AnalysisOptions options;
        options.critic = true;
        AnalysisEstimate estimate;
        const AnalysisOutcome outcome = analyze(ws.get(), options, env, &estimate);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QCOMPARE(estimate.open, int(w.faulty.size()));
        QVERIFY(estimate.maxCalls >= qint64(w.faulty.size()) * 3);
        QVERIFY(originShare(outcome.report, w.faulty, QStringLiteral("plan")) >= 0.9);
        for (const json& e : outcome.report["examples"])
            if (!e["origin"].is_null())
                QCOMPARE(e["method"].get<std::string>(), std::string("replay"));
        // Upstream of the repaired step nothing ran again; after it, once per replayed example.
        QCOMPARE(countPrompts(server, QStringLiteral("PLAN ")), 0);
        QCOMPARE(countPrompts(server, QStringLiteral("DRAFT ")), int(w.faulty.size()));
        QCOMPARE(countPrompts(server, QStringLiteral("FINAL ")), int(w.faulty.size()));
        QCOMPARE(repairs, int(w.faulty.size()));
        QCOMPARE(locates, 0);
        QVERIFY(draftCalls > 0);
        // The replay is a run of its own, made from the analysed run, its upstream records copied unpaid.
        const auto runs = ws->runs();
        QCOMPARE(nameOf(runs.back().kind), QStringLiteral("replay"));
        QCOMPARE(runs.back().baseRunId, runs.front().id);
        QCOMPARE(ws->primaryRuns().size(), size_t(1));
        const QString someFaulty = *w.faulty.begin();
        for (const StepRecord& r : ws->stepRecords(runs.back().id, someFaulty)) {
            if (r.stepId == QLatin1String("plan"))
                QCOMPARE(r.model, QStringLiteral("(repaired by the critic)"));
            else
                QVERIFY(r.called);
        }
        QCOMPARE(ws->totals(runs.back().id).calls, qint64(2 * w.faulty.size()));

        // The same analysis again is answered from the cache: nothing is paid twice.
        server.clearRequests();
        const AnalysisOutcome again = analyze(ws.get(), options, env);
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(again.calls, 0);
        QVERIFY(originShare(again.report, w.faulty, QStringLiteral("plan")) >= 0.9);
    }

    // With replay off, the critic judges the open cases; a reply naming no real step is rejected.
    void criticJudgesOpenCases()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        int repairs = 0, locates = 0;
        server.setDefaultHandler([&](const FakeRequest& r) { return worldReply(r, &repairs, &locates, true); });
        const World w = hintWorld(server.baseUrl());
        const ProviderEnvironment env { {}, QStringLiteral("test-key"), {}, {} };
        auto ws = runWorld(w, env);
        AnalysisOptions options;
        options.replay = false;
        const AnalysisOutcome outcome = analyze(ws.get(), options, env);
        QCOMPARE(locates, int(w.faulty.size()));
        QCOMPARE(repairs, 0);
        int byCritic = 0, rejected = 0;
        const auto verdicts = ws->verdicts(outcome.analysisId);
        for (const Verdict& v : verdicts) {
            if (v.method == VerdictMethod::Critic) {
                ++byCritic;
                QCOMPARE(v.origin, QStringLiteral("plan"));
                QCOMPARE(v.confidence, 0.8);
                QVERIFY(v.evidence.contains("rules"));
            } else {
                ++rejected;
                QCOMPARE(nameOf(v.method), QStringLiteral("answer_source"));
                QVERIFY(QString::fromStdString(v.evidence["critic_rejected"].get<std::string>()).contains(QLatin1String("not a step")));
            }
        }
        QVERIFY(byCritic > 0);
        QVERIFY(rejected > 0);
        // The request followed the spec's schema: an enum of exactly the pipeline's step ids.
        for (const FakeRequest& r : server.requests())
            if (r.json.contains("output_config") && r.prompt().contains(QLatin1String("first guess")))
                QCOMPARE(r.json["output_config"]["format"]["schema"]["properties"]["origin_step"]["enum"],
                         json({ "plan", "draft", "final" }));
    }

    // A wrong key for the critic ends its part at once; the analysis still finishes with the rules' verdicts.
    void criticAuthErrorDoesNotHang()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        int repairs = 0, locates = 0;
        server.setDefaultHandler([&](const FakeRequest& r) {
            if (r.json.contains("output_config"))
                return FakeReply::anthropicError(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
            return worldReply(r, &repairs, &locates, false);
        });
        const World w = hintWorld(server.baseUrl());
        const ProviderEnvironment env { {}, QStringLiteral("test-key"), {}, {} };
        auto ws = runWorld(w, env);
        server.clearRequests();
        const AnalysisOutcome outcome = analyze(ws.get(), AnalysisOptions {}, env);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QVERIFY(outcome.notes.join(QLatin1Char(' ')).contains(QLatin1String("invalid x-api-key")));
        QCOMPARE(outcome.report["examples"].size(), size_t(12));
        QVERIFY(server.requestCount() <= AnalysisOptions {}.concurrency); // stopped after the first refusals
        for (const json& e : outcome.report["examples"])
            if (!e["origin"].is_null())
                QCOMPARE(e["method"].get<std::string>(), std::string("answer_source"));
    }

    void answerNeverAppears_data() { withAndWithoutGold(); }

    // The middle step must produce the answer from what it knows; for some questions it is wrong, and
    // nothing in any input contains the answer. Passing examples show where the answer comes from.
    void answerNeverAppears()
    {
        QFETCH(bool, withGold);
        World w;
        const QString dir = fresh(QStringLiteral("compute"));
        QDir().mkpath(dir);
        json pipeline { { "format", "fapo.pipeline/1" },
                        { "name", "compute-world" },
                        { "models", { { "worker", { { "provider", "scripted" }, { "rules", "model.rules.json" } } } } },
                        { "steps",
                          { { { "id", "parse" }, { "kind", "llm" }, { "prompt", "PARSE {{input.question}}" } },
                            { { "id", "compute" }, { "kind", "llm" }, { "prompt", "COMPUTE {{parse}}" } },
                            { { "id", "format" }, { "kind", "llm" }, { "prompt", "FORMAT {{compute}}" } } } },
                        { "output", "format" },
                        { "metrics", { { { "name", "answer" }, { "type", "contains" }, { "expected", "answer" } } } } };
        w.pipeline = dir + QStringLiteral("/pipeline.json");
        writeFile(w.pipeline, QByteArray::fromStdString(pipeline.dump(2)));
        json rules = json::array();
        rules.push_back({ { "match", "PARSE (.*)" }, { "reply", "task: $1" } });
        std::vector<json> rows;
        for (int i = 0; i < 20; ++i) {
            const QString id = QStringLiteral("c%1").arg(i);
            const QString answer = madeUpName(i, 8);
            const bool wrong = i % 5 == 2;
            if (wrong)
                w.faulty.insert(id);
            rules.push_back({ { "match", QStringLiteral("COMPUTE task: puzzle %1\\b").arg(i).toStdString() },
                              { "reply", (wrong ? madeUpName(i, 9) : answer).toStdString() } });
            json row { { "id", id.toStdString() },
                       { "input", { { "question", QStringLiteral("puzzle %1").arg(i).toStdString() } } },
                       { "expected", { { "answer", answer.toStdString() } } } };
            if (withGold)
                row["step_expected"] = { { "compute", { { "contains", answer.toStdString() } } } };
            rows.push_back(row);
        }
        rules.push_back({ { "match", "FORMAT (\\w+)" }, { "reply", "The result is $1." } });
        writeFile(dir + QStringLiteral("/model.rules.json"), QByteArray::fromStdString(rules.dump(2)));
        w.dataset = dir + QStringLiteral("/dataset.jsonl");
        writeFile(w.dataset, jsonl(rows));
        const json doc = analyzeWithoutCritic(w);
        QVERIFY(originShare(doc, w.faulty, QStringLiteral("compute")) >= 0.9);
    }

    void failureClasses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("failureClass");
        QTest::addColumn<QString>("method");
        // first -> second -> final; in each world some examples fail in one way, by construction.
        QTest::newRow("cascade: bad JSON stops what follows")
            << QStringLiteral("cascade") << QStringLiteral("first") << QStringLiteral("cascade") << QStringLiteral("cascade");
        QTest::newRow("format: right answer, wrong form")
            << QStringLiteral("format") << QStringLiteral("final") << QStringLiteral("format") << QStringLiteral("format");
        QTest::newRow("check: a step's own check fails")
            << QStringLiteral("check") << QStringLiteral("second") << QStringLiteral("check_failed") << QStringLiteral("check");
    }

    void failureClasses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, origin);
        QFETCH(QString, failureClass);
        QFETCH(QString, method);
        World w;
        const QString dir = fresh(kind);
        QDir().mkpath(dir);
        json second { { "id", "second" }, { "kind", "llm" }, { "prompt", "SECOND {{first.value}}" } };
        if (kind == QLatin1String("check"))
            second["checks"] = { { { "type", "max_chars" }, { "value", 12 } } };
        json pipeline { { "format", "fapo.pipeline/1" },
                        { "name", kind.toStdString() },
                        { "models", { { "worker", { { "provider", "scripted" }, { "rules", "model.rules.json" } } } } },
                        { "steps",
                          { { { "id", "first" }, { "kind", "llm" }, { "prompt", "FIRST {{input.question}}" }, { "parse", "json" } },
                            second,
                            { { "id", "final" }, { "kind", "llm" }, { "prompt", "FINAL {{second}}" } } } },
                        { "output", "final" },
                        { "metrics", { { { "name", "em" }, { "type", "exact_match" }, { "expected", "answer" } } } } };
        w.pipeline = dir + QStringLiteral("/pipeline.json");
        writeFile(w.pipeline, QByteArray::fromStdString(pipeline.dump(2)));
        json rules = json::array();
        // Faulty questions say "odd"; what goes wrong depends on the world.
        if (kind == QLatin1String("cascade"))
            rules.push_back({ { "match", "FIRST odd (\\w+)" }, { "reply", "sorry, no JSON here" } });
        rules.push_back({ { "match", "FIRST (?:odd )?(\\w+)" }, { "reply", "{\"value\": \"$1\"}" } });
        if (kind == QLatin1String("check"))
            rules.push_back({ { "match", "SECOND (\\w+odd)" }, { "reply", "$1 and then a long ramble nobody asked for" } });
        rules.push_back({ { "match", "SECOND (\\w+)" }, { "reply", "$1" } });
        if (kind == QLatin1String("format"))
            rules.push_back({ { "match", "FINAL (\\w+odd)" }, { "reply", "I believe the answer is probably $1" } });
        rules.push_back({ { "match", "FINAL (?:.* )?(\\w+)$" }, { "reply", "$1" } }); // the last word
        writeFile(dir + QStringLiteral("/model.rules.json"), QByteArray::fromStdString(rules.dump(2)));
        std::vector<json> rows;
        for (int i = 0; i < 12; ++i) {
            const bool odd = i % 3 == 1;
            const QString id = QStringLiteral("x%1").arg(i);
            const QString word = madeUpName(i, 10) + (odd ? QStringLiteral("odd") : QString());
            if (odd)
                w.faulty.insert(id);
            rows.push_back({ { "id", id.toStdString() },
                             { "input", { { "question", QString(odd ? QStringLiteral("odd ") : QString()).append(word).toStdString() } } },
                             { "expected", { { "answer", word.toStdString() } } } });
        }
        w.dataset = dir + QStringLiteral("/dataset.jsonl");
        writeFile(w.dataset, jsonl(rows));
        const json doc = analyzeWithoutCritic(w);
        QVERIFY(originShare(doc, w.faulty, origin) >= 0.9);
        for (const json& e : doc["examples"])
            if (!e["origin"].is_null()) {
                QCOMPARE(QString::fromStdString(e["class"].get<std::string>()), failureClass);
                QCOMPARE(QString::fromStdString(e["method"].get<std::string>()), method);
            }
    }

    // A hosted API without its key cannot answer: the critic (and the optimizer) is skipped at once
    // instead of failing every call; local servers and stand-ins need no key.
    void missingKeyOnlyForHostedApis_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("envBase");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("missing");
        QTest::newRow("anthropic, no key") << QStringLiteral("anthropic") << QString() << QString() << QString() << true;
        QTest::newRow("anthropic, key") << QStringLiteral("anthropic") << QString() << QString() << QStringLiteral("k") << false;
        QTest::newRow("anthropic stand-in") << QStringLiteral("anthropic") << QString() << QStringLiteral("http://127.0.0.1:9") << QString()
                                            << false;
        QTest::newRow("ollama") << QStringLiteral("openai") << QStringLiteral("http://127.0.0.1:11434/v1") << QString() << QString()
                                << false;
        QTest::newRow("openai, no key") << QStringLiteral("openai") << QString() << QString() << QString() << true;
        QTest::newRow("scripted") << QStringLiteral("scripted") << QString() << QString() << QString() << false;
    }

    void missingKeyOnlyForHostedApis()
    {
        QFETCH(QString, provider);
        QFETCH(QString, baseUrl);
        QFETCH(QString, envBase);
        QFETCH(QString, key);
        QFETCH(bool, missing);
        ModelConfig config;
        config.name = QStringLiteral("critic");
        config.provider = *parseName<ProviderType>(provider);
        config.model = QStringLiteral("m");
        config.baseUrl = baseUrl;
        const bool anthropic = provider == QLatin1String("anthropic");
        const ProviderEnvironment env { anthropic ? envBase : QString(), anthropic ? key : QString(), anthropic ? QString() : envBase,
                                        anthropic ? QString() : key };
        QCOMPARE(!missingKey(config, env).isEmpty(), missing);
    }

    void budgetCapsCalls()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        int repairs = 0, locates = 0;
        server.setDefaultHandler([&](const FakeRequest& r) { return worldReply(r, &repairs, &locates, false); });
        const World w = hintWorld(server.baseUrl());
        const ProviderEnvironment env { {}, QStringLiteral("test-key"), {}, {} };
        auto ws = runWorld(w, env);
        server.clearRequests();
        AnalysisOptions options;
        options.budgetCalls = 4;
        const AnalysisOutcome outcome = analyze(ws.get(), options, env);
        QCOMPARE(nameOf(outcome.status), QStringLiteral("done"));
        QVERIFY2(outcome.calls <= 4, qPrintable(QString::number(outcome.calls)));
        QVERIFY(server.requestCount() <= 4);
        QVERIFY(!outcome.notes.isEmpty());
        QCOMPARE(outcome.report["examples"].size(), size_t(12)); // every example still has its verdict
    }

    void cliAnalyzeJson()
    {
        const World w = middleWorld(false);
        const QString workspace = QFileInfo(w.pipeline).absolutePath() + QStringLiteral("/cli.fapo");
        FapoResult run = runFapo({ QStringLiteral("run"), w.pipeline, QStringLiteral("--dataset"), w.dataset, QStringLiteral("--workspace"),
                                   workspace, QStringLiteral("--quiet") });
        QCOMPARE(run.code, 0);
        FapoResult analyzed = runFapo({ QStringLiteral("analyze"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json"),
                                        QStringLiteral("--no-critic") });
        QVERIFY2(analyzed.code == 0, analyzed.err.constData());
        const json doc = analyzed.document();
        QVERIFY(doc.is_object());
        for (const char* key : { "run_id", "steps", "edges", "examples" })
            QVERIFY2(doc.contains(key), key);
        for (const char* key : { "id", "failed", "origin", "blame" })
            QVERIFY(doc["steps"][0].contains(key));
        for (const char* key : { "from", "to", "propagated" })
            QVERIFY(doc["edges"][0].contains(key));
        QVERIFY(originShare(doc, w.faulty, QStringLiteral("extract")) >= 0.9);

        // Human output names the origin; usage and missing workspaces are bad input.
        FapoResult text = runFapo({ QStringLiteral("analyze"), w.pipeline, QStringLiteral("--workspace"), workspace });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("extract: reasoning"));
        QCOMPARE(runFapo({ QStringLiteral("analyze") }).code, 2);
        const FapoResult missing
            = runFapo({ QStringLiteral("analyze"), QStringLiteral("--workspace"), fresh(QStringLiteral("none.fapo")) });
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("none.fapo"));
        QCOMPARE(
            runFapo({ QStringLiteral("analyze"), QStringLiteral("--workspace"), workspace, QStringLiteral("--run"), QStringLiteral("99") })
                .code,
            2);
    }

private:
    // plan -> draft -> final over the fake server. Every third example's plan gives a wrong hint; the
    // answer never appears before draft, so the rules can only guess.
    World hintWorld(const QString& baseUrl)
    {
        World w;
        const QString dir = fresh(QStringLiteral("hint"));
        QDir().mkpath(dir);
        json pipeline { { "format", "fapo.pipeline/1" },
                        { "name", "hint-world" },
                        { "models",
                          { { "worker",
                              { { "provider", "anthropic" },
                                { "model", "claude-haiku-5-5" },
                                { "base_url", baseUrl.toStdString() },
                                { "max_retries", 0 } } },
                            { "critic",
                              { { "provider", "anthropic" },
                                { "model", "claude-sonnet-5-5" },
                                { "base_url", baseUrl.toStdString() },
                                { "max_retries", 0 } } } } },
                        { "steps",
                          { { { "id", "plan" }, { "kind", "llm" }, { "prompt", "PLAN {{input.question}}" } },
                            { { "id", "draft" }, { "kind", "llm" }, { "prompt", "DRAFT {{plan}}" } },
                            { { "id", "final" }, { "kind", "llm" }, { "prompt", "FINAL {{draft}}" } } } },
                        { "output", "final" },
                        { "metrics", { { { "name", "answer" }, { "type", "exact_match" }, { "expected", "answer" } } } } };
        w.pipeline = dir + QStringLiteral("/pipeline.json");
        writeFile(w.pipeline, QByteArray::fromStdString(pipeline.dump(2)));
        std::vector<json> rows;
        for (int i = 0; i < 12; ++i) {
            const QString id = QStringLiteral("h%1").arg(i);
            if (i % 3 == 0)
                w.faulty.insert(id);
            rows.push_back({ { "id", id.toStdString() },
                             { "input",
                               { { "question",
                                   QStringLiteral("riddle number %1%2")
                                       .arg(i)
                                       .arg(i % 3 == 0 ? QStringLiteral(" (tricky)") : QString())
                                       .toStdString() } } },
                             { "expected", { { "answer", madeUpName(i, 7).toStdString() } } } });
        }
        w.dataset = dir + QStringLiteral("/dataset.jsonl");
        writeFile(w.dataset, jsonl(rows));
        return w;
    }

    // The hint world's models: plan hints at the answer (wrongly for "tricky" riddles), draft follows
    // the hint, final repeats it. The critic repairs a plan from the expected answer and, asked to
    // locate, names plan (or, when `badSchema`, a step that does not exist for every other example).
    static FakeReply worldReply(const FakeRequest& r, int* repairs, int* locates, bool badSchema)
    {
        const QString prompt = r.prompt();
        static const QRegularExpression riddle(QStringLiteral("riddle number (\\d+)"));
        if (r.json.contains("output_config")) {
            const std::string schema = r.json["output_config"]["format"]["schema"]["required"][0].get<std::string>();
            if (schema == "output") {
                ++*repairs;
                static const QRegularExpression expected(QStringLiteral("expected final answer: \\{\"answer\":\"(\\w+)\"\\}"));
                const QString answer = expected.match(prompt).captured(1);
                return FakeReply::forRequest(
                    r, QString::fromStdString(json { { "output", QString(QStringLiteral("HINT ") + answer).toStdString() } }.dump()));
            }
            ++*locates;
            const int n = riddle.match(prompt).captured(1).toInt();
            const char* step = badSchema && n % 2 == 1 ? "nonexistent" : "plan";
            return FakeReply::forRequest(
                r,
                QString::fromStdString(
                    json { { "origin_step", step }, { "confidence", 0.8 }, { "explanation", "the plan's hint was wrong" } }.dump()));
        }
        if (prompt.startsWith(QLatin1String("PLAN "))) {
            const int n = riddle.match(prompt).captured(1).toInt();
            return FakeReply::forRequest(
                r, QStringLiteral("HINT ") + (prompt.contains(QLatin1String("tricky")) ? QStringLiteral("Nowhere") : madeUpName(n, 7)));
        }
        if (prompt.startsWith(QLatin1String("DRAFT ")))
            return FakeReply::forRequest(r, prompt.section(QLatin1String("HINT "), 1).trimmed());
        if (prompt.startsWith(QLatin1String("FINAL ")))
            return FakeReply::forRequest(r, prompt.mid(6).trimmed());
        return FakeReply::anthropicError(400, QStringLiteral("invalid_request_error"), QStringLiteral("unexpected prompt"));
    }

    static int countPrompts(const FakeModelServer& server, const QString& prefix)
    {
        int n = 0;
        for (const FakeRequest& r : server.requests())
            if (r.prompt().startsWith(prefix))
                ++n;
        return n;
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
