#pragma once
// Layered layout of the step graph: a pure function of node sizes and edges, so it can run on a worker
// thread and be swapped for a stub in tests. Coordinates are scene units (points), y pointing down.
#include "models/graphroles.h"
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>
#include <functional>

namespace fapo {

struct GraphLayoutNode {
    NodeId id = -1;
    QSizeF size; // the item's full size; the layout keeps nodes from overlapping at this size
};

struct GraphLayoutInput {
    QList<GraphLayoutNode> nodes;
    QList<EdgeId> edges; // edges naming a node that is not in `nodes` are ignored
};

struct EdgeGeometry {
    QPainterPath path; // from the source's border to the base of the arrow head
    QPointF arrowTip; // on the target's border
};

struct GraphLayoutResult {
    bool ok = false; // false: the layout engine failed; `error` says why and the other fields are empty
    QString error;
    QHash<NodeId, QPointF> centers; // node centres
    QHash<EdgeId, EdgeGeometry> edges;
    QRectF boundingRect; // every node and edge
};

using LayoutFunction = std::function<GraphLayoutResult(const GraphLayoutInput&)>;

// Graphviz `dot`, top to bottom. Thread-safe: calls are serialized (Graphviz is not re-entrant).
GraphLayoutResult layoutGraph(const GraphLayoutInput& input);

// A quick layered layout with straight edges and no Graphviz: what the scene shows at once while the
// real layout runs, and its fallback when Graphviz fails. Ranks are longest paths from the sources.
GraphLayoutResult rankLayout(const GraphLayoutInput& input);

} // namespace fapo

Q_DECLARE_METATYPE(fapo::GraphLayoutResult)
