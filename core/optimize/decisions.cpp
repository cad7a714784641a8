#include "core/optimize/decisions.h"
#include "core/optimize/pipelineedit.h"
#include "core/app/promptset.h"
#include <QProcessEnvironment>

namespace fapo {

std::optional<Pipeline> versionWithProposal(const Workspace& workspace, const Proposal& p, QString* error)
{
    const auto base = workspace.pipelineVersion(p.pipelineId, error);
    if (!base)
        return std::nullopt;
    return pipelineWithProposal(*base, p, error);
}

bool decideProposal(Workspace& workspace, qint64 proposalId, DecisionAction decision, const QString& who, const QString& note,
                    QString* error, DecisionRefusal* refusal, std::optional<ProposalStatus> seen)
{
    if (!workspace.recordDecision(proposalId, decision, who, note, error, refusal, seen))
        return false;
    if (decision == DecisionAction::Rejected)
        return true;
    auto p = workspace.proposal(proposalId);
    const auto version = p ? versionWithProposal(workspace, *p, error) : std::nullopt;
    if (!version)
        return false;
    p->newPipelineId = workspace.storePipeline(*version);
    workspace.storeProposal(*p);
    return true;
}

qint64 latestApprovedVersion(const Workspace& workspace, qint64 pipelineId)
{
    const std::vector<Proposal> proposals = workspace.proposals();
    for (int guard = 0; guard < 1000; ++guard) {
        qint64 next = 0;
        for (const Proposal& p : proposals) // the newest applied proposal made from this version
            if (p.pipelineId == pipelineId && p.isApplied() && p.newPipelineId > 0 && p.newPipelineId != pipelineId)
                next = p.newPipelineId;
        if (next == 0)
            return pipelineId;
        pipelineId = next;
    }
    return pipelineId;
}

std::optional<Pipeline> versionToContinueFrom(Workspace& workspace, const Pipeline& file, QString* error)
{
    // An app's versions carry its prompt texts (as its runs store them).
    const Pipeline loaded = file.isApp() ? withPromptTexts(file) : file;
    const qint64 stored = workspace.storePipeline(loaded);
    const qint64 latest = latestApprovedVersion(workspace, stored);
    if (latest == stored)
        return loaded;
    auto version = workspace.pipelineVersion(latest, error);
    if (version)
        version->path = loaded.path;
    return version;
}

QString currentUser()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "FAPO_USER", "USER", "USERNAME", "LOGNAME" }) {
        const QString value = env.value(QLatin1String(name));
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace fapo
