#include "models/failurematrixmodel.h"
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
    switch (role) {
    case CellStateRole:
        return int(state);
    case IsOriginRole:
        return origin;
    case ExampleIdRole:
        return example.id;
    case StepIdRole:
        return step;
    case StatusRole:
        return int(example.status);
    case Qt::ToolTipRole: {
        QString text = tr("%1 · %2: %3").arg(example.id, step, cellStateText(state));
        if (origin)
            text += QLatin1Char('\n') + tr("The failure of this example starts here");
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
