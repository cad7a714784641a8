#pragma once
// One edge of the step graph: the layout's spline and an arrow head. Holds its id and geometry; width
// and colour come from the model when it paints (failures that travelled along it, the selected example).
#include "widgets/graph/graphlayout.h"
#include <QGraphicsItem>

namespace fapo {

class GraphScene;

class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    explicit EdgeItem(EdgeId id);

    EdgeId id() const { return m_id; }
    void setGeometry(const EdgeGeometry& geometry);
    const EdgeGeometry& geometry() const { return m_geometry; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Style {
        QColor colour;
        qreal width = 1;
        Qt::PenStyle pen = Qt::SolidLine;
        int label = 0; // failures shown at the middle (0: none)
    };
    Style style() const;
    GraphScene* graphScene() const;
    QRectF labelRect(int count) const;

    EdgeId m_id;
    EdgeGeometry m_geometry;
};

} // namespace fapo
