#pragma once
// An immutable picture of one run for the views: per example, per step and per edge, loaded off the
// GUI thread from the workspace and swapped into models whole.
#include "core/formats/pipeline.h"
#include "core/runview/cellstate.h"
#include "core/domain/enums.h"
#include "core/workspace/records.h"
#include "core/workspace/workspace.h"
#include <QHash>
#include <memory>
#include <optional>
#include <vector>

namespace fapo {

struct ExampleRow {
    QString id;
    int position = 0;
    ExampleStatus status = ExampleStatus::Failed;
    double score = 0.0;
    QString origin; // step where the failure starts (empty when passed): from the newest analysis, else the first failing step
    // How the newest analysis decided the origin, and what kind of failure it is; nullopt: no verdict
    // (no analysis, or one made before this example), so the origin is the first failing step.
    std::optional<VerdictMethod> method;
    FailureClass failureClass = FailureClass::Unknown;
    QString preview; // the first input field's text, for filtering and display
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0.0;
    qint64 latencyMs = 0;
};

struct StepStats {
    int passed = 0;
    int failed = 0; // check failed or error
    int errors = 0;
    int origins = 0; // failures that start here
    int carried = 0; // failures that start earlier and pass through here (to the output, included)
    double failureRate() const { return passed + failed ? double(failed) / double(passed + failed) : 0.0; }
};

struct RunSnapshot {
    RunInfo run;
    Pipeline pipeline;
    RunTotals totals;
    std::vector<ExampleRow> examples; // in dataset order
    QStringList steps; // column order of `cells`: pipeline.graph.steps
    std::vector<CellState> cells; // examples.size() x steps.size(), row-major
    std::vector<FailureRole> roles; // the same shape: each step's part in each example's failure
    QHash<QString, StepStats> stepStats;
    QHash<QString, int> edgeFailures; // "from->to" -> failures that travelled along it
    // The newest analysis of this run (its summary without per-example rows), when there is one.
    std::optional<AnalysisInfo> analysis;

    CellState cell(size_t example, int step) const { return cells[example * size_t(steps.size()) + size_t(step)]; }
    FailureRole role(size_t example, int step) const { return roles[example * size_t(steps.size()) + size_t(step)]; }
    int exampleIndex(const QString& id) const;

    // The steps a failure starting at `origin` travels through to the output (origin included), and
    // the edges it uses: what the graph lights for one example.
    struct Path {
        QStringList steps;
        std::vector<GraphEdge> edges;
    };
    Path failurePath(const QString& origin) const;

    static QString edgeKey(const QString& from, const QString& to) { return from + QStringLiteral("->") + to; }

    // Loads a run (the newest when runId is 0). The pipeline is rebuilt from the version stored with
    // the run, without requiring its corpus or rules files to still exist.
    // withPreviews = false leaves ExampleRow::preview empty (the window loads them in a second stage,
    // which halves the time to show a large run).
    static std::optional<RunSnapshot> load(const Workspace& workspace, qint64 runId, QString* error, bool withPreviews = true);
    // The first input field of each example, in row order.
    static std::vector<QString> loadPreviews(const Workspace& workspace, const RunSnapshot& snapshot);
};

using RunSnapshotPtr = std::shared_ptr<const RunSnapshot>;

} // namespace fapo
