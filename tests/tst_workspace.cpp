// The workspace: schema and migrations, records, the response cache and BM25 retrieval. Also run as
// tst_workspace_postgresql, on a throwaway PostgreSQL server (testbackend.h).
#include "core/workspace/bulkrows.h"
#include "core/workspace/sqlfailures.h"
#include "core/workspace/sqliteconfig.h"
#include "core/workspace/workspace.h"
#include "tablerows.h"
#include "testbackend.h"
#include <QSqlError>
#include <QSysInfo>
#include <unistd.h>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace fapo;
using nlohmann::json;

class TestWorkspace : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static Corpus smallCorpus()
    {
        Corpus c;
        c.hash = QStringLiteral("c0ffee00c0ffee00c0ffee00");
        c.documents = {
            { QStringLiteral("d1"), QStringLiteral("Orlin Vasko"), QStringLiteral("Orlin Vasko was born in Marrow Hill, a mill town.") },
            { QStringLiteral("d2"), QStringLiteral("Marrow Hill"), QStringLiteral("Marrow Hill lies on the river Tessel.") },
            { QStringLiteral("d3"), QStringLiteral("Tessel"), QStringLiteral("The Tessel is a slow river. It floods in spring.") },
            { QStringLiteral("d4"), QStringLiteral("Mills"), QStringLiteral("A mill grinds grain. Mill towns grew along rivers.") },
            { QStringLiteral("d5"), QStringLiteral("Café Ünïcode"), QStringLiteral("A café serving crème brûlée.") },
        };
        return c;
    }

private Q_SLOTS:
    void initTestCase() { configureSqlite(); } // as both programs do first

    // SQLite keeps no memory statistics (each allocation would take a process-wide mutex): it counts no
    // memory in use after a workspace has been made and read.
    void sqliteKeepsNoMemoryStatistics()
    {
        FAPO_NEW_WORKSPACE(path, m_dir.path(), QStringLiteral("memstatus"));
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs")) && q.next());
        sqlite3_int64 used = -1;
        sqlite3_int64 highest = -1;
        QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
        QCOMPARE(used, sqlite3_int64(0));
    }

    void schemaAndReopen()
    {
        FAPO_NEW_WORKSPACE(path, m_dir.path(), QStringLiteral("a"));
        QString error;
        {
            auto ws = Workspace::open(path, &error);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(ws->schemaVersion(), Workspace::currentSchemaVersion());
            QCOMPARE(ws->isServer(), test::testOnPostgres());
            QSqlQuery q(ws->database());
            if (ws->isServer()) { // 64-bit ids and tokens, double-precision scores
                QVERIFY(q.exec(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'step_records' "
                                              "AND column_name IN ('input_tokens', 'cost_usd') ORDER BY column_name")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("double precision"));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("bigint"));
            } else {
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
                // A new file takes 32 KiB pages (long texts in an eighth of the writes).
                QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
                QCOMPARE(q.value(0).toInt(), 32768);
            }
        }
        auto again = Workspace::open(path, &error); // migrations are idempotent
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->schemaVersion(), Workspace::currentSchemaVersion());
    }

    void refusesNewerSchemaAndNonWorkspaces()
    {
        FAPO_NEW_WORKSPACE(path, m_dir.path(), QStringLiteral("future"));
        QString error;
        {
            auto ws = Workspace::open(path, &error);
            QSqlQuery q(ws->database());
            QVERIFY(q.exec(ws->isServer() ? QStringLiteral("UPDATE fapo_schema SET version = 999")
                                          : QStringLiteral("PRAGMA user_version = 999")));
        }
        QVERIFY(!Workspace::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        if (test::testOnPostgres())
            return;

        const QString text = m_dir.filePath(QStringLiteral("text.fapo"));
        QFile f(text);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(4096, 'x'));
        f.close();
        error.clear();
        QVERIFY(!Workspace::open(text, &error));
        QVERIFY2(error.contains(text), qPrintable(error));
    }

    // Files that are not whole workspaces are refused with a message naming them, and left as they were
    // (byte for byte, no WAL or shared-memory file beside them).
    void refusesForeignAndDamagedFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << "empty"
                                    << "the file is empty";
        QTest::newRow("a text file") << "text"
                                     << "not an SQLite database";
        QTest::newRow("another program's database") << "foreign"
                                                    << "not a FAPO workspace";
        QTest::newRow("a page of a workspace overwritten") << "damaged"
                                                           << "damaged";
        QTest::newRow("a workspace cut short") << "truncated"
                                               << "damaged";
    }

    void refusesForeignAndDamagedFiles()
    {
        FAPO_FILE_WORKSPACE_ONLY();
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(kind + QStringLiteral(".fapo"));
        QString error;
        if (kind == QLatin1String("foreign")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == QLatin1String("damaged") || kind == QLatin1String("truncated")) {
            {
                auto ws = Workspace::open(path, &error);
                QVERIFY(ws);
                Pipeline p;
                p.hash = QStringLiteral("damage");
                Dataset d;
                d.hash = QStringLiteral("damage");
                const qint64 run = ws->createRun(ws->storePipeline(p), ws->storeDataset(d), 400, json::object());
                std::vector<StepRecordRow> steps;
                std::vector<ExampleResultRow> examples;
                for (int i = 0; i < 400; ++i) {
                    steps.push_back({ QByteArray::number(i), "answer", "llm", QByteArray(300, 'p'), QByteArray(300, 'o') });
                    examples.push_back({ QByteArray::number(i), i });
                }
                QVERIFY(storeRows(*ws, run, steps, examples));
            } // closed: everything is in the main file
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 40 * 4096);
            if (kind == QLatin1String("damaged")) {
                // A page in the middle, as a failing disk or a stray write leaves it (the header's bytes 16-17
                // hold the page size).
                const QByteArray header = f.read(18);
                const int pageSize = (uchar(header.at(16)) << 8) | uchar(header.at(17));
                QVERIFY(pageSize >= 512);
                f.seek((f.size() / pageSize / 2) * pageSize);
                f.write(QByteArray(pageSize, '\x5a'));
            } else {
                f.resize(f.size() / 2);
            }
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write("run_id,example_id\n1,q01\n");
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        QVERIFY(!Workspace::open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(message), qPrintable(error));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void runsAndRecords()
    {
        QString error;
        FAPO_NEW_WORKSPACE(location, m_dir.path(), QStringLiteral("runs"));
        auto ws = Workspace::open(location, &error);
        Pipeline p;
        p.hash = QStringLiteral("h1");
        p.name = QStringLiteral("demo");
        const qint64 pid = ws->storePipeline(p);
        QVERIFY(pid > 0);
        QCOMPARE(ws->storePipeline(p), pid); // same content, same version
        Dataset d;
        d.hash = QStringLiteral("d1");
        const qint64 did = ws->storeDataset(d);
        const qint64 run = ws->createRun(pid, did, 2, json::object());
        QCOMPARE(ws->findResumableRun(pid, did), std::optional<qint64>(run));

        StepRecord r;
        r.runId = run;
        r.exampleId = QStringLiteral("e1");
        r.stepId = QStringLiteral("answer");
        r.output = QStringLiteral("out <script>");
        r.parsed = json { { "answer", "x" } };
        r.inputTokens = 10;
        r.outputTokens = 5;
        r.costUsd = 0.25;
        r.called = true;
        r.startedAt = QDateTime::currentDateTimeUtc();
        ws->storeStepRecord(r);
        StepRecord cached = r;
        cached.stepId = QStringLiteral("rewrite");
        cached.cacheHit = true;
        cached.costUsd = 0;
        ws->storeStepRecord(cached);
        const auto records = ws->stepRecords(run, QStringLiteral("e1"));
        QCOMPARE(records.size(), size_t(2));
        QCOMPARE(records[0].output, QStringLiteral("out <script>"));
        QCOMPARE(records[0].parsed["answer"], "x");

        ExampleResult e;
        e.runId = run;
        e.exampleId = QStringLiteral("e1");
        e.status = ExampleStatus::Passed;
        e.score = 1.0;
        ws->storeExampleResult(e);
        e.exampleId = QStringLiteral("e2");
        e.status = ExampleStatus::Error;
        e.score = 0.0;
        ws->storeExampleResult(e);
        QCOMPARE(ws->finishedExamples(run), (QStringList { QStringLiteral("e1"), QStringLiteral("e2") }));
        const RunTotals t = ws->totals(run);
        QCOMPARE(t.examples, 2);
        QCOMPARE(t.passed, 1);
        QCOMPARE(t.errors, 1);
        QCOMPARE(t.score, 0.5);
        QCOMPARE(t.calls, 1);
        QCOMPARE(t.cacheHits, 1);
        QCOMPARE(t.inputTokens, 10); // a cache hit is not billed
        QCOMPARE(t.costUsd, 0.25);

        ws->setRunStatus(run, RunStatus::Done);
        QVERIFY(!ws->findResumableRun(pid, did));
        QCOMPARE(nameOf(ws->run(run)->status), QStringLiteral("done"));
        QVERIFY(ws->run(run)->finishedAt.isValid());
    }

    // A read that fails (here: its table is gone; on a damaged file: a bad page) must not look like a
    // short result that the command then builds on and stores.
    void aRunAnotherProcessWritesIsNotResumed()
    {
        // Runs record their process (host and pid): two jobs on one team workspace never write one run.
        QString error;
        FAPO_NEW_WORKSPACE(location, m_dir.path(), QStringLiteral("owners"));
        auto ws = Workspace::open(location, &error);
        QVERIFY2(ws, qPrintable(error));
        Pipeline p;
        p.hash = QStringLiteral("owned");
        Dataset d;
        d.hash = QStringLiteral("owned-data");
        const qint64 pid = ws->storePipeline(p);
        const qint64 did = ws->storeDataset(d);
        const qint64 run = ws->createRun(pid, did, 1, json::object());
        QCOMPARE(ws->run(run)->options.value("pid", qint64(0)), QCoreApplication::applicationPid());
        const QString host = QSysInfo::machineHostName();
        const auto setOwner = [&](qint64 owner, const QString& onHost) {
            QSqlQuery q(ws->database());
            QVERIFY(q.prepare(QStringLiteral("UPDATE runs SET options = ? WHERE id = ?")));
            q.addBindValue(QString::fromStdString(json { { "pid", owner }, { "host", onHost.toStdString() } }.dump()));
            q.addBindValue(run);
            QVERIFY(q.exec());
        };
        setOwner(qint64(::getppid()), host); // alive, and not this process
        QVERIFY(!ws->findResumableRun(pid, did));
        QVERIFY(!ws->claimResumableRun(pid, did));
        setOwner(qint64(::getpid()), QStringLiteral("another-host")); // cannot be told from here: left alone
        QVERIFY(!ws->findResumableRun(pid, did));
        setOwner(4194000, host); // no such process: left behind, resumed
        QCOMPARE(ws->claimResumableRun(pid, did), std::optional<qint64>(run));
        QCOMPARE(ws->run(run)->options.value("pid", qint64(0)), QCoreApplication::applicationPid());
        QCOMPARE(nameOf(ws->run(run)->status), QStringLiteral("running"));
        // An interrupted run was let go by its process: anyone may resume it.
        QVERIFY(ws->setRunStatus(run, RunStatus::Interrupted));
        setOwner(qint64(::getppid()), host);
        QCOMPARE(ws->claimResumableRun(pid, did), std::optional<qint64>(run));
    }

    void aFailedReadStopsWrites()
    {
        QString error;
        FAPO_NEW_WORKSPACE(path, m_dir.path(), QStringLiteral("failedread"));
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        Pipeline p;
        p.hash = QStringLiteral("fr");
        Dataset d;
        d.hash = QStringLiteral("fr");
        const qint64 run = ws->createRun(ws->storePipeline(p), ws->storeDataset(d), 2, json::object());
        ExampleResult e;
        e.runId = run;
        e.exampleId = QStringLiteral("e1");
        QVERIFY(ws->storeExampleResult(e));
        QVERIFY(!ws->failure());
        {
            auto other = Workspace::open(path, &error); // another connection
            QVERIFY2(other, qPrintable(error));
            QSqlQuery drop(other->database());
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE step_records")), qPrintable(drop.lastError().text()));
        }

        QVERIFY(ws->stepRecords(run, QStringLiteral("e1")).empty());
        QVERIFY(ws->failure());
        QVERIFY2(ws->failure()->startsWith(ws->path() + QStringLiteral(": ")), qPrintable(*ws->failure()));
        QVERIFY2(ws->failure()->contains(QLatin1String("step_records")), qPrintable(*ws->failure()));
        e.exampleId = QStringLiteral("e2");
        QVERIFY(!ws->storeExampleResult(e)); // refused: it might rest on the rows that were not read
        ws.reset();
        auto fresh = Workspace::open(path, &error);
        QVERIFY2(fresh, qPrintable(error));
        QVERIFY(!fresh->failure()); // a new connection starts clean
        QCOMPARE(fresh->finishedExamples(run), QStringList { QStringLiteral("e1") });
    }

    // Which failed statements count as reads (after which nothing more is stored).
    void readStatements_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("read");
        QTest::addRow("select") << QStringLiteral("SELECT 1") << true;
        QTest::addRow("select, indented, lower case") << QStringLiteral("  select id FROM runs") << true;
        QTest::addRow("with") << QStringLiteral("WITH x AS (SELECT 1) SELECT * FROM x") << true;
        QTest::addRow("pragma read") << QStringLiteral("PRAGMA page_count") << true;
        QTest::addRow("pragma write") << QStringLiteral("PRAGMA wal_autocheckpoint=0") << false;
        QTest::addRow("insert") << QStringLiteral("INSERT INTO runs (id) VALUES (1)") << false;
        QTest::addRow("update") << QStringLiteral("UPDATE runs SET status = 'done'") << false;
        QTest::addRow("delete") << QStringLiteral("DELETE FROM runs") << false;
        QTest::addRow("vacuum") << QStringLiteral("VACUUM") << false;
    }

    void readStatements()
    {
        QFETCH(QString, sql);
        QFETCH(bool, read);
        QCOMPARE(sql::isReadStatement(sql), read);
    }

    // A row can fail after others were read: the loop must tell that from the end of the rows.
    void nextRowTellsAFailureFromTheEnd()
    {
        FAPO_FILE_WORKSPACE_ONLY(); // PostgreSQL's driver reads every row before the first: exec() fails
        QString error;
        FAPO_NEW_WORKSPACE(location, m_dir.path(), QStringLiteral("nextrow"));
        auto ws = Workspace::open(location, &error);
        QVERIFY2(ws, qPrintable(error));
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE t (n INTEGER, doc TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1, '{\"a\": 1}'), (2, 'not json')")));
        QVERIFY(q.exec(QStringLiteral("SELECT json_extract(doc, '$.a') FROM t")));
        QVERIFY(sql::nextRow(q));
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!ws->failure());
        QVERIFY(!sql::nextRow(q)); // the second row's JSON is malformed: an error, not the end
        QVERIFY(ws->failure());
        QVERIFY2(ws->failure()->contains(QLatin1String("malformed JSON")), qPrintable(*ws->failure()));
    }

    void batchOfResults()
    {
        // An import stores its rows in batches, each one transaction: all of a batch lands, or none.
        QString error;
        FAPO_NEW_WORKSPACE(location, m_dir.path(), QStringLiteral("batch"));
        auto ws = Workspace::open(location, &error);
        Pipeline p;
        p.hash = QStringLiteral("h2");
        Dataset d;
        d.hash = QStringLiteral("d2");
        const qint64 run = ws->createRun(ws->storePipeline(p), ws->storeDataset(d), 3, json::object());
        std::vector<StepRecord> records;
        std::vector<ExampleResult> results;
        for (int i = 0; i < 3; ++i) {
            StepRecord r;
            r.runId = run;
            r.exampleId = QStringLiteral("e%1").arg(i);
            r.stepId = QStringLiteral("answer");
            r.output = QStringLiteral("output %1").arg(i);
            records.push_back(r);
            ExampleResult e;
            e.runId = run;
            e.exampleId = r.exampleId;
            e.position = i;
            e.status = i == 1 ? ExampleStatus::Failed : ExampleStatus::Passed;
            results.push_back(e);
        }
        QVERIFY(ws->storeResults(records, results));
        QCOMPARE(ws->finishedExamples(run).size(), 3);
        QCOMPARE(ws->stepRecords(run, QStringLiteral("e2")).at(0).output, QStringLiteral("output 2"));
        QCOMPARE(ws->totals(run).failed, 1);

        // A row that breaks a constraint (no such run) rolls the whole batch back.
        std::vector<StepRecord> broken = records;
        for (StepRecord& r : broken)
            r.exampleId += QStringLiteral("-again");
        broken.back().runId = 0;
        broken.back().stepId = QString(); // NOT NULL
        QVERIFY(!ws->storeResults(broken, {}));
        QVERIFY(ws->stepRecords(run, QStringLiteral("e0-again")).empty());
    }

    // The bulk rows of an import (SQLite's own binding) store exactly what storeResults stores for the
    // same records and results: every column, NULLs included, read back by SQL.
    void bulkRowsStoreWhatStoreResultsStores()
    {
        QString error;
        FAPO_NEW_WORKSPACE(location, m_dir.path(), QStringLiteral("bulk"));
        auto ws = Workspace::open(location, &error);
        QVERIFY2(ws, qPrintable(error));
        Pipeline p;
        p.hash = QStringLiteral("h5");
        Dataset d;
        d.hash = QStringLiteral("d5");
        const qint64 pid = ws->storePipeline(p);
        const qint64 did = ws->storeDataset(d);
        const qint64 viaQt = ws->createRun(pid, did, 2, json::object());
        const qint64 viaBulk = ws->createRun(pid, did, 2, json::object());
        const qint64 startMs = 1700000000123;

        std::vector<StepRecord> records;
        std::vector<ExampleResult> results;
        std::vector<StepRecordRow> stepRows;
        std::vector<ExampleResultRow> exampleRows;
        for (int i = 0; i < 2; ++i) {
            StepRecord r; // as the import made them before: a failed span, a model, tokens, Unicode
            r.runId = viaQt;
            r.exampleId = QStringLiteral("trace-%1-ü").arg(i);
            r.stepId = QStringLiteral("answer");
            r.kind = StepKind::Llm;
            r.prompt = QStringLiteral("question %1 – 河").arg(i);
            r.output = i == 0 ? QStringLiteral("Tessel") : QString();
            r.error = i == 1 ? QStringLiteral("rate limited") : QString();
            r.passed = r.error.isEmpty();
            r.model = i == 0 ? QStringLiteral("claude-haiku-5-5") : QString();
            r.startedAt = QDateTime::fromMSecsSinceEpoch(startMs + i, Qt::UTC);
            r.durationMs = 500 + i;
            r.inputTokens = 12;
            r.outputTokens = 3 + i;
            records.push_back(r);
            ExampleResult e;
            e.runId = viaQt;
            e.exampleId = r.exampleId;
            e.position = i;
            e.status = r.passed ? ExampleStatus::Passed : ExampleStatus::Failed;
            e.score = r.passed ? 1.0 : 0.0;
            e.finalOutput = r.output;
            e.inputTokens = r.inputTokens;
            e.outputTokens = r.outputTokens;
            e.latencyMs = r.durationMs;
            results.push_back(e);

            stepRows.push_back({ r.exampleId.toUtf8(), r.stepId.toUtf8(), "llm", r.prompt.toUtf8(), r.output.toUtf8(), r.error.toUtf8(),
                                 r.model.toUtf8(), startMs + i, r.durationMs, r.inputTokens, r.outputTokens });
            exampleRows.push_back(
                { e.exampleId.toUtf8(), e.position, r.passed, e.finalOutput.toUtf8(), e.inputTokens, e.outputTokens, e.latencyMs });
        }
        QVERIFY(ws->storeResults(records, results));
        QVERIFY(storeRows(*ws, viaBulk, stepRows, exampleRows));

        for (const QString& table : { QStringLiteral("step_records"), QStringLiteral("examples") }) {
            const QStringList expected = test::tableRows(*ws, table, viaQt);
            QCOMPARE(expected.size(), 2);
            QCOMPARE(test::tableRows(*ws, table, viaBulk), expected);
        }
        // The run reads back the same through the workspace's own readers.
        QCOMPARE(ws->totals(viaBulk).failed, 1);
        QCOMPARE(ws->stepRecords(viaBulk, QStringLiteral("trace-0-ü")).at(0).startedAt, records[0].startedAt);
    }

    // The import's own ISO time writer agrees with QDateTime's Qt::ISODateWithMs (and falls back to it
    // outside four-digit years).
    void isoTimeUtc_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("a trace") << qint64(1700000000123);
        QTest::newRow("before the epoch") << qint64(-1);
        QTest::newRow("leap day 2024") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 2000 new year") << QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("1900 (no leap year)") << QDateTime(QDate(1900, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 999") << QDateTime(QDate(999, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        // Every day over eight years, at a time that moves.
        for (qint64 day = 0; day < 8 * 366; day += 37)
            QTest::addRow("day %lld", day) << (qint64(1640995200000) + day * 86400000 + day * 1234567 % 86400000);
    }

    void isoTimeUtc()
    {
        QFETCH(qint64, ms);
        QCOMPARE(QString::fromLatin1(fapo::isoTimeUtc(ms)), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    }

    // A live session replaces its run each time it stores: the old run goes with its rows and dataset,
    // unless something refers to it.
    void deleteRun()
    {
        QString error;
        FAPO_NEW_WORKSPACE(location, m_dir.path(), QStringLiteral("delete"));
        auto ws = Workspace::open(location, &error);
        Pipeline p;
        p.hash = QStringLiteral("h3");
        const qint64 pid = ws->storePipeline(p);
        Dataset first, second;
        first.hash = QStringLiteral("d3");
        second.hash = QStringLiteral("d4");
        const qint64 plain = ws->createRun(pid, ws->storeDataset(first), 1, json::object());
        const qint64 analysed = ws->createRun(pid, ws->storeDataset(second), 1, json::object());
        StepRecord r;
        r.runId = plain;
        r.exampleId = QStringLiteral("e0");
        r.stepId = QStringLiteral("answer");
        ExampleResult e;
        e.runId = plain;
        e.exampleId = r.exampleId;
        QVERIFY(ws->storeResults({ r }, { e }));
        QVERIFY(ws->storeAnalysis(analysed, json::object(), AnalysisSummary {}, {}) > 0);

        QVERIFY(!ws->deleteRun(analysed)); // an analysis refers to it
        QVERIFY(ws->run(analysed));
        QVERIFY(ws->deleteRun(plain));
        QVERIFY(!ws->run(plain));
        QVERIFY(ws->stepRecords(plain, QStringLiteral("e0")).empty());
        QCOMPARE(ws->totals(plain).examples, 0);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM datasets WHERE hash = 'd3'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // its dataset went with it; the other run's stays
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM datasets WHERE hash = 'd4'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!ws->deleteRun(plain)); // gone already
    }

    void cache()
    {
        QString error;
        FAPO_NEW_WORKSPACE(location, m_dir.path(), QStringLiteral("cache"));
        auto ws = Workspace::open(location, &error);
        QVERIFY(!ws->cachedResponse(QStringLiteral("k")));
        ws->storeCachedResponse(QStringLiteral("k"), QStringLiteral("anthropic"), QStringLiteral("m"), json { { "text", "hi" } });
        QCOMPARE(ws->cachedResponse(QStringLiteral("k"))->value("text", std::string()), "hi");
    }

    void ftsQueryIsNeverSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addRow("words") << QStringLiteral("Orlin Vasko birthplace") << QStringLiteral("\"orlin\" OR \"vasko\" OR \"birthplace\"");
        QTest::addRow("operators")
            << QStringLiteral("a AND b NOT c* \"d\" (e) title:f NEAR")
            << QStringLiteral("\"a\" OR \"and\" OR \"b\" OR \"not\" OR \"c\" OR \"d\" OR \"e\" OR \"title\" OR \"f\" OR \"near\"");
        QTest::addRow("duplicates") << QStringLiteral("river River RIVER") << QStringLiteral("\"river\"");
        QTest::addRow("empty") << QStringLiteral("?!  --") << QString();
        QTest::addRow("unicode") << QStringLiteral("crème 北京") << QStringLiteral("\"crème\" OR \"北京\"");
    }

    void ftsQueryIsNeverSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QCOMPARE(ftsQueryFromText(text), query);
    }

    void bm25Ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("top");
        QTest::addRow("name first") << QStringLiteral("Orlin Vasko born") << QStringList { QStringLiteral("d1") };
        QTest::addRow("rare word wins") << QStringLiteral("Tessel river") << QStringList { QStringLiteral("d3"), QStringLiteral("d2") };
        QTest::addRow("any word matches") << QStringLiteral("grain zebra") << QStringList { QStringLiteral("d4") };
        QTest::addRow("diacritics folded") << QStringLiteral("creme brulee") << QStringList { QStringLiteral("d5") };
        QTest::addRow("syntax is text") << QStringLiteral("\"Tessel\" OR (NEAR* spring") << QStringList { QStringLiteral("d3") };
        QTest::addRow("nothing") << QStringLiteral("zebra") << QStringList();
    }

    void bm25Ranking()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, top);
        QString error;
        FAPO_NEW_WORKSPACE(location, m_dir.path(), QStringLiteral("bm25"));
        auto ws = Workspace::open(location, &error);
        const Corpus corpus = smallCorpus();
        QVERIFY2(ws->ensureCorpusIndexed(corpus, &error), qPrintable(error));
        QVERIFY(ws->ensureCorpusIndexed(corpus, &error)); // indexed once per content
        const auto passages = ws->search(corpus.hash, query, 3, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList got;
        for (const Passage& p : passages)
            got << p.id;
        QCOMPARE(got.mid(0, top.size()), top);
        for (size_t i = 1; i < passages.size(); ++i)
            QVERIFY(passages[i - 1].score >= passages[i].score);
        if (!passages.empty())
            QVERIFY(passages[0].score > 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
