#include "widgets/review/structurediffview.h"
#include "models/stepgraphmodel.h"
#include "widgets/graph/graphscene.h"
#include "widgets/graph/graphview.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace fapo {

namespace {

QWidget* titled(const QString& title, QWidget* view, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return box;
}

QSet<QPair<QString, QString>> edgeNames(const Pipeline& p)
{
    QSet<QPair<QString, QString>> out;
    for (const GraphEdge& e : p.graph.edges)
        out.insert({ e.from, e.to });
    return out;
}

} // namespace

StructureDiffView::StructureDiffView(QWidget* parent)
    : QWidget(parent)
    , m_beforeModel(new StepGraphModel(this))
    , m_afterModel(new StepGraphModel(this))
    , m_beforeScene(new GraphScene(m_beforeModel, this))
    , m_afterScene(new GraphScene(m_afterModel, this))
    , m_beforeView(new GraphView(m_beforeScene, this))
    , m_afterView(new GraphView(m_afterScene, this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titled(tr("Graph before"), m_beforeView, this), 1);
    layout->addWidget(titled(tr("Graph after"), m_afterView, this), 1);
    for (GraphView* view : { m_beforeView, m_afterView }) {
        view->setCompact(true);
        view->setMinimumHeight(120);
    }
    // Each side is fitted once its layout is in place; both in place is what a screenshot waits for.
    for (auto [scene, view] : { std::pair { m_beforeScene, m_beforeView }, std::pair { m_afterScene, m_afterView } })
        connect(scene, &GraphScene::layoutApplied, this, [this, view] {
            view->fitAll();
            fitLater();
            if (!isLayoutPending())
                Q_EMIT laidOut();
        });
}

StructureDiffView::~StructureDiffView()
{
    // Views, then scenes, then (as children) the models: a scene must not outlive its model.
    delete m_beforeView;
    delete m_afterView;
    delete m_beforeScene;
    delete m_afterScene;
}

void StructureDiffView::fitLater()
{
    // Once the layouts in the dock have settled: a fit during a resize sees the old viewport.
    QTimer::singleShot(0, this, &StructureDiffView::fit);
}

void StructureDiffView::fit()
{
    m_beforeView->fitAll();
    m_afterView->fitAll();
}

void StructureDiffView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitLater();
}

void StructureDiffView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitLater();
}

bool StructureDiffView::isLayoutPending() const { return m_beforeScene->isLayoutPending() || m_afterScene->isLayoutPending(); }

void StructureDiffView::setVersions(const Pipeline& before, const Pipeline& after, const QStringList& added, const QStringList& changed)
{
    m_beforeModel->setPipeline(before);
    m_afterModel->setPipeline(after);
    QHash<QString, NodeChange> was, is;
    for (const QString& id : changed) {
        was.insert(id, NodeChange::Changed);
        is.insert(id, NodeChange::Changed);
    }
    for (const QString& id : added)
        is.insert(id, NodeChange::Added);
    const QSet<QPair<QString, QString>> old = edgeNames(before);
    QSet<QPair<QString, QString>> newEdges;
    for (const auto& e : edgeNames(after))
        if (!old.contains(e))
            newEdges.insert(e);
    m_beforeModel->setChanges(was, {});
    m_afterModel->setChanges(is, newEdges);
}

} // namespace fapo
