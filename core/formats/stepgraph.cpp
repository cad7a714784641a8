#include "core/formats/stepgraph.h"
#include <QSet>
#include <functional>

namespace fapo {

QStringList StepGraph::upstreamSteps(const QString& step) const
{
    QStringList out;
    for (const GraphEdge& e : edges)
        if (e.to == step && steps.contains(e.from) && !out.contains(e.from))
            out << e.from;
    return out;
}

QStringList StepGraph::affectedBy(const QString& step) const
{
    QSet<QString> hit { step };
    QStringList out;
    for (const QString& s : steps) {
        if (!hit.contains(s)) {
            const QStringList up = upstreamSteps(s);
            for (const QString& u : up)
                if (hit.contains(u))
                    hit.insert(s);
        }
        if (hit.contains(s))
            out << s;
    }
    return out;
}

QStringList StepGraph::ancestors(const QString& step) const
{
    QSet<QString> hit;
    QStringList todo { step };
    while (!todo.isEmpty())
        for (const QString& u : upstreamSteps(todo.takeLast()))
            if (!hit.contains(u)) {
                hit.insert(u);
                todo << u;
            }
    QStringList out;
    for (const QString& s : steps)
        if (hit.contains(s))
            out << s;
    return out;
}

QStringList StepGraph::pathBetween(const QString& from, const QString& to) const
{
    QStringList onWay = ancestors(to);
    onWay << to;
    QStringList out;
    for (const QString& s : affectedBy(from))
        if (onWay.contains(s))
            out << s;
    return out.contains(to) ? out : QStringList();
}

std::vector<StepCycle> findCycles(const QStringList& steps, const QHash<QString, QStringList>& reads)
{
    enum Mark { None, Active, Done };
    QHash<QString, Mark> mark;
    QStringList stack;
    QSet<QString> reported;
    std::vector<StepCycle> cycles;
    std::function<void(const QString&)> visit = [&](const QString& id) {
        mark[id] = Active;
        stack << id;
        for (const QString& d : reads.value(id)) {
            if (mark.value(d) == Active) {
                if (!reported.contains(d)) {
                    reported.insert(d);
                    cycles.push_back({ id, stack.mid(stack.indexOf(d)) << d });
                }
            } else if (mark.value(d) == None) {
                visit(d);
            }
        }
        stack.removeLast();
        mark[id] = Done;
    };
    for (const QString& s : steps)
        if (mark.value(s) == None)
            visit(s);
    return cycles;
}

} // namespace fapo
