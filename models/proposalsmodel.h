#pragma once
// The review queue: every proposal of the workspace, newest round last, with its step, the stage its
// evaluation reached (and why, in the tool tip), its status and validation scores before and after.
#include "models/modelroles.h"
#include "core/optimize/proposalstage.h"
#include "core/workspace/proposalrecords.h"
#include <QAbstractTableModel>
#include <vector>

namespace fapo {

class ProposalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, StepColumn, StageColumn, StatusColumn, BeforeColumn, AfterColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setProposals(std::vector<Proposal> proposals);
    const Proposal* proposal(int row) const;
    const ProposalProgress* progress(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Proposal> m_proposals;
    std::vector<ProposalProgress> m_progress; // derived once per proposal
};

} // namespace fapo
