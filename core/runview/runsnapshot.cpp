#include "runview/runsnapshot.h"
#include "workspace/workspace.h"
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fapo {

int RunSnapshot::exampleIndex(const QString& id) const
{
    for (size_t i = 0; i < examples.size(); ++i)
        if (examples[i].id == id)
            return int(i);
    return -1;
}

RunSnapshot::Path RunSnapshot::failurePath(const QString& origin) const
{
    Path path;
    if (origin.isEmpty())
        return path;
    // Steps downstream of the origin that also lead to the output: where the failure travels.
    QSet<QString> leadsToOutput { pipeline.output };
    for (auto it = pipeline.graph.steps.crbegin(); it != pipeline.graph.steps.crend(); ++it)
        if (leadsToOutput.contains(*it))
            for (const QString& up : pipeline.graph.upstreamSteps(*it))
                leadsToOutput.insert(up);
    for (const QString& s : pipeline.graph.affectedBy(origin))
        if (leadsToOutput.contains(s))
            path.steps << s;
    for (const GraphEdge& e : pipeline.graph.edges)
        if (path.steps.contains(e.from) && path.steps.contains(e.to))
            path.edges.push_back(e);
    return path;
}

std::optional<RunSnapshot> RunSnapshot::load(const Workspace& workspace, qint64 runId, QString* error)
{
    RunSnapshot snap;
    if (runId <= 0) {
        const auto runs = workspace.runs();
        if (runs.empty()) {
            *error = QStringLiteral("the workspace has no runs yet");
            return std::nullopt;
        }
        runId = runs.back().id;
    }
    const auto run = workspace.run(runId);
    if (!run) {
        *error = QStringLiteral("run %1 is not in the workspace").arg(runId);
        return std::nullopt;
    }
    snap.run = *run;
    auto pipeline = workspace.pipelineVersion(run->pipelineId, error);
    if (!pipeline)
        return std::nullopt;
    snap.pipeline = std::move(*pipeline);
    snap.totals = workspace.totals(runId);
    snap.steps = snap.pipeline.graph.steps;

    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    // The first input field gives each example a readable preview.
    const QString previewField = snap.pipeline.graph.inputNodes.value(0).mid(6);
    q.prepare(QStringLiteral("SELECT e.example_id, e.position, e.status, e.score, e.input_tokens, e.output_tokens, e.cost_usd, "
                             "e.latency_ms, json_extract(d.input, ?) FROM examples e LEFT JOIN dataset_examples d ON "
                             "d.dataset_id = ? AND d.example_id = e.example_id WHERE e.run_id = ? ORDER BY e.position"));
    q.addBindValue(QStringLiteral("$.\"%1\"").arg(previewField));
    q.addBindValue(run->datasetId);
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QHash<QString, size_t> rowOf;
    while (q.next()) {
        ExampleRow r;
        r.id = q.value(0).toString();
        r.position = q.value(1).toInt();
        const QString status = q.value(2).toString();
        r.status = status == QLatin1String("passed") ? ExampleStatus::Passed
            : status == QLatin1String("error")       ? ExampleStatus::Error
                                                     : ExampleStatus::Failed;
        r.score = q.value(3).toDouble();
        r.inputTokens = q.value(4).toLongLong();
        r.outputTokens = q.value(5).toLongLong();
        r.costUsd = q.value(6).toDouble();
        r.latencyMs = q.value(7).toLongLong();
        r.preview = q.value(8).toString().simplified().left(200);
        rowOf.insert(r.id, snap.examples.size());
        snap.examples.push_back(std::move(r));
    }

    const int stepCount = int(snap.steps.size());
    QHash<QString, int> column;
    for (int i = 0; i < stepCount; ++i) {
        column.insert(snap.steps[i], i);
        snap.stepStats.insert(snap.steps[i], StepStats());
    }
    snap.cells.assign(snap.examples.size() * size_t(stepCount), CellState::NotRun);
    q.prepare(QStringLiteral("SELECT example_id, step_id, passed, error, duration_ms, cost_usd FROM step_records WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const auto row = rowOf.constFind(q.value(0).toString());
        const auto col = column.constFind(q.value(1).toString());
        if (row == rowOf.cend() || col == column.cend())
            continue; // an example still unfinished, or a step of another version
        const QString err = q.value(3).toString();
        CellState state = CellState::Passed;
        if (!err.isEmpty())
            state = err.startsWith(QLatin1String("not run:")) ? CellState::NotRun : CellState::Error;
        else if (!q.value(2).toBool())
            state = CellState::CheckFailed;
        snap.cells[*row * size_t(stepCount) + size_t(*col)] = state;
        StepStats& stats = snap.stepStats[q.value(1).toString()];
        stats.durationMs += q.value(4).toLongLong();
        stats.costUsd += q.value(5).toDouble();
        if (state == CellState::Passed)
            ++stats.passed;
        else if (state != CellState::NotRun)
            ++stats.failed;
        if (state == CellState::Error)
            ++stats.errors;
    }

    // Until failure analysis lands: a failure starts at the first failing step in graph order, or at
    // the output when every step passed its checks but the answer was wrong.
    for (size_t i = 0; i < snap.examples.size(); ++i) {
        ExampleRow& r = snap.examples[i];
        if (r.status == ExampleStatus::Passed)
            continue;
        r.origin = snap.pipeline.output;
        for (int s = 0; s < stepCount; ++s) {
            const CellState c = snap.cell(i, s);
            if (c == CellState::CheckFailed || c == CellState::Error) {
                r.origin = snap.steps[s];
                break;
            }
        }
        ++snap.stepStats[r.origin].origins;
        for (const GraphEdge& e : snap.failurePath(r.origin).edges)
            ++snap.edgeFailures[edgeKey(e.from, e.to)];
    }
    return snap;
}

} // namespace fapo
