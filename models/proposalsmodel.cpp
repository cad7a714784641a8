#include "models/proposalsmodel.h"
#include "core/optimize/proposalevidence.h"
#include "core/runview/statustexts.h"
#include "models/formatting.h"
#include <QLocale>

namespace fapo {

void ProposalsModel::setProposals(std::vector<Proposal> proposals)
{
    beginResetModel();
    m_proposals = std::move(proposals);
    m_progress.clear();
    for (const Proposal& p : m_proposals)
        m_progress.push_back(proposalProgress(p));
    endResetModel();
}

const Proposal* ProposalsModel::proposal(int row) const
{
    return row >= 0 && row < int(m_proposals.size()) ? &m_proposals[size_t(row)] : nullptr;
}

const ProposalProgress* ProposalsModel::progress(int row) const
{
    return row >= 0 && row < int(m_progress.size()) ? &m_progress[size_t(row)] : nullptr;
}

int ProposalsModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_proposals.size(); ++i)
        if (m_proposals[i].id == id)
            return int(i);
    return -1;
}

int ProposalsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_proposals.size()); }

int ProposalsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProposalsModel::data(const QModelIndex& index, int role) const
{
    const Proposal* p = index.isValid() ? proposal(index.row()) : nullptr;
    if (!p)
        return {};
    const ProposalProgress& progress = m_progress[size_t(index.row())];
    const auto score
        = [](const std::optional<double>& v) { return v ? QVariant(QLocale().toString(*v, 'f', 3)) : QVariant(QStringLiteral("–")); };
    switch (role) {
    case ProposalIdRole:
        return p->id;
    case ProposalStatusRole:
        return nameOf(p->status);
    case ProposalStageRole:
        return int(progress.stage);
    case StepIdRole:
        return p->stepId;
    case Qt::ToolTipRole:
        // Shown literally: the reasons quote what the optimizer model wrote.
        return literalToolTip(index.column() == StageColumn ? progress.reason : (p->reason.isEmpty() ? p->rationale : p->reason));
    case Qt::TextAlignmentRole:
        return index.column() == StepColumn || index.column() == StatusColumn || index.column() == StageColumn
            ? QVariant()
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return p->id;
        case StepColumn: // a setting names itself beside its step: "search · top_k 1 → 3"
            if (p->level == FixLevel::Parameter)
                return QStringLiteral("%1 · %2 %3 → %4").arg(p->stepId, p->field, valueText(p->oldValue), valueText(p->newValue));
            return p->level == FixLevel::Structure ? QStringLiteral("%1 · %2").arg(p->stepId, changeSummary(*p)) : p->stepId;
        case StageColumn:
            return progress.summary;
        case StatusColumn:
            return proposalStatusText(p->status);
        case BeforeColumn:
            return score(p->baselineScore);
        case AfterColumn:
            return score(p->evalScore);
        }
    }
    return {};
}

QVariant ProposalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case StepColumn:
        return tr("Step");
    case StageColumn:
        return tr("Evaluation");
    case StatusColumn:
        return tr("Status");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

} // namespace fapo
