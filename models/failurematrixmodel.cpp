#include "models/failurematrixmodel.h"
#include "core/analysis/labels.h"
#include "core/runview/statustexts.h"

namespace fapo {

int FailureMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->steps.size());
}

QVariant FailureMatrixModel::data(const QModelIndex& index, int role) const
{
    const ExampleRow* row = exampleAt(index);
    if (!row || index.column() >= columnCount())
        return QVariant();
    const ExampleRow& example = *row;
    const QString& step = m_snapshot->steps[index.column()];
    const CellState state = m_snapshot->cell(size_t(index.row()), index.column());
    const bool origin = example.origin == step;
    const FailureRole failureRole = m_snapshot->role(size_t(index.row()), index.column());
    switch (role) {
    case CellStateRole:
        return int(state);
    case IsOriginRole:
        return origin;
    case FailureRoleRole:
        return int(failureRole);
    case SortRole: { // by this step's part: failures that start here first, then those it carried, ...
        int rank = 0;
        switch (failureRole) {
        case FailureRole::Origin:
            rank = 0;
            break;
        case FailureRole::Carried:
            rank = 1;
            break;
        case FailureRole::OwnFailure:
            rank = 2;
            break;
        case FailureRole::NotInvolved:
            rank = 3;
            break;
        case FailureRole::Passed:
            rank = 4;
            break;
        }
        return qint64(rank) << 32 | quint32(example.position); // ... each group in dataset order
    }
    case IsWrongOutputRole:
        return example.status != ExampleStatus::Passed && step == m_snapshot->pipeline.output;
    case ExampleIdRole:
        return example.id;
    case StepIdRole:
        return step;
    case StatusRole:
        return int(example.status);
    case Qt::ToolTipRole: {
        QString text = tr("%1 · %2: %3").arg(example.id, step, cellStateText(state));
        if (failureRole != FailureRole::Passed)
            text += QLatin1Char('\n') + failureRoleText(failureRole);
        if (origin && example.method)
            text += QLatin1Char('\n') + tr("%1, found by %2").arg(failureClassText(example.failureClass), methodText(*example.method));
        else if (origin)
            text += QLatin1Char('\n') + tr("No analysis yet: taken to be the first step that failed (or the output)");
        if (step == m_snapshot->pipeline.output && example.status != ExampleStatus::Passed)
            text += QLatin1Char('\n') + tr("The final answer is wrong");
        return text;
    }
    case Qt::AccessibleTextRole:
        return cellStateText(state);
    default:
        return QVariant();
    }
}

QVariant FailureMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_snapshot || role != Qt::DisplayRole)
        return SnapshotTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_snapshot->steps.size() ? QVariant(m_snapshot->steps[section]) : QVariant();
    return size_t(section) < m_snapshot->examples.size() ? QVariant(m_snapshot->examples[size_t(section)].id) : QVariant();
}

} // namespace fapo
