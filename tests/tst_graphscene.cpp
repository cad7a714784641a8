// The graph scene mirrors the step graph model; the view turns clicks into selections.
#include "core/formats/pipelineloader.h"
#include "widgets/graph/edgeitem.h"
#include "widgets/graph/graphscene.h"
#include "widgets/graph/graphview.h"
#include "widgets/graph/minimap.h"
#include "widgets/graph/nodeitem.h"
#include "models/stepgraphmodel.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>

using namespace fapo;

namespace {

Pipeline examplePipeline()
{
    const PipelineLoad load = loadPipeline(QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop/pipeline.json"));
    if (!load.pipeline)
        qFatal("cannot load the example pipeline");
    return *load.pipeline;
}

Pipeline twoStepPipeline()
{
    const QByteArray bytes = "{\"format\": \"fapo.pipeline/1\", \"steps\": ["
                             "{\"id\": \"a\", \"kind\": \"transform\", \"template\": \"{{input.q}}\"},"
                             "{\"id\": \"b\", \"kind\": \"transform\", \"template\": \"{{a}} {{input.q}}\"}]}";
    const PipelineLoad load = loadPipelineFromBytes(QStringLiteral("/tmp/two.json"), bytes);
    if (!load.pipeline)
        qFatal("cannot load the two-step pipeline");
    return *load.pipeline;
}

// Wider, with every kind, a long step id and two inputs; no models or files needed.
Pipeline widePipeline()
{
    const QByteArray bytes = "{\"format\": \"fapo.pipeline/1\", \"models\": {\"worker\": {\"provider\": \"scripted\", "
                             "\"rules\": \"rules.json\"}}, \"steps\": ["
                             "{\"id\": \"normalize_question_and_context_for_search\", \"kind\": \"transform\", "
                             "\"template\": \"{{input.question}} {{input.context}}\"},"
                             "{\"id\": \"search\", \"kind\": \"retrieve\", \"corpus\": \"c.jsonl\", "
                             "\"query\": \"{{normalize_question_and_context_for_search}}\", \"top_k\": 3},"
                             "{\"id\": \"classify\", \"kind\": \"command\", \"argv\": [\"classify\"], "
                             "\"inputs\": [\"input.question\"]},"
                             "{\"id\": \"draft\", \"kind\": \"llm\", \"model\": \"worker\", "
                             "\"prompt\": \"{{search}} {{classify}} {{input.question}}\"},"
                             "{\"id\": \"critique\", \"kind\": \"llm\", \"model\": \"worker\", "
                             "\"prompt\": \"{{draft}} {{search}}\"},"
                             "{\"id\": \"final\", \"kind\": \"transform\", \"template\": \"{{draft}} {{critique}}\"}]}";
    const PipelineLoad load = loadPipelineFromBytes(QStringLiteral("/tmp/wide.json"), bytes, false);
    if (!load.pipeline) {
        for (const auto& d : load.diagnostics)
            qWarning() << d.message;
        qFatal("cannot load the wide pipeline");
    }
    return *load.pipeline;
}

// A run of the example: 40 examples, failures starting at several steps.
RunSnapshotPtr exampleRun(const Pipeline& pipeline)
{
    auto snap = std::make_shared<RunSnapshot>();
    snap->pipeline = pipeline;
    snap->steps = pipeline.graph.steps;
    const auto stats = [](int passed, int failed, int origins) {
        StepStats s;
        s.passed = passed;
        s.failed = failed;
        s.origins = origins;
        return s;
    };
    snap->stepStats.insert(QStringLiteral("rewrite"), stats(38, 2, 2));
    snap->stepStats.insert(QStringLiteral("retrieve"), stats(35, 5, 3));
    snap->stepStats.insert(QStringLiteral("extract"), stats(27, 13, 8));
    snap->stepStats.insert(QStringLiteral("lookup"), stats(26, 14, 1));
    snap->stepStats.insert(QStringLiteral("answer"), stats(22, 18, 4));
    snap->edgeFailures.insert(RunSnapshot::edgeKey(QStringLiteral("rewrite"), QStringLiteral("retrieve")), 2);
    snap->edgeFailures.insert(RunSnapshot::edgeKey(QStringLiteral("retrieve"), QStringLiteral("extract")), 5);
    snap->edgeFailures.insert(RunSnapshot::edgeKey(QStringLiteral("extract"), QStringLiteral("lookup")), 13);
    snap->edgeFailures.insert(RunSnapshot::edgeKey(QStringLiteral("extract"), QStringLiteral("answer")), 11);
    snap->edgeFailures.insert(RunSnapshot::edgeKey(QStringLiteral("lookup"), QStringLiteral("answer")), 14);
    for (int i = 0; i < 40; ++i) {
        ExampleRow row;
        row.id = QStringLiteral("ex-%1").arg(i, 2, 10, QLatin1Char('0'));
        row.position = i;
        row.status = i < 22 ? ExampleStatus::Passed : ExampleStatus::Failed;
        row.origin = i < 22 ? QString() : QStringLiteral("extract");
        snap->examples.push_back(row);
    }
    return snap;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// Renders the view the way a user sees it; saved when FAPO_GRAPH_PNG_DIR is set (for looking at it).
QImage render(GraphView& view, const QString& name)
{
    const QImage image = view.grab().toImage();
    const QByteArray dir = qgetenv("FAPO_GRAPH_PNG_DIR");
    if (!dir.isEmpty())
        image.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    return image;
}

// The layout may land while the window is being exposed; the spy was attached before that.
bool waitForLayout(QSignalSpy& applied) { return !applied.isEmpty() || applied.wait(10000); }

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestGraphScene : public QObject {
    Q_OBJECT
    // A layout that puts node n at n * step, in a line.
    static LayoutFunction lineLayout(QPointF step)
    {
        return [step](const GraphLayoutInput& input) {
            GraphLayoutResult r;
            r.ok = true;
            for (const GraphLayoutNode& n : input.nodes)
                r.centers.insert(n.id, step * double(n.id));
            r.boundingRect = QRectF(QPointF(-100, -100), step * double(input.nodes.size()) + QPointF(200, 200));
            return r;
        };
    }

private Q_SLOTS:
    void mirrorsTheModel()
    {
        StepGraphModel model;
        model.setPipeline(examplePipeline());
        GraphScene scene(&model);
        QCOMPARE(scene.nodeCount(), model.nodeIds().size());
        QCOMPARE(scene.edgeCount(), model.edges().size());
        QCOMPARE(scene.nodeCount(), 6); // input.question + five steps
        for (NodeId id : model.nodeIds())
            QVERIFY(scene.nodeItem(id));
        for (const EdgeId& e : model.edges())
            QVERIFY(scene.edgeItem(e));
        QVERIFY(scene.nodeItem(QStringLiteral("input.question")));

        QSignalSpy rebuilt(&scene, &GraphScene::rebuilt);
        model.setPipeline(twoStepPipeline());
        QCOMPARE(rebuilt.size(), 1);
        QCOMPARE(scene.nodeCount(), 3);
        QCOMPARE(scene.edgeCount(), 3);
        QVERIFY(!scene.nodeItem(QStringLiteral("rewrite")));
        QVERIFY(scene.nodeItem(QStringLiteral("b")));
        int nodes = 0;
        for (QGraphicsItem* item : scene.items())
            nodes += item->type() == NodeItem::Type;
        QCOMPARE(nodes, 3);
    }

    void layoutArrivesAsynchronously()
    {
        StepGraphModel model;
        GraphScene scene(&model);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        model.setPipeline(examplePipeline());
        QVERIFY(scene.isLayoutPending());
        // The quick layout is there already: every node has a place, children below parents.
        for (const EdgeId& e : model.edges())
            QVERIFY(scene.nodeItem(e.to)->y() > scene.nodeItem(e.from)->y());
        QVERIFY(applied.wait(10000));
        QVERIFY(!scene.isLayoutPending());
        for (const EdgeId& e : model.edges()) {
            QVERIFY(scene.nodeItem(e.to)->y() > scene.nodeItem(e.from)->y());
            QVERIFY(!scene.edgeItem(e)->geometry().path.isEmpty());
        }
        for (QGraphicsItem* item : scene.items())
            QVERIFY(scene.sceneRect().contains(item->sceneBoundingRect().center()));
    }

    void layoutIsInjectable()
    {
        StepGraphModel model;
        GraphScene scene(&model);
        scene.setLayoutFunction(lineLayout(QPointF(1000.0, 0)));
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        model.setPipeline(twoStepPipeline());
        QVERIFY(applied.wait(10000));
        for (NodeId id : model.nodeIds())
            QCOMPARE(scene.nodeItem(id)->pos(), QPointF(1000.0 * id, 0));
    }

    // Arrow keys walk the graph: down the chain, back up, and nowhere past its end.
    void arrowKeysMoveBetweenNodes()
    {
        StepGraphModel model;
        GraphScene scene(&model);
        scene.setLayoutFunction(lineLayout(QPointF(0, 200.0)));
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        model.setPipeline(twoStepPipeline());
        QVERIFY(applied.wait(10000));
        GraphView view(&scene);
        QSignalSpy selected(&scene, &GraphScene::stepSelected);
        const QStringList order = [&] {
            QStringList names;
            for (NodeId id : model.nodeIds())
                names << model.nameOf(id);
            return names;
        }();
        QTest::keyClick(&view, Qt::Key_Down); // nothing selected: the first node
        QCOMPARE(scene.selectedStep(), order.first());
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(scene.selectedStep(), order.at(1));
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(scene.selectedStep(), order.first());
        QTest::keyClick(&view, Qt::Key_Up); // nothing above
        QCOMPARE(scene.selectedStep(), order.first());
        QTest::keyClick(&view, Qt::Key_Left); // nothing beside
        QCOMPARE(scene.selectedStep(), order.first());
        QCOMPARE(selected.size(), 3);
    }

    void failingLayoutKeepsTheQuickOne()
    {
        StepGraphModel model;
        GraphScene scene(&model);
        scene.setLayoutFunction([](const GraphLayoutInput&) {
            GraphLayoutResult r;
            r.error = QStringLiteral("broken on purpose");
            return r;
        });
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("broken on purpose")));
        model.setPipeline(twoStepPipeline());
        QVERIFY(applied.wait(10000));
        const NodeId a = model.nodeForName(QStringLiteral("a"));
        const NodeId b = model.nodeForName(QStringLiteral("b"));
        QVERIFY(scene.nodeItem(b)->y() > scene.nodeItem(a)->y());
    }

    void updatesDoNotRebuild()
    {
        StepGraphModel model;
        const Pipeline pipeline = examplePipeline();
        model.setPipeline(pipeline);
        GraphScene scene(&model);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        QVERIFY(applied.wait(10000));
        QHash<NodeId, NodeItem*> nodes;
        for (NodeId id : model.nodeIds())
            nodes.insert(id, scene.nodeItem(id));
        const QPointF answerPos = scene.nodeItem(QStringLiteral("answer"))->pos();

        QSignalSpy rebuilt(&scene, &GraphScene::rebuilt);
        QSignalSpy changed(&scene, &QGraphicsScene::changed);
        // A run of the same pipeline resets the model; the items, their places and the zoom stay.
        model.setSnapshot(exampleRun(pipeline));
        QVERIFY(changed.wait(5000));
        model.setSelectedExample(QStringLiteral("ex-30"));
        changed.clear();
        QVERIFY(changed.wait(5000));
        QCOMPARE(rebuilt.size(), 0);
        QVERIFY(!scene.isLayoutPending());
        for (NodeId id : model.nodeIds())
            QCOMPARE(scene.nodeItem(id), nodes.value(id));
        QCOMPARE(scene.nodeItem(QStringLiteral("answer"))->pos(), answerPos);
        // What was repainted covers the origin of the selected example.
        QRectF dirty;
        for (const QRectF& r : changed.first().first().value<QList<QRectF>>())
            dirty = dirty.united(r);
        QVERIFY(dirty.intersects(scene.nodeItem(QStringLiteral("extract"))->sceneBoundingRect()));
    }

    void clickSelectsAStep()
    {
        StepGraphModel model;
        model.setPipeline(examplePipeline());
        GraphScene scene(&model);
        GraphView view(&scene);
        view.resize(900, 700);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForLayout(applied));

        QSignalSpy selected(&scene, &GraphScene::stepSelected);
        for (const QString& name : { QStringLiteral("retrieve"), QStringLiteral("input.question"), QStringLiteral("answer") }) {
            const QPoint at = view.mapFromScene(scene.nodeItem(name)->scenePos());
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
            QCOMPARE(selected.size(), 1);
            QCOMPARE(selected.takeFirst().first().toString(), name);
            QCOMPARE(scene.selectedStep(), name);
        }

        // Programmatic selection does not echo back.
        scene.selectStep(QStringLiteral("extract"));
        QCOMPARE(scene.selectedStep(), QStringLiteral("extract"));
        QVERIFY(scene.nodeItem(QStringLiteral("extract"))->isSelected());
        QCOMPARE(selected.size(), 0);

        // A click on the background clears the selection.
        const QRectF graph = scene.itemsBoundingRect();
        const QPoint empty = view.mapFromScene(graph.topLeft() - QPointF(20, 20));
        QVERIFY(view.viewport()->rect().contains(empty));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, empty);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.takeFirst().first().toString(), QString());
        QCOMPARE(scene.selectedStep(), QString());
    }

    void zoomAndFit()
    {
        StepGraphModel model;
        model.setPipeline(examplePipeline());
        GraphScene scene(&model);
        GraphView view(&scene);
        view.resize(900, 700);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForLayout(applied));

        // The first layout is fitted: all of it is visible, and a small graph is not magnified.
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(scene.itemsBoundingRect()));
        QVERIFY(view.zoom() <= 1.0);
        QVERIFY(!view.miniMap()->isVisible());

        const qreal fitted = view.zoom();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.zoom() > fitted);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.zoom(), 1.0);
        view.zoomIn();
        view.zoomIn();
        view.zoomIn();
        // Zoomed in, the graph no longer fits: the overview appears.
        QVERIFY(view.miniMap()->isVisible());
        QVERIFY(view.viewport()->geometry().contains(view.miniMap()->geometry()));
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_F);
        QCOMPARE(view.zoom(), fitted);
        QVERIFY(!view.miniMap()->isVisible());

        // The wheel zooms around the cursor: the scene point under it stays put (when the graph is larger
        // than the view; a graph that fits stays centred).
        view.resize(400, 300);
        view.resetZoom();
        const qreal zoomed = view.zoom();
        const QPoint cursor(300, 200);
        const QPointF before = view.mapToScene(cursor);
        QWheelEvent wheel(cursor, view.viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.zoom() > zoomed);
        QVERIFY(QLineF(view.mapToScene(cursor), before).length() < 3 / view.zoom());
    }

    // A long chain: the overview's thin side once rounded to zero pixels, and every paint of it warned
    // once per item (45,000 "Painter not active" lines for 3,000 steps).
    void longChainHasAVisibleOverview()
    {
        QStringList steps { QStringLiteral("{\"id\": \"s0\", \"kind\": \"transform\", \"template\": \"{{input.q}}\"}") };
        for (int i = 1; i < 3000; ++i)
            steps << QStringLiteral("{\"id\": \"s%1\", \"kind\": \"transform\", \"template\": \"{{s%2}}\"}").arg(i).arg(i - 1);
        const QByteArray file = "{\"format\": \"fapo.pipeline/1\", \"steps\": [" + steps.join(QLatin1Char(',')).toUtf8() + "]}";
        const PipelineLoad load = loadPipelineFromBytes(QStringLiteral("/tmp/chain.json"), file, false);
        QVERIFY(load.pipeline);
        StepGraphModel model;
        GraphScene scene(&model);
        scene.setLayoutFunction(lineLayout(QPointF(0, 120.0)));
        GraphView view(&scene);
        view.resize(900, 700);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        model.setPipeline(*load.pipeline);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForLayout(applied));
        view.resetZoom();
        QVERIFY(view.miniMap()->isVisible());
        QVERIFY2(view.miniMap()->width() >= 24, qPrintable(QString::number(view.miniMap()->width())));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QPainter")));
        const QImage overview = view.miniMap()->grab().toImage();
        QVERIFY(distinctColours(overview) > 2); // the panel, its border and the drawn chain
    }

    void rendersLightAndDark()
    {
        StepGraphModel model;
        const Pipeline pipeline = examplePipeline();
        model.setPipeline(pipeline);
        model.setSnapshot(exampleRun(pipeline));
        GraphScene scene(&model);
        GraphView view(&scene);
        view.resize(760, 640);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForLayout(applied));
        scene.selectStep(QStringLiteral("retrieve"));

        const QImage light = render(view, QStringLiteral("graph.png"));
        QCOMPARE(light.size(), view.size() * light.devicePixelRatio());
        QVERIFY(distinctColours(light) > 20);

        view.setPalette(darkPalette());
        QVERIFY(scene.graphPalette().dark);
        const QImage dark = render(view, QStringLiteral("graph-dark.png"));
        QVERIFY(distinctColours(dark) > 20);
        QVERIFY(dark != light);

        model.setSelectedExample(QStringLiteral("ex-30"));
        render(view, QStringLiteral("graph-dark-example.png"));
        view.setPalette(QPalette());
        render(view, QStringLiteral("graph-example.png"));
        model.setSelectedExample(QString());
        view.resize(520, 400);
        view.resetZoom();
        QVERIFY(view.miniMap()->isVisible());
        render(view, QStringLiteral("graph-minimap.png"));
        // Close up: icons and text are drawn as vectors and stay sharp.
        model.setSelectedExample(QStringLiteral("ex-30"));
        view.zoomIn();
        view.zoomIn();
        view.zoomIn();
        view.centerOn(scene.nodeItem(QStringLiteral("extract")));
        render(view, QStringLiteral("graph-zoom.png"));
    }

    void rendersWithoutRun()
    {
        StepGraphModel model;
        model.setPipeline(widePipeline());
        GraphScene scene(&model);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        GraphView view(&scene);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForLayout(applied));
        QCOMPARE(scene.nodeCount(), 8);
        // A long id widens its card up to a limit, then elides.
        const NodeItem* longest = scene.nodeItem(QStringLiteral("normalize_question_and_context_for_search"));
        QVERIFY(longest->size().width() > scene.nodeItem(QStringLiteral("search"))->size().width());
        QVERIFY(distinctColours(render(view, QStringLiteral("graph-norun.png"))) > 20);
        view.setPalette(darkPalette());
        render(view, QStringLiteral("graph-norun-dark.png"));
    }
};

QTEST_MAIN(TestGraphScene)
#include "tst_graphscene.moc"
