#include "core/runview/statustexts.h"
#include <QCoreApplication>

namespace fapo {

QString runStatusText(const QString& status)
{
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("StatusTexts", "done");
    if (status == QLatin1String("running"))
        return QCoreApplication::translate("StatusTexts", "running");
    if (status == QLatin1String("interrupted"))
        return QCoreApplication::translate("StatusTexts", "interrupted");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("StatusTexts", "failed");
    return status;
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

} // namespace fapo
