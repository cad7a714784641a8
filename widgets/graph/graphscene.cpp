#include "widgets/graph/graphscene.h"

#include "widgets/graph/edgeitem.h"
#include "widgets/graph/layoutjob.h"
#include "widgets/graph/nodeitem.h"
#include "models/stepgraphmodel.h"

#include <QGraphicsView>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QToolTip>

namespace fapo {

namespace {
constexpr qreal SceneMargin = 40; // around the laid-out graph, so cards never touch the view's edge
}

GraphScene::GraphScene(StepGraphModel* model, QObject* parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_layoutJob(new LayoutJob(this))
    , m_palette(GraphPalette::fromPalette(QGuiApplication::palette()))
{
    Q_ASSERT(model);
    // Items come and go with the model; an index would only cost time on each rebuild.
    setItemIndexMethod(NoIndex);
    connect(m_model, &StepGraphModel::modelReset, this, &GraphScene::onModelReset);
    connect(m_model, &StepGraphModel::nodeUpdated, this, [this](NodeId id) {
        if (QGraphicsItem* item = m_nodes.value(id))
            item->update();
    });
    connect(m_model, &StepGraphModel::edgeUpdated, this, [this](EdgeId id) {
        if (QGraphicsItem* item = m_edges.value(id))
            item->update();
    });
    connect(m_layoutJob, &LayoutJob::finished, this, &GraphScene::onLayoutFinished);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
    rebuild();
}

GraphScene::~GraphScene()
{
    m_quiet = true;
    m_layoutJob->cancel();
    // QGraphicsScene's destructor deletes the items, emits selectionChanged and detaches the views (whose
    // scroll bars then call back) when this object is no longer a GraphScene (found by UBSan): a dying
    // scene tells no one, and leaves its views and loses its items while it is still whole.
    blockSignals(true);
    for (QGraphicsView* view : views())
        view->setScene(nullptr);
    clear();
}

void GraphScene::setLayoutFunction(LayoutFunction function) { m_layoutJob->setLayoutFunction(std::move(function)); }

void GraphScene::setGraphPalette(const GraphPalette& palette)
{
    m_palette = palette;
    update();
}

NodeItem* GraphScene::nodeItem(const QString& name) const
{
    const NodeId id = m_model->nodeForName(name);
    return id < 0 ? nullptr : m_nodes.value(id);
}

QString GraphScene::selectedStep() const
{
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == NodeItem::Type)
            return m_model->nameOf(static_cast<NodeItem*>(item)->id());
    return QString();
}

bool GraphScene::selectNeighbour(int dx, int dy)
{
    const QString current = selectedStep();
    NodeItem* from = current.isEmpty() ? nullptr : nodeItem(current);
    NodeItem* best = nullptr;
    if (!from) {
        const auto ids = m_model->nodeIds();
        best = ids.isEmpty() ? nullptr : nodeItem(ids.first());
    } else {
        // The closest node ahead in that direction; sideways distance counts double.
        const QPointF origin = from->sceneBoundingRect().center();
        double bestScore = std::numeric_limits<double>::max();
        for (NodeItem* item : std::as_const(m_nodes)) {
            const QPointF d = item->sceneBoundingRect().center() - origin;
            const double ahead = d.x() * dx + d.y() * dy;
            if (item == from || ahead <= 1.0)
                continue;
            const double sideways = std::abs(d.x() * dy) + std::abs(d.y() * dx);
            const double score = ahead + 2.0 * sideways;
            if (score < bestScore) {
                bestScore = score;
                best = item;
            }
        }
    }
    if (!best)
        return false;
    const QString name = m_model->nameOf(best->id());
    selectStep(name);
    Q_EMIT stepSelected(name);
    return true;
}

void GraphScene::selectStep(const QString& name)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    NodeItem* item = name.isEmpty() ? nullptr : nodeItem(name);
    if (!item || !item->isSelected()) {
        clearSelection();
        if (item)
            item->setSelected(true);
    }
    m_quiet = wasQuiet;
}

void GraphScene::onSelectionChanged()
{
    if (!m_quiet)
        Q_EMIT stepSelected(selectedStep());
}

QString GraphScene::structureKey() const
{
    QStringList parts;
    for (NodeId id : m_model->nodeIds())
        parts << m_model->nameOf(id) + QLatin1Char('|') + m_model->nodeData(id, NodeRole::Kind).toString() + QLatin1Char('|')
                + m_model->nodeData(id, NodeRole::Model).toString() + QLatin1Char('|')
                + (m_model->nodeData(id, NodeRole::IsOutput).toBool() ? QLatin1Char('o') : QLatin1Char('-'));
    for (const EdgeId& e : m_model->edges())
        parts << QString::number(e.from) + QLatin1Char('>') + QString::number(e.to);
    return parts.join(QLatin1Char('\n'));
}

void GraphScene::onModelReset()
{
    // A new run of the same pipeline resets the model too; keep the items, the layout and the user's
    // zoom then, and only repaint.
    if (!m_nodes.isEmpty() && structureKey() == m_structure) {
        update();
        return;
    }
    rebuild();
}

void GraphScene::rebuild()
{
    const QString previous = selectedStep();
    m_quiet = true;
    m_layoutJob->cancel();
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_structure = structureKey();

    for (NodeId id : m_model->nodeIds()) {
        auto* item = new NodeItem(id, NodeItem::sizeFor(*m_model, id, font()));
        addItem(item);
        m_nodes.insert(id, item);
    }
    for (const EdgeId& e : m_model->edges()) {
        if (!m_nodes.contains(e.from) || !m_nodes.contains(e.to) || m_edges.contains(e))
            continue;
        auto* item = new EdgeItem(e);
        addItem(item);
        m_edges.insert(e, item);
    }

    // Something to look at at once; the real layout replaces it when the worker is done.
    const GraphLayoutInput input = layoutInput();
    applyLayout(rankLayout(input));
    m_layoutPending = !input.nodes.isEmpty();
    if (m_layoutPending)
        m_layoutJob->request(input);

    selectStep(previous);
    m_quiet = false;
    if (!previous.isEmpty() && selectedStep().isEmpty())
        Q_EMIT stepSelected(QString());
    Q_EMIT rebuilt();
    if (!m_layoutPending)
        Q_EMIT layoutApplied();
}

GraphLayoutInput GraphScene::layoutInput() const
{
    GraphLayoutInput input;
    // Model order, so the layout is the same for the same pipeline.
    for (NodeId id : m_model->nodeIds())
        if (const NodeItem* item = m_nodes.value(id))
            input.nodes << GraphLayoutNode { id, item->size() };
    for (const EdgeId& e : m_model->edges())
        if (m_edges.contains(e))
            input.edges << e;
    return input;
}

void GraphScene::applyLayout(const GraphLayoutResult& result)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (result.centers.contains(it.key()))
            it.value()->setPos(result.centers.value(it.key()));
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        it.value()->setGeometry(result.edges.value(it.key()));
    const QRectF bounds = result.boundingRect.isValid() ? result.boundingRect : QRectF(0, 0, 1, 1);
    setSceneRect(bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void GraphScene::onLayoutFinished(const GraphLayoutResult& result)
{
    m_layoutPending = false;
    if (result.ok)
        applyLayout(result);
    else
        qWarning("graph layout failed, keeping the simple layout: %s", qPrintable(result.error));
    Q_EMIT layoutApplied();
}

bool GraphScene::event(QEvent* event)
{
    // Card sizes follow the font: a new font needs new items and a new layout (once the change is done).
    if (event->type() == QEvent::FontChange && !m_nodes.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_structure.clear();
                rebuild();
            },
            Qt::QueuedConnection);
    return QGraphicsScene::event(event);
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    // A press on the background starts panning in the view; it must not clear the selection.
    bool onNode = false;
    for (QGraphicsItem* item : items(event->scenePos()))
        if (item->type() == NodeItem::Type)
            onNode = true;
    if (!onNode) {
        event->ignore();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

QString GraphScene::toolTipFor(NodeId id) const
{
    const QString name = m_model->nameOf(id);
    if (!m_model->isStep(id))
        return tr("%1\nDataset input").arg(name);
    QStringList lines { name };
    const QString description = m_model->nodeData(id, NodeRole::Description).toString();
    if (!description.isEmpty() && description != name)
        lines << description; // an imported step's original name, or the author's note
    const QString model = m_model->nodeData(id, NodeRole::Model).toString();
    const QString kind = m_model->nodeData(id, NodeRole::Kind).toString();
    lines << (model.isEmpty() ? tr("Kind: %1").arg(kind) : tr("Kind: %1, model %2").arg(kind, model));
    const QVariant passed = m_model->nodeData(id, NodeRole::Passed);
    if (passed.isValid()) {
        const int failed = m_model->nodeData(id, NodeRole::Failed).toInt();
        const int origins = m_model->nodeData(id, NodeRole::Origins).toInt();
        lines << tr("%n failure(s) start here (%1% of the run's failures)", nullptr, origins)
                     .arg(qRound(m_model->nodeData(id, NodeRole::BlameShare).toDouble() * 100));
        lines << tr("%n failure(s) that started earlier pass through", nullptr, m_model->nodeData(id, NodeRole::Carried).toInt());
        lines << tr("Its own checks: %1 passed, %2 failed or errored").arg(passed.toInt()).arg(failed);
    }
    switch (NodeHighlight(m_model->nodeData(id, NodeRole::Highlight).toInt())) {
    case NodeHighlight::Origin:
        lines << tr("The selected example's failure starts here");
        break;
    case NodeHighlight::Affected:
        lines << tr("The selected example's failure passes through here");
        break;
    case NodeHighlight::Passed:
        lines << tr("The selected example passed");
        break;
    case NodeHighlight::None:
        break;
    }
    if (m_model->nodeData(id, NodeRole::IsOutput).toBool())
        lines << tr("Output step of the pipeline");
    return lines.join(QLatin1Char('\n'));
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent* event)
{
    for (QGraphicsItem* item : items(event->scenePos())) {
        if (item->type() == NodeItem::Type) {
            QToolTip::showText(event->screenPos(), toolTipFor(static_cast<NodeItem*>(item)->id()), event->widget());
            event->accept();
            return;
        }
    }
    QToolTip::hideText();
    event->ignore();
}

} // namespace fapo
