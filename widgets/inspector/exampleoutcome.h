#pragma once
// What the run and its newest analysis say about the example on show, beside one step's record: the
// inspector's header, its Evidence tab and the output step's answer read it.
#include "core/analysis/verdict.h"
#include "core/domain/enums.h"
#include "core/eval/answercomparison.h"
#include <optional>
#include <vector>

namespace fapo {

// The step's part in the example's failure (FailureRole, from the run's snapshot).
struct StepVerdict {
    FailureRole role = FailureRole::Passed;
    QString origin; // where the example's failure starts
    std::optional<VerdictMethod> method; // none: no analysis yet
    FailureClass failureClass = FailureClass::Unknown;
};

struct ExampleOutcome {
    StepVerdict verdict;
    bool failed = false; // the example failed (or errored)
    std::optional<Verdict> analysis; // the newest analysis's verdict for the example (none: passed, or no analysis)
    std::vector<MetricComparison> answer; // for the output step: expected beside actual, metric by metric
};

} // namespace fapo
