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
#include "core/import/importgraph.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace fapo::importdetail {

namespace {

constexpr int kMinFlowText = 20;
constexpr int kNeedleChars = 200; // compare the start of an output (bytes of UTF-8)...
constexpr int kHaystackChars = 100000; // ...with the start of a later input
constexpr int kFlowWindow = 64; // earlier spans of the same trace considered for each input
constexpr size_t kMaxGraphProblems = 400; // listed at most, with the readers' (a broken file would list every span)

// Adds a problem unless the list is long enough already.
void sayProblem(ImportResult& r, const QString& text)
{
    if (r.problems.size() < kMaxGraphProblems)
        r.problems.push_back({ text });
}

int kindRank(const QString& kind)
{
    static const QStringList order = { QStringLiteral("llm"),       QStringLiteral("retrieve"), QStringLiteral("tool"),
                                       QStringLiteral("embedding"), QStringLiteral("agent"),    QStringLiteral("chain") };
    const int i = order.indexOf(kind);
    return i < 0 ? int(order.size()) + (kind == QLatin1String("span") ? 1 : 0) : i;
}

using Edge = std::pair<int, int>; // step indices

// Edges of one kind in order of first appearance, each once.
struct EdgeList {
    std::vector<Edge> edges;
    QSet<quint64> seen;
    void add(int from, int to)
    {
        if (from == to)
            return;
        if (!seen.contains(key(from, to))) {
            seen.insert(key(from, to));
            edges.emplace_back(from, to);
        }
    }
    static quint64 key(int from, int to) { return (quint64(quint32(from)) << 32) | quint32(to); }
};

struct Builder {
    ImportResult& r;
    QHash<QString, int> stepIndex;
    EdgeList flowEdges, parentEdges, siblingEdges;
    std::vector<char> visited = std::vector<char>(r.spans.size(), 0); // by span index, shared by all traces
    std::vector<int> spanStep = std::vector<int>(r.spans.size(), -1); // by span index

    // Per key: the steps of its stages (1, 2, ...) and how many this trace has had; one lookup per new stage.
    struct KeyStages {
        std::vector<int> steps;
        int trace = -1;
        int seen = 0;
    };
    QHash<QString, KeyStages> keys;
    int m_trace = 0;
    std::vector<char> m_duplicate;
    std::vector<std::vector<int>> m_children, m_sources;
    std::vector<int> m_roots, m_order, m_producers;
    std::vector<std::tuple<int, int, int>> m_stack;

    int nextStage(const ImportedSpan& s)
    {
        KeyStages& k = keys[s.stepName];
        if (k.trace != m_trace) {
            k.trace = m_trace;
            k.seen = 0;
        }
        const int n = ++k.seen;
        if (size_t(n) <= k.steps.size()) {
            count(k.steps[size_t(n - 1)], s);
            return k.steps[size_t(n - 1)];
        }
        const int step = stepFor(n == 1 ? s.stepName : s.stepName + QStringLiteral("#%1").arg(n), s);
        k.steps.push_back(step);
        return step;
    }

    int stepFor(const QString& id, const ImportedSpan& span)
    {
        auto it = stepIndex.find(id);
        if (it == stepIndex.end()) {
            it = stepIndex.insert(id, int(r.steps.size()));
            r.steps << id;
            r.stepInfo.push_back({ id, span.kind, 0, 0 });
        }
        count(*it, span);
        return *it;
    }

    void count(int step, const ImportedSpan& span)
    {
        ImportedStep& s = r.stepInfo[size_t(step)];
        ++s.count;
        if (span.error)
            ++s.failed;
        if (span.kind != s.kind && kindRank(span.kind) < kindRank(s.kind))
            s.kind = span.kind;
    }

    // The member (position in `members`) whose span id is `id`, or -1. Small traces are searched
    // directly; a hash only pays off for large ones.
    struct IdIndex {
        const std::vector<ImportedSpan>& spans;
        const std::vector<int>& members;
        QHash<QString, int> byId;
        bool hashed = members.size() > 32;
        int find(const QString& id) const
        {
            if (hashed)
                return byId.value(id, -1);
            for (size_t m = 0; m < members.size(); ++m)
                if (spans[size_t(members[m])].spanId == id)
                    return int(m);
            return -1;
        }
    };

    void trace(const std::vector<int>& members)
    {
        std::vector<ImportedSpan>& spans = r.spans;
        IdIndex ids { spans, members, {} };
        // Buffers kept across traces (cleared, not freed): a file of many small traces would otherwise
        // spend more time allocating than linking.
        std::vector<char>& duplicate = m_duplicate;
        duplicate.assign(members.size(), 0);
        if (ids.hashed) {
            for (size_t m = 0; m < members.size(); ++m) {
                const QString& id = spans[size_t(members[m])].spanId;
                if (id.isEmpty())
                    continue;
                if (ids.byId.contains(id))
                    duplicate[m] = 1;
                else
                    ids.byId.insert(id, int(m));
            }
        } else {
            for (size_t m = 1; m < members.size(); ++m) {
                const QString& id = spans[size_t(members[m])].spanId;
                if (!id.isEmpty() && ids.find(id) != int(m))
                    duplicate[m] = 1;
            }
        }
        for (size_t m = 0; m < members.size(); ++m)
            if (duplicate[m])
                sayProblem(r,
                           QStringLiteral("duplicate span id \"%1\" in trace \"%2\"")
                               .arg(spans[size_t(members[m])].spanId, spans[size_t(members[m])].traceId));
        std::vector<std::vector<int>>& children = m_children; // by member position: span indices
        if (children.size() < members.size())
            children.resize(members.size());
        for (size_t m = 0; m < members.size(); ++m)
            children[m].clear();
        std::vector<int>& roots = m_roots;
        roots.clear();
        for (size_t m = 0; m < members.size(); ++m) {
            const ImportedSpan& s = spans[size_t(members[m])];
            // Impossible data is still imported, but said (a span its own parent, time running backwards).
            if (!s.parentId.isEmpty() && s.parentId == s.spanId)
                sayProblem(r, QStringLiteral("span \"%1\" of trace \"%2\" is its own parent; taken as a root").arg(s.spanId, s.traceId));
            if (s.startNs > 0 && s.endNs > 0 && s.endNs < s.startNs)
                sayProblem(r, QStringLiteral("span \"%1\" of trace \"%2\" ends before it starts").arg(s.spanId, s.traceId));
            const int parent = s.parentId.isEmpty() || s.parentId == s.spanId ? -1 : ids.find(s.parentId);
            if (parent < 0)
                roots.push_back(members[m]);
            else
                children[size_t(parent)].push_back(members[m]);
        }
        const auto positionOf = [&](int spanIndex) { // members are in file (index) order
            return size_t(std::lower_bound(members.begin(), members.end(), spanIndex) - members.begin());
        };
        const auto before = [&](int a, int b) {
            const qint64 sa = spans[size_t(a)].startNs, sb = spans[size_t(b)].startNs;
            return sa != sb ? sa < sb : a < b;
        };
        std::sort(roots.begin(), roots.end(), before);
        for (size_t m = 0; m < members.size(); ++m)
            if (children[m].size() > 1)
                std::sort(children[m].begin(), children[m].end(), before);

        ++m_trace;
        std::vector<int>& order = m_order; // pre-order
        order.clear();
        const auto walk = [&](const std::vector<int>& top) {
            // (span, parent, previous sibling); iterative so deep chains cannot overflow the stack
            std::vector<std::tuple<int, int, int>>& stack = m_stack;
            stack.clear();
            for (size_t k = top.size(); k-- > 0;)
                stack.emplace_back(top[k], -1, k > 0 ? top[k - 1] : -1);
            while (!stack.empty()) {
                const auto [i, parent, prev] = stack.back();
                stack.pop_back();
                if (visited[size_t(i)])
                    continue;
                visited[size_t(i)] = 1;
                ImportedSpan& s = spans[size_t(i)];
                int step;
                if (parent >= 0 && spans[size_t(parent)].stepName == s.stepName) {
                    step = spanStep[size_t(parent)];
                    count(step, s);
                } else if (prev >= 0 && spanStep[size_t(prev)] >= 0 && spans[size_t(prev)].stepName == s.stepName) {
                    step = spanStep[size_t(prev)];
                    count(step, s);
                } else {
                    step = nextStage(s);
                }
                s.stepId = r.steps[step]; // shares the text
                spanStep[size_t(i)] = step;
                order.push_back(i);
                if (parent >= 0)
                    parentEdges.add(spanStep[size_t(parent)], step);
                if (prev >= 0 && spanStep[size_t(prev)] >= 0)
                    siblingEdges.add(spanStep[size_t(prev)], step);
                const std::vector<int>& c = children[positionOf(i)];
                for (size_t k = c.size(); k-- > 0;)
                    stack.emplace_back(c[k], i, k > 0 ? c[k - 1] : -1);
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
        std::vector<int>& producers = m_producers; // positions in `order` of spans with enough output, in order
        producers.clear();
        std::vector<std::vector<int>>& sources = m_sources; // position -> producer positions found in its input
        if (sources.size() < order.size())
            sources.resize(order.size());
        for (size_t t = 0; t < order.size(); ++t)
            sources[t].clear();
        for (size_t t = 0; t < order.size(); ++t) {
            const ImportedSpan& to = spans[size_t(order[t])];
            if (!to.input.isEmpty() && !producers.empty()) {
                const QByteArrayView hay = QByteArrayView(to.input).first(std::min<qsizetype>(to.input.size(), kHaystackChars));
                const size_t from = producers.size() > size_t(kFlowWindow) ? producers.size() - kFlowWindow : 0;
                std::vector<int>& found = sources[t];
                for (size_t k = from; k < producers.size(); ++k) {
                    const ImportedSpan& src = spans[size_t(order[size_t(producers[k])])];
                    // Only finished work flows: a parent's input reaching its child is not data flow.
                    if (spanStep[size_t(order[size_t(producers[k])])] == spanStep[size_t(order[t])]
                        || (src.endNs > 0 && to.startNs > 0 && src.endNs > to.startNs))
                        continue;
                    const QByteArrayView output = QByteArrayView(src.output).trimmed();
                    const QByteArrayView needle = output.first(std::min<qsizetype>(output.size(), kNeedleChars));
                    if (hay.contains(needle))
                        found.push_back(producers[k]);
                }
                // Keep direct flow only: drop a source that reached this span through another source.
                for (int s : found) {
                    bool indirect = false;
                    for (int p : found)
                        if (p != s && std::find(sources[size_t(p)].begin(), sources[size_t(p)].end(), s) != sources[size_t(p)].end()) {
                            indirect = true;
                            break;
                        }
                    if (!indirect)
                        flowEdges.add(spanStep[size_t(order[size_t(s)])], spanStep[size_t(order[t])]);
                }
            }
            if (QByteArrayView(to.output).trimmed().size() >= kMinFlowText)
                producers.push_back(int(t));
        }
    }

    void finish()
    {
        std::stable_sort(flowEdges.edges.begin(), flowEdges.edges.end(),
                         [](const Edge& a, const Edge& b) { return std::pair(a.second, a.first) < std::pair(b.second, b.first); });
        QSet<quint64> seen;
        for (const EdgeList* list : { &flowEdges, &parentEdges, &siblingEdges })
            for (const Edge& e : list->edges) {
                if (e.first >= e.second || seen.contains(EdgeList::key(e.first, e.second)))
                    continue;
                seen.insert(EdgeList::key(e.first, e.second));
                r.edges.push_back({ r.steps[e.first], r.steps[e.second] });
            }
    }
};

} // namespace

void buildImportGraph(ImportResult& result)
{
    QHash<QString, int> traceIndex;
    std::vector<std::vector<int>> traces;
    int last = -1; // spans of one trace mostly come together
    for (size_t i = 0; i < result.spans.size(); ++i) {
        const QString& id = result.spans[i].traceId;
        if (last < 0 || result.spans[size_t(traces[size_t(last)].front())].traceId != id) {
            auto it = traceIndex.find(id);
            if (it == traceIndex.end()) {
                it = traceIndex.insert(id, int(traces.size()));
                traces.emplace_back();
            }
            last = *it;
        }
        traces[size_t(last)].push_back(int(i));
    }
    result.traces = int(traces.size());
    Builder b { result };
    for (const auto& members : traces)
        b.trace(members);
    b.finish();
}

} // namespace fapo::importdetail
