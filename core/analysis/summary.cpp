#include "core/analysis/summary.h"
#include "core/analysis/labels.h"
#include <QHash>
#include <QSet>
#include <cmath>

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
    // Keyed by names, so clusters of the same size keep the order of their names.
    std::map<std::tuple<QString, std::string, std::string>, FailureCluster> clusters;
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
        FailureCluster& c = clusters[{ v.origin, stdNameOf(v.failureClass), stdNameOf(v.fixLevel) }];
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

namespace {

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

json stringList(const QStringList& list)
{
    json out = json::array();
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

// Readers that keep the default for a missing field or one of the wrong type.
QString text(const json& o, const char* key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

template <typename T> T number(const json& o, const char* key, T fallback = T())
{
    const auto it = o.find(key);
    return it != o.end() && it->is_number() ? it->get<T>() : fallback;
}

const json& list(const json& o, const char* key)
{
    static const json empty = json::array();
    const auto it = o.find(key);
    return it != o.end() && it->is_array() ? *it : empty;
}

QStringList texts(const json& array)
{
    QStringList out;
    for (const json& s : array)
        if (s.is_string())
            out << QString::fromStdString(s.get<std::string>());
    return out;
}

template <typename E> E named(const json& o, const char* key, E fallback)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? parseName<E>(it->get<std::string>()).value_or(fallback) : fallback;
}

} // namespace

json summaryToJson(const AnalysisSummary& s)
{
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
    json clusters = json::array();
    for (const FailureCluster& c : s.clusters)
        clusters.push_back({ { "label", c.label.toStdString() },
                             { "origin", c.origin.toStdString() },
                             { "class", stdNameOf(c.failureClass) },
                             { "fix_level", stdNameOf(c.fixLevel) },
                             { "count", c.exampleIds.size() },
                             { "example_ids", stringList(c.exampleIds) } });
    json methods = json::object();
    for (const auto& [method, count] : s.methods)
        methods[stdNameOf(method)] = count;
    return json { { "run_id", s.runId },    { "examples_total", s.examples },
                  { "failed", s.failed },   { "score", round3(s.score) },
                  { "steps", steps },       { "edges", edges },
                  { "clusters", clusters }, { "notes", stringList(s.notes) },
                  { "calls", s.calls },     { "cost_usd", s.costUsd },
                  { "methods", methods },   { "status", stdNameOf(s.status) } };
}

AnalysisSummary summaryFromJson(const json& doc)
{
    AnalysisSummary s;
    if (!doc.is_object())
        return s;
    s.runId = number<qint64>(doc, "run_id");
    s.examples = number<int>(doc, "examples_total");
    s.failed = number<int>(doc, "failed");
    s.score = number<double>(doc, "score");
    for (const json& o : list(doc, "steps")) {
        if (!o.is_object())
            continue;
        s.steps.push_back({ text(o, "id"), number<int>(o, "failed"), number<int>(o, "origin"), number<double>(o, "blame"),
                            number<double>(o, "ceiling") });
    }
    for (const json& o : list(doc, "edges"))
        if (o.is_object())
            s.edges.push_back({ text(o, "from"), text(o, "to"), number<int>(o, "propagated") });
    for (const json& o : list(doc, "clusters")) {
        if (!o.is_object())
            continue;
        FailureCluster c;
        c.origin = text(o, "origin");
        c.failureClass = named(o, "class", FailureClass::Unknown);
        c.fixLevel = named(o, "fix_level", FixLevel::Prompt);
        c.label = text(o, "label");
        c.exampleIds = texts(list(o, "example_ids"));
        s.clusters.push_back(std::move(c));
    }
    s.status = named(doc, "status", RunStatus::Done);
    s.calls = number<qint64>(doc, "calls");
    s.costUsd = number<double>(doc, "cost_usd");
    s.notes = texts(list(doc, "notes"));
    const auto methods = doc.find("methods");
    if (methods != doc.end() && methods->is_object())
        for (auto it = methods->begin(); it != methods->end(); ++it)
            if (const auto m = parseName<VerdictMethod>(it.key()); m && it->is_number_integer())
                s.methods[*m] = it->get<int>();
    return s;
}

json analysisJson(const AnalysisSummary& s, const std::vector<ExampleResult>& results, const std::vector<Verdict>& verdicts,
                  qint64 analysisId)
{
    QHash<QString, const Verdict*> verdictOf;
    for (const Verdict& v : verdicts)
        verdictOf.insert(v.exampleId, &v);
    json examples = json::array();
    for (const ExampleResult& r : results) {
        const Verdict* v = verdictOf.value(r.exampleId);
        json e { { "id", r.exampleId.toStdString() }, { "passed", r.status == ExampleStatus::Passed } };
        if (v) {
            e["origin"] = v->origin.toStdString();
            e["class"] = stdNameOf(v->failureClass);
            e["method"] = stdNameOf(v->method);
            e["confidence"] = round3(v->confidence);
            e["explanation"] = v->explanation.toStdString();
        } else {
            e["origin"] = nullptr;
        }
        examples.push_back(std::move(e));
    }
    json doc = summaryToJson(s);
    doc["examples"] = std::move(examples);
    doc["analysis_id"] = analysisId;
    return doc;
}

} // namespace fapo
