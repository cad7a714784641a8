// What the views are fed: the run snapshot (origins, cells, propagation), the step graph model and
// the examples table, built from a real run of the bundled example (scripted model, offline).
#include "examplefilterproxy.h"
#include "examplesmodel.h"
#include "failurematrixmodel.h"
#include "formats/pipelineloader.h"
#include "run/runner.h"
#include "runview/snapshotloader.h"
#include "stepgraphmodel.h"
#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QtTest>

using namespace fapo;

class TestRunView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_workspace;
    RunSnapshotPtr m_snapshot;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunOutcome>();
        const QString example = QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop/");
        const PipelineLoad load = loadPipeline(example + QStringLiteral("pipeline.json"));
        QVERIFY(load.pipeline);
        Diagnostics diags;
        auto dataset = loadDataset(example + QStringLiteral("dataset.jsonl"), &diags);
        QVERIFY(dataset);
        m_workspace = m_dir.filePath(QStringLiteral("view.fapo"));
        QString error;
        auto ws = Workspace::open(m_workspace, &error);
        Runner runner(*load.pipeline, *dataset, ws.get(), ProviderEnvironment(), RunOptions());
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finished.wait(30000));

        // Loaded off the GUI thread, as the window does.
        SnapshotLoader loader;
        QSignalSpy loaded(&loader, &SnapshotLoader::loaded);
        loader.load(m_workspace, 0);
        QVERIFY(loaded.wait(30000));
        m_snapshot = loaded.at(0).at(0).value<RunSnapshotPtr>();
        QVERIFY(m_snapshot);
    }

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

    void graphModel()
    {
        StepGraphModel model;
        QSignalSpy reset(&model, &StepGraphModel::modelReset);
        model.setSnapshot(m_snapshot);
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.nodeIds().size(), 6); // input.question + 5 steps
        QCOMPARE(model.edges().size(), int(m_snapshot->pipeline.graph.edges.size()));
        const NodeId answer = model.nodeForName(QStringLiteral("answer"));
        QCOMPARE(model.nodeData(answer, NodeRole::Kind).toString(), QStringLiteral("llm"));
        QVERIFY(model.nodeData(answer, NodeRole::IsOutput).toBool());
        QCOMPARE(model.nodeData(model.nodeForName(QStringLiteral("input.question")), NodeRole::Kind).toString(), QStringLiteral("input"));
        QVERIFY(!model.nodeData(model.nodeForName(QStringLiteral("input.question")), NodeRole::Passed).isValid());

        // A failing example lights its path; nodes that change are announced one by one.
        QString failing;
        for (const ExampleRow& r : m_snapshot->examples)
            if (r.status != ExampleStatus::Passed) {
                failing = r.id;
                break;
            }
        QSignalSpy nodes(&model, &StepGraphModel::nodeUpdated);
        model.setSelectedExample(failing);
        QVERIFY(nodes.count() >= 1);
        const QString origin = m_snapshot->examples[size_t(m_snapshot->exampleIndex(failing))].origin;
        QCOMPARE(model.nodeData(model.nodeForName(origin), NodeRole::Highlight).toInt(), int(NodeHighlight::Origin));
        model.setSelectedExample(QString());
        QCOMPARE(model.nodeData(model.nodeForName(origin), NodeRole::Highlight).toInt(), int(NodeHighlight::None));
        QVERIFY(model.nodeData(model.nodeForName(origin), NodeRole::Origins).toInt() > 0);
    }

    void failureMatrix()
    {
        FailureMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), 35);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("answer"));
        int origins = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                QCOMPARE(i.data(CellStateRole).toInt(), int(m_snapshot->cell(size_t(r), c)));
                origins += i.data(IsOriginRole).toBool();
            }
        QCOMPARE(origins, m_snapshot->totals.failed + m_snapshot->totals.errors); // one origin per failure
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void examplesModelAndFilters()
    {
        ExamplesModel model;
        ExampleFilterProxy proxy;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), 35);
        QCOMPARE(model.columnCount(), int(ExamplesModel::ColumnCount));
        QCOMPARE(model.index(0, ExamplesModel::IdColumn).data().toString(), QStringLiteral("q01"));
        const int failed = m_snapshot->totals.failed + m_snapshot->totals.errors;
        proxy.setFailedOnly(true);
        QCOMPARE(proxy.rowCount(), failed);
        proxy.setOriginStep(QStringLiteral("rewrite"));
        QCOMPARE(proxy.rowCount(), 0); // no failure starts at rewrite until analysis says so
        proxy.setOriginStep(QString());
        proxy.setFailedOnly(false);
        proxy.setText(QStringLiteral("q1"));
        QCOMPARE(proxy.rowCount(), 10); // q10..q19
        proxy.setText(QStringLiteral("ORLIN vasko"));
        QVERIFY(proxy.rowCount() >= 1);
        proxy.setText(QString());
        proxy.sort(ExamplesModel::ScoreColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 0).data(StatusRole).toInt() == int(ExampleStatus::Passed));
        model.setSnapshot(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestRunView)
#include "tst_runview.moc"
