#pragma once
// One pipeline node (a step card or an input pill). Holds its id, its laid-out size and hover state;
// everything it shows is read from the scene's model when it paints.
#include "models/graphroles.h"
#include <QCoreApplication>
#include <QGraphicsItem>

namespace fapo {

class GraphScene;
class StepGraphModel;

class NodeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(fapo::NodeItem)
public:
    enum { Type = UserType + 1 };

    NodeItem(NodeId id, QSizeF size);

    NodeId id() const { return m_id; }
    QSizeF size() const { return m_size; }
    // The card itself, centred on the item's origin (badges and the focus ring draw outside it).
    QRectF cardRect() const;

    // The size a node needs so its texts fit; the layout keeps nodes apart at this size.
    static QSizeF sizeFor(const StepGraphModel& model, NodeId id, const QFont& font);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    GraphScene* graphScene() const;

    NodeId m_id;
    QSizeF m_size;
    bool m_hovered = false;
};

} // namespace fapo
