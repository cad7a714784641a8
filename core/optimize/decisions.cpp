#include "optimize/decisions.h"
#include "optimize/pipelineedit.h"
#include <QProcessEnvironment>

namespace fapo {

std::optional<Pipeline> versionWithProposal(const Workspace& workspace, const Proposal& p, QString* error)
{
    const auto base = workspace.pipelineVersion(p.pipelineId, error);
    if (!base)
        return std::nullopt;
    return pipelineWithRewrite(*base, p.stepId, p.newPrompt, p.newSystem, error);
}

bool decideProposal(Workspace& workspace, qint64 proposalId, const QString& decision, const QString& who, const QString& note,
                    QString* error)
{
    if (!workspace.recordDecision(proposalId, decision, who, note, error))
        return false;
    if (decision == QLatin1String("rejected"))
        return true;
    auto p = workspace.proposal(proposalId);
    const auto version = p ? versionWithProposal(workspace, *p, error) : std::nullopt;
    if (!version)
        return false;
    p->newPipelineId = workspace.storePipeline(*version);
    workspace.storeProposal(*p);
    return true;
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
