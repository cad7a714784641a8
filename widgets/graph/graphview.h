#pragma once
// Shows a GraphScene: wheel zoom around the cursor, drag to pan, fit/zoom slots and keys
// (+, -, 0, F), a dot-grid background and a minimap when the graph does not fit.
#include <QGraphicsView>
#include <QSet>

namespace fapo {

class GraphScene;
class FailureLegend;
class MiniMap;

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const { return m_scene; }
    qreal zoom() const;
    MiniMap* miniMap() const { return m_miniMap; }
    // A small side-by-side view (a graph diff): fitting shows the whole graph however small, and no
    // minimap covers it.
    void setCompact(bool compact);

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void zoomBy(qreal factor, const QPoint& anchor);
    void setZoom(qreal zoom, const QPoint& anchor);
    void updateMiniMap();
    void onSelectionChanged();

    GraphScene* m_scene;
    MiniMap* m_miniMap;
    FailureLegend* m_legend;
    bool m_fitPending = true; // fit the next layout (the first one, and after a new graph)
    bool m_autoFit = false; // fitted and not zoomed or panned since: refit on resize
    QSet<QString> m_steps; // the graph's step names, to tell a graph that grew from another one
    bool m_fitting = false; // scrolling done by the view itself, not the user
    bool m_compact = false; // see setCompact
    QPoint m_pressPos;
};

} // namespace fapo
