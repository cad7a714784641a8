#pragma once
// A person's edit of a proposed prompt becomes a proposal of its own: a copy with the new prompt, put
// through the same checks as any rewrite before evaluation money is spent, and stored (blocked, with
// its reason, when a check fails). Evaluating it is the optimizer's `evaluateProposal`.
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/workspace/proposalrecords.h"
#include <optional>

namespace fapo {

class Workspace;

struct EditedProposal {
    Proposal proposal; // stored: its id is set; status Pending, or Blocked with the reason
    Pipeline pipeline; // the version both proposals rewrite
    Dataset dataset; // the dataset of the run they were proposed from
};

std::optional<EditedProposal> storeEditedProposal(Workspace& workspace, qint64 proposalId, const QString& newPrompt, const QString& who,
                                                  QString* error);

} // namespace fapo
