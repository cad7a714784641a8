#pragma once
// An overview of the whole scene in a corner of a GraphView, with the visible area outlined.
// Click or drag in it to move the view.
#include <QPixmap>
#include <QWidget>

class QGraphicsView;

namespace fapo {

class GraphScene;

class MiniMap : public QWidget {
    Q_OBJECT
public:
    explicit MiniMap(QGraphicsView* view);

    // Size for the current scene, fitting in `maximum`.
    QSize sizeFor(const QSize& maximum) const;

public Q_SLOTS:
    void invalidate(); // the scene changed: re-render the overview on the next paint

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF mapArea() const; // where the scene is drawn inside the widget
    QPointF toScene(const QPointF& p) const;
    void centerViewOn(const QPointF& widgetPos);
    void drawOverview(QPainter* painter, const GraphScene& scene, const QSizeF& size) const;

    QGraphicsView* m_view;
    QPixmap m_cache;
    bool m_dirty = true;
};

} // namespace fapo
