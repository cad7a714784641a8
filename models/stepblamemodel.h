#pragma once
// Per-step results of the newest analysis of a run: failed, failures that start here, blame, ceiling.
#include "models/modelroles.h"
#include "core/runview/runsnapshot.h"
#include <QAbstractTableModel>

namespace fapo {

class StepBlameModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StepColumn, FailedColumn, OriginColumn, BlameColumn, CeilingColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setSnapshot(const RunSnapshotPtr& snapshot);
    const std::vector<StepBlame>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<StepBlame> m_rows;
};

} // namespace fapo
