#pragma once
// Examples x steps: each cell passed / failed check / error / not run, and the step's part in the
// example's failure. Sorting on a column (SortRole) puts the failures that start at that step first.
#include "models/snapshottablemodel.h"

namespace fapo {

class FailureMatrixModel : public SnapshotTableModel {
    Q_OBJECT
public:
    using SnapshotTableModel::SnapshotTableModel;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace fapo
