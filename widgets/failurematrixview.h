#pragma once
// The failure matrix: one row per example, one column per step, cells coloured by what happened and
// the origin of each failure marked. Clicking a cell inspects that example at that step.
#include "core/runview/runsnapshot.h"
#include <QTableView>

class QSortFilterProxyModel;

namespace fapo {

class FailureMatrixModel;

class FailureMatrixView : public QTableView {
    Q_OBJECT
public:
    explicit FailureMatrixView(QWidget* parent = nullptr);
    void setSnapshot(RunSnapshotPtr snapshot);
    // Follows the window's selection: the example's row (its path is marked) and the step's cell.
    void showCell(const QString& exampleId, const QString& stepId);
    QModelIndex currentCell() const { return currentIndex(); }

Q_SIGNALS:
    void cellChosen(const QString& exampleId, const QString& stepId);

private:
    FailureMatrixModel* m_model;
    QSortFilterProxyModel* m_sorted; // what the view shows: the model, sorted by a step's roles
};

} // namespace fapo
