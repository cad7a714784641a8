#pragma once
// The expected answer beside the actual one, metric by metric: what the inspector shows for the output
// step. The scores are the run's own (stored with the example), not recomputed; the expected and actual
// texts are what each metric compared.
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
#include <optional>
#include <vector>

namespace fapo {

struct MetricComparison {
    QString name;
    MetricType type = MetricType::ExactMatch;
    bool gate = false; // decides whether the example passes
    QStringList expected; // the reference alternatives (empty: none; `expectedError` says why)
    QString expectedError;
    std::optional<QString> actual; // what the metric read from the final output (none: `actualError`)
    QString actualError;
    std::optional<double> score; // none: the run stored no result for this metric
    bool passed = false;
    QString detail; // the metric's own account, as stored
};

// One entry per metric of the pipeline, in its order. `output` is the output step's record (null:
// it did not run); `result` the example's stored result.
std::vector<MetricComparison> compareAnswer(const Pipeline& pipeline, const Example& example, const ExampleResult& result,
                                            const StepRecord* output);

} // namespace fapo
