#include "importjson.h"

namespace fapo::cli {

using nlohmann::json;

namespace {

json problemJson(const ImportProblem& p)
{
    json o = { { "message", p.message.toStdString() } };
    if (p.line > 0) {
        o["line"] = p.line;
        o["column"] = p.column;
    }
    if (p.offset >= 0)
        o["offset"] = p.offset;
    return o;
}

} // namespace

json importResultJson(const ImportResult& r)
{
    json steps = json::array();
    for (const ImportedStep& s : r.stepInfo)
        steps.push_back({ { "id", s.id.toStdString() }, { "kind", s.kind.toStdString() }, { "count", s.count }, { "failed", s.failed } });
    json edges = json::array();
    for (const GraphEdge& e : r.edges)
        edges.push_back({ { "from", e.from.toStdString() }, { "to", e.to.toStdString() } });
    json problems = json::array();
    for (const ImportProblem& p : r.problems)
        problems.push_back(problemJson(p));
    return { { "format", r.format.toStdString() },
             { "traces", r.traces },
             { "spans", r.spans.size() },
             { "steps", steps },
             { "edges", edges },
             { "problems", problems } };
}

} // namespace fapo::cli
