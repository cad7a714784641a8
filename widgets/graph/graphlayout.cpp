#include "widgets/graph/graphlayout.h"

#include <QMutex>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

// Graphviz headers stay in this file: they define many short macros.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace fapo {

namespace {

constexpr double PointsPerInch = 72.0;
// Gaps between nodes of one rank and between ranks, in inches (Graphviz units).
constexpr const char* NodeSep = "0.45";
constexpr const char* RankSep = "0.7";
constexpr const char* ArrowSize = "0.9"; // arrow head length = 10 pt x this

// Graphviz 2.42 takes `char*` everywhere; keep each string in a mutable buffer.
class CString {
public:
    explicit CString(const QByteArray& bytes)
        : m_bytes(bytes)
    {
        m_bytes.detach();
    }
    explicit CString(const char* text)
        : CString(QByteArray(text))
    {
    }
    operator char*() { return m_bytes.data(); }

private:
    QByteArray m_bytes;
};

QByteArray inches(double points) { return QByteArray::number(points / PointsPerInch, 'f', 4); }

// Graphviz keeps global state (the graph dictionary discipline, error handlers, the context), so
// every use goes through this lock.
QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

GVC_t* context()
{
    // Created once and kept for the process: loading the plugins costs more than a layout.
    static GVC_t* gvc = [] {
        agseterr(AGERR); // keep Graphviz warnings off stderr
        return gvContext();
    }();
    return gvc;
}

void setAttr(Agraph_t* g, int kind, const char* name, const QByteArray& value)
{
    CString n(name);
    CString v(value);
    agattr(g, kind, n, v);
}

void setNodeAttr(Agnode_t* node, const char* name, const QByteArray& value)
{
    CString n(name);
    CString v(value);
    CString def("");
    agsafeset(node, n, v, def);
}

struct GraphCloser {
    GVC_t* gvc = nullptr;
    bool laidOut = false;
    void operator()(Agraph_t* g) const
    {
        if (laidOut)
            gvFreeLayout(gvc, g);
        agclose(g);
    }
};

QPointF toScene(pointf p, double top) { return QPointF(p.x, top - p.y); }

void addNodeRects(const GraphLayoutInput& input, GraphLayoutResult& result)
{
    QRectF bounds;
    for (const GraphLayoutNode& node : input.nodes) {
        if (!result.centers.contains(node.id))
            continue;
        QRectF r(QPointF(), node.size);
        r.moveCenter(result.centers.value(node.id));
        bounds = bounds.united(r);
    }
    for (const EdgeGeometry& edge : std::as_const(result.edges))
        bounds = bounds.united(edge.path.boundingRect()).united(QRectF(edge.arrowTip, QSizeF(0.01, 0.01)));
    result.boundingRect = bounds;
}

} // namespace

GraphLayoutResult layoutGraph(const GraphLayoutInput& input)
{
    GraphLayoutResult result;
    if (input.nodes.isEmpty()) {
        result.ok = true;
        return result;
    }

    QMutexLocker lock(&graphvizMutex());
    GVC_t* gvc = context();
    if (!gvc) {
        result.error = QStringLiteral("Graphviz could not be initialised");
        return result;
    }

    CString graphName("fapo");
    GraphCloser closer { gvc };
    std::unique_ptr<Agraph_t, GraphCloser&> graph(agopen(graphName, Agdirected, nullptr), closer);
    Agraph_t* g = graph.get();
    if (!g) {
        result.error = QStringLiteral("Graphviz could not create a graph");
        return result;
    }

    setAttr(g, AGRAPH, "rankdir", "TB");
    setAttr(g, AGRAPH, "nodesep", NodeSep);
    setAttr(g, AGRAPH, "ranksep", RankSep);
    setAttr(g, AGRAPH, "splines", "spline");
    setAttr(g, AGNODE, "shape", "box");
    setAttr(g, AGNODE, "fixedsize", "true");
    setAttr(g, AGNODE, "label", "");
    setAttr(g, AGNODE, "width", "1");
    setAttr(g, AGNODE, "height", "0.5");
    setAttr(g, AGEDGE, "arrowsize", ArrowSize);
    setAttr(g, AGEDGE, "arrowhead", "normal");

    QHash<NodeId, Agnode_t*> nodes;
    for (const GraphLayoutNode& node : input.nodes) {
        if (nodes.contains(node.id))
            continue;
        CString name("n" + QByteArray::number(node.id));
        Agnode_t* n = agnode(g, name, 1);
        setNodeAttr(n, "width", inches(std::max(node.size.width(), 1.0)));
        setNodeAttr(n, "height", inches(std::max(node.size.height(), 1.0)));
        nodes.insert(node.id, n);
    }

    std::vector<std::pair<EdgeId, Agedge_t*>> edges;
    QSet<EdgeId> seen;
    for (const EdgeId& e : input.edges) {
        Agnode_t* from = nodes.value(e.from);
        Agnode_t* to = nodes.value(e.to);
        if (!from || !to || seen.contains(e))
            continue;
        seen.insert(e);
        CString name("e" + QByteArray::number(e.from) + '_' + QByteArray::number(e.to));
        edges.emplace_back(e, agedge(g, from, to, name, 1));
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        result.error = QStringLiteral("Graphviz dot layout failed");
        return result;
    }
    closer.laidOut = true;

    // Graphviz's y axis points up: flip around the top of its bounding box.
    const double top = GD_bb(g).UR.y;
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        result.centers.insert(it.key(), toScene(ND_coord(it.value()), top));

    for (const auto& [id, e] : edges) {
        const splines* spl = ED_spl(e);
        if (!spl || spl->size < 1 || spl->list[0].size < 1)
            continue;
        EdgeGeometry geometry;
        // A dot edge between two plain boxes is one bezier: a start point and then triples of control
        // points. More than one piece only happens for concentrated edges; join them.
        for (int b = 0; b < spl->size; ++b) {
            const bezier& bz = spl->list[b];
            if (bz.size < 1)
                continue;
            if (b == 0)
                geometry.path.moveTo(toScene(bz.list[0], top));
            else
                geometry.path.lineTo(toScene(bz.list[0], top));
            for (int i = 1; i + 2 < bz.size; i += 3)
                geometry.path.cubicTo(toScene(bz.list[i], top), toScene(bz.list[i + 1], top), toScene(bz.list[i + 2], top));
        }
        const bezier& last = spl->list[spl->size - 1];
        geometry.arrowTip = last.eflag ? toScene(last.ep, top) : geometry.path.currentPosition();
        result.edges.insert(id, geometry);
    }

    result.ok = true;
    addNodeRects(input, result);
    return result;
}

GraphLayoutResult rankLayout(const GraphLayoutInput& input)
{
    constexpr double HGap = 0.45 * PointsPerInch;
    constexpr double VGap = 0.7 * PointsPerInch;

    GraphLayoutResult result;
    result.ok = true;
    QHash<NodeId, int> index;
    for (int i = 0; i < input.nodes.size(); ++i)
        index.insert(input.nodes[i].id, i);

    // Longest path from a source; iterating |V| times settles it for a DAG and bounds it for cycles.
    std::vector<int> rank(size_t(input.nodes.size()), 0);
    for (int pass = 0; pass < input.nodes.size(); ++pass) {
        bool changed = false;
        for (const EdgeId& e : input.edges) {
            const int from = index.value(e.from, -1);
            const int to = index.value(e.to, -1);
            if (from < 0 || to < 0 || from == to)
                continue;
            if (rank[size_t(to)] < rank[size_t(from)] + 1 && rank[size_t(from)] + 1 < input.nodes.size()) {
                rank[size_t(to)] = rank[size_t(from)] + 1;
                changed = true;
            }
        }
        if (!changed)
            break;
    }

    const int ranks = input.nodes.isEmpty() ? 0 : *std::max_element(rank.begin(), rank.end()) + 1;
    std::vector<double> rowWidth(size_t(ranks), 0.0);
    std::vector<double> rowHeight(size_t(ranks), 0.0);
    for (int i = 0; i < input.nodes.size(); ++i) {
        const QSizeF s = input.nodes[i].size;
        double& w = rowWidth[size_t(rank[size_t(i)])];
        w += (w > 0 ? HGap : 0.0) + s.width();
        rowHeight[size_t(rank[size_t(i)])] = std::max(rowHeight[size_t(rank[size_t(i)])], s.height());
    }
    const double widest = ranks ? *std::max_element(rowWidth.begin(), rowWidth.end()) : 0.0;

    std::vector<double> rowTop(size_t(ranks), 0.0);
    for (int r = 1; r < ranks; ++r)
        rowTop[size_t(r)] = rowTop[size_t(r - 1)] + rowHeight[size_t(r - 1)] + VGap;
    std::vector<double> cursor(size_t(ranks), 0.0);
    for (int r = 0; r < ranks; ++r)
        cursor[size_t(r)] = (widest - rowWidth[size_t(r)]) / 2.0; // centre each row
    QHash<NodeId, QSizeF> sizes;
    for (int i = 0; i < input.nodes.size(); ++i) {
        const GraphLayoutNode& node = input.nodes[i];
        const size_t r = size_t(rank[size_t(i)]);
        const QPointF centre(cursor[r] + node.size.width() / 2.0, rowTop[r] + rowHeight[r] / 2.0);
        cursor[r] += node.size.width() + HGap;
        result.centers.insert(node.id, centre);
        sizes.insert(node.id, node.size);
    }

    for (const EdgeId& e : input.edges) {
        if (!result.centers.contains(e.from) || !result.centers.contains(e.to) || e.from == e.to)
            continue;
        const QPointF a = result.centers.value(e.from) + QPointF(0, sizes.value(e.from).height() / 2.0);
        const QPointF tip = result.centers.value(e.to) - QPointF(0, sizes.value(e.to).height() / 2.0);
        const QLineF line(a, tip);
        const double arrow = std::min(9.0, line.length() / 2.0);
        EdgeGeometry geometry;
        geometry.path.moveTo(a);
        geometry.path.lineTo(line.pointAt(line.length() > 0 ? 1.0 - arrow / line.length() : 1.0));
        geometry.arrowTip = tip;
        result.edges.insert(e, geometry);
    }
    addNodeRects(input, result);
    return result;
}

} // namespace fapo
