#include "core/optimize/proposaledit.h"
#include "core/optimize/reviewchecks.h"
#include "core/optimize/structureedit.h"
#include "core/workspace/workspace.h"
#include <QCoreApplication>

namespace fapo {

std::optional<EditedProposal> storeEditedProposal(Workspace& workspace, qint64 proposalId, const QString& newPrompt, const QString& who,
                                                  QString* error)
{
    const auto original = workspace.proposal(proposalId);
    QString why;
    auto pipeline = original ? workspace.pipelineVersion(original->pipelineId, &why) : std::nullopt;
    const auto run = original ? workspace.run(original->baselineRunId) : std::nullopt;
    auto dataset = run ? workspace.dataset(run->datasetId) : std::nullopt;
    if (!pipeline || !dataset) {
        *error = why.isEmpty()
            ? QCoreApplication::translate("fapo::ProposalEdit", "Proposal %1 cannot be edited: its run is not in the workspace.")
                  .arg(proposalId)
            : why;
        return std::nullopt;
    }
    // A copy that keeps what was proposed for which step, version and run, and nothing that was measured.
    Proposal edited = *original;
    edited.id = 0;
    if (edited.level == FixLevel::Structure) {
        // The text is the edit as JSON: {"operation", "steps", "remove"}, read as the optimizer's reply is.
        auto object = nlohmann::json::parse(newPrompt.toStdString(), nullptr, false);
        if (object.is_object() && !object.contains("rationale"))
            object["rationale"] = "edited";
        QString invalid;
        const auto edit = object.is_object() ? parseStructureEdit(QString::fromStdString(object.dump()), nullptr, &invalid) : std::nullopt;
        if (!edit) {
            *error = QCoreApplication::translate("fapo::ProposalEdit", "Proposal %1: the edited change is not a structural edit: %2")
                         .arg(proposalId)
                         .arg(invalid.isEmpty() ? QStringLiteral("not a JSON object") : invalid);
            return std::nullopt;
        }
        edited.field = edit->operation;
        edited.newValue = edit->toJson();
        edited.oldValue = stepsBefore(*pipeline, *edit);
    } else if (edited.level == FixLevel::Parameter) {
        // The text is the knob's new value: a number (top_k, max_tokens) or a name (model, parse).
        const QString text = newPrompt.trimmed();
        bool isNumber = false;
        const int number = text.toInt(&isNumber);
        edited.newValue = isNumber ? nlohmann::json(number) : nlohmann::json(text.toStdString());
    } else {
        edited.newPrompt = newPrompt;
    }
    edited.reason.clear();
    edited.evidence = nlohmann::json::object();
    edited.evalRunId = 0;
    edited.evalScore.reset();
    edited.baselineScore.reset();
    edited.holdoutScore.reset();
    edited.holdoutBaseline.reset();
    edited.newPipelineId = 0;
    edited.createdAt = QDateTime();
    edited.rationale = QCoreApplication::translate("fapo::ProposalEdit", "Edited by %1 from proposal %2. %3")
                           .arg(who)
                           .arg(proposalId)
                           .arg(original->rationale);
    edited.status = ProposalStatus::Pending;
    reviewAndMark(edited, *pipeline, *dataset, workspace.proposals());
    edited.id = workspace.storeProposal(edited);
    if (edited.id <= 0) {
        *error = QCoreApplication::translate("fapo::ProposalEdit", "Proposal %1: the edited copy could not be stored in %2.")
                     .arg(proposalId)
                     .arg(workspace.path());
        return std::nullopt;
    }
    return EditedProposal { std::move(edited), std::move(*pipeline), std::move(*dataset) };
}

} // namespace fapo
