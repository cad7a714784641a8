#pragma once
// Examples x steps: each cell passed / failed check / error / not run, and where the failure starts.
#include "modelroles.h"
#include "runview/runsnapshot.h"
#include <QAbstractTableModel>

namespace fapo {

class FailureMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit FailureMatrixModel(QObject* parent = nullptr);
    void setSnapshot(RunSnapshotPtr snapshot);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString cellStateText(CellState state);

private:
    RunSnapshotPtr m_snapshot;
};

} // namespace fapo
