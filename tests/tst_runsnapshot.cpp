// The run snapshot the views are fed (origins, cells, the failure path), from a real run of the
// bundled example (scripted model, offline), and the cells the runner stores against SQLite's packing.
#include "examplerun.h"
#include "fapoprocess.h"
#include "core/runview/failureroles.h"
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

    // A step's part in one example's failure, from its cells and the failure's origin and path.
    void failureRoles_data()
    {
        using R = FailureRole;
        using C = CellState;
        QTest::addColumn<bool>("failed");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QList<int>>("cells"); // CellState of a, b, c, d
        QTest::addColumn<QList<int>>("roles"); // FailureRole of a, b, c, d
        // a -> b -> d is the path from a to the output d; c is a side branch.
        const QList<int> allPassed { int(C::Passed), int(C::Passed), int(C::Passed), int(C::Passed) };
        QTest::addRow("passed") << false << QString() << allPassed
                                << QList<int> { int(R::Passed), int(R::Passed), int(R::Passed), int(R::Passed) };
        QTest::addRow("starts at a, carried to d") << true << QStringLiteral("a") << allPassed
                                                   << QList<int> { int(R::Origin), int(R::Carried), int(R::NotInvolved), int(R::Carried) };
        QTest::addRow("a side step fails its own check")
            << true << QStringLiteral("a") << QList<int> { int(C::Passed), int(C::Passed), int(C::CheckFailed), int(C::Passed) }
            << QList<int> { int(R::Origin), int(R::Carried), int(R::OwnFailure), int(R::Carried) };
        QTest::addRow("starts at the output") << true << QStringLiteral("d")
                                              << QList<int> { int(C::Passed), int(C::Error), int(C::Passed), int(C::Passed) }
                                              << QList<int> { int(R::NotInvolved), int(R::OwnFailure), int(R::NotInvolved),
                                                              int(R::Origin) };
    }

    void failureRoles()
    {
        QFETCH(bool, failed);
        QFETCH(QString, origin);
        QFETCH(QList<int>, cells);
        QFETCH(QList<int>, roles);
        const QStringList steps { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") };
        QStringList carriers;
        if (origin == QLatin1String("a"))
            carriers = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d") };
        else if (!origin.isEmpty())
            carriers = { origin };
        std::vector<CellState> cellStates;
        for (int c : cells)
            cellStates.push_back(CellState(c));
        std::vector<FailureRole> derived(4, FailureRole::NotInvolved);
        deriveFailureRoles(steps, cellStates, failed, origin, carriers, derived);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(nameOf(derived[size_t(i)]), nameOf(FailureRole(roles[i])));
    }

    // After `fapo analyze`, origins, classes and roles follow the analysis: in the snapshot the views
    // read, and in analyze --json.
    void rolesFollowTheAnalysis()
    {
        const QString workspacePath = m_dir.filePath(QStringLiteral("view.fapo"));
        const test::FapoResult analysis
            = test::runFapo({ QStringLiteral("analyze"), QStringLiteral("--workspace"), workspacePath, QStringLiteral("--json") });
        QCOMPARE(analysis.code, 0);
        const nlohmann::json report = analysis.document();
        QString error;
        auto ws = Workspace::open(workspacePath, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto snapshot = RunSnapshot::load(*ws, 0, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(snapshot->analysis);

        int carriedAtAnswer = 0;
        for (const nlohmann::json& e : report["examples"]) {
            const QString id = QString::fromStdString(e["id"].get<std::string>());
            const size_t row = size_t(snapshot->exampleIndex(id));
            const ExampleRow& example = snapshot->examples[row];
            for (int s = 0; s < snapshot->steps.size(); ++s) // the CLI and the window say the same
                QCOMPARE(QString::fromStdString(e["roles"][snapshot->steps[s].toStdString()].get<std::string>()),
                         nameOf(snapshot->role(row, s)));
            if (e["passed"].get<bool>()) {
                QVERIFY(!example.method);
                continue;
            }
            const QString origin = QString::fromStdString(e["origin"].get<std::string>());
            QCOMPARE(example.origin, origin);
            QCOMPARE(nameOf(*example.method), QString::fromStdString(e["method"].get<std::string>()));
            QCOMPARE(nameOf(example.failureClass), QString::fromStdString(e["class"].get<std::string>()));
            const QStringList path = snapshot->failurePath(origin).steps;
            for (int s = 0; s < snapshot->steps.size(); ++s) {
                const QString& step = snapshot->steps[s];
                const FailureRole role = snapshot->role(row, s);
                if (step == origin)
                    QCOMPARE(role, FailureRole::Origin);
                else if (path.contains(step))
                    QCOMPARE(role, FailureRole::Carried);
                else
                    QVERIFY(role == FailureRole::NotInvolved || role == FailureRole::OwnFailure);
            }
            if (origin != QLatin1String("answer"))
                ++carriedAtAnswer;
        }
        // The example's failures start at rewrite, extract and answer (the analysis says so).
        const auto q04 = snapshot->examples[size_t(snapshot->exampleIndex(QStringLiteral("q04")))];
        QCOMPARE(q04.origin, QStringLiteral("answer"));
        QCOMPARE(q04.failureClass, FailureClass::Format);
        QVERIFY(snapshot->stepStats.value(QStringLiteral("rewrite")).origins > 0);
        QCOMPARE(snapshot->stepStats.value(QStringLiteral("rewrite")).carried, 0);
        QCOMPARE(snapshot->stepStats.value(QStringLiteral("answer")).carried, carriedAtAnswer);
        QVERIFY(carriedAtAnswer > 0);
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
