#pragma once
// The failure clusters of the newest analysis of a run, largest first: how many, where they start,
// what kind of failure, and at what level a fix belongs (prompt, parameter, structure).
#include "models/modelroles.h"
#include "core/runview/runsnapshot.h"
#include <QAbstractTableModel>

namespace fapo {

class ClusterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CountColumn, OriginColumn, ClassColumn, FixColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setSnapshot(const RunSnapshotPtr& snapshot);
    const FailureCluster* cluster(int row) const { return row >= 0 && row < int(m_clusters.size()) ? &m_clusters[size_t(row)] : nullptr; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FailureCluster> m_clusters;
};

} // namespace fapo
