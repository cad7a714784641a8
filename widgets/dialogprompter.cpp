#include "widgets/dialogprompter.h"
#include "models/formatting.h"
#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace fapo {

bool DialogPrompter::trustCommands(const QStringList& programs)
{
    QMessageBox box(QMessageBox::Question, tr("Run programs?"),
                    tr("This pipeline runs programs on this computer:\n\n%1\n\nRun them only if you trust this pipeline file.")
                        .arg(programs.join(QLatin1Char('\n'))),
                    QMessageBox::Yes | QMessageBox::No, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool DialogPrompter::spendOnAnalysis(const AnalysisEstimate& estimate, qint64 calls, double usd)
{
    // Spending is the person's decision: say what the rules settled and what the rest may cost.
    QMessageBox box(QMessageBox::Question, tr("Spend model calls on the analysis?"),
                    tr("The rules settled %1 of %2 failed examples for free.\n\nFor the other %3, replaying steps with repaired "
                       "outputs and asking the critic model may make up to %4 model calls (about %5).")
                        .arg(estimate.settledByRules)
                        .arg(estimate.failed)
                        .arg(estimate.open)
                        .arg(calls)
                        .arg(formatUsd(usd)),
                    QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* spend = box.addButton(tr("Spend"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("Rules Only"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == spend;
}

bool DialogPrompter::proposeRound(const OptimizeEstimate& estimate, const OptimizeOptions& options)
{
    QMessageBox box(QMessageBox::Question, tr("Propose rewrites?"),
                    tr("One round asks the optimizer model for %1 rewrites, checks them, and evaluates those that pass on "
                       "what they affect: up to %2 model calls (about %3 tokens, %4), capped at %5 calls.")
                        .arg(options.candidates)
                        .arg(estimate.calls)
                        .arg(QLocale().toString(estimate.tokens))
                        .arg(formatUsd(estimate.usd))
                        .arg(options.budgetCalls),
                    QMessageBox::Ok | QMessageBox::Cancel, m_parent);
    box.setTextFormat(Qt::PlainText);
    return box.exec() == QMessageBox::Ok;
}

} // namespace fapo
