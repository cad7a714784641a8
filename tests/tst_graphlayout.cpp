// The step graph's layout: Graphviz dot (and the quick layered fallback), the worker job.
#include "widgets/graph/graphlayout.h"
#include "widgets/graph/layoutjob.h"

#include <QSignalSpy>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace fapo;

namespace {

LayoutFunction layoutNamed(const QString& name)
{
    return name == QLatin1String("dot") ? LayoutFunction(&layoutGraph) : LayoutFunction(&rankLayout);
}

// Nodes 0..n-1, edges given as pairs.
GraphLayoutInput graph(int nodes, const QList<QPair<int, int>>& edges, QSizeF size = QSizeF(180, 64))
{
    GraphLayoutInput input;
    for (int i = 0; i < nodes; ++i)
        input.nodes << GraphLayoutNode { i, size };
    for (const auto& [from, to] : edges)
        input.edges << EdgeId { from, to };
    return input;
}

// A five-step pipeline with two inputs, shaped like the bundled example.
GraphLayoutInput pipeline()
{
    GraphLayoutInput input = graph(7, { { 0, 2 }, { 2, 3 }, { 3, 4 }, { 0, 4 }, { 4, 5 }, { 5, 6 }, { 4, 6 }, { 0, 6 }, { 1, 6 } });
    input.nodes[0].size = QSizeF(120, 28);
    input.nodes[1].size = QSizeF(100, 28);
    return input;
}

// A wide and deep graph: 12 layers of 5, each node feeding two in the next layer.
GraphLayoutInput sixty()
{
    QList<QPair<int, int>> edges;
    for (int layer = 0; layer + 1 < 12; ++layer)
        for (int i = 0; i < 5; ++i) {
            edges << qMakePair(layer * 5 + i, (layer + 1) * 5 + i);
            edges << qMakePair(layer * 5 + i, (layer + 1) * 5 + (i + 2) % 5);
        }
    return graph(60, edges);
}

QRectF nodeRect(const GraphLayoutInput& input, const GraphLayoutResult& result, NodeId id)
{
    QRectF r(QPointF(), input.nodes[id].size);
    r.moveCenter(result.centers.value(id));
    return r;
}

qreal distance(const QRectF& rect, const QPointF& p)
{
    const qreal dx = std::max({ rect.left() - p.x(), 0.0, p.x() - rect.right() });
    const qreal dy = std::max({ rect.top() - p.y(), 0.0, p.y() - rect.bottom() });
    return std::hypot(dx, dy);
}

} // namespace

class TestGraphLayout : public QObject {
    Q_OBJECT
private:
    void addEngines()
    {
        QTest::addColumn<QString>("engine");
        QTest::addRow("dot") << QStringLiteral("dot");
        QTest::addRow("rank") << QStringLiteral("rank");
    }

private Q_SLOTS:
    void positionsForEveryNode_data() { addEngines(); }
    void positionsForEveryNode()
    {
        QFETCH(QString, engine);
        const GraphLayoutInput input = pipeline();
        const GraphLayoutResult result = layoutNamed(engine)(input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.centers.size(), input.nodes.size());
        QCOMPARE(result.edges.size(), input.edges.size());
        for (const GraphLayoutNode& node : input.nodes)
            QVERIFY(result.boundingRect.contains(nodeRect(input, result, node.id)));
        // No two nodes overlap.
        for (int a = 0; a < input.nodes.size(); ++a)
            for (int b = a + 1; b < input.nodes.size(); ++b)
                QVERIFY2(!nodeRect(input, result, a).intersects(nodeRect(input, result, b)),
                         qPrintable(QStringLiteral("%1 %2").arg(a).arg(b)));
    }

    void childBelowParent_data() { addEngines(); }
    void childBelowParent()
    {
        QFETCH(QString, engine);
        const GraphLayoutInput input = pipeline();
        const GraphLayoutResult result = layoutNamed(engine)(input);
        for (const EdgeId& e : input.edges) {
            const QRectF parent = nodeRect(input, result, e.from);
            const QRectF child = nodeRect(input, result, e.to);
            QVERIFY2(child.top() > parent.bottom(), qPrintable(QStringLiteral("%1 -> %2").arg(e.from).arg(e.to)));
        }
    }

    void edgesRunFromSourceToTarget_data() { addEngines(); }
    void edgesRunFromSourceToTarget()
    {
        QFETCH(QString, engine);
        const GraphLayoutInput input = pipeline();
        const GraphLayoutResult result = layoutNamed(engine)(input);
        for (const EdgeId& e : input.edges) {
            const EdgeGeometry g = result.edges.value(e);
            QVERIFY(!g.path.isEmpty());
            const QString which = QStringLiteral("%1 -> %2").arg(e.from).arg(e.to);
            QVERIFY2(distance(nodeRect(input, result, e.from), g.path.pointAtPercent(0)) < 3, qPrintable(which));
            QVERIFY2(distance(nodeRect(input, result, e.to), g.arrowTip) < 3, qPrintable(which));
            // The arrow head points into the target: its base is above the tip, outside the node.
            QVERIFY2(g.path.currentPosition().y() < g.arrowTip.y() + 0.5, qPrintable(which));
            QVERIFY2(QLineF(g.path.currentPosition(), g.arrowTip).length() > 4, qPrintable(which));
        }
    }

    void emptyGraph_data() { addEngines(); }
    void emptyGraph()
    {
        QFETCH(QString, engine);
        const GraphLayoutResult result = layoutNamed(engine)(GraphLayoutInput());
        QVERIFY(result.ok);
        QVERIFY(result.centers.isEmpty());
        QVERIFY(result.edges.isEmpty());
        QVERIFY(!result.boundingRect.isValid());
    }

    void ignoresUnknownAndDuplicateEdges()
    {
        GraphLayoutInput input = graph(2, { { 0, 1 }, { 0, 1 }, { 0, 7 } });
        const GraphLayoutResult result = layoutGraph(input);
        QVERIFY(result.ok);
        QCOMPARE(result.edges.size(), 1);
        QVERIFY(result.edges.contains(EdgeId { 0, 1 }));
    }

    void sixtyNodes_data() { addEngines(); }
    void sixtyNodes()
    {
        QFETCH(QString, engine);
        const GraphLayoutInput input = sixty();
        const GraphLayoutResult result = layoutNamed(engine)(input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.centers.size(), 60);
        QCOMPARE(result.edges.size(), input.edges.size());
        for (const EdgeId& e : input.edges)
            QVERIFY(result.centers.value(e.to).y() > result.centers.value(e.from).y());
    }

    void concurrentCallsAreSerialized()
    {
        // Graphviz is not re-entrant: four workers at once must still all succeed.
        QList<QFuture<GraphLayoutResult>> futures;
        for (int i = 0; i < 4; ++i)
            futures << QtConcurrent::run([] { return layoutGraph(sixty()); });
        for (QFuture<GraphLayoutResult>& f : futures) {
            const GraphLayoutResult r = f.result();
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.centers.size(), 60);
        }
    }

    void jobDeliversOnGuiThread()
    {
        LayoutJob job;
        QSignalSpy spy(&job, &LayoutJob::finished);
        Qt::HANDLE worker = nullptr;
        job.setLayoutFunction([&worker](const GraphLayoutInput& input) {
            worker = QThread::currentThreadId();
            return layoutGraph(input);
        });
        job.request(pipeline());
        QVERIFY(job.isRunning());
        QVERIFY(spy.wait(10000));
        QVERIFY(worker != QThread::currentThreadId());
        const auto result = spy.first().first().value<GraphLayoutResult>();
        QVERIFY(result.ok);
        QCOMPARE(result.centers.size(), 7);
        QVERIFY(!job.isRunning());
    }

    void jobLatestWins()
    {
        LayoutJob job;
        QSignalSpy spy(&job, &LayoutJob::finished);
        job.request(graph(3, { { 0, 1 } }));
        job.request(graph(5, { { 0, 1 } }));
        QVERIFY(spy.wait(10000));
        // Let the superseded job (if it is still running) finish and deliver: it must be dropped.
        QThreadPool::globalInstance()->waitForDone();
        QTRY_VERIFY(!job.isRunning());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<GraphLayoutResult>().centers.size(), 5);
    }

    void cancelDropsTheResult()
    {
        LayoutJob job;
        QSignalSpy spy(&job, &LayoutJob::finished);
        job.request(graph(3, { { 0, 1 } }));
        job.cancel();
        QThreadPool::globalInstance()->waitForDone();
        QTRY_VERIFY(!job.isRunning());
        QCOMPARE(spy.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
