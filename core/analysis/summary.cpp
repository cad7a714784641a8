#include "core/analysis/summary.h"
#include "core/analysis/labels.h"
#include <QHash>
#include <QSet>

namespace fapo {

using nlohmann::json;

QString clusterLabel(const FailureCluster& c) { return QStringLiteral("%1: %2").arg(c.origin, failureClassName(c.failureClass)); }

AnalysisSummary summarize(const Pipeline& pipeline, qint64 runId, const std::vector<ExampleResult>& results,
                          const std::vector<Verdict>& verdicts)
{
    AnalysisSummary s;
    s.runId = runId;
    s.examples = int(results.size());
    QHash<QString, double> scoreOf;
    double total = 0.0;
    for (const ExampleResult& r : results) {
        total += r.score;
        scoreOf.insert(r.exampleId, r.score);
    }
    s.failed = int(verdicts.size());
    s.score = results.empty() ? 0.0 : total / double(results.size());

    std::map<QString, StepBlame> byStep;
    std::map<std::pair<QString, QString>, int> byEdge;
    std::map<std::tuple<QString, QString, QString>, FailureCluster> clusters;
    std::map<QString, double> regained; // score gained if the step's failures were fixed
    for (const Verdict& v : verdicts) {
        byStep[v.origin].origin += 1;
        regained[v.origin] += 1.0 - scoreOf.value(v.exampleId, 0.0);
        const QSet<QString> onPath(v.path.begin(), v.path.end());
        for (const QString& step : v.path)
            byStep[step].failed += 1;
        for (const GraphEdge& e : pipeline.graph.edges)
            if (onPath.contains(e.from) && onPath.contains(e.to))
                byEdge[{ e.from, e.to }] += 1;
        FailureCluster& c = clusters[{ v.origin, v.failureClass, v.fixLevel }];
        c.origin = v.origin;
        c.failureClass = v.failureClass;
        c.fixLevel = v.fixLevel;
        c.exampleIds << v.exampleId;
    }
    for (const QString& id : pipeline.graph.steps) {
        StepBlame b = byStep[id];
        b.stepId = id;
        b.blame = s.failed > 0 ? double(b.origin) / s.failed : 0.0;
        b.ceiling = s.examples > 0 ? (total + regained[id]) / s.examples : 0.0;
        s.steps.push_back(b);
    }
    for (const GraphEdge& e : pipeline.graph.edges) {
        if (e.from.startsWith(QLatin1String("input.")))
            continue;
        const auto it = byEdge.find({ e.from, e.to });
        s.edges.push_back({ e.from, e.to, it == byEdge.end() ? 0 : it->second });
    }
    for (auto& [key, c] : clusters) {
        c.label = clusterLabel(c);
        s.clusters.push_back(std::move(c));
    }
    std::stable_sort(s.clusters.begin(), s.clusters.end(),
                     [](const FailureCluster& a, const FailureCluster& b) { return a.exampleIds.size() > b.exampleIds.size(); });
    return s;
}

json analysisJson(const AnalysisSummary& s, const std::vector<ExampleResult>& results, const std::vector<Verdict>& verdicts)
{
    auto round3 = [](double x) { return std::round(x * 1000.0) / 1000.0; };
    json steps = json::array();
    for (const StepBlame& b : s.steps)
        steps.push_back({ { "id", b.stepId.toStdString() },
                          { "failed", b.failed },
                          { "origin", b.origin },
                          { "blame", round3(b.blame) },
                          { "ceiling", round3(b.ceiling) } });
    json edges = json::array();
    for (const EdgePropagation& e : s.edges)
        edges.push_back({ { "from", e.from.toStdString() }, { "to", e.to.toStdString() }, { "propagated", e.propagated } });
    QHash<QString, const Verdict*> verdictOf;
    for (const Verdict& v : verdicts)
        verdictOf.insert(v.exampleId, &v);
    json examples = json::array();
    for (const ExampleResult& r : results) {
        const Verdict* v = verdictOf.value(r.exampleId);
        json e { { "id", r.exampleId.toStdString() }, { "passed", r.status == ExampleStatus::Passed } };
        if (v) {
            e["origin"] = v->origin.toStdString();
            e["class"] = v->failureClass.toStdString();
            e["method"] = v->method.toStdString();
            e["confidence"] = round3(v->confidence);
            e["explanation"] = v->explanation.toStdString();
        } else {
            e["origin"] = nullptr;
        }
        examples.push_back(std::move(e));
    }
    json clusters = json::array();
    for (const FailureCluster& c : s.clusters) {
        json ids = json::array();
        for (const QString& id : c.exampleIds)
            ids.push_back(id.toStdString());
        clusters.push_back({ { "label", c.label.toStdString() },
                             { "origin", c.origin.toStdString() },
                             { "class", c.failureClass.toStdString() },
                             { "fix_level", c.fixLevel.toStdString() },
                             { "count", c.exampleIds.size() },
                             { "example_ids", ids } });
    }
    return json { { "run_id", s.runId },    { "examples_total", s.examples },
                  { "failed", s.failed },   { "score", round3(s.score) },
                  { "steps", steps },       { "edges", edges },
                  { "examples", examples }, { "clusters", clusters } };
}

} // namespace fapo
