#include "core/runview/runsnapshot.h"
#include "core/app/apprungraph.h"
#include "core/workspace/workspace.h"
#include <QSet>
#include <QSqlError>
#include "core/runview/failureroles.h"
#include "core/workspace/sqlhelpers.h"
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
    path.steps = pipeline.graph.pathBetween(origin, pipeline.output);
    for (const GraphEdge& e : pipeline.graph.edges)
        if (path.steps.contains(e.from) && path.steps.contains(e.to))
            path.edges.push_back(e);
    return path;
}

namespace {
QString previewPath(const RunSnapshot& snap) { return QStringLiteral("$.\"%1\"").arg(snap.pipeline.graph.inputNodes.value(0).mid(6)); }
} // namespace

std::vector<QString> RunSnapshot::loadPreviews(const Workspace& workspace, const RunSnapshot& snapshot)
{
    std::vector<QString> previews;
    previews.reserve(snapshot.examples.size());
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    const bool server = sql::isPostgres(workspace.database());
    q.prepare(QStringLiteral("SELECT %1 FROM examples e LEFT JOIN dataset_examples d ON d.dataset_id = ? "
                             "AND d.example_id = e.example_id WHERE e.run_id = ? ORDER BY e.position")
                  .arg(server ? QStringLiteral("d.input::jsonb ->> ?") : QStringLiteral("json_extract(d.input, ?)")));
    q.addBindValue(server ? snapshot.pipeline.graph.inputNodes.value(0).mid(6) : previewPath(snapshot));
    q.addBindValue(snapshot.run.datasetId);
    q.addBindValue(snapshot.run.id);
    if (q.exec())
        while (sql::nextRow(q) && previews.size() < snapshot.examples.size())
            previews.push_back(q.value(0).toString().simplified().left(200));
    previews.resize(snapshot.examples.size());
    return previews;
}

std::optional<RunSnapshot> RunSnapshot::load(const Workspace& workspace, qint64 runId, QString* error, bool withPreviews)
{
    RunSnapshot snap;
    if (runId <= 0) {
        const auto runs = workspace.primaryRuns();
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
    auto pipeline = pipelineOfRun(workspace, *run, error);
    if (!pipeline)
        return std::nullopt;
    snap.pipeline = std::move(*pipeline);
    snap.steps = snap.pipeline.graph.steps;

    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    const int stepCount = int(snap.steps.size());
    for (const QString& step : snap.steps)
        snap.stepStats.insert(step, StepStats());
    // One row per example, with its cells packed "col*4+state,...": as the runner stored them, or (for
    // runs stored before it did, and imports) packed by SQLite from the covering index.
    QString column = QStringLiteral("CASE s.step_id");
    for (int i = 0; i < stepCount; ++i)
        column += QStringLiteral(" WHEN ? THEN %1").arg(i);
    column += QStringLiteral(" ELSE -1 END");
    const QString state = QStringLiteral("CASE WHEN s.error IS NULL OR s.error = '' THEN (CASE WHEN s.passed <> 0 THEN %1 ELSE %2 END) "
                                         "WHEN s.error LIKE 'not run:%' THEN %3 ELSE %4 END")
                              .arg(int(CellState::Passed))
                              .arg(int(CellState::CheckFailed))
                              .arg(int(CellState::NotRun))
                              .arg(int(CellState::Error));
    q.prepare(QStringLiteral("SELECT e.example_id, e.position, e.status, e.score, e.input_tokens, e.output_tokens, e.cost_usd, "
                             "e.latency_ms, coalesce(e.cells, (SELECT %1 FROM step_records s "
                             "WHERE s.run_id = e.run_id AND s.example_id = e.example_id)) FROM examples e WHERE e.run_id = ? "
                             "ORDER BY e.position")
                  .arg(sql::isPostgres(workspace.database()) ? QStringLiteral("string_agg(((%1) * 4 + (%2))::text, ',')").arg(column, state)
                                                             : QStringLiteral("group_concat((%1) * 4 + (%2))").arg(column, state)));
    for (const QString& step : snap.steps)
        q.addBindValue(step);
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (sql::nextRow(q)) {
        ExampleRow r;
        r.id = q.value(0).toString();
        r.position = q.value(1).toInt();
        r.status = parseName<ExampleStatus>(q.value(2).toString()).value_or(ExampleStatus::Failed);
        r.score = q.value(3).toDouble();
        r.inputTokens = q.value(4).toLongLong();
        r.outputTokens = q.value(5).toLongLong();
        r.costUsd = q.value(6).toDouble();
        r.latencyMs = q.value(7).toLongLong();
        snap.examples.push_back(std::move(r));
        snap.cells.resize(snap.cells.size() + size_t(stepCount), CellState::NotRun);
        CellState* row = snap.cells.data() + snap.cells.size() - size_t(stepCount);
        const QString packed = q.value(8).toString();
        int value = 0;
        bool negative = false;
        for (qsizetype i = 0; i <= packed.size(); ++i) {
            const QChar c = i < packed.size() ? packed.at(i) : QLatin1Char(',');
            if (c == QLatin1Char('-')) {
                negative = true;
            } else if (c == QLatin1Char(',')) {
                if (!negative && value / 4 < stepCount) // negative: a step of another version
                    row[value / 4] = CellState(value % 4);
                value = 0;
                negative = false;
            } else {
                value = value * 10 + c.digitValue();
            }
        }
    }
    if (q.lastError().isValid()) { // the rows stopped early: a part of a run is not the run
        *error = q.lastError().text();
        return std::nullopt;
    }

    for (size_t row = 0; row < snap.examples.size(); ++row)
        for (int col = 0; col < stepCount; ++col) {
            StepStats& stats = snap.stepStats[snap.steps[col]];
            switch (snap.cell(row, col)) {
            case CellState::Passed:
                ++stats.passed;
                break;
            case CellState::CheckFailed:
                ++stats.failed;
                break;
            case CellState::Error:
                ++stats.failed;
                ++stats.errors;
                break;
            case CellState::NotRun:
                break;
            }
        }

    // A failure starts where the newest analysis says; without one, at the first failing step in
    // graph order, or at the output when every step passed its checks but the answer was wrong.
    struct Analysed {
        QString origin;
        std::optional<VerdictMethod> method;
        FailureClass failureClass = FailureClass::Unknown;
    };
    QHash<QString, Analysed> analysed;
    if ((snap.analysis = workspace.latestAnalysis(runId))) {
        QSqlQuery v(workspace.database());
        v.setForwardOnly(true);
        v.prepare(QStringLiteral("SELECT example_id, origin_step, method, failure_class FROM analysis_verdicts WHERE analysis_id = ?"));
        v.addBindValue(snap.analysis->id);
        if (v.exec())
            while (sql::nextRow(v))
                analysed.insert(v.value(0).toString(),
                                { v.value(1).toString(), parseName<VerdictMethod>(v.value(2).toString()),
                                  parseName<FailureClass>(v.value(3).toString()).value_or(FailureClass::Unknown) });
    }
    QHash<QString, int> originCounts;
    for (size_t i = 0; i < snap.examples.size(); ++i) {
        ExampleRow& r = snap.examples[i];
        if (r.status == ExampleStatus::Passed)
            continue;
        const Analysed verdict = analysed.value(r.id);
        r.origin = verdict.origin;
        if (snap.pipeline.step(r.origin)) {
            r.method = verdict.method.value_or(VerdictMethod::Fallback);
            r.failureClass = verdict.failureClass;
        } else {
            r.origin = snap.pipeline.output;
            for (int s = 0; s < stepCount; ++s) {
                const CellState c = snap.cell(i, s);
                if (c == CellState::CheckFailed || c == CellState::Error) {
                    r.origin = snap.steps[s];
                    break;
                }
            }
        }
        ++snap.stepStats[r.origin].origins;
        ++originCounts[r.origin];
    }
    if (withPreviews) {
        std::vector<QString> previews = loadPreviews(workspace, snap);
        for (size_t i = 0; i < snap.examples.size(); ++i)
            snap.examples[i].preview = std::move(previews[i]);
    }

    // Totals from the rows just read (summing the step records would read every prompt and output).
    RunTotals& t = snap.totals;
    for (const ExampleRow& r : snap.examples) {
        ++t.examples;
        t.passed += r.status == ExampleStatus::Passed;
        t.failed += r.status == ExampleStatus::Failed;
        t.errors += r.status == ExampleStatus::Error;
        t.score += r.score;
        t.inputTokens += r.inputTokens;
        t.outputTokens += r.outputTokens;
        t.costUsd += r.costUsd;
    }
    if (t.examples > 0)
        t.score /= t.examples;
    std::tie(t.calls, t.cacheHits) = workspace.callCounts(runId);

    // Each origin's path is the same for every example: found once per origin.
    QHash<QString, Path> paths;
    for (auto it = originCounts.cbegin(); it != originCounts.cend(); ++it) {
        const Path& path = *paths.insert(it.key(), snap.failurePath(it.key()));
        for (const GraphEdge& e : path.edges)
            snap.edgeFailures[edgeKey(e.from, e.to)] += it.value();
        for (const QString& step : path.steps)
            if (step != it.key())
                snap.stepStats[step].carried += it.value();
    }
    snap.roles.resize(snap.cells.size(), FailureRole::Passed);
    const size_t width = size_t(stepCount);
    for (size_t i = 0; i < snap.examples.size(); ++i) {
        const ExampleRow& r = snap.examples[i];
        deriveFailureRoles(snap.steps, std::span(snap.cells).subspan(i * width, width), r.status != ExampleStatus::Passed, r.origin,
                           paths.value(r.origin).steps, std::span(snap.roles).subspan(i * width, width));
    }
    return snap;
}

} // namespace fapo
