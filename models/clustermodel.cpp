#include "models/clustermodel.h"
#include "core/analysis/labels.h"

namespace fapo {

void ClusterModel::setSnapshot(const RunSnapshotPtr& snapshot)
{
    beginResetModel();
    m_clusters.clear();
    if (snapshot && snapshot->analysis) {
        for (const nlohmann::json& c : snapshot->analysis->summary.value("clusters", nlohmann::json::array())) {
            if (!c.is_object())
                continue;
            Cluster cluster;
            cluster.origin = QString::fromStdString(c.value("origin", std::string()));
            cluster.failureClass = QString::fromStdString(c.value("class", std::string()));
            cluster.fixLevel = QString::fromStdString(c.value("fix_level", std::string()));
            for (const nlohmann::json& id : c.value("example_ids", nlohmann::json::array()))
                if (id.is_string())
                    cluster.exampleIds << QString::fromStdString(id.get<std::string>());
            m_clusters.push_back(std::move(cluster));
        }
    }
    endResetModel();
}

int ClusterModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_clusters.size()); }

int ClusterModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClusterModel::data(const QModelIndex& index, int role) const
{
    const Cluster* c = index.isValid() ? cluster(index.row()) : nullptr;
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
