#pragma once
// Item-model roles shared by models, views and tests.
#include <Qt>

namespace fapo {

enum ModelRoles {
    SortRole = Qt::UserRole + 1, // raw number or text to sort on
    ExampleIdRole, // QString
    StatusRole, // int: ExampleStatus
    OriginRole, // QString: step where the failure starts
    CellStateRole, // int: CellState (failure matrix)
    IsOriginRole, // bool: this cell is where the example's failure starts
    FailureRoleRole, // int: FailureRole, this step's part in the example's failure (failure matrix)
    IsWrongOutputRole, // bool: the output step of a failed example (failure matrix)
    StepIdRole, // QString (failure matrix columns)
    ProposalIdRole, // qint64
    ProposalStatusRole, // QString: pending | approved | accepted | rejected | blocked
    ProposalStageRole, // int: ProposalStage, how far its evaluation got (review queue filter)
};

} // namespace fapo
