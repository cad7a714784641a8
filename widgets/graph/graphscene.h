#pragma once
// The scene mirrors a StepGraphModel: one NodeItem per node and one EdgeItem per edge. It rebuilds on
// modelReset (a quick layered layout at once, then the Graphviz layout from a worker), repaints single
// items on nodeUpdated/edgeUpdated, and turns clicks into stepSelected. Layout is an injected strategy.
#include "widgets/graph/graphlayout.h"
#include "widgets/graph/graphpalette.h"
#include <QGraphicsScene>
#include <QHash>

namespace fapo {

class EdgeItem;
class LayoutJob;
class NodeItem;
class StepGraphModel;

class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    // The model must outlive the scene.
    explicit GraphScene(StepGraphModel* model, QObject* parent = nullptr);
    ~GraphScene() override;

    StepGraphModel* model() const { return m_model; }

    // The layout strategy, run on a worker thread (default: layoutGraph). Applies from the next rebuild.
    void setLayoutFunction(LayoutFunction function);
    bool isLayoutPending() const { return m_layoutPending; }

    const GraphPalette& graphPalette() const { return m_palette; }
    void setGraphPalette(const GraphPalette& palette);

    NodeItem* nodeItem(NodeId id) const { return m_nodes.value(id); }
    NodeItem* nodeItem(const QString& name) const;
    EdgeItem* edgeItem(EdgeId id) const { return m_edges.value(id); }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }

    // The selected node's name (a step id or "input.FIELD"), empty when none.
    QString selectedStep() const;

public Q_SLOTS:
    // Selects a node by name without emitting stepSelected; an unknown or empty name clears the selection.
    void selectStep(const QString& name);
    // Keyboard navigation: selects the nearest node in the direction (dx, dy) of the selected one
    // (the first node when none is selected) and emits stepSelected. False when there is none.
    bool selectNeighbour(int dx, int dy);

Q_SIGNALS:
    // The user selected a node (empty name: the user cleared the selection).
    void stepSelected(const QString& name);
    // The items were recreated for a new graph; a layout follows.
    void rebuilt();
    // The worker's layout is in place (or the quick one stays because the layout engine failed).
    void layoutApplied();

protected:
    bool event(QEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    void onModelReset();
    void rebuild();
    GraphLayoutInput layoutInput() const;
    void applyLayout(const GraphLayoutResult& result);
    void onLayoutFinished(const GraphLayoutResult& result);
    void onSelectionChanged();
    QString structureKey() const;
    QString toolTipFor(NodeId id) const;

    StepGraphModel* m_model;
    LayoutJob* m_layoutJob;
    GraphPalette m_palette;
    QHash<NodeId, NodeItem*> m_nodes;
    QHash<EdgeId, EdgeItem*> m_edges;
    QString m_structure; // nodes, kinds, models and edges of the graph the items were built for
    bool m_layoutPending = false;
    bool m_quiet = false; // selection changes made by the scene itself emit nothing
};

} // namespace fapo
