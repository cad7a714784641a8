#pragma once
// The examples of one run as a table: id, result, score, origin, tokens, cost, latency, input.
// Rows come from an immutable RunSnapshot swapped in whole.
#include "modelroles.h"
#include "runview/runsnapshot.h"
#include <QAbstractTableModel>

namespace fapo {

class ExamplesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, ResultColumn, ScoreColumn, OriginColumn, TokensColumn, CostColumn, LatencyColumn, InputColumn, ColumnCount };

    explicit ExamplesModel(QObject* parent = nullptr);
    void setSnapshot(RunSnapshotPtr snapshot);
    RunSnapshotPtr snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ExampleStatus status);

private:
    RunSnapshotPtr m_snapshot;
};

} // namespace fapo
