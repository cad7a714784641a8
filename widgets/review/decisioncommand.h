#pragma once
// A decision on a proposal as an undoable command: redo() stores it in the workspace (before the
// review panel shows it), undo() records that it was undone and restores the proposal's status.
#include "core/domain/enums.h"
#include <QUndoCommand>
#include <functional>

namespace fapo {

class DecisionCommand : public QUndoCommand {
public:
    // `apply(decision)` stores the decision (redo) or Undone (undo); it returns false (and has shown
    // why) when the workspace refuses, and the command then drops out of the stack.
    DecisionCommand(qint64 proposalId, DecisionAction decision, std::function<bool(DecisionAction)> apply);
    void redo() override;
    void undo() override;

private:
    DecisionAction m_decision;
    std::function<bool(DecisionAction)> m_apply;
};

} // namespace fapo
