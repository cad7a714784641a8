// Grouping rule. Within one trace, spans form a forest (a parent outside the trace makes a root);
// siblings are ordered by start time, then file order, and the forest is walked depth-first (pre-order).
// Each span has a key (ImportedSpan::stepName). A span joins
//   - its parent's step when the parent has the same key (a node's own LLM call stays in that node),
//   - else its previous sibling's step when that sibling has the same key (a run of repeats is one stage),
//   - else a new stage of its key: the first stage in the trace is "KEY", later ones "KEY#2", "KEY#3", ...
// So a name that reappears after a different step came in between (the same model cleaning the input
// first and writing the reply last) stays two steps. Stage numbers restart in every trace, so the same
// pipeline run several times gives the same step ids.
//
// Edges (unique, no self-edges, in this order): data flow (a span's output of >= 20 characters appears in a
// later span's input, same trace, compared within a window of recent spans and on capped text lengths),
// parent -> child, then consecutive siblings. Steps are listed in order of first appearance (traces in
// file order); an edge that would point backwards in that order is dropped, so the graph is a DAG.
#include "import/importgraph.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace fapo::importdetail {

namespace {

constexpr int kMinFlowText = 20;
constexpr int kNeedleChars = 200; // compare the start of an output...
constexpr int kHaystackChars = 100000; // ...with the start of a later input
constexpr int kFlowWindow = 64; // earlier spans of the same trace considered for each input

int kindRank(const QString& kind)
{
    static const QStringList order = { QStringLiteral("llm"), QStringLiteral("retrieve"), QStringLiteral("tool"),
                                       QStringLiteral("embedding"), QStringLiteral("agent"), QStringLiteral("chain") };
    const int i = order.indexOf(kind);
    return i < 0 ? int(order.size()) + (kind == QLatin1String("span") ? 1 : 0) : i;
}

struct Builder {
    ImportResult& r;
    QHash<QString, int> stepIndex;
    std::vector<GraphEdge> flowEdges, parentEdges, siblingEdges;
    std::vector<char> visited = std::vector<char>(r.spans.size(), 0); // by span index, shared by all traces

    int stepFor(const QString& id, const ImportedSpan& span)
    {
        auto it = stepIndex.find(id);
        if (it == stepIndex.end()) {
            it = stepIndex.insert(id, int(r.steps.size()));
            r.steps << id;
            r.stepInfo.push_back({ id, span.kind, 0, 0 });
        }
        ImportedStep& s = r.stepInfo[size_t(*it)];
        ++s.count;
        if (span.error)
            ++s.failed;
        if (kindRank(span.kind) < kindRank(s.kind))
            s.kind = span.kind;
        return *it;
    }

    void trace(const std::vector<int>& members)
    {
        std::vector<ImportedSpan>& spans = r.spans;
        QHash<QString, int> byId;
        for (int i : members) {
            const QString& id = spans[size_t(i)].spanId;
            if (id.isEmpty())
                continue;
            if (byId.contains(id) && r.problems.size() < 400)
                r.problems.push_back({ QStringLiteral("duplicate span id \"%1\" in trace \"%2\"").arg(id, spans[size_t(i)].traceId) });
            else
                byId.insert(id, i);
        }
        QHash<int, std::vector<int>> children;
        std::vector<int> roots;
        for (int i : members) {
            const ImportedSpan& s = spans[size_t(i)];
            const int parent = s.parentId.isEmpty() || s.parentId == s.spanId ? -1 : byId.value(s.parentId, -1);
            if (parent < 0)
                roots.push_back(i);
            else
                children[parent].push_back(i);
        }
        const auto before = [&](int a, int b) {
            const qint64 sa = spans[size_t(a)].startNs, sb = spans[size_t(b)].startNs;
            return sa != sb ? sa < sb : a < b;
        };
        std::sort(roots.begin(), roots.end(), before);
        for (auto it = children.begin(); it != children.end(); ++it)
            std::sort(it->begin(), it->end(), before);

        QHash<QString, int> stages; // key -> stages seen in this trace
        std::vector<int> order; // pre-order
        const auto walk = [&](const std::vector<int>& top) {
            // (span, parent, previous sibling); iterative so deep chains cannot overflow the stack
            std::vector<std::tuple<int, int, int>> stack;
            for (size_t k = top.size(); k-- > 0;)
                stack.emplace_back(top[k], -1, k > 0 ? top[k - 1] : -1);
            while (!stack.empty()) {
                const auto [i, parent, prev] = stack.back();
                stack.pop_back();
                if (visited[size_t(i)])
                    continue;
                visited[size_t(i)] = 1;
                ImportedSpan& s = spans[size_t(i)];
                if (parent >= 0 && spans[size_t(parent)].stepName == s.stepName) {
                    s.stepId = spans[size_t(parent)].stepId;
                } else if (prev >= 0 && spans[size_t(prev)].stepName == s.stepName && !spans[size_t(prev)].stepId.isEmpty()) {
                    s.stepId = spans[size_t(prev)].stepId;
                } else {
                    const int n = ++stages[s.stepName];
                    s.stepId = n == 1 ? s.stepName : s.stepName + QStringLiteral("#%1").arg(n);
                }
                stepFor(s.stepId, s);
                order.push_back(i);
                if (parent >= 0)
                    parentEdges.push_back({ spans[size_t(parent)].stepId, s.stepId });
                if (prev >= 0 && !spans[size_t(prev)].stepId.isEmpty())
                    siblingEdges.push_back({ spans[size_t(prev)].stepId, s.stepId });
                const auto c = children.constFind(i);
                if (c == children.cend())
                    continue;
                for (size_t k = c->size(); k-- > 0;)
                    stack.emplace_back((*c)[k], i, k > 0 ? (*c)[k - 1] : -1);
            }
        };
        walk(roots);
        // Spans caught in a parent cycle were never reached: take them as roots, in order.
        std::vector<int> rest;
        for (int i : members)
            if (!visited[size_t(i)])
                rest.push_back(i);
        if (!rest.empty()) {
            r.problems.push_back({ QStringLiteral("%1 spans of trace \"%2\" form a parent cycle; taken as roots")
                                       .arg(rest.size())
                                       .arg(spans[size_t(rest.front())].traceId) });
            std::sort(rest.begin(), rest.end(), before);
            walk(rest);
        }
        dataFlow(order);
    }

    void dataFlow(const std::vector<int>& order)
    {
        const std::vector<ImportedSpan>& spans = r.spans;
        std::vector<int> producers; // spans with enough output, in order
        QHash<int, QSet<int>> sources; // span -> producers found in its input
        for (int t : order) {
            const ImportedSpan& to = spans[size_t(t)];
            if (!to.input.isEmpty()) {
                const QStringView hay = QStringView(to.input).left(kHaystackChars);
                const size_t from = producers.size() > size_t(kFlowWindow) ? producers.size() - kFlowWindow : 0;
                QSet<int>& found = sources[t];
                for (size_t k = from; k < producers.size(); ++k) {
                    const ImportedSpan& src = spans[size_t(producers[k])];
                    // Only finished work flows: a parent's input reaching its child is not data flow.
                    if (src.stepId == to.stepId || (src.endNs > 0 && to.startNs > 0 && src.endNs > to.startNs))
                        continue;
                    const QStringView needle = QStringView(src.output).trimmed().left(kNeedleChars);
                    if (hay.contains(needle))
                        found.insert(producers[k]);
                }
                // Keep direct flow only: drop a source that reached this span through another source.
                for (int s : found) {
                    bool indirect = false;
                    for (int p : found)
                        if (p != s && sources.value(p).contains(s)) {
                            indirect = true;
                            break;
                        }
                    if (!indirect)
                        flowEdges.push_back({ spans[size_t(s)].stepId, to.stepId });
                }
            }
            if (QStringView(to.output).trimmed().size() >= kMinFlowText)
                producers.push_back(t);
        }
    }

    void finish()
    {
        std::stable_sort(flowEdges.begin(), flowEdges.end(), [&](const GraphEdge& a, const GraphEdge& b) {
            return std::pair(stepIndex.value(a.to), stepIndex.value(a.from)) < std::pair(stepIndex.value(b.to), stepIndex.value(b.from));
        });
        QSet<QPair<QString, QString>> seen;
        for (const auto* list : { &flowEdges, &parentEdges, &siblingEdges })
            for (const GraphEdge& e : *list) {
                if (e.from == e.to || stepIndex.value(e.from) >= stepIndex.value(e.to))
                    continue;
                if (seen.contains({ e.from, e.to }))
                    continue;
                seen.insert({ e.from, e.to });
                r.edges.push_back(e);
            }
    }
};

} // namespace

void buildImportGraph(ImportResult& result)
{
    QHash<QString, int> traceIndex;
    std::vector<std::vector<int>> traces;
    for (size_t i = 0; i < result.spans.size(); ++i) {
        const QString& id = result.spans[i].traceId;
        auto it = traceIndex.find(id);
        if (it == traceIndex.end()) {
            it = traceIndex.insert(id, int(traces.size()));
            traces.emplace_back();
        }
        traces[size_t(*it)].push_back(int(i));
    }
    result.traces = int(traces.size());
    Builder b { result, {}, {}, {}, {} };
    for (const auto& members : traces)
        b.trace(members);
    b.finish();
}

} // namespace fapo::importdetail
