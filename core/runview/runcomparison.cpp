#include "core/runview/runcomparison.h"

namespace fapo {

RunComparison RunComparison::compare(const RunSnapshot& base, const RunSnapshot& other)
{
    RunComparison c;
    c.baseRun = base.run.id;
    c.otherRun = other.run.id;
    c.scoreBefore = base.totals.score;
    c.scoreAfter = other.totals.score;
    QHash<QString, ExampleStatus> before;
    for (const ExampleRow& r : base.examples)
        before.insert(r.id, r.status);
    for (const ExampleRow& r : other.examples) {
        const auto it = before.constFind(r.id);
        if (it == before.cend()) {
            ++c.onlyInOne;
            continue;
        }
        const bool passedBefore = *it == ExampleStatus::Passed;
        const bool passedAfter = r.status == ExampleStatus::Passed;
        if (!passedBefore && passedAfter)
            c.fixed << r.id;
        else if (passedBefore && !passedAfter)
            c.regressed << r.id;
        else
            ++c.unchanged;
    }
    c.onlyInOne += int(base.examples.size()) - (int(c.fixed.size() + c.regressed.size()) + c.unchanged);
    for (const QString& step : other.steps) {
        if (!base.stepStats.contains(step))
            continue;
        const StepStats a = base.stepStats.value(step);
        const StepStats b = other.stepStats.value(step);
        c.steps.push_back({ step, a.failed, b.failed, 1.0 - a.failureRate(), 1.0 - b.failureRate() });
    }
    return c;
}

} // namespace fapo
