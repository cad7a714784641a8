#include "models/stepblamemodel.h"
#include <QLocale>

namespace fapo {

void StepBlameModel::setSnapshot(const RunSnapshotPtr& snapshot)
{
    beginResetModel();
    m_rows.clear();
    if (snapshot && snapshot->analysis)
        m_rows = snapshot->analysis->summary.steps;
    endResetModel();
}

int StepBlameModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int StepBlameModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StepBlameModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const StepBlame& r = m_rows[size_t(index.row())];
    if (role == StepIdRole)
        return r.stepId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == StepColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case StepColumn:
            return index.row(); // graph order
        case FailedColumn:
            return r.failed;
        case OriginColumn:
            return r.origin;
        case BlameColumn:
            return r.blame;
        case CeilingColumn:
            return r.ceiling;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case StepColumn:
        return r.stepId;
    case FailedColumn:
        return r.failed;
    case OriginColumn:
        return r.origin;
    case BlameColumn:
        return QString(locale.toString(r.blame * 100.0, 'f', 0) + locale.percent());
    case CeilingColumn:
        return locale.toString(r.ceiling, 'f', 3);
    }
    return {};
}

QVariant StepBlameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FailedColumn:
            return tr("Failed examples whose failure started at or travelled through this step");
        case OriginColumn:
            return tr("Failed examples whose failure starts at this step");
        case BlameColumn:
            return tr("Share of all failures that start at this step");
        case CeilingColumn:
            return tr("The run's score if the failures that start here were fixed");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case FailedColumn:
        return tr("Failed");
    case OriginColumn:
        return tr("Start here");
    case BlameColumn:
        return tr("Blame");
    case CeilingColumn:
        return tr("Ceiling");
    }
    return {};
}

} // namespace fapo
