// The run snapshot the views are fed (origins, cells, the failure path), from a real run of the
// bundled example (scripted model, offline), and the cells the runner stores against SQLite's packing.
#include "examplerun.h"
#include "core/formats/pipelineloader.h"
#include "core/run/runner.h"
#include "core/workspace/workspace.h"
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;

class TestRunSnapshot : public test::BundledExampleTest {
    Q_OBJECT
private Q_SLOTS:
    void snapshotOrigins()
    {
        const RunSnapshot& s = *m_snapshot;
        QCOMPARE(s.examples.size(), size_t(35));
        QCOMPARE(s.steps,
                 (QStringList { QStringLiteral("rewrite"), QStringLiteral("retrieve"), QStringLiteral("extract"), QStringLiteral("lookup"),
                                QStringLiteral("answer") }));
        QCOMPARE(s.totals.examples, 35);
        int failed = 0;
        for (const ExampleRow& r : s.examples) {
            QCOMPARE(r.origin.isEmpty(), r.status == ExampleStatus::Passed);
            failed += r.status != ExampleStatus::Passed;
        }
        QCOMPARE(failed, s.totals.failed + s.totals.errors);
        // Every step ran for every example and passed its checks: until analysis lands, the origin
        // of each failure is the output step, and the failure path runs from there.
        const ExampleRow& q05 = s.examples[size_t(s.exampleIndex(QStringLiteral("q05")))];
        QCOMPARE(q05.status, ExampleStatus::Failed);
        QCOMPARE(q05.preview.left(5), QStringLiteral("Which"));
        int origins = 0;
        for (const QString& step : s.steps)
            origins += s.stepStats.value(step).origins;
        QCOMPARE(origins, failed);
    }

    // The cells the runner stores with each example are the ones SQLite packs from the step records
    // (what runs stored before, and imports, load from): every state, both ways.
    void storedCellsMatchTheRecords()
    {
        const QByteArray source = "{\"format\": \"fapo.pipeline/1\", \"name\": \"cells\", \"steps\": ["
                                  "{\"id\": \"a\", \"kind\": \"transform\", \"template\": \"{{input.x}}\", \"parse\": \"json\"},"
                                  "{\"id\": \"b\", \"kind\": \"transform\", \"template\": \"{{a}}!\", "
                                  "\"checks\": [{\"type\": \"max_chars\", \"value\": 12}]},"
                                  "{\"id\": \"c\", \"kind\": \"transform\", \"template\": \"{{b}}\"}], \"output\": \"c\"}";
        const PipelineLoad load = loadPipelineFromBytes(m_dir.filePath(QStringLiteral("cells.json")), source);
        QVERIFY2(load.pipeline, qPrintable(load.diagnostics.empty() ? QString() : load.diagnostics.front().toString()));
        const QByteArray lines = "{\"id\": \"ok\", \"input\": {\"x\": \"{\\\"v\\\": 1}\"}}\n"
                                 "{\"id\": \"long\", \"input\": {\"x\": \"{\\\"v\\\": 123456789}\"}}\n"
                                 "{\"id\": \"broken\", \"input\": {\"x\": \"not json\"}}\n";
        QFile f(m_dir.filePath(QStringLiteral("cells.jsonl")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines);
        f.close();
        Diagnostics diags;
        auto dataset = loadDataset(f.fileName(), &diags);
        QVERIFY(dataset);
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("cells.fapo")), &error);
        Runner runner(*load.pipeline, *dataset, ws.get(), ProviderEnvironment(), RunOptions());
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finished.wait(30000));
        const auto stored = RunSnapshot::load(*ws, 0, &error);
        QVERIFY(stored);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM examples WHERE cells IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(QStringLiteral("UPDATE examples SET cells = NULL")));
        const auto packed = RunSnapshot::load(*ws, 0, &error);
        QVERIFY(packed);
        QVERIFY(stored->cells == packed->cells);
        const auto cell = [&](const QString& example, int step) { return stored->cell(size_t(stored->exampleIndex(example)), step); };
        QCOMPARE(cell(QStringLiteral("ok"), 1), CellState::Passed);
        QCOMPARE(cell(QStringLiteral("long"), 1), CellState::CheckFailed);
        QCOMPARE(cell(QStringLiteral("broken"), 0), CellState::Error);
        QCOMPARE(cell(QStringLiteral("broken"), 2), CellState::NotRun);
    }

    void failurePathFollowsTheGraph()
    {
        const RunSnapshot::Path path = m_snapshot->failurePath(QStringLiteral("retrieve"));
        QCOMPARE(
            path.steps,
            (QStringList { QStringLiteral("retrieve"), QStringLiteral("extract"), QStringLiteral("lookup"), QStringLiteral("answer") }));
        QCOMPARE(path.edges.size(), size_t(4)); // retrieve->extract, extract->lookup, extract->answer, lookup->answer
        QVERIFY(m_snapshot->failurePath(QString()).steps.isEmpty());
    }
};

QTEST_MAIN(TestRunSnapshot)
#include "tst_runsnapshot.moc"
