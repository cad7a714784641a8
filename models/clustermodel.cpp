#include "models/clustermodel.h"
#include "core/analysis/labels.h"

namespace fapo {

void ClusterModel::setSnapshot(const RunSnapshotPtr& snapshot)
{
    beginResetModel();
    m_clusters.clear();
    if (snapshot && snapshot->analysis) {
        m_clusters = snapshot->analysis->summary.clusters;
    }
    endResetModel();
}

int ClusterModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_clusters.size()); }

int ClusterModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClusterModel::data(const QModelIndex& index, int role) const
{
    const FailureCluster* c = index.isValid() ? cluster(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case StepIdRole:
        return c->origin;
    case ExampleIdRole:
        return c->exampleIds.value(0);
    case SortRole:
        return index.column() == CountColumn ? QVariant(int(c->exampleIds.size())) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return tr("%n example(s): %1", nullptr, int(c->exampleIds.size())).arg(c->exampleIds.mid(0, 20).join(QStringLiteral(", ")));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case CountColumn:
            return int(c->exampleIds.size());
        case OriginColumn:
            return c->origin;
        case ClassColumn:
            return failureClassText(c->failureClass);
        case FixColumn:
            return fixLevelText(c->fixLevel);
        }
    }
    return {};
}

QVariant ClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CountColumn:
        return tr("Examples");
    case OriginColumn:
        return tr("Starts at");
    case ClassColumn:
        return tr("Failure");
    case FixColumn:
        return tr("Fix level");
    }
    return {};
}

} // namespace fapo
