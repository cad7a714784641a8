// The analysis in the window, offscreen: analyse the example's run from the window (in a worker), see
// the blame chart's models fill, the graph take its origins from the analysis, a cluster filter the
// examples, and the selected example's verdict explained in plain text.
#include "widgets/analysis/analysispanel.h"
#include "models/clustermodel.h"
#include "widgets/examplespanel.h"
#include "widgets/mainwindow.h"
#include "core/session/studiosession.h"
#include "models/stepblamemodel.h"
#include "models/stepgraphmodel.h"
#include "guitest.h"
#include "core/workspace/workspace.h"
#include <QAbstractItemModelTester>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;

class TestAnalysisPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fapo::test::prepareGuiTest();
        const QDir source(QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("multihop")));
        for (const QString& f : source.entryList(QDir::Files))
            if (!f.contains(QLatin1String(".fapo")))
                QVERIFY(QFile::copy(source.filePath(f), m_dir.filePath(QStringLiteral("multihop/") + f)));
        QProcess p;
        p.start(QStringLiteral(FAPO_FAPO_BIN),
                { QStringLiteral("run"), m_dir.filePath(QStringLiteral("multihop/pipeline.json")), QStringLiteral("--dataset"),
                  m_dir.filePath(QStringLiteral("multihop/dataset.jsonl")), QStringLiteral("--quiet") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        m_workspace = m_dir.filePath(QStringLiteral("multihop/pipeline.fapo"));
    }

    void analyzeFromTheWindow()
    {
        MainWindow window(MainWindow::Mode::Unattended);
        window.resize(1400, 900);
        window.show();
        AnalysisPanel* panel = window.analysisPanel();
        QAbstractItemModelTester blameTester(panel->blameModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester clusterTester(panel->clusterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(window.session(), &StudioSession::snapshotLoaded);
        QVERIFY(window.openFile(m_workspace));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!window.snapshot()->analysis);
        QCOMPARE(panel->blameModel()->rowCount(), 0);

        QSignalSpy analysed(window.session(), &StudioSession::analysisFinished);
        QVERIFY(window.analyzeRun());
        QVERIFY(analysed.wait(30000));
        const RunSnapshotPtr snap = window.snapshot();
        QVERIFY(snap->analysis);
        QCOMPARE(snap->analysis->id, analysed.at(0).at(0).toLongLong());
        QCOMPARE(panel->blameModel()->rowCount(), 5);
        QVERIFY(panel->clusterModel()->rowCount() > 0);

        // Origins on the graph and in the table are the analysis's verdicts.
        QString error;
        auto ws = Workspace::open(m_workspace, &error);
        QVERIFY(ws);
        const auto verdicts = ws->verdicts(snap->analysis->id);
        QCOMPARE(int(verdicts.size()), snap->totals.failed + snap->totals.errors);
        int originsOnRewrite = 0;
        for (const Verdict& v : verdicts) {
            const ExampleRow& row = snap->examples[size_t(snap->exampleIndex(v.exampleId))];
            QCOMPARE(row.origin, v.origin);
            originsOnRewrite += v.origin == QLatin1String("rewrite");
        }
        QVERIFY(originsOnRewrite > 0); // the example's lossy rewrites surface only at the answer
        StepGraphModel* graph = window.graphModel();
        QCOMPARE(graph->nodeData(graph->nodeForName(QStringLiteral("rewrite")), NodeRole::Origins).toInt(), originsOnRewrite);
        int blamed = 0;
        for (const StepBlame& r : panel->blameModel()->rows())
            if (r.stepId == QLatin1String("rewrite"))
                blamed = r.origin;
        QCOMPARE(blamed, originsOnRewrite);

        // A cluster shows its examples; selecting one explains its verdict, as plain text.
        Q_EMIT panel->clusterActivated(QStringLiteral("rewrite"));
        QCOMPARE(window.selectedStep(), QStringLiteral("rewrite"));
        QAbstractItemModel* rows = window.examplesPanel()->table()->model();
        QCOMPARE(rows->rowCount(), originsOnRewrite);
        const QString example = window.examplesPanel()->currentExample();
        QVERIFY(!example.isEmpty());
        QVERIFY2(panel->verdictText().startsWith(example + QStringLiteral(": the failure starts at \"rewrite\"")),
                 qPrintable(panel->verdictText()));
    }
};

QTEST_MAIN(TestAnalysisPanel)
#include "tst_analysispanel.moc"
