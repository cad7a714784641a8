#pragma once
// Aggregates of an analysis: per step failed / origin / blame / ceiling, failures carried per edge,
// and failure clusters with the level at which they can be fixed.
#include "core/analysis/verdict.h"
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
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
    QString failureClass;
    QString fixLevel;
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
};

// `results` are every example of the run; `verdicts` one per failed example.
AnalysisSummary summarize(const Pipeline& pipeline, qint64 runId, const std::vector<ExampleResult>& results,
                          const std::vector<Verdict>& verdicts);

// One line naming a cluster: "rewrite: retrieval miss (the query lost names of the question)".
QString clusterLabel(const FailureCluster& cluster);

// The `fapo analyze --json` document: {"run_id", "steps", "edges", "examples", "clusters", ...}.
nlohmann::json analysisJson(const AnalysisSummary& summary, const std::vector<ExampleResult>& results,
                            const std::vector<Verdict>& verdicts);

} // namespace fapo
