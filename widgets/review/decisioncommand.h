#pragma once
// A decision on a proposal as an undoable command: redo() stores it in the workspace (before the
// review panel shows it), undo() records that it was undone and restores the proposal's status.
#include <QUndoCommand>
#include <functional>

namespace fapo {

class DecisionCommand : public QUndoCommand {
public:
    // `apply(decision)` stores "approved", "rejected" or "undone"; it returns false (and has shown
    // why) when the workspace refuses, and the command then drops out of the stack.
    DecisionCommand(qint64 proposalId, const QString& decision, std::function<bool(const QString&)> apply);
    void redo() override;
    void undo() override;

private:
    QString m_decision;
    std::function<bool(const QString&)> m_apply;
};

} // namespace fapo
