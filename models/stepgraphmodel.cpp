#include "models/stepgraphmodel.h"
#include "core/import/importstore.h"
#include <QRegularExpression>

namespace fapo {

namespace {

// An imported step's id is its original name made safe for templates ("VectorStoreRetriever" becomes
// "vectorstoreretriever", a clash gets "_2"); its description keeps the name. Cards show that name, which
// is what the engineer knows from the tracing tool. Any other description is a note, not a title.
QString titleOf(const QString& id, const QString& description)
{
    if (description.isEmpty() || description == id || description.size() > 80 || description.contains(QLatin1Char('\n')))
        return id;
    const QString made = importedStepId(description);
    if (id == made)
        return description;
    static const QRegularExpression clash(QStringLiteral("^_[0-9]+$"));
    return id.startsWith(made) && clash.match(QStringView(id).mid(made.size())).hasMatch() ? description : id;
}

} // namespace

StepGraphModel::StepGraphModel(QObject* parent)
    : QObject(parent)
{
}

void StepGraphModel::setChanges(const QHash<QString, NodeChange>& steps, const QSet<QPair<QString, QString>>& addedEdges)
{
    m_changes = steps;
    m_addedEdges = addedEdges;
    for (NodeId id = 0; id < NodeId(m_names.size()); ++id)
        Q_EMIT nodeUpdated(id);
    for (const EdgeId& e : m_edges)
        Q_EMIT edgeUpdated(e);
}

void StepGraphModel::setPipeline(const Pipeline& pipeline)
{
    m_changes.clear();
    m_addedEdges.clear();
    m_names.clear();
    m_ids.clear();
    m_edges.clear();
    m_kinds.clear();
    m_models.clear();
    m_descriptions.clear();
    m_snapshot.reset();
    m_selectedExample.clear();
    const auto add = [this](const QString& name) {
        m_ids.insert(name, NodeId(m_names.size()));
        m_names << name;
    };
    for (const QString& input : pipeline.graph.inputNodes)
        add(input);
    for (const Step& s : pipeline.steps) {
        add(s.id);
        m_kinds.insert(s.id, s.kind);
        if (!s.description.isEmpty())
            m_descriptions.insert(s.id, s.description);
        if (s.kind == StepKind::Llm) {
            const ModelConfig* config = pipeline.modelFor(s);
            m_models.insert(s.id, config ? config->model : s.model);
        }
    }
    for (const GraphEdge& e : pipeline.graph.edges)
        m_edges << EdgeId { m_ids.value(e.from), m_ids.value(e.to) };
    m_output = pipeline.output;
    m_pipelineHash = pipeline.hash;
    recomputeHighlights();
    Q_EMIT modelReset();
}

void StepGraphModel::setSnapshot(RunSnapshotPtr snapshot)
{
    if (snapshot && snapshot->pipeline.hash != m_pipelineHash)
        setPipeline(snapshot->pipeline);
    m_snapshot = std::move(snapshot);
    if (m_snapshot && m_snapshot->exampleIndex(m_selectedExample) < 0)
        m_selectedExample.clear();
    recomputeHighlights();
    Q_EMIT modelReset();
}

void StepGraphModel::setSelectedExample(const QString& exampleId)
{
    if (exampleId == m_selectedExample)
        return;
    m_selectedExample = exampleId;
    const auto oldHighlights = m_highlights;
    recomputeHighlights();
    for (NodeId id = 0; id < NodeId(m_names.size()); ++id)
        if (oldHighlights.value(id) != m_highlights.value(id))
            Q_EMIT nodeUpdated(id);
    // Edge widths depend on whether an example is selected, so every edge repaints.
    for (const EdgeId& e : m_edges)
        Q_EMIT edgeUpdated(e);
}

void StepGraphModel::recomputeHighlights()
{
    m_highlights.clear();
    m_litEdges.clear();
    if (!m_snapshot || m_selectedExample.isEmpty())
        return;
    const int row = m_snapshot->exampleIndex(m_selectedExample);
    if (row < 0)
        return;
    const ExampleRow& example = m_snapshot->examples[size_t(row)];
    if (example.status == ExampleStatus::Passed) {
        for (const QString& s : m_snapshot->steps)
            m_highlights.insert(m_ids.value(s), NodeHighlight::Passed);
        return;
    }
    const RunSnapshot::Path path = m_snapshot->failurePath(example.origin);
    for (const QString& s : path.steps)
        m_highlights.insert(m_ids.value(s), s == example.origin ? NodeHighlight::Origin : NodeHighlight::Affected);
    for (const GraphEdge& e : path.edges)
        m_litEdges.insert(EdgeId { m_ids.value(e.from), m_ids.value(e.to) });
}

QList<NodeId> StepGraphModel::nodeIds() const
{
    QList<NodeId> ids;
    for (NodeId id = 0; id < NodeId(m_names.size()); ++id)
        ids << id;
    return ids;
}

bool StepGraphModel::isStep(NodeId id) const { return stepKind(id).has_value(); }

std::optional<StepKind> StepGraphModel::stepKind(NodeId id) const
{
    const auto it = id >= 0 && id < NodeId(m_names.size()) ? m_kinds.find(m_names[id]) : m_kinds.end();
    return it == m_kinds.end() ? std::nullopt : std::optional<StepKind>(*it);
}

QVariant StepGraphModel::nodeData(NodeId id, NodeRole role) const
{
    if (id < 0 || id >= NodeId(m_names.size()))
        return QVariant();
    const QString& name = m_names[id];
    const StepStats stats = m_snapshot ? m_snapshot->stepStats.value(name) : StepStats();
    switch (role) {
    case NodeRole::Label:
        return name;
    case NodeRole::Kind: // as the pipeline file writes it
        return m_kinds.contains(name) ? fapo::nameOf(m_kinds.value(name)) : QStringLiteral("input");
    case NodeRole::Model:
        return m_models.value(name);
    case NodeRole::Description:
        return m_descriptions.value(name);
    case NodeRole::Title:
        return titleOf(name, m_descriptions.value(name));
    case NodeRole::Change:
        return int(m_changes.value(name, NodeChange::None));
    case NodeRole::Passed:
        return m_snapshot && isStep(id) ? QVariant(stats.passed) : QVariant();
    case NodeRole::Failed:
        return m_snapshot && isStep(id) ? QVariant(stats.failed) : QVariant();
    case NodeRole::FailureRate:
        return m_snapshot && isStep(id) ? QVariant(stats.failureRate()) : QVariant();
    case NodeRole::Origins:
        return m_snapshot && isStep(id) ? QVariant(stats.origins) : QVariant();
    case NodeRole::Carried:
        return m_snapshot && isStep(id) ? QVariant(stats.carried) : QVariant();
    case NodeRole::BlameShare: {
        if (!m_snapshot || !isStep(id))
            return QVariant();
        const int failures = m_snapshot->totals.failed + m_snapshot->totals.errors;
        return failures > 0 ? double(stats.origins) / failures : 0.0;
    }
    case NodeRole::Highlight:
        return int(m_highlights.value(id, NodeHighlight::None));
    case NodeRole::IsOutput:
        return name == m_output;
    }
    return QVariant();
}

QVariant StepGraphModel::edgeData(EdgeId id, EdgeRole role) const
{
    switch (role) {
    case EdgeRole::Propagated:
        return m_snapshot ? m_snapshot->edgeFailures.value(RunSnapshot::edgeKey(nameOf(id.from), nameOf(id.to))) : 0;
    case EdgeRole::Highlighted:
        return m_litEdges.contains(id);
    case EdgeRole::Added:
        return m_addedEdges.contains({ nameOf(id.from), nameOf(id.to) });
    }
    return QVariant();
}

int StepGraphModel::maxPropagated() const
{
    int most = 0;
    if (m_snapshot)
        for (int n : m_snapshot->edgeFailures)
            most = std::max(most, n);
    return most;
}

} // namespace fapo
