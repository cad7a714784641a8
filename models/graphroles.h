#pragma once
// Roles of the step graph model, shared by the model, the scene and tests.
#include <QMetaType>

namespace fapo {

using NodeId = int;

struct EdgeId {
    NodeId from = -1;
    NodeId to = -1;
    bool operator==(const EdgeId&) const = default;
};

inline size_t qHash(const EdgeId& e, size_t seed = 0) noexcept { return ::qHash(qint64(e.from) << 32 | quint32(e.to), seed); }

enum class NodeRole {
    Label, // QString: step id, or "input.FIELD"
    Kind, // QString: "input", "llm", "retrieve", "transform", "command"
    Model, // QString: model id of an llm step, empty otherwise
    Passed, // int: examples that passed this step
    Failed, // int: examples whose step failed (check or error)
    FailureRate, // double 0..1
    Origins, // int: failures that start here
    Carried, // int: failures that start earlier and pass through here
    BlameShare, // double 0..1: this step's share of the run's failures (those that start here)
    Highlight, // NodeHighlight (int) for the selected example
    IsOutput, // bool: the pipeline's final step
    Description, // QString: the step's description (an imported step's original name), may be empty
    Title, // QString: what a card is headed with: the step id, or an imported step's original name
    Change, // NodeChange (int): in a graph diff, what a proposal does to this step
};

// A structural proposal's graph diff marks the steps it adds and changes.
enum class NodeChange { None = 0, Added = 1, Changed = 2 };

enum class NodeHighlight { None = 0, Origin = 1, Affected = 2, Passed = 3 };

enum class EdgeRole {
    Propagated, // int: failures that travelled along this edge (all examples)
    Highlighted, // bool: the selected example's failure travelled along it
    Added, // bool: in a graph diff, an edge the other version lacks
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::EdgeId)
