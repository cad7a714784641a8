#pragma once
// Base of the tables over one run: one row per example, the snapshot swapped in whole.
#include "models/modelroles.h"
#include "core/runview/runsnapshot.h"
#include <QAbstractTableModel>

namespace fapo {

class SnapshotTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setSnapshot(RunSnapshotPtr snapshot)
    {
        beginResetModel();
        m_snapshot = std::move(snapshot);
        endResetModel();
    }
    RunSnapshotPtr snapshot() const { return m_snapshot; }
    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->examples.size());
    }

protected:
    // The example of a valid index of this model, or nullptr.
    const ExampleRow* exampleAt(const QModelIndex& index) const
    {
        return m_snapshot && index.isValid() && index.row() < rowCount() ? &m_snapshot->examples[size_t(index.row())] : nullptr;
    }
    RunSnapshotPtr m_snapshot;
};

} // namespace fapo
