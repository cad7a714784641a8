#include "widgets/review/decisioncommand.h"
#include <QCoreApplication>

namespace fapo {

DecisionCommand::DecisionCommand(qint64 proposalId, DecisionAction decision, std::function<bool(DecisionAction)> apply)
    : m_decision(decision)
    , m_apply(std::move(apply))
{
    setText(decision == DecisionAction::Approved
                ? QCoreApplication::translate("fapo::DecisionCommand", "Approve Proposal %1").arg(proposalId)
                : QCoreApplication::translate("fapo::DecisionCommand", "Reject Proposal %1").arg(proposalId));
}

void DecisionCommand::redo()
{
    if (!m_apply(m_decision))
        setObsolete(true);
}

void DecisionCommand::undo() { m_apply(DecisionAction::Undone); }

} // namespace fapo
