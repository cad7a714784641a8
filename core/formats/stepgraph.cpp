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

} // namespace fapo
