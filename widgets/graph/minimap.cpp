#include "widgets/graph/minimap.h"

#include "widgets/graph/edgeitem.h"
#include "widgets/graph/graphscene.h"
#include "widgets/graph/nodeitem.h"
#include "models/stepgraphmodel.h"

#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace fapo {

namespace {
constexpr int Inset = 6; // between the panel's edge and the drawn scene
constexpr qreal MinimumSide = 24; // of the drawn scene, however long and thin the graph
}

MiniMap::MiniMap(QGraphicsView* view)
    : QWidget(view)
    , m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    setAccessibleName(tr("Graph overview"));
    hide();
}

QSize MiniMap::sizeFor(const QSize& maximum) const
{
    const QRectF scene = m_view->scene() ? m_view->scene()->sceneRect() : QRectF();
    if (scene.isEmpty() || maximum.isEmpty())
        return QSize(0, 0);
    const QSizeF most(maximum - QSize(2 * Inset, 2 * Inset));
    QSizeF inner = scene.size().scaled(most, Qt::KeepAspectRatio);
    inner = inner.expandedTo(QSizeF(MinimumSide, MinimumSide).boundedTo(most));
    return QSize(qCeil(inner.width()) + 2 * Inset, qCeil(inner.height()) + 2 * Inset);
}

void MiniMap::invalidate()
{
    m_dirty = true;
    if (isVisible())
        update();
}

QRectF MiniMap::mapArea() const
{
    const QRectF scene = m_view->scene() ? m_view->scene()->sceneRect() : QRectF();
    const QRectF inner = QRectF(rect()).adjusted(Inset, Inset, -Inset, -Inset);
    if (scene.isEmpty() || inner.isEmpty())
        return inner;
    QRectF area(QPointF(), scene.size().scaled(inner.size(), Qt::KeepAspectRatio));
    // A long chain of steps would shrink the thin side below a pixel (and the overview to nothing):
    // a little distortion is better than no map.
    area.setWidth(std::max(area.width(), std::min(MinimumSide, inner.width())));
    area.setHeight(std::max(area.height(), std::min(MinimumSide, inner.height())));
    area.moveCenter(inner.center());
    return area;
}

QPointF MiniMap::toScene(const QPointF& p) const
{
    const QRectF area = mapArea();
    const QRectF scene = m_view->scene()->sceneRect();
    return QPointF(scene.left() + (p.x() - area.left()) / area.width() * scene.width(),
                   scene.top() + (p.y() - area.top()) / area.height() * scene.height());
}

void MiniMap::drawOverview(QPainter* p, const GraphScene& scene, const QSizeF& size) const
{
    // A simplified drawing: at this scale the items' own painting is a blur; shapes and failure
    // colours are what orient the user.
    const GraphPalette& pal = scene.graphPalette();
    const QRectF sceneRect = scene.sceneRect();
    p->scale(size.width() / sceneRect.width(), size.height() / sceneRect.height()); // as mapArea() is, if distorted
    p->translate(-sceneRect.topLeft());
    const StepGraphModel& model = *scene.model();
    for (QGraphicsItem* item : scene.items(Qt::AscendingOrder)) {
        if (item->type() == EdgeItem::Type) {
            QPen pen(pal.edge, 1);
            pen.setCosmetic(true);
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            p->drawPath(static_cast<EdgeItem*>(item)->geometry().path);
        } else if (item->type() == NodeItem::Type) {
            const auto* node = static_cast<NodeItem*>(item);
            const QRectF card = node->cardRect().translated(node->pos());
            const QVariant rate = model.nodeData(node->id(), NodeRole::FailureRate);
            QColor fill = !model.isStep(node->id()) ? pal.inputBorder
                : rate.isValid()                    ? pal.failureColor(rate.toDouble())
                                                    : pal.secondaryText;
            fill.setAlphaF(0.8f);
            p->setPen(Qt::NoPen);
            p->setBrush(fill);
            const qreal radius = model.isStep(node->id()) ? 8 : card.height() / 2;
            p->drawRoundedRect(card, radius, radius);
        }
    }
}

void MiniMap::paintEvent(QPaintEvent*)
{
    auto* scene = qobject_cast<GraphScene*>(m_view->scene());
    if (!scene)
        return;
    const GraphPalette& pal = scene->graphPalette();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);

    const QRectF panel = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor back = pal.canvas;
    back.setAlphaF(0.94f);
    p.setPen(QPen(pal.cardBorder, 1));
    p.setBrush(back);
    p.drawRoundedRect(panel, 6, 6);

    const QRectF area = mapArea();
    if (area.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (area.size() * dpr).toSize();
    if (pixels.isEmpty())
        return;
    if (m_dirty || m_cache.size() != pixels) {
        m_cache = QPixmap(pixels);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(Qt::transparent);
        QPainter cp(&m_cache);
        cp.setRenderHint(QPainter::Antialiasing);
        drawOverview(&cp, *scene, area.size());
        m_dirty = false;
    }
    p.drawPixmap(area.topLeft(), m_cache);

    // The part of the scene the view shows.
    const QRectF sceneRect = scene->sceneRect();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal sx = area.width() / sceneRect.width();
    const qreal sy = area.height() / sceneRect.height();
    QRectF frame(area.left() + (visible.left() - sceneRect.left()) * sx, area.top() + (visible.top() - sceneRect.top()) * sy,
                 visible.width() * sx, visible.height() * sy);
    frame = frame.intersected(area);
    QColor fill = pal.selection;
    fill.setAlphaF(0.12f);
    p.setPen(QPen(pal.selection, 1.5));
    p.setBrush(fill);
    p.drawRoundedRect(frame, 2, 2);
}

void MiniMap::centerViewOn(const QPointF& widgetPos)
{
    if (!m_view->scene() || mapArea().isEmpty())
        return;
    m_view->centerOn(toScene(widgetPos));
    update();
}

void MiniMap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        centerViewOn(event->position());
    event->accept();
}

void MiniMap::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        centerViewOn(event->position());
    event->accept();
}

} // namespace fapo
