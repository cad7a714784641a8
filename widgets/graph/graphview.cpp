#include "widgets/graph/graphview.h"
#include "widgets/failurelegend.h"

#include "widgets/graph/graphscene.h"
#include "widgets/graph/minimap.h"
#include "widgets/graph/nodeitem.h"
#include "models/stepgraphmodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace fapo {

namespace {
constexpr qreal MinZoom = 0.1;
constexpr qreal MaxZoom = 4.0;
constexpr qreal MaxFitZoom = 1.0; // fitting never magnifies a small graph beyond 100 %
constexpr qreal MinReadableFitZoom = 0.6; // below this the cards' text is too small to read
constexpr qreal ZoomStep = 1.25;
constexpr qreal GridSpacing = 24; // scene units between background dots
constexpr int MiniMapMargin = 12;
}

GraphView::GraphView(GraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_miniMap(new MiniMap(this))
    , m_legend(new FailureLegend(FailureLegend::graphEntries(), this))
{
    m_legend->setAutoFillBackground(true);
    m_legend->hide();
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    // A canvas: panning, the wheel and the overview move it; scroll bars would only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Pipeline graph"));
    m_scene->setGraphPalette(GraphPalette::fromPalette(palette()));

    connect(m_scene, &GraphScene::rebuilt, this, [this] {
        // A graph that grew (a step seen for the first time in traces arriving live) keeps the place and
        // zoom the person chose; another graph, or one nobody zoomed or panned, is fitted.
        QSet<QString> names;
        for (const NodeId id : m_scene->model()->nodeIds())
            names.insert(m_scene->model()->nodeData(id, NodeRole::Label).toString());
        const bool grew = !m_autoFit && !m_steps.isEmpty() && names.intersects(m_steps);
        m_steps = names;
        if (!grew)
            m_fitPending = true;
    });
    connect(m_scene, &GraphScene::layoutApplied, this, [this] {
        if (m_fitPending) {
            m_fitPending = false;
            fitAll();
        }
        updateMiniMap();
    });
    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, &GraphView::updateMiniMap);
    if (m_scene->model()) // a run arriving for the same pipeline rebuilds nothing, but shows the key
        connect(m_scene->model(), &StepGraphModel::modelReset, this, &GraphView::updateMiniMap);
    connect(m_scene, &QGraphicsScene::changed, m_miniMap, &MiniMap::invalidate);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);
    updateMiniMap();
}

qreal GraphView::zoom() const { return transform().m11(); }

void GraphView::setCompact(bool compact)
{
    m_compact = compact;
    updateMiniMap();
}

void GraphView::fitAll()
{
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty() || viewport()->width() < 2 || viewport()->height() < 2)
        return;
    const qreal whole = std::min({ viewport()->width() / rect.width(), viewport()->height() / rect.height(), MaxFitZoom });
    // A graph too large to read when fitted whole is shown at a readable size from its top (where
    // the inputs are); the minimap shows the rest.
    const qreal z = m_compact ? whole : std::max(whole, std::min(MinReadableFitZoom, MaxFitZoom));
    m_fitting = true;
    setTransform(QTransform::fromScale(z, z));
    if (z > whole + 1e-9)
        centerOn(QPointF(rect.center().x(), rect.top() + viewport()->height() / (2 * z)));
    else
        centerOn(rect.center());
    m_fitting = false;
    m_autoFit = true;
    Q_EMIT zoomChanged(zoom());
    updateMiniMap();
}

void GraphView::zoomIn() { zoomBy(ZoomStep, viewport()->rect().center()); }

void GraphView::zoomOut() { zoomBy(1.0 / ZoomStep, viewport()->rect().center()); }

void GraphView::resetZoom() { setZoom(1.0, viewport()->rect().center()); }

void GraphView::zoomBy(qreal factor, const QPoint& anchor) { setZoom(zoom() * factor, anchor); }

void GraphView::setZoom(qreal z, const QPoint& anchor)
{
    z = std::clamp(z, std::min(MinZoom, zoom()), MaxZoom);
    if (qFuzzyCompare(z, zoom()))
        return;
    m_autoFit = false;
    // Keep the scene point under `anchor` where it is. Done by hand: AnchorUnderMouse relies on the
    // last mouse move, which keyboard zoom and synthetic events do not have.
    const QPointF scenePoint = mapToScene(anchor);
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setTransform(QTransform::fromScale(z, z));
    const QPoint moved = mapFromScene(scenePoint) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y());
    setTransformationAnchor(previous);
    Q_EMIT zoomChanged(zoom());
    updateMiniMap();
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    int delta = event->angleDelta().y();
    if (delta == 0)
        delta = event->pixelDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // horizontal scrolling pans
        return;
    }
    // One notch (120) zooms by about 20 %.
    zoomBy(std::pow(1.0015, delta), event->position().toPoint());
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    case Qt::Key_F:
        fitAll();
        break;
    // Arrow keys walk the graph from the selected node; the view follows.
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        if (m_scene->selectNeighbour(dx, dy))
            if (NodeItem* item = m_scene->nodeItem(m_scene->selectedStep()))
                ensureVisible(item, 40, 40);
        break;
    }
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click (not a drag) on the background clears the selection; a drag only pans.
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    for (QGraphicsItem* item : items(pos))
        if (item->type() == NodeItem::Type)
            return;
    if (!m_scene->selectedItems().isEmpty())
        m_scene->clearSelection();
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    m_fitting = true;
    QGraphicsView::resizeEvent(event);
    m_fitting = false;
    // Until the user zooms or pans, the graph follows the window's size (docks settle after the first
    // layout, and a layout that landed before the view was shown has not been fitted yet).
    if ((m_fitPending && !m_scene->isLayoutPending()) || m_autoFit) {
        m_fitPending = false;
        fitAll();
    }
    updateMiniMap();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (!m_fitting)
        m_autoFit = false; // the user panned
    updateMiniMap();
}

void GraphView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setGraphPalette(GraphPalette::fromPalette(palette()));
        m_miniMap->invalidate();
        viewport()->update();
    }
    QGraphicsView::changeEvent(event);
}

void GraphView::drawBackground(QPainter* painter, const QRectF& rect)
{
    const GraphPalette& pal = m_scene->graphPalette();
    painter->fillRect(rect, pal.canvas);
    // Dots on a grid that thins out when zoomed out, so it stays a texture and never turns into noise.
    qreal spacing = GridSpacing;
    const qreal z = std::max(zoom(), 0.01);
    while (spacing * z < 14)
        spacing *= 2;
    QPolygonF dots;
    for (qreal x = std::floor(rect.left() / spacing) * spacing; x <= rect.right(); x += spacing)
        for (qreal y = std::floor(rect.top() / spacing) * spacing; y <= rect.bottom(); y += spacing)
            dots << QPointF(x, y);
    QPen pen(pal.grid, 1.6, Qt::SolidLine, Qt::RoundCap);
    pen.setCosmetic(true);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->drawPoints(dots);
    painter->restore();
}

void GraphView::updateMiniMap()
{
    if (scene() != m_scene)
        return; // the scene is leaving this view (its destructor detaches it): nothing to map
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF rect = m_scene->sceneRect();
    const bool show = !m_compact && m_scene->nodeCount() > 0 && !visible.adjusted(-2, -2, 2, 2).contains(rect);
    if (show) {
        const QRect area = viewport()->geometry();
        const QSize size = m_miniMap->sizeFor(QSize(std::min(220, area.width() / 3), std::min(160, area.height() / 3)));
        m_miniMap->setGeometry(QRect(area.right() - MiniMapMargin - size.width() + 1, area.bottom() - MiniMapMargin - size.height() + 1,
                                     size.width(), size.height()));
        m_miniMap->raise();
        m_miniMap->update();
    }
    m_miniMap->setVisible(show);

    // The key to the cards' marks, once they carry a run's counts.
    const bool legend = m_scene->nodeCount() > 0 && m_scene->model() && m_scene->model()->hasRun();
    if (legend) {
        const QRect area = viewport()->geometry();
        const QSize size = m_legend->sizeHint();
        m_legend->setGeometry(
            QRect(area.left() + MiniMapMargin, area.bottom() - MiniMapMargin - size.height() + 1, size.width(), size.height()));
        m_legend->raise();
    }
    m_legend->setVisible(legend);
}

void GraphView::onSelectionChanged()
{
    // Bring a node selected elsewhere (the inspector, the failure table) into view.
    const QString name = m_scene->selectedStep();
    NodeItem* item = name.isEmpty() ? nullptr : m_scene->nodeItem(name);
    if (!item)
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (!visible.contains(item->sceneBoundingRect()))
        centerOn(item);
}

} // namespace fapo
