#include "core/runview/statustexts.h"
#include <QCoreApplication>

namespace fapo {

QString runStatusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Done:
        return QCoreApplication::translate("StatusTexts", "done");
    case RunStatus::Running:
        return QCoreApplication::translate("StatusTexts", "running");
    case RunStatus::Interrupted:
        return QCoreApplication::translate("StatusTexts", "interrupted");
    case RunStatus::Failed:
        return QCoreApplication::translate("StatusTexts", "failed");
    }
    return QString();
}

QString exampleStatusText(ExampleStatus status)
{
    switch (status) {
    case ExampleStatus::Passed:
        return QCoreApplication::translate("StatusTexts", "passed");
    case ExampleStatus::Failed:
        return QCoreApplication::translate("StatusTexts", "failed");
    case ExampleStatus::Error:
        return QCoreApplication::translate("StatusTexts", "error");
    }
    return QString();
}

QString cellStateText(CellState state)
{
    switch (state) {
    case CellState::NotRun:
        return QCoreApplication::translate("StatusTexts", "not run");
    case CellState::Passed:
        return QCoreApplication::translate("StatusTexts", "passed");
    case CellState::CheckFailed:
        return QCoreApplication::translate("StatusTexts", "check failed");
    case CellState::Error:
        return QCoreApplication::translate("StatusTexts", "error");
    }
    return QString();
}

QString failureRoleText(FailureRole role)
{
    switch (role) {
    case FailureRole::Passed:
        return QCoreApplication::translate("StatusTexts", "passed");
    case FailureRole::Origin:
        return QCoreApplication::translate("StatusTexts", "the failure starts here");
    case FailureRole::Carried:
        return QCoreApplication::translate("StatusTexts", "carried the failure from an earlier step");
    case FailureRole::OwnFailure:
        return QCoreApplication::translate("StatusTexts", "failed its own checks, but the failure starts elsewhere");
    case FailureRole::NotInvolved:
        return QCoreApplication::translate("StatusTexts", "not involved in the failure");
    }
    return QString();
}

QString proposalStatusText(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Pending:
        return QCoreApplication::translate("StatusTexts", "pending");
    case ProposalStatus::Approved:
        return QCoreApplication::translate("StatusTexts", "approved");
    case ProposalStatus::Accepted:
        return QCoreApplication::translate("StatusTexts", "accepted");
    case ProposalStatus::Rejected:
        return QCoreApplication::translate("StatusTexts", "rejected");
    case ProposalStatus::Blocked:
        return QCoreApplication::translate("StatusTexts", "blocked");
    }
    return QString();
}

QString checkResultText(bool passed)
{
    return passed ? QCoreApplication::translate("StatusTexts", "passed") : QCoreApplication::translate("StatusTexts", "failed");
}

QString decisionText(DecisionAction decision)
{
    switch (decision) {
    case DecisionAction::Approved:
        return proposalStatusText(ProposalStatus::Approved);
    case DecisionAction::Rejected:
        return proposalStatusText(ProposalStatus::Rejected);
    case DecisionAction::Accepted:
        return proposalStatusText(ProposalStatus::Accepted);
    case DecisionAction::Undone:
        break;
    }
    return QCoreApplication::translate("StatusTexts", "undone");
}

QString batchProgressText(const BatchProgress& b)
{
    // The provider's own word for the state (in_progress, ended, ...): it is what its console shows.
    const QString id = b.batchId.isEmpty() ? QCoreApplication::translate("StatusTexts", "(being sent)") : b.batchId;
    return QCoreApplication::translate("StatusTexts", "batch %1 (%2) %3: %n request(s), %4 done, %5 failed", nullptr, int(b.requests))
        .arg(id, b.model, b.status)
        .arg(b.succeeded)
        .arg(b.errored);
}

} // namespace fapo
