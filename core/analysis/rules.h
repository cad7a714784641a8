#pragma once
// The cheap, deterministic part of failure attribution: rules over the evidence of one example.
#include "core/analysis/evidence.h"
#include "core/analysis/verdict.h"
#include <vector>

namespace fapo {

// What passing examples show about the pipeline: where the expected answer normally first appears,
// and how often a step drops key terms even when the example passes (then dropping is normal there).
struct RunProfile {
    QString answerSource;
    std::map<QString, double> dropRate;
};
RunProfile profileFromPassing(const Pipeline& pipeline, const std::vector<ExampleEvidence>& passing);

// Rules in order, the first that applies wins:
//  1. the earliest step (on the way to the output) that fails by itself: step gold not met (retrieval
//     miss for a retrieval), an error or empty output (a cascade: blame the first), a failed check;
//  2. format: the expected answer is in the final output but the metric fails on its form;
//  3. answer lost: a step received the expected answer and its output no longer has it (reasoning);
//  4. a step whose output becomes a search query dropped names or numbers of the question;
//  5. the answer never appeared: the step that introduces it in passing examples (weak);
//  6. otherwise the first failing step, else the output step (weak).
// Steps whose gold passed, and everything upstream of them, are cleared. A retrieval or transform
// cannot be rewritten: its failures pass to the step that produced most of its input.
// Verdicts from rules 5 and 6 are not settled(): replay and the critic look at them again.
Verdict locateByRules(const Pipeline& pipeline, const ExampleEvidence& evidence, const RunProfile& profile);

// The step that takes the blame for a failure seen at `step`: itself when a model writes it, else
// (retrieval, transform, command) the upstream model step that supplied most of its input.
QString blameTarget(const Pipeline& pipeline, const ExampleEvidence& evidence, const QString& step);
// `origin`, then every step between it and the output, in graph order.
QStringList failurePath(const Pipeline& pipeline, const QString& origin);
// prompt | parameter | structure for a verdict's origin and class.
FixLevel fixLevelFor(const Pipeline& pipeline, const QString& origin, FailureClass failureClass);

} // namespace fapo
