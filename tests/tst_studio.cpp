// The window, offscreen: open the example's workspace, select a failing example, and see its
// rendered prompt in the inspector and its origin on the graph; untrusted text stays plain text;
// runs from the window; screenshots of every view.
#include "widgets/comparepanel.h"
#include "widgets/examplespanel.h"
#include "models/examplesmodel.h"
#include "widgets/failurematrixview.h"
#include "widgets/graph/graphscene.h"
#include "widgets/inspector/answerpane.h"
#include "widgets/inspector/evidencepane.h"
#include "widgets/inspector/stepinspector.h"
#include "widgets/mainwindow.h"
#include "core/session/studiosession.h"
#include "models/stepgraphmodel.h"
#include "testfiles.h"
#include "otlpencode.h"
#include "rawhttpclient.h"
#include "widgets/graph/graphview.h"
#include "widgets/liveindicator.h"
#include "core/translations.h"
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;

class TestStudio : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Copies a folder of test inputs into the temporary dir (workspaces never go into the source tree).
    QString copyFolder(const QString& from, const QString& name)
    {
        const QDir source(from);
        QDir().mkpath(m_dir.filePath(name));
        for (const QString& f : source.entryList(QDir::Files))
            if (!f.endsWith(QLatin1String(".fapo")) && !f.contains(QLatin1String(".fapo-")))
                QFile::copy(source.filePath(f), m_dir.filePath(name + QLatin1Char('/') + f));
        return m_dir.filePath(name);
    }

    // fapo-studio as a person's shell would start it, offscreen, with settings kept in the test folder.
    int runStudio(const QStringList& args, QByteArray* err = nullptr) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FAPO_STUDIO_BIN), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

    static int runFapo(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(FAPO_FAPO_BIN), args);
        return p.waitForFinished(60000) ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // settings and recent files stay out of the user's
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(*QCoreApplication::instance());
        const QString example = copyFolder(QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop"), QStringLiteral("multihop"));
        QCOMPARE(runFapo({ QStringLiteral("run"), example + QStringLiteral("/pipeline.json"), QStringLiteral("--dataset"),
                           example + QStringLiteral("/dataset.jsonl"), QStringLiteral("--quiet") }),
                 0);
    }

    void failingExampleShowsItsPath()
    {
        MainWindow window(MainWindow::Mode::Unattended);
        window.resize(1400, 900);
        window.show();
        QSignalSpy loaded(window.session(), &StudioSession::snapshotLoaded);
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("multihop/pipeline.fapo"))));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.snapshot()->examples.size(), size_t(35));
        QTRY_VERIFY_WITH_TIMEOUT(!window.graphScene()->isLayoutPending(), 20000);
        QCOMPARE(window.graphScene()->nodeCount(), 6);
        // Inputs arrive in a second stage, after the rows.
        QAbstractItemModel* rows = window.examplesPanel()->table()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rows->index(0, ExamplesModel::InputColumn).data().toString().startsWith(QLatin1String("Which")), 20000);

        window.examplesPanel()->selectFirstFailure();
        const QString example = window.examplesPanel()->currentExample();
        QVERIFY(!example.isEmpty());
        const ExampleRow& row = window.snapshot()->examples[size_t(window.snapshot()->exampleIndex(example))];
        QVERIFY(row.status != ExampleStatus::Passed);
        // The graph marks where this failure starts; the inspector shows that step's rendered prompt.
        StepGraphModel* graph = window.graphModel();
        QCOMPARE(graph->nodeData(graph->nodeForName(row.origin), NodeRole::Highlight).toInt(), int(NodeHighlight::Origin));
        QCOMPARE(window.selectedStep(), row.origin);
        QCOMPARE(window.inspector()->stepId(), row.origin);
        QVERIFY(window.inspector()->renderedPromptText().contains(QLatin1String("Question: ")));
        QVERIFY(!window.inspector()->highlightedPromptSpans().isEmpty());

        // Selecting another step on the graph inspects it for the same example.
        window.selectStep(QStringLiteral("rewrite"));
        QCOMPARE(window.inspector()->stepId(), QStringLiteral("rewrite"));
        QVERIFY(window.inspector()->renderedPromptText().startsWith(QLatin1String("Question: ")));

        // A cell of the failure matrix inspects that example at that step.
        FailureMatrixView* matrix = window.failureMatrix();
        const int q02 = window.snapshot()->exampleIndex(QStringLiteral("q02"));
        Q_EMIT matrix->clicked(matrix->model()->index(q02, 2)); // what a click on the cell emits
        QCOMPARE(window.examplesPanel()->currentExample(), QStringLiteral("q02"));
        QCOMPARE(window.inspector()->stepId(), QStringLiteral("extract"));
        window.examplesPanel()->selectExample(example);

        // j/k move through the examples.
        QTableView* table = window.examplesPanel()->table();
        table->setFocus();
        const int before = table->currentIndex().row();
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(table->currentIndex().row(), before + 1);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(table->currentIndex().row(), before);
    }

    // After `fapo analyze`, every view tells q05's story: the rewrite drops the name, retrieval then misses
    // its gold, and the wrong answer surfaces at the output.
    void analysedExampleTellsItsStory()
    {
        const QString story = copyFolder(QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop"), QStringLiteral("story"));
        QCOMPARE(runFapo({ QStringLiteral("run"), story + QStringLiteral("/pipeline.json"), QStringLiteral("--dataset"),
                           story + QStringLiteral("/dataset.jsonl"), QStringLiteral("--quiet") }),
                 0);
        QCOMPARE(runFapo({ QStringLiteral("analyze"), story + QStringLiteral("/pipeline.json"), QStringLiteral("--quiet") }), 0);
        MainWindow window(MainWindow::Mode::Unattended);
        window.resize(1400, 900);
        window.show();
        QSignalSpy loaded(window.session(), &StudioSession::snapshotLoaded);
        QVERIFY(window.openFile(story + QStringLiteral("/pipeline.fapo")));
        QVERIFY(loaded.wait(20000));
        QVERIFY(window.snapshot()->analysis);
        StepInspector* inspector = window.inspector();
        FailureMatrixView* matrix = window.failureMatrix();
        StepGraphModel* graph = window.graphModel();

        // Selecting the example jumps to its origin, in the graph, the inspector and the matrix alike.
        window.examplesPanel()->selectExample(QStringLiteral("q05"));
        QCOMPARE(window.selectedStep(), QStringLiteral("rewrite"));
        QVERIFY2(inspector->header()->verdictText().startsWith(QLatin1String("Failure starts here")),
                 qPrintable(inspector->header()->verdictText()));
        QCOMPARE(graph->nodeData(graph->nodeForName(QStringLiteral("rewrite")), NodeRole::Highlight).toInt(), int(NodeHighlight::Origin));
        QCOMPARE(graph->nodeData(graph->nodeForName(QStringLiteral("retrieve")), NodeRole::Highlight).toInt(),
                 int(NodeHighlight::Affected));
        QCOMPARE(matrix->currentCell().data(ExampleIdRole).toString(), QStringLiteral("q05"));
        QCOMPARE(matrix->currentCell().data(StepIdRole).toString(), QStringLiteral("rewrite"));
        QVERIFY(inspector->evidencePane()->reasons().first().contains(QStringLiteral("“rewrite” does not meet its step gold")));

        // A step it passed through says so, and leads back to the origin.
        window.selectStep(QStringLiteral("retrieve"));
        QCOMPARE(inspector->header()->verdictText(), QStringLiteral("Carried from rewrite"));
        QVERIFY(inspector->evidencePane()->headline().contains(QStringLiteral("starts at “rewrite” and passes through “retrieve”")));
        QCOMPARE(matrix->currentCell().data(StepIdRole).toString(), QStringLiteral("retrieve"));
        // Sorted by a step's roles, the matrix still lands on the example's own row.
        matrix->sortByColumn(2, Qt::AscendingOrder);
        window.selectStep(QStringLiteral("extract"));
        QCOMPARE(matrix->currentCell().data(ExampleIdRole).toString(), QStringLiteral("q05"));
        QCOMPARE(matrix->currentCell().data(StepIdRole).toString(), QStringLiteral("extract"));
        inspector->findChild<QToolButton*>(QStringLiteral("originLink"))->click();
        QCOMPARE(window.selectedStep(), QStringLiteral("rewrite"));

        // The output step: the expected answer beside the actual one.
        window.selectStep(QStringLiteral("answer"));
        QCOMPARE(inspector->answerPane()->expectedTexts().first(), QStringLiteral("Velm"));
        QVERIFY(inspector->answerPane()->resultTexts().first().contains(QLatin1String("failed")));
    }

    void runFromTheWindowAndShowHtmlLiterally()
    {
        const QString folder = copyFolder(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/html"), QStringLiteral("html"));
        MainWindow window(MainWindow::Mode::Unattended);
        window.show();
        // File › Export Accepted Prompts… needs a workspace: the run makes one.
        QAction* exportAction = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text() == QStringLiteral("&Export Accepted Prompts…"))
                exportAction = a;
        QVERIFY(exportAction);
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(window.openFile(folder + QStringLiteral("/pipeline.json")));
        QSignalSpy finished(window.session(), &StudioSession::runFinished);
        QSignalSpy loaded(window.session(), &StudioSession::snapshotLoaded);
        QString error;
        QVERIFY2(window.runDataset(folder + QStringLiteral("/dataset.jsonl"), &error), qPrintable(error));
        QVERIFY(finished.wait(20000)); // the run happens in a worker; the window kept serving events
        QVERIFY(loaded.count() > 0 || loaded.wait(20000));
        QCOMPARE(window.snapshot()->totals.examples, 2);
        window.examplesPanel()->selectExample(QStringLiteral("h1"));
        window.selectStep(QStringLiteral("shout"));
        QCOMPARE(window.inspector()->outputText(), QStringLiteral("<b>hello</b><script>alert(1)</script>"));
        QVERIFY(exportAction->isEnabled());
    }

    void importTracesIntoTheWindow()
    {
        MainWindow window(MainWindow::Mode::Unattended);
        window.show();
        const QString trace = m_dir.filePath(QStringLiteral("rag.otlp.json"));
        QFile::copy(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/agent-prism-rag-earnings.otlp.json"), trace);
        QSignalSpy imported(window.session(), &StudioSession::importFinished);
        QSignalSpy loaded(window.session(), &StudioSession::snapshotLoaded);
        window.importTraces(trace); // parsed and stored in a worker
        QVERIFY(imported.wait(20000));
        QVERIFY(loaded.count() > 0 || loaded.wait(20000));
        QCOMPARE(window.snapshot()->examples.size(), size_t(1));
        QCOMPARE(window.graphScene()->nodeCount(), int(window.snapshot()->steps.size()));
        QVERIFY(window.snapshot()->steps.contains(QStringLiteral("vectorstoreretriever")));
        // The card is headed with the name the tracing tool used, not the id made from it.
        const StepGraphModel* graph = window.graphScene()->model();
        const NodeId retriever = graph->nodeForName(QStringLiteral("vectorstoreretriever"));
        QCOMPARE(graph->nodeData(retriever, NodeRole::Title).toString(), QStringLiteral("VectorStoreRetriever"));
        QCOMPARE(graph->nodeData(retriever, NodeRole::Label).toString(), QStringLiteral("vectorstoreretriever"));
        window.examplesPanel()->selectExample(window.snapshot()->examples[0].id);
        window.selectStep(QStringLiteral("vectorstoreretriever"));
        QCOMPARE(window.inspector()->stepId(), QStringLiteral("vectorstoreretriever"));
        QVERIFY(!window.inspector()->outputText().isEmpty());
    }

    // Traces received while the window is open show as they arrive, in one run that grows, without
    // losing the person's zoom, example and step; a step seen for the first time joins the graph.
    void tracesStreamIntoTheWindow()
    {
        MainWindow window(MainWindow::Mode::Unattended);
        window.resize(1400, 900);
        window.show();
        QSignalSpy listening(window.session(), &StudioSession::listening);
        ReceiverOptions options;
        options.port = 0;
        QString error;
        QVERIFY2(window.listenForTraces(options, m_dir.filePath(QStringLiteral("live-window.fapo")), &error), qPrintable(error));
        QVERIFY(listening.wait(10000));
        const QUrl url = listening.at(0).at(0).toUrl();
        QVERIFY(window.liveIndicator()->isVisible());
        QVERIFY2(window.liveIndicator()->text().contains(url.toString()), qPrintable(window.liveIndicator()->text()));

        // plan -> retrieve -> answer per trace; from trace 20 on, a rerank step between retrieve and answer.
        int sentSpans = 0;
        const auto send = [&](int firstTrace, int traces) {
            nlohmann::json spans = nlohmann::json::array();
            for (int t = firstTrace; t < firstTrace + traces; ++t) {
                const std::string trace = QByteArray::number(t + 1, 16).rightJustified(32, '0').toStdString();
                QStringList steps { QStringLiteral("plan"), QStringLiteral("retrieve"), QStringLiteral("answer") };
                if (t >= 20)
                    steps.insert(2, QStringLiteral("rerank"));
                for (int i = 0; i < steps.size(); ++i) {
                    nlohmann::json span = {
                        { "traceId", trace },
                        { "spanId", QByteArray::number(t * 16 + i + 1, 16).rightJustified(16, '0').toStdString() },
                        { "name", steps[i].toStdString() },
                        { "startTimeUnixNano", std::to_string(1700000000000000000LL + t * 1000000000LL + i * 1000000LL) },
                        { "endTimeUnixNano", std::to_string(1700000000000000000LL + t * 1000000000LL + i * 1000000LL + 500000) },
                        { "attributes",
                          nlohmann::json::array(
                              { { { "key", "input.value" },
                                  { "value", { { "stringValue", "question " + std::to_string(t) + " for " + steps[i].toStdString() } } } },
                                { { "key", "output.value" },
                                  { "value",
                                    { { "stringValue", steps[i].toStdString() + " said <b>" + std::to_string(t) + "</b>" } } } } }) }
                    };
                    if (i > 0)
                        span["parentSpanId"] = QByteArray::number(t * 16 + 1, 16).rightJustified(16, '0').toStdString();
                    spans.push_back(span);
                }
                sentSpans += int(steps.size());
            }
            RawClient client;
            if (!client.connectTo(quint16(url.port())))
                return false;
            client.send(httpPost("/v1/traces", "application/x-protobuf",
                                 otlpProtobuf({ { "resourceSpans", { { { "scopeSpans", { { { "spans", spans } } } } } } } })));
            const auto answer = client.response();
            return answer && answer->status == 200;
        };
        QSignalSpy loaded(window.session(), &StudioSession::snapshotLoaded);
        const auto spansOnShow = [&window] {
            const RunSnapshotPtr s = window.snapshot();
            return s ? s->run.options.value("spans", 0) : 0;
        };
        QVERIFY(send(0, 5));
        while (spansOnShow() != sentSpans)
            QVERIFY(loaded.wait(10000));
        const qint64 runId = window.snapshot()->run.id;
        if (window.graphScene()->isLayoutPending())
            QVERIFY(QSignalSpy(window.graphScene(), &GraphScene::layoutApplied).wait(10000));
        QCOMPARE(window.graphScene()->nodeCount(), 3);

        // The person looks at an example's retrieve step, zoomed in.
        const QString example = window.snapshot()->examples[2].id;
        window.examplesPanel()->selectExample(example);
        window.selectStep(QStringLiteral("retrieve"));
        window.graphView()->zoomIn();
        const qreal zoom = window.graphView()->zoom();

        // A stream of requests: many stores, reloads batched, the new step joins the graph.
        for (int first = 5; first < 40; first += 5)
            QVERIFY(send(first, 5));
        while (spansOnShow() != sentSpans)
            QVERIFY(loaded.wait(10000));
        if (window.graphScene()->isLayoutPending())
            QVERIFY(QSignalSpy(window.graphScene(), &GraphScene::layoutApplied).wait(10000));
        QCOMPARE(window.snapshot()->run.id, runId);
        QCOMPARE(window.snapshot()->examples.size(), size_t(40));
        QVERIFY(window.snapshot()->steps.contains(QStringLiteral("rerank")));
        QCOMPARE(window.graphScene()->nodeCount(), 4);
        QCOMPARE(window.examplesPanel()->currentExample(), example);
        QCOMPARE(window.selectedStep(), QStringLiteral("retrieve"));
        QCOMPARE(window.graphScene()->selectedStep(), QStringLiteral("retrieve"));
        QCOMPARE(window.graphView()->zoom(), zoom);
        QCOMPARE(window.inspector()->stepId(), QStringLiteral("retrieve"));
        QCOMPARE(window.inspector()->outputText(), QStringLiteral("retrieve said <b>2</b>")); // plain text, as sent
        QCOMPARE(window.failureMatrix()->model()->rowCount(), 40);
        if (const QByteArray dir = qgetenv("FAPO_TEST_SCREENSHOTS"); !dir.isEmpty())
            window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/live-window.png"));

        QSignalSpy stopped(window.session(), &StudioSession::listenStopped);
        window.stopListening();
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.at(0).at(0).toLongLong(), qint64(sentSpans));
        QVERIFY(!window.liveIndicator()->isVisible());
    }

    void compareTwoRuns()
    {
        // Run, change the prompt, run again: the second run fixes h1 and the panel says so.
        QDir().mkpath(m_dir.filePath(QStringLiteral("compare")));
        const QString dataset = m_dir.filePath(QStringLiteral("compare/dataset.jsonl"));
        QFile::copy(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/compare/dataset.jsonl"), dataset);
        const QString pipeline = m_dir.filePath(QStringLiteral("compare/pipeline.json"));
        const auto writePipeline = [&](const char* answerTemplate) {
            test::writeTestFile(m_dir, QStringLiteral("compare/pipeline.json"),
                                QByteArray("{\"format\": \"fapo.pipeline/1\", \"steps\": [{\"id\": \"answer\", \"kind\": \"transform\", "
                                           "\"template\": \"")
                                    + answerTemplate + "\"}], \"metrics\": [{\"type\": \"contains\", \"expected\": \"answer\"}]}");
        };
        writePipeline("{{input.text}}");
        QCOMPARE(runFapo({ QStringLiteral("run"), pipeline, QStringLiteral("--dataset"), dataset, QStringLiteral("--quiet") }), 0);
        writePipeline("{{input.text}} goodbye");
        QCOMPARE(runFapo({ QStringLiteral("run"), pipeline, QStringLiteral("--dataset"), dataset, QStringLiteral("--quiet") }), 0);

        MainWindow window(MainWindow::Mode::Unattended);
        window.show();
        QSignalSpy compared(window.comparePanel(), &ComparePanel::compared);
        QVERIFY(window.openFile(pipeline));
        QVERIFY(compared.wait(20000));
        const RunComparison& c = window.comparePanel()->comparison();
        QCOMPARE(c.fixed, QStringList { QStringLiteral("h1") });
        QVERIFY(c.regressed.isEmpty());
        QCOMPARE(c.unchanged, 1);
        QCOMPARE(c.scoreBefore, 0.5);
        QCOMPARE(c.scoreAfter, 1.0);
        window.examplesPanel()->selectExample(QStringLiteral("h1"));
        window.selectStep(QStringLiteral("answer"));
        QCOMPARE(window.comparePanel()->diffText(), QStringLiteral("hello goodbye"));
    }

    void commandStepsNeedADecision()
    {
        // Offscreen there is nobody to ask: a pipeline that runs programs is not run.
        test::writeTestFile(
            m_dir, QStringLiteral("cmd.json"),
            "{\"format\": \"fapo.pipeline/1\", \"steps\": [{\"id\": \"c\", \"kind\": \"command\", \"argv\": [\"/bin/true\"]}]}");
        const QString dataset = test::writeTestFile(m_dir, QStringLiteral("cmd.jsonl"), "{\"id\": \"a\", \"input\": {}}\n");
        MainWindow window(MainWindow::Mode::Unattended);
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("cmd.json"))));
        QString error;
        QVERIFY(!window.runDataset(dataset, &error));
        QVERIFY2(error.contains(QStringLiteral("not trusted")), qPrintable(error));
    }

    void runThatCannotStartReportsWhy()
    {
        // Preparing happens on the worker (it may index a large corpus): its failure arrives as a signal.
        test::writeTestFile(m_dir, QStringLiteral("gone.jsonl"), "{\"id\": \"d1\", \"text\": \"x\"}\n");
        test::writeTestFile(m_dir, QStringLiteral("gone.json"),
                            "{\"format\": \"fapo.pipeline/1\", \"steps\": [{\"id\": \"r\", \"kind\": \"retrieve\", "
                            "\"corpus\": \"gone.jsonl\", \"query\": \"{{input.q}}\"}]}");
        const QString dataset
            = test::writeTestFile(m_dir, QStringLiteral("gone-data.jsonl"), "{\"id\": \"a\", \"input\": {\"q\": \"x\"}}\n");
        MainWindow window(MainWindow::Mode::Unattended);
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("gone.json"))));
        QFile::remove(m_dir.filePath(QStringLiteral("gone.jsonl")));
        QSignalSpy failed(window.session(), &StudioSession::runFailed);
        QString error;
        QVERIFY2(window.runDataset(dataset, &error), qPrintable(error));
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("corpus")), qPrintable(failed.at(0).at(0).toString()));
        // And the window can run again afterwards.
        test::writeTestFile(m_dir, QStringLiteral("gone.jsonl"), "{\"id\": \"d1\", \"text\": \"x\"}\n");
        QSignalSpy finished(window.session(), &StudioSession::runFinished);
        QVERIFY(window.runDataset(dataset, &error));
        QVERIFY(finished.wait(20000));
    }

    void badFilesShowAnError()
    {
        MainWindow window(MainWindow::Mode::Unattended);
        const QString bad = test::writeTestFile(m_dir, QStringLiteral("bad.json"), "{\"format\": ");
        QString error;
        QVERIFY(!window.openFile(bad, &error));
        QVERIFY2(error.contains(bad + QStringLiteral(":1:")), qPrintable(error));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("view");
        for (const char* v : { "graph", "inspector", "review", "charts" })
            QTest::addRow("%s", v) << QString::fromLatin1(v);
    }

    void screenshots()
    {
        QFETCH(QString, view);
        const QString png = m_dir.filePath(view + QStringLiteral(".png"));
        QCOMPARE(runStudio({ m_dir.filePath(QStringLiteral("multihop/pipeline.json")), QStringLiteral("--screenshot"), png,
                             QStringLiteral("--view"), view }),
                 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1200 && image.height() >= 800);
    }

    // --select and --step choose what the picture shows; names the run does not have are refused.
    void screenshotOfOneExample_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("example and step") << QStringList { QStringLiteral("--select"), QStringLiteral("q05"),   QStringLiteral("--step"),
                                                           QStringLiteral("retrieve"), QStringLiteral("--tab"), QStringLiteral("evidence") }
                                          << 0;
        QTest::addRow("unknown example") << QStringList { QStringLiteral("--select"), QStringLiteral("q99") } << 2;
        QTest::addRow("unknown step") << QStringList { QStringLiteral("--select"), QStringLiteral("q05"), QStringLiteral("--step"),
                                                       QStringLiteral("nope") }
                                      << 2;
        QTest::addRow("unknown tab") << QStringList { QStringLiteral("--tab"), QStringLiteral("nope") } << 2;
    }

    void screenshotOfOneExample()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString png = m_dir.filePath(
            QStringLiteral("one-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        QByteArray err;
        QCOMPARE(runStudio(QStringList { m_dir.filePath(QStringLiteral("multihop/pipeline.fapo")), QStringLiteral("--screenshot"), png,
                                         QStringLiteral("--view"), QStringLiteral("inspector") }
                               + arguments,
                           &err),
                 exitCode);
        QCOMPARE(QFile::exists(png), exitCode == 0);
        if (exitCode != 0)
            QVERIFY(!err.isEmpty()); // says which name it does not know
    }

    void screenshotRejectsUnknownView()
    {
        QCOMPARE(runStudio({ QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--view"),
                             QStringLiteral("nope") }),
                 2);
    }
};

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
