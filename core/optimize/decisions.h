#pragma once
// Taking a decision on a proposal, the same way from the command line, the window and the policy:
// the decision is committed first; an approval then stores the pipeline version it makes.
#include "core/workspace/workspace.h"

namespace fapo {

// decision: approved | accepted (by the policy) | rejected. False (and *error) when the workspace
// refuses it (unknown id, blocked, already decided) or the rewrite no longer applies.
// `seen` and *refusal as for Workspace::recordDecision.
bool decideProposal(Workspace& workspace, qint64 proposalId, DecisionAction decision, const QString& who, const QString& note,
                    QString* error, DecisionRefusal* refusal = nullptr, std::optional<ProposalStatus> seen = std::nullopt);

// The version an applied proposal makes from the version it was proposed for.
std::optional<Pipeline> versionWithProposal(const Workspace& workspace, const Proposal& proposal, QString* error);

// Follows approved or accepted proposals from a version to the newest version they made (the same
// id when none applies): where the next round starts.
qint64 latestApprovedVersion(const Workspace& workspace, qint64 pipelineId);

// Where a round on `loaded` starts: the newest version approved rewrites made from it (keeping the
// file path it was loaded from), else `loaded` itself. Stores `loaded` as a version.
std::optional<Pipeline> versionToContinueFrom(Workspace& workspace, const Pipeline& loaded, QString* error);

// Who is deciding, for the record: $FAPO_USER, else the login name.
QString currentUser();

} // namespace fapo
