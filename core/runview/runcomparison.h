#pragma once
// Two runs side by side (before and after a prompt change, or two imports): examples fixed and
// regressed, and how each step's failures changed.
#include "core/runview/runsnapshot.h"

namespace fapo {

struct StepChange {
    QString step;
    int failedBefore = 0;
    int failedAfter = 0;
    double passRateBefore = 0.0;
    double passRateAfter = 0.0;
};

struct RunComparison {
    qint64 baseRun = 0;
    qint64 otherRun = 0;
    double scoreBefore = 0.0;
    double scoreAfter = 0.0;
    QStringList fixed; // failed before, passed after
    QStringList regressed; // passed before, failed after
    int unchanged = 0;
    int onlyInOne = 0; // examples not in both runs
    std::vector<StepChange> steps; // steps the two runs share, in the newer run's order

    static RunComparison compare(const RunSnapshot& base, const RunSnapshot& other);
};

} // namespace fapo
