#pragma once
// What the optimizer model is asked for one rewrite, and how its structured reply is checked
// ("A proposed rewrite" of the spec: step_id from an enum of the steps it may rewrite, new_prompt,
// rationale, optional new_system). A reply that breaks the schema is rejected with the reason kept.
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/providers/modelrequest.h"
#include "core/workspace/proposalrecords.h"
#include "core/workspace/records.h"
#include <map>
#include <optional>

namespace fapo {

struct ExampleChain {
    const Example* example = nullptr;
    const std::map<QString, StepRecord>* records = nullptr;
    QString explanation; // the analysis's verdict, for failing examples
};

struct OptimizerContext {
    const Pipeline* pipeline = nullptr;
    QString target; // the step to rewrite
    std::vector<ExampleChain> failing; // train examples whose failure starts at the target
    std::vector<ExampleChain> passing; // train examples that pass, for contrast
    std::vector<Proposal> earlier; // earlier proposals for this step, with their outcomes
    QString analysisSummary; // blame and clusters, one paragraph
};

ModelRequest proposalRequest(const OptimizerContext& context);
// The same evidence, asking for a change to the step graph around the target ("a proposed structural
// change": operation insert|split|reroute, steps, optional remove, rationale).
ModelRequest structureRequest(const OptimizerContext& context);

struct ProposedRewrite {
    QString stepId;
    QString newPrompt;
    QString newSystem; // empty: unchanged
    QString rationale;
};
std::optional<ProposedRewrite> parseProposal(const QString& text, const QStringList& allowedSteps, QString* error);

} // namespace fapo
