// Structural proposals in the rewrite loop: the optimizer model is asked for an edit of the step graph
// around the target; each reply is checked like a rewrite (and more) before evaluation money is spent.
#include "core/optimize/optimizer.h"
#include "core/optimize/optimizerrequest.h"
#include "core/optimize/reviewchecks.h"
#include "core/optimize/structureedit.h"
#include "core/workspace/workspace.h"

namespace fapo {

QStringList Optimizer::rerunFor(const Proposal& p) const
{
    if (p.level != FixLevel::Structure)
        return { p.stepId };
    // A removed step's readers must change to stop reading it, so they are among the changed.
    const StructureDelta delta = structureDelta(m_pipeline, StructureEdit::fromJson(p.newValue));
    return delta.added + delta.changed;
}

void Optimizer::proposeStructure()
{
    if (m_cancelled)
        return finish(RoundStatus::Interrupted);
    if (!affordable(m_options.candidates, tr("asking for structural changes")))
        return finish(RoundStatus::Budget);
    Q_EMIT progress(
        tr("round %1: asking for %n structural change(s) around \"%2\"", nullptr, m_options.candidates).arg(m_round.round).arg(m_target));
    const OptimizerContext context = proposalContext(FixLevel::Structure);
    askOptimizer(structureRequest(context), [this](const ModelResponse& response) {
        Proposal p;
        p.roundId = m_round.id;
        p.pipelineId = m_round.pipelineId;
        p.baselineRunId = m_baselineRunId;
        p.level = FixLevel::Structure;
        p.stepId = m_target;
        QString rationale, why;
        const auto edit = response.ok() ? parseStructureEdit(response.text, &rationale, &why) : std::nullopt;
        if (!edit) {
            p.field = QStringLiteral("structure");
            p.status = ProposalStatus::Rejected;
            p.reason = response.ok() ? tr("the reply breaks the schema: %1").arg(why)
                                     : tr("the optimizer model failed: %1").arg(response.errorMessage);
        } else {
            p.field = edit->operation;
            p.newValue = edit->toJson();
            p.oldValue = stepsBefore(m_pipeline, *edit);
            p.rationale = rationale;
            reviewAndMark(p, m_pipeline, m_dataset, m_workspace->proposals());
        }
        p.id = m_workspace->storeProposal(p);
        if (p.id > 0 && p.status == ProposalStatus::Pending)
            m_candidates.push_back(p.id);
    });
}

} // namespace fapo
