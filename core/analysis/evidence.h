#pragma once
// What the analysis knows about one failed example, step by step: check results, step gold, errors,
// empty outputs, where the expected answer and the input's key terms travel, and how much of each
// step's input came from which upstream node.
#include "core/analysis/stepgold.h"
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
#include <map>

namespace fapo {

struct StepEvidence {
    QString stepId;
    StepKind kind = StepKind::Llm;
    bool ran = false; // the run has a record for it
    bool errored = false; // it failed by itself (no output)
    bool notRun = false; // skipped because an upstream step failed
    bool empty = false; // ran, but the output is empty (no passages for a retrieval)
    QStringList failedChecks; // "type: detail"
    GoldResult gold;
    bool answerInOutput = false; // the expected answer appears in the output
    bool answerInInput = false; // ... in the rendered input (prompt, system, query)
    QStringList termsIn; // key terms of the example's inputs present in this step's input
    QStringList termsDropped; // of those, the ones missing from its output
    std::map<QString, double> inputShares; // graph node -> share of the rendered input it supplied

    bool ownFailure() const { return errored || empty || !failedChecks.isEmpty() || (gold.present && !gold.passed); }
};

struct ExampleEvidence {
    QString exampleId;
    ExampleStatus status = ExampleStatus::Failed;
    double score = 0.0;
    QString metricDetail; // why the gate metric failed
    QStringList answers; // reference answers long enough to trace through the steps
    QStringList keyTerms; // names and numbers in the example's inputs
    std::map<QString, StepEvidence> steps;

    bool passed() const { return status == ExampleStatus::Passed; }
    const StepEvidence* step(const QString& id) const;
    nlohmann::json toJson() const;
};

ExampleEvidence collectEvidence(const Pipeline& pipeline, const Example& example, const ExampleResult& result,
                                const std::map<QString, StepRecord>& records);

// Names and numbers in the example's input strings: capitalised words that do not begin a sentence,
// words with digits, and quoted phrases' words. What a query must keep to find the right passages.
QStringList keyTermsOf(const nlohmann::json& input);
// True when `term` occurs in `text` as a whole word (case and punctuation ignored).
bool containsTerm(const QString& text, const QString& term);

} // namespace fapo
