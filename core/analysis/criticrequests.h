#pragma once
// What the analysis asks the critic model, and how its structured replies are checked. A reply that
// breaks its schema is rejected with the reason; it never becomes a verdict.
#include "core/analysis/evidence.h"
#include "core/analysis/verdict.h"
#include "core/providers/modelrequest.h"
#include <optional>

namespace fapo {

// "A located failure" of the spec: origin_step (enum of the pipeline's step ids), confidence, explanation.
ModelRequest locateRequest(const Pipeline& pipeline, const Example& example, const std::map<QString, StepRecord>& records,
                           const ExampleEvidence& evidence, const Verdict& rulesVerdict);
struct LocatedFailure {
    QString origin;
    double confidence = 0.0;
    QString explanation;
};
std::optional<LocatedFailure> parseLocateReply(const QString& text, const Pipeline& pipeline, QString* error);

// A repaired output for one step, for counterfactual replay: {"output": string}.
ModelRequest repairRequest(const Pipeline& pipeline, const Step& step, const Example& example,
                           const std::map<QString, StepRecord>& records);
std::optional<QString> parseRepairReply(const QString& text, QString* error);

} // namespace fapo
