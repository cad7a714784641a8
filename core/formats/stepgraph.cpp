#include "formats/stepgraph.h"
#include <QSet>

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

} // namespace fapo
