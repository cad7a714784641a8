#include "widgets/review/decisioncommand.h"
#include <QCoreApplication>

namespace fapo {

DecisionCommand::DecisionCommand(qint64 proposalId, const QString& decision, std::function<bool(const QString&)> apply)
    : m_decision(decision)
    , m_apply(std::move(apply))
{
    setText(decision == QLatin1String("approved")
                ? QCoreApplication::translate("fapo::DecisionCommand", "Approve Proposal %1").arg(proposalId)
                : QCoreApplication::translate("fapo::DecisionCommand", "Reject Proposal %1").arg(proposalId));
}

void DecisionCommand::redo()
{
    if (!m_apply(m_decision))
        setObsolete(true);
}

void DecisionCommand::undo() { m_apply(QStringLiteral("undone")); }

} // namespace fapo
