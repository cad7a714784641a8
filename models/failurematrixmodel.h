#pragma once
// Examples x steps: each cell passed / failed check / error / not run, and where the failure starts.
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
