// fapo end to end: the bundled example, bad input, and a pipeline it has never seen run against a
// stand-in of the Anthropic API (on 127.0.0.1, in this process) that injects faults.
#include "fakemodelserver.h"
#include "fapoprocess.h"
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include "testfiles.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo::test;
using nlohmann::json;

namespace {

using Result = fapo::test::FapoResult;

const QString kExample = QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop");

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Result fapo(const QStringList& args, const QProcessEnvironment& extra = {}) { return fapo::test::runFapo(args, extra); }

    QString write(const QString& name, const QByteArray& bytes) { return fapo::test::writeTestFile(m_dir, name, bytes); }

    // A pipeline this tool has never seen: summarise a support ticket, classify it, route it.
    QString unseenPipeline()
    {
        const QString data = QStringLiteral(FAPO_SOURCE_DIR "/tests/data/triage/");
        QFile::remove(m_dir.filePath(QStringLiteral("tickets.jsonl")));
        QFile::copy(data + QStringLiteral("tickets.jsonl"), m_dir.filePath(QStringLiteral("tickets.jsonl")));
        QFile::remove(m_dir.filePath(QStringLiteral("triage.json")));
        QFile::copy(data + QStringLiteral("pipeline.json"), m_dir.filePath(QStringLiteral("triage.json")));
        return m_dir.filePath(QStringLiteral("triage.json"));
    }

    static FakeReply triageReply(const FakeRequest& r)
    {
        const QString prompt = r.prompt();
        if (prompt.startsWith(QLatin1String("SUMMARIZE: ")))
            return FakeReply::forRequest(r, QStringLiteral("Summary: ") + prompt.mid(11).toLower());
        const QString queue = prompt.contains(QLatin1String("invoice")) ? QStringLiteral("billing")
            : prompt.contains(QLatin1String("crash"))                   ? QStringLiteral("bugs")
                                                                        : QStringLiteral("howto");
        return FakeReply::forRequest(r, QStringLiteral("Sure! ```json\n{\"queue\": \"%1\"}\n```").arg(queue));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void validateExample()
    {
        const Result r = fapo({ QStringLiteral("validate"), kExample + QStringLiteral("/pipeline.json"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const json doc = r.document();
        QCOMPARE(doc["name"], "multihop-qa");
        QCOMPARE(doc["steps"].size(), size_t(5));
        QCOMPARE(doc["steps"][1]["kind"], "retrieve");
        const json edge { { "from", "input.question" }, { "to", "rewrite" } };
        QVERIFY(std::find(doc["edges"].begin(), doc["edges"].end(), edge) != doc["edges"].end());
        const Result text = fapo({ QStringLiteral("validate"), kExample + QStringLiteral("/pipeline.json") });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("answer (llm, model worker) <- "));
    }

    // An app pipeline validates (its program and prompts listed); it runs its program only once trusted, and
    // a program that cannot start makes each example an error, not the run.
    void appPipelineValidatesAndRunsOnlyWhenTrusted()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("prompts"));
        write(QStringLiteral("prompts/plan.txt"), "Plan: {{question}}");
        const QString pipeline = write(QStringLiteral("app.json"),
                                       "{\"format\": \"fapo.pipeline/1\", \"name\": \"river-app\", "
                                       "\"app\": {\"command\": [\"fapo-no-such-program\", \"app.mjs\"]}, "
                                       "\"prompts\": {\"plan\": {\"file\": \"prompts/plan.txt\"}}}");
        const Result r = fapo({ QStringLiteral("validate"), pipeline, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const json doc = r.document();
        QCOMPARE(doc["app"]["command"], json::array({ "fapo-no-such-program", "app.mjs" }));
        QCOMPARE(doc["prompts"][0]["name"], "plan");
        QCOMPARE(doc["prompts"][0]["file"], "prompts/plan.txt");
        const Result text = fapo({ QStringLiteral("validate"), pipeline });
        QVERIFY2(text.out.contains("app pipeline running fapo-no-such-program app.mjs; 1 prompt"), text.out.constData());
        const QString dataset = write(QStringLiteral("app.jsonl"), "{\"id\": \"a\", \"input\": {\"question\": \"q\"}}\n");
        const Result run = fapo({ QStringLiteral("run"), pipeline, QStringLiteral("--dataset"), dataset });
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("runs the program fapo-no-such-program on this machine; run once with --trust"), run.err.constData());
        const Result trusted = fapo(
            { QStringLiteral("run"), pipeline, QStringLiteral("--dataset"), dataset, QStringLiteral("--trust"), QStringLiteral("--json") });
        QCOMPARE(trusted.code, 1); // the run is done; its one example errored
        const json outcome = trusted.document();
        QCOMPARE(outcome["status"], "done");
        QCOMPARE(outcome["errors"], 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString broken
            = write(QStringLiteral("broken.json"), "{\n  \"format\": \"fapo.pipeline/1\",\n  \"steps\": [\n    {\"id\": \"a\",}\n  ]\n}");
        const QString ghost = write(QStringLiteral("ghost.json"),
                                    R"({"format": "fapo.pipeline/1", "steps": [{"id": "a", "kind": "transform", "template": "{{b.x}}"}]})");
        const QString badData
            = write(QStringLiteral("bad.jsonl"), "{\"id\": \"x\", \"input\": {\"question\": \"q\"}}\n{\"id\": \"x\", \"input\": {}}\n");
        // The optimizer's rules are checked before `optimize` needs them.
        const QString optimizerRules = write(QStringLiteral("optimizer.rules.json"), "[");
        const QString withOptimizer = write(QStringLiteral("optimizer.json"), R"({"format": "fapo.pipeline/1",
            "models": {"optimizer": {"provider": "scripted", "rules": "optimizer.rules.json"}},
            "steps": [{"id": "a", "kind": "transform", "template": "{{input.q}}"}]})");
        QTest::addRow("broken optimizer rules")
            << QStringList { QStringLiteral("validate"), withOptimizer }
            << QStringLiteral("model \"optimizer\": ") + optimizerRules + QStringLiteral(":1:2: invalid JSON");
        QTest::addRow("syntax error") << QStringList { QStringLiteral("validate"), broken }
                                      << broken + QStringLiteral(":4:16: error: invalid JSON");
        QTest::addRow("unknown reference") << QStringList { QStringLiteral("validate"), ghost }
                                           << ghost + QStringLiteral(":1:86: error: step \"a\" refers to {{b.x}}");
        QTest::addRow("missing file") << QStringList { QStringLiteral("validate"), m_dir.filePath(QStringLiteral("none.json")) }
                                      << QStringLiteral("cannot read the file");
        QTest::addRow("bad dataset") << QStringList { QStringLiteral("run"),         kExample + QStringLiteral("/pipeline.json"),
                                                      QStringLiteral("--dataset"),   badData,
                                                      QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("bad.fapo")) }
                                     << badData + QStringLiteral(":2:8: error: duplicate example id \"x\"");
        QTest::addRow("no dataset") << QStringList { QStringLiteral("run"), kExample + QStringLiteral("/pipeline.json") }
                                    << QStringLiteral("usage: fapo run");
        QTest::addRow("bad option") << QStringList { QStringLiteral("run"), QStringLiteral("--frobnicate") }
                                    << QStringLiteral("Unknown option 'frobnicate'");
        QTest::addRow("bad number") << QStringList { QStringLiteral("run"),           kExample + QStringLiteral("/pipeline.json"),
                                                     QStringLiteral("--dataset"),     badData,
                                                     QStringLiteral("--concurrency"), QStringLiteral("many") }
                                    << QStringLiteral("--concurrency: expected a number");
        for (const char* poll : { "0", "soon", "inf" }) // a batch asked for its state without a pause, or never
            QTest::addRow("--batch-poll %s", poll)
                << QStringList { QStringLiteral("run"),       kExample + QStringLiteral("/pipeline.json"),
                                 QStringLiteral("--dataset"), kExample + QStringLiteral("/dataset.jsonl"),
                                 QStringLiteral("--batch"),   QStringLiteral("--batch-poll"),
                                 QString::fromLatin1(poll) }
                << QStringLiteral("--batch-poll: expected a number of at least 0.01");
        for (const char* notANumber : { "nan", "inf", "-inf" })
            QTest::addRow("--fail-under %s", notANumber)
                << QStringList { QStringLiteral("run"),          kExample + QStringLiteral("/pipeline.json"),
                                 QStringLiteral("--dataset"),    kExample + QStringLiteral("/dataset.jsonl"),
                                 QStringLiteral("--fail-under"), QString::fromLatin1(notANumber) }
                << QStringLiteral("--fail-under: expected a number");
        QTest::addRow("bad log level") << QStringList { QStringLiteral("validate"), ghost, QStringLiteral("--log-level"),
                                                        QStringLiteral("loud") }
                                       << QStringLiteral("unknown log level");
        QTest::addRow("unknown command") << QStringList { QStringLiteral("frob") } << QStringLiteral("unknown command \"frob\"");
        // A file that is not a workspace is refused and left alone (an empty one is not given a schema).
        const QString empty = write(QStringLiteral("empty.fapo"), "");
        for (const QString& command : { QStringLiteral("proposals"), QStringLiteral("analyze"), QStringLiteral("runs") })
            QTest::addRow("empty workspace, %s", qPrintable(command)) << QStringList { command, QStringLiteral("--workspace"), empty }
                                                                      << empty + QStringLiteral(": not a workspace (the file is empty)");
        const QString text = write(QStringLiteral("notes.fapo"), "not a database\n");
        QTest::addRow("text as workspace") << QStringList { QStringLiteral("runs"), QStringLiteral("--workspace"), text }
                                           << text + QStringLiteral(": not a workspace (not an SQLite database)");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = fapo(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        if (QTest::currentDataTag() == QByteArrayLiteral("empty workspace, analyze"))
            QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("empty.fapo"))).size(), 0); // untouched
    }

    // A workspace on a database server that does not answer is a job that failed (exit 1: worth trying
    // again), not bad input (exit 2, which a URL that cannot be a workspace still gets).
    void anUnreachableServerIsAFailedJob_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString nobody = QStringLiteral("postgresql://fapo@127.0.0.1:1/fapo"); // port 1: nothing listens
        const QString workspace = QStringLiteral("--workspace");
        QTest::addRow("runs") << QStringList { QStringLiteral("runs"), workspace, nobody } << 1
                              << nobody + QStringLiteral(": cannot open the workspace");
        QTest::addRow("run") << QStringList { QStringLiteral("run"),
                                              kExample + QStringLiteral("/pipeline.json"),
                                              QStringLiteral("--dataset"),
                                              kExample + QStringLiteral("/dataset.jsonl"),
                                              workspace,
                                              nobody }
                             << 1 << nobody + QStringLiteral(": cannot open the workspace");
        QTest::addRow("workspace copy") << QStringList { QStringLiteral("workspace"), QStringLiteral("copy"), nobody,
                                                         m_dir.filePath(QStringLiteral("copy.fapo")) }
                                        << 1 << nobody + QStringLiteral(": cannot open the workspace");
        QTest::addRow("a URL with a password") << QStringList { QStringLiteral("runs"), workspace,
                                                                QStringLiteral("postgresql://fapo:secret@127.0.0.1:1/fapo") }
                                               << 2 << QStringLiteral("the URL holds a password");
    }

    void anUnreachableServerIsAFailedJob()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Result r = fapo(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!r.err.contains("secret"));
    }

    void runExample()
    {
        const QString ws = m_dir.filePath(QStringLiteral("example.fapo"));
        const QString junit = m_dir.filePath(QStringLiteral("junit.xml"));
        const QStringList args { QStringLiteral("run"),         kExample + QStringLiteral("/pipeline.json"),
                                 QStringLiteral("--dataset"),   kExample + QStringLiteral("/dataset.jsonl"),
                                 QStringLiteral("--workspace"), ws,
                                 QStringLiteral("--json") };
        const Result r = fapo(args + QStringList { QStringLiteral("--junit"), junit });
        QCOMPARE(r.code, 0);
        const json doc = r.document();
        QVERIFY2(doc.is_object(), r.out.constData());
        for (const char* key : { "run_id", "examples", "passed", "failed", "errors", "score", "calls", "cache_hits", "input_tokens",
                                 "output_tokens", "cost_usd", "wall_ms" })
            QVERIFY2(doc.contains(key), key);
        QCOMPARE(doc["examples"], 35);
        QCOMPARE(doc["passed"].get<int>() + doc["failed"].get<int>() + doc["errors"].get<int>(), 35);
        QVERIFY(doc["passed"].get<int>() > 15 && doc["failed"].get<int>() > 5); // the example fails on purpose
        QCOMPARE(doc["calls"], 105); // three llm steps, once per example
        QCOMPARE(doc["cache_hits"], 0);

        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray report = xml.readAll();
        QCOMPARE(report.count("<testcase "), 35);
        QVERIFY(report.contains(QByteArray(QByteArray("failures=\"") + QByteArray::number(doc["failed"].get<int>()) + '"')));

        // Again: everything from the cache; and the quality gate.
        const Result again = fapo(args + QStringList { QStringLiteral("--fail-under"), QStringLiteral("0.9") });
        QCOMPARE(again.code, 3);
        QCOMPARE(again.document()["calls"], 0);
        QCOMPARE(again.document()["cache_hits"], 105);
        QCOMPARE(again.document()["passed"], doc["passed"]);
        QVERIFY(again.err.contains("below --fail-under 0.9"));

        // A table that cannot be read makes a listing incomplete: said, and not exit 0.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.fapo"));
        QVERIFY(QFile::copy(ws, damaged));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(damaged);
            QVERIFY(db.open());
            QSqlQuery drop(db);
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE examples")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        const Result runs = fapo({ QStringLiteral("runs"), QStringLiteral("--workspace"), damaged });
        QCOMPARE(runs.code, 1);
        QVERIFY2(runs.err.contains("the workspace failed during the command, so its results are incomplete"), runs.err.constData());
        QVERIFY2(runs.err.contains("no such table: examples"), runs.err.constData());
    }

    void unseenPipelineAgainstFaultyAnthropic()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        QHash<QString, int> attempts;
        server.setDefaultHandler([&](const FakeRequest& r) {
            // Every prompt's first attempt meets a fault a real service produces; the retry succeeds.
            const int n = attempts[r.prompt()]++;
            if (n == 0) {
                switch (qHash(r.prompt()) % 4) {
                case 0:
                    return FakeReply::anthropicError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))
                        .header("retry-after-ms", "5");
                case 1:
                    return FakeReply::anthropicError(429, QStringLiteral("rate_limit_error"), QStringLiteral("slow down"))
                        .header("retry-after", "0");
                case 2:
                    return FakeReply::raw(503, "<html><body>upstream connect error</body></html>", "text/html")
                        .header("retry-after-ms", "5");
                default: {
                    FakeReply dropped = triageReply(r);
                    dropped.dropAfterBytes = 10;
                    return dropped.header("retry-after-ms", "5");
                }
                }
            }
            return triageReply(r);
        });
        const QString pipeline = unseenPipeline();
        QProcessEnvironment env;
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), server.baseUrl());
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test-secret"));
        const QString ws = m_dir.filePath(QStringLiteral("triage.fapo"));
        const QStringList args { QStringLiteral("run"),
                                 pipeline,
                                 QStringLiteral("--dataset"),
                                 m_dir.filePath(QStringLiteral("tickets.jsonl")),
                                 QStringLiteral("--workspace"),
                                 ws,
                                 QStringLiteral("--json"),
                                 QStringLiteral("--concurrency"),
                                 QStringLiteral("4") };
        const Result r = fapo(args, env);
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = r.document();
        QCOMPARE(doc["examples"], 6);
        QCOMPARE(doc["passed"], 6);
        QCOMPARE(doc["calls"], 12);
        QCOMPARE(attempts.size(), 12); // each step of each example asked for once...
        for (int n : attempts)
            QCOMPARE(n, 2); // ...answered on the retry after its fault
        for (const FakeRequest& req : server.requests()) {
            QCOMPARE(req.header("x-api-key"), QByteArray("sk-ant-test-secret"));
            QCOMPARE(req.header("anthropic-version"), QByteArray("2023-06-01"));
            QVERIFY(!req.json.contains("temperature")); // newest models reject it unless the user set it
        }

        server.clearRequests();
        const Result again = fapo(args, env);
        QCOMPARE(again.code, 0);
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(again.document()["cache_hits"], 12);

        for (const QString& file : QStringList { ws, ws + QStringLiteral("-wal") }) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("sk-ant-test-secret"));
        }
    }

    void wrongKeyStopsAtOnce()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        server.setDefaultHandler([](const FakeRequest&) {
            return FakeReply::anthropicError(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
        });
        const QString pipeline = unseenPipeline();
        QProcessEnvironment env;
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), server.baseUrl());
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-wrong-key"));
        const Result r
            = fapo({ QStringLiteral("run"), pipeline, QStringLiteral("--dataset"), m_dir.filePath(QStringLiteral("tickets.jsonl")),
                     QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("wrong.fapo")), QStringLiteral("--concurrency"),
                     QStringLiteral("2"), QStringLiteral("--quiet") },
                   env);
        QCOMPARE(r.code, 1);
        QVERIFY(server.requestCount() <= 2);
        QVERIFY2(r.err.contains("ANTHROPIC_API_KEY"), r.err.constData());
        QVERIFY(!r.err.contains("sk-ant-wrong-key"));
        QVERIFY(!r.out.contains("sk-ant-wrong-key"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
