// The step graph model (ids, edges, roles) over the bundled example's run, and the path a selected
// failing example lights.
#include "examplerun.h"
#include "models/stepgraphmodel.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;

class TestStepGraphModel : public test::BundledExampleTest {
    Q_OBJECT
private Q_SLOTS:
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

        // Without a selection, each card tells how many failures start there (and their share of the
        // run's failures) and how many pass through.
        double shares = 0;
        for (NodeId id : model.nodeIds()) {
            if (!model.isStep(id))
                continue;
            const StepStats stats = m_snapshot->stepStats.value(model.nameOf(id));
            QCOMPARE(model.nodeData(id, NodeRole::Origins).toInt(), stats.origins);
            QCOMPARE(model.nodeData(id, NodeRole::Carried).toInt(), stats.carried);
            shares += model.nodeData(id, NodeRole::BlameShare).toDouble();
        }
        QCOMPARE(shares, 1.0); // every failure starts somewhere, once
        // Before analysis the example's failures all start at the output: nothing carries them.
        QCOMPARE(model.nodeData(answer, NodeRole::BlameShare).toDouble(), 1.0);
        QCOMPARE(model.nodeData(answer, NodeRole::Carried).toInt(), 0);
        QVERIFY(!model.nodeData(model.nodeForName(QStringLiteral("input.question")), NodeRole::BlameShare).isValid());
    }
};

QTEST_MAIN(TestStepGraphModel)
#include "tst_stepgraphmodel.moc"
