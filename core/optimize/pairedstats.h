#pragma once
// Paired comparison of two runs on the same examples: fixed and regressed examples, the score change,
// and an exact one-sided sign test, so a rewrite that changes nothing real is almost never taken
// for a gain, however lucky its sample.
#include "core/workspace/records.h"
#include <QStringList>
#include <map>

namespace fapo {

struct PairedComparison {
    int n = 0; // examples present in both runs
    double baseline = 0.0; // mean score before
    double candidate = 0.0; // mean score after
    double gain = 0.0; // candidate - baseline
    QStringList fixed; // failed before, pass after
    QStringList regressed; // passed before, fail after
    int improved = 0; // score went up (fixed included)
    int worsened = 0;
    double pValue = 1.0; // P(at least `improved` of improved + worsened by chance), sign test
    double noise = 0.0; // standard error of the mean paired difference
};

// Compares on `ids` (examples missing from either side are left out).
PairedComparison comparePaired(const std::map<QString, ExampleResult>& before, const std::map<QString, ExampleResult>& after,
                               const QStringList& ids);

// P(X >= k) for X ~ Binomial(n, 1/2).
double binomialUpperTail(int k, int n);

} // namespace fapo
