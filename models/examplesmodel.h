#pragma once
// The examples of one run as a table: id, result, score, origin, tokens, cost, latency, input.
// Rows come from an immutable RunSnapshot swapped in whole.
#include "models/snapshottablemodel.h"

namespace fapo {

class ExamplesModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, ResultColumn, ScoreColumn, OriginColumn, TokensColumn, CostColumn, LatencyColumn, InputColumn, ColumnCount };

    using SnapshotTableModel::SnapshotTableModel;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Input previews loaded after the rows (row order of `snapshot`); ignored for another snapshot.
    void setPreviews(const RunSnapshotPtr& snapshot, std::shared_ptr<const std::vector<QString>> previews);

private:
    QString preview(const QModelIndex& index, const ExampleRow& row) const;
    std::shared_ptr<const std::vector<QString>> m_previews;
    RunSnapshotPtr m_previewsFor;
};

} // namespace fapo
