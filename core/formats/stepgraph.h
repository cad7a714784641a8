#pragma once
// The pipeline's step graph, derived once from template references and shared by everything.
// Nodes are "input.FIELD" for dataset inputs and step ids; edges point from producer to consumer.
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace fapo {

struct GraphEdge {
    QString from;
    QString to;
    bool operator==(const GraphEdge&) const = default;
};

class StepGraph {
public:
    QStringList inputNodes; // "input.question", ... in order of first use
    QStringList steps; // step ids in a topological order (file order: references point backwards)
    std::vector<GraphEdge> edges; // unique, in order of first use

    // Step ids this step reads from (no inputs).
    QStringList upstreamSteps(const QString& step) const;
    // This step and every step that depends on it, transitively, in topological order.
    QStringList affectedBy(const QString& step) const;
    // Every step this step reads from, transitively, in topological order (itself not included).
    QStringList ancestors(const QString& step) const;
    // `from` and every step between it and `to` (both included), in topological order: the way a
    // failure starting at `from` travels to `to`. Empty when `to` does not depend on `from`.
    QStringList pathBetween(const QString& from, const QString& to) const;
};

// A loop among steps that read each other: `at` is the step whose reference closes it, `loop` the steps
// on it with the first repeated at the end ("a -> b -> a").
struct StepCycle {
    QString at;
    QStringList loop;
};
// Every loop in `reads` (step -> the steps it reads), visiting `steps` in order; each loop once.
std::vector<StepCycle> findCycles(const QStringList& steps, const QHash<QString, QStringList>& reads);

} // namespace fapo
