#include "widgets/graph/edgeitem.h"

#include "widgets/graph/graphscene.h"
#include "models/stepgraphmodel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace fapo {

namespace {

constexpr qreal MinWidth = 1.25;
constexpr qreal MaxWidth = 6;
constexpr qreal HighlightWidth = 3;

QFont labelFont(const QFont& base)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * 0.8);
    else
        f.setPixelSize(std::max(1, qRound(base.pixelSize() * 0.8)));
    f.setWeight(QFont::DemiBold);
    return f;
}

} // namespace

EdgeItem::EdgeItem(EdgeId id)
    : m_id(id)
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void EdgeItem::setGeometry(const EdgeGeometry& geometry)
{
    prepareGeometryChange();
    m_geometry = geometry;
}

GraphScene* EdgeItem::graphScene() const { return static_cast<GraphScene*>(scene()); }

QRectF EdgeItem::labelRect(int count) const
{
    const GraphScene* gs = graphScene();
    const QFontMetricsF fm(labelFont(gs ? gs->font() : QFont()));
    const QString text = QString::number(count);
    const qreal h = std::ceil(fm.height()) + 2;
    const qreal w = std::max(h, std::ceil(fm.horizontalAdvance(text)) + 10);
    QRectF r(0, 0, w, h);
    r.moveCenter(m_geometry.path.pointAtPercent(0.5));
    return r;
}

QRectF EdgeItem::boundingRect() const
{
    // Generous margin: the pen, the widest arrow head and the count label.
    QRectF r = m_geometry.path.boundingRect().united(QRectF(m_geometry.arrowTip, QSizeF(0.01, 0.01)));
    r = r.adjusted(-MaxWidth * 2, -MaxWidth * 2, MaxWidth * 2, MaxWidth * 2);
    if (!m_geometry.path.isEmpty())
        r = r.united(labelRect(99999).adjusted(-2, -2, 2, 2));
    return r;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_geometry.path);
}

EdgeItem::Style EdgeItem::style() const
{
    Style s;
    const GraphScene* gs = graphScene();
    const StepGraphModel& model = *gs->model();
    const GraphPalette& pal = gs->graphPalette();
    s.colour = pal.edge;
    s.width = MinWidth;
    const bool fromInput = !model.isStep(m_id.from);
    if (fromInput) {
        s.colour.setAlphaF(s.colour.alphaF() * 0.7f);
        s.pen = Qt::DashLine;
    }
    if (model.edgeData(m_id, EdgeRole::Added).toBool()) { // a graph diff: an edge the proposal adds
        s.colour = pal.pass;
        s.width = HighlightWidth;
        s.pen = Qt::SolidLine;
        return s;
    }
    if (!model.selectedExample().isEmpty()) {
        if (model.edgeData(m_id, EdgeRole::Highlighted).toBool()) {
            const bool fromOrigin = NodeHighlight(model.nodeData(m_id.from, NodeRole::Highlight).toInt()) == NodeHighlight::Origin;
            s.colour = fromOrigin ? pal.origin : pal.affected;
            s.width = HighlightWidth;
            s.pen = Qt::SolidLine;
        } else {
            s.colour.setAlphaF(s.colour.alphaF() * 0.35f);
        }
        return s;
    }
    const int propagated = model.edgeData(m_id, EdgeRole::Propagated).toInt();
    const int most = model.maxPropagated();
    if (propagated > 0 && most > 0) {
        const double share = std::clamp(double(propagated) / double(most), 0.0, 1.0);
        s.width = MinWidth + (MaxWidth - MinWidth) * share;
        s.colour = GraphPalette::blend(pal.edge, pal.fail, 0.45 + 0.45 * share);
        s.pen = Qt::SolidLine;
        s.label = propagated;
    }
    return s;
}

void EdgeItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (!graphScene() || m_geometry.path.isEmpty())
        return;
    const Style s = style();
    p->setRenderHint(QPainter::Antialiasing);

    // Arrow head from the path's end to the tip, grown with the edge so thick edges keep a clear point.
    const QPointF tip = m_geometry.arrowTip;
    QPointF base = m_geometry.path.currentPosition();
    QLineF axis(tip, base);
    if (axis.length() < 1)
        axis = QLineF(tip, m_geometry.path.pointAtPercent(0.9));
    const qreal length = std::max(axis.length(), 2.2 * s.width + 4);
    const qreal halfWidth = std::max(4.5, 1.1 * s.width + 2);
    axis.setLength(length);
    base = axis.p2();
    const QPointF normal = QPointF(-(base - tip).y(), (base - tip).x()) / std::max(1e-6, length) * halfWidth;

    QPen pen(s.colour, s.width, s.pen, Qt::FlatCap, Qt::RoundJoin);
    if (s.pen == Qt::DashLine)
        pen.setDashPattern({ 4.0 / s.width, 3.0 / s.width });
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(m_geometry.path);

    QPolygonF head;
    head << tip << base + normal << base - normal;
    p->setPen(Qt::NoPen);
    p->setBrush(s.colour);
    p->drawPolygon(head);

    if (s.label > 0 && option->levelOfDetailFromTransform(p->worldTransform()) >= 0.5) {
        const GraphScene* gs = graphScene();
        const GraphPalette& pal = gs->graphPalette();
        const QRectF r = labelRect(s.label);
        p->setPen(QPen(s.colour, 1));
        p->setBrush(pal.cardFill);
        p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p->setFont(labelFont(gs->font()));
        p->setPen(pal.dark ? s.colour.lighter(125) : s.colour.darker(115));
        p->drawText(r, Qt::AlignCenter, QString::number(s.label));
    }
}

} // namespace fapo
