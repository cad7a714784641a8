#pragma once
// An ID-based model of the pipeline's step graph (QtNodes style): one node per input and per step,
// one edge per template reference. Views mirror it and read everything through nodeData/edgeData.
#include "models/graphroles.h"
#include "core/runview/runsnapshot.h"
#include <QObject>
#include <QVariant>

namespace fapo {

class StepGraphModel : public QObject {
    Q_OBJECT
public:
    explicit StepGraphModel(QObject* parent = nullptr);

    // Rebuilds nodes and edges (emits modelReset).
    void setPipeline(const Pipeline& pipeline);
    // Run statistics and failure paths; keeps the nodes when the pipeline is the same.
    void setSnapshot(RunSnapshotPtr snapshot);
    // Lights the selected example's failure path (empty: none; edges then show propagation counts).
    void setSelectedExample(const QString& exampleId);
    QString selectedExample() const { return m_selectedExample; }
    bool hasRun() const { return m_snapshot != nullptr; } // nodes carry counts

    // A graph diff: the steps a proposal adds or changes, and the edges (from, to) it adds; marked on the
    // cards and edges. Cleared by setPipeline.
    void setChanges(const QHash<QString, NodeChange>& steps, const QSet<QPair<QString, QString>>& addedEdges);

    QList<NodeId> nodeIds() const;
    QList<EdgeId> edges() const { return m_edges; }
    QVariant nodeData(NodeId id, NodeRole role) const;
    QVariant edgeData(EdgeId id, EdgeRole role) const;
    NodeId nodeForName(const QString& name) const { return m_ids.value(name, -1); }
    QString nameOf(NodeId id) const { return m_names.value(id); }
    bool isStep(NodeId id) const;
    std::optional<StepKind> stepKind(NodeId id) const; // none for a dataset input
    int maxPropagated() const;

Q_SIGNALS:
    void modelReset();
    void nodeUpdated(fapo::NodeId id);
    void edgeUpdated(fapo::EdgeId id);

private:
    void recomputeHighlights();
    QStringList m_names; // index = NodeId
    QHash<QString, NodeId> m_ids;
    QList<EdgeId> m_edges;
    QHash<QString, StepKind> m_kinds; // step id -> kind (inputs have none)
    QHash<QString, QString> m_models;
    QHash<QString, QString> m_descriptions;
    QString m_output;
    QString m_pipelineHash;
    RunSnapshotPtr m_snapshot;
    QString m_selectedExample;
    QHash<NodeId, NodeHighlight> m_highlights;
    QSet<EdgeId> m_litEdges;
    QHash<QString, NodeChange> m_changes;
    QSet<QPair<QString, QString>> m_addedEdges;
};

} // namespace fapo
