#pragma once
// Aggregates of an analysis: per step failed / origin / blame / ceiling, failures carried per edge,
// and failure clusters with the level at which they can be fixed.
#include "core/analysis/verdict.h"
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
#include <map>
#include <vector>

namespace fapo {

struct StepBlame {
    QString stepId;
    int failed = 0; // failed examples whose failure started at or travelled through this step
    int origin = 0; // failed examples whose failure started here
    double blame = 0.0; // origin / failed examples
    double ceiling = 0.0; // the run's score if this step's failures were fixed
};

struct EdgePropagation {
    QString from;
    QString to;
    int propagated = 0; // failures that travelled along this edge
};

struct FailureCluster {
    QString origin;
    FailureClass failureClass = FailureClass::Unknown;
    FixLevel fixLevel = FixLevel::Prompt;
    QString label;
    QStringList exampleIds;
};

struct AnalysisSummary {
    qint64 runId = 0;
    int examples = 0;
    int failed = 0;
    double score = 0.0;
    std::vector<StepBlame> steps; // graph order
    std::vector<EdgePropagation> edges; // step-to-step edges of the graph
    std::vector<FailureCluster> clusters; // largest first
    // How the analysis went: written when it finishes.
    RunStatus status = RunStatus::Done;
    qint64 calls = 0; // replay and critic calls over the network
    double costUsd = 0.0;
    QStringList notes; // what could not be done (replay skipped, critic unavailable, budget reached)
    std::map<VerdictMethod, int> methods; // failed examples whose origin each method found
};

// The summary as the workspace stores it, and back. Reading is forgiving: a field that is missing or of
// the wrong type keeps its default, so an analysis written by an older version still opens.
nlohmann::json summaryToJson(const AnalysisSummary& summary);
AnalysisSummary summaryFromJson(const nlohmann::json& doc);

// `results` are every example of the run; `verdicts` one per failed example.
AnalysisSummary summarize(const Pipeline& pipeline, qint64 runId, const std::vector<ExampleResult>& results,
                          const std::vector<Verdict>& verdicts);

// One line naming a cluster: "rewrite: retrieval miss (the query lost names of the question)".
QString clusterLabel(const FailureCluster& cluster);

// The `fapo analyze --json` document: the stored summary plus one row per example and the analysis id.
nlohmann::json analysisJson(const AnalysisSummary& summary, const std::vector<ExampleResult>& results, const std::vector<Verdict>& verdicts,
                            qint64 analysisId);

} // namespace fapo
