#include "core/runview/cellstate.h"

namespace fapo {

QString packCells(const Pipeline& pipeline, const std::map<QString, StepRecord>& records)
{
    QStringList cells;
    const QStringList& steps = pipeline.graph.steps;
    for (int i = 0; i < steps.size(); ++i) {
        const auto it = records.find(steps[i]);
        if (it == records.end())
            continue;
        const StepRecord& r = it->second;
        CellState state = r.passed ? CellState::Passed : CellState::CheckFailed;
        if (!r.error.isEmpty()) {
            // No output: its own error, or an upstream step's (then it never ran).
            bool upstreamBroken = false;
            for (const QString& u : pipeline.graph.upstreamSteps(steps[i])) {
                const auto up = records.find(u);
                upstreamBroken = upstreamBroken || up == records.end() || !up->second.error.isEmpty();
            }
            state = upstreamBroken ? CellState::NotRun : CellState::Error;
        }
        cells << QString::number(i * 4 + int(state));
    }
    return cells.join(QLatin1Char(','));
}

} // namespace fapo
