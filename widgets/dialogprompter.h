#pragma once
// The session's questions as dialogs, for a person at the window. Every text is plain text: program
// names and paths come from files the person may not have written.
#include "core/session/sessionprompter.h"
#include <QCoreApplication>

class QWidget;

namespace fapo {

class DialogPrompter : public SessionPrompter {
    Q_DECLARE_TR_FUNCTIONS(fapo::DialogPrompter)
public:
    explicit DialogPrompter(QWidget* parent)
        : m_parent(parent)
    {
    }
    bool trustCommands(const QStringList& programs) override;
    bool spendOnAnalysis(const AnalysisEstimate& estimate, qint64 calls, double usd) override;
    bool proposeRound(const OptimizeEstimate& estimate, const OptimizeOptions& options) override;

private:
    QWidget* m_parent;
};

} // namespace fapo
