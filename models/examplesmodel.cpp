#include "models/examplesmodel.h"
#include "core/runview/statustexts.h"
#include "models/statuspalette.h"
#include <QGuiApplication>
#include "models/formatting.h"
#include <QColor>
#include <QLocale>

namespace fapo {

int ExamplesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExamplesModel::data(const QModelIndex& index, int role) const
{
    const ExampleRow* row = exampleAt(index);
    if (!row)
        return QVariant();
    const ExampleRow& r = *row;
    switch (role) {
    case ExampleIdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case OriginRole:
        return r.origin;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn)
            return statusColor(r.status == ExampleStatus::Passed      ? StatusTone::Pass
                                   : r.status == ExampleStatus::Error ? StatusTone::Fail
                                                                      : StatusTone::Warn,
                               QGuiApplication::palette());
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == TokensColumn || index.column() == CostColumn
            || index.column() == LatencyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return QVariant();
    }
    const bool sort = role == SortRole;
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        return sort ? QVariant(r.position) : QVariant(r.id);
    case ResultColumn:
        return sort ? QVariant(int(r.status)) : QVariant(exampleStatusText(r.status));
    case ScoreColumn:
        return sort ? QVariant(r.score) : QVariant(locale.toString(r.score, 'f', 2));
    case OriginColumn:
        return r.origin;
    case TokensColumn:
        return sort ? QVariant(r.inputTokens + r.outputTokens) : QVariant(locale.toString(r.inputTokens + r.outputTokens));
    case CostColumn:
        return sort ? QVariant(r.costUsd) : QVariant(formatUsd(r.costUsd));
    case LatencyColumn:
        return sort ? QVariant(r.latencyMs) : QVariant(tr("%1 ms").arg(locale.toString(r.latencyMs)));
    case InputColumn:
        return preview(index, r);
    }
    return QVariant();
}

void ExamplesModel::setPreviews(const RunSnapshotPtr& snapshot, std::shared_ptr<const std::vector<QString>> previews)
{
    if (snapshot != m_snapshot || !previews || previews->size() != m_snapshot->examples.size())
        return;
    m_previews = std::move(previews);
    m_previewsFor = snapshot;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, InputColumn), index(rowCount() - 1, InputColumn));
}

QString ExamplesModel::preview(const QModelIndex& index, const ExampleRow& row) const
{
    if (m_previews && m_previewsFor == m_snapshot)
        return (*m_previews)[size_t(index.row())];
    return row.preview;
}

QVariant ExamplesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SnapshotTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Example");
    case ResultColumn:
        return tr("Result");
    case ScoreColumn:
        return tr("Score");
    case OriginColumn:
        return tr("Origin step");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    case LatencyColumn:
        return tr("Latency");
    case InputColumn:
        return tr("Input");
    }
    return QVariant();
}

} // namespace fapo
