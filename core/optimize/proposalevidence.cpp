#include "core/optimize/proposalevidence.h"
#include "core/eval/textnormalize.h"
#include "core/pricing.h"
#include "core/workspace/workspace.h"
#include <QSet>
#include <cmath>

namespace fapo {

using nlohmann::json;

std::map<QString, std::map<QString, StepRecord>> recordsByExample(const Workspace& ws, qint64 runId)
{
    std::map<QString, std::map<QString, StepRecord>> out;
    for (StepRecord& r : ws.stepRecords(runId))
        out[r.exampleId][r.stepId] = std::move(r);
    return out;
}

json idsJson(const QStringList& ids)
{
    json a = json::array();
    for (const QString& id : ids)
        a.push_back(id.toStdString());
    return a;
}

json optionalJson(const std::optional<double>& v) { return v ? json(*v) : json(); }

double meanScore(const std::map<QString, ExampleResult>& results, const QStringList& ids)
{
    double total = 0.0;
    int n = 0;
    for (const QString& id : ids) {
        const auto it = results.find(id);
        if (it == results.end())
            continue;
        total += it->second.status == ExampleStatus::Error ? 0.0 : it->second.score;
        ++n;
    }
    return n > 0 ? total / n : 0.0;
}

json sideEffects(const std::map<QString, std::map<QString, StepRecord>>& records, const QString& step, const QString& output,
                 const QStringList& ids)
{
    double length = 0.0;
    int n = 0;
    QSet<QString> distinct;
    for (const QString& id : ids) {
        const auto ex = records.find(id);
        if (ex == records.end())
            continue;
        const auto s = ex->second.find(step);
        const auto o = ex->second.find(output);
        if (s != ex->second.end()) {
            length += s->second.output.size();
            ++n;
        }
        if (o != ex->second.end())
            distinct.insert(normalizeAnswer(o->second.output));
    }
    return json { { "mean_output_chars", n > 0 ? std::round(length / n * 10.0) / 10.0 : 0.0 },
                  { "distinct_final_outputs", ids.isEmpty() ? 0.0 : std::round(double(distinct.size()) / ids.size() * 1000.0) / 1000.0 } };
}

double listCostPerExample(const Workspace& ws, qint64 runId, const QStringList& ids)
{
    std::map<qint64, std::map<QString, std::map<QString, StepRecord>>> runs; // read once each
    const auto recordsOf = [&](qint64 id) -> const std::map<QString, std::map<QString, StepRecord>>& {
        auto it = runs.find(id);
        if (it == runs.end())
            it = runs.emplace(id, recordsByExample(ws, id)).first;
        return it->second;
    };
    double total = 0.0;
    int n = 0;
    for (const QString& id : ids) {
        const auto ex = recordsOf(runId).find(id);
        if (ex == recordsOf(runId).end())
            continue;
        ++n;
        for (const auto& [step, record] : ex->second) {
            const StepRecord* r = &record;
            for (int depth = 0; depth < 16 && r->sourceRunId > 0 && !r->called; ++depth) {
                const auto& source = recordsOf(r->sourceRunId);
                const auto sx = source.find(id);
                const auto original = sx == source.end() ? decltype(sx->second.end()) {} : sx->second.find(step);
                if (sx == source.end() || original == sx->second.end())
                    break;
                r = &original->second;
            }
            if (r->model.isEmpty())
                continue;
            Usage usage;
            usage.inputTokens = r->inputTokens;
            usage.outputTokens = r->outputTokens;
            usage.cacheReadTokens = r->cacheReadTokens;
            usage.cacheWriteTokens = r->cacheWriteTokens;
            total += PriceTable::builtin().cost(r->model, usage);
        }
    }
    return n > 0 ? total / n : 0.0;
}

json costChange(double before, double after)
{
    return json { { "before", before }, { "after", after }, { "ratio", before > 0.0 ? after / before : 1.0 } };
}

QString valueText(const json& v)
{
    if (v.is_null())
        return QString();
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump());
}

QString changeSummary(const Proposal& p)
{
    if (p.level == FixLevel::Structure) {
        // "insert +bridge +hop2 ~notes -old": added, changed (they were in the old value), removed.
        QSet<QString> before;
        for (const json& s : p.oldValue.is_array() ? p.oldValue : json::array())
            before.insert(QString::fromStdString(s.value("id", std::string())));
        QStringList parts { p.field };
        for (const json& s : p.newValue.value("steps", json::array())) {
            const QString id = QString::fromStdString(s.value("id", std::string()));
            parts << (before.contains(id) ? QStringLiteral("~") : QStringLiteral("+")) + id;
        }
        for (const json& id : p.newValue.value("remove", json::array()))
            parts << QStringLiteral("-") + QString::fromStdString(id.get<std::string>());
        return parts.join(QLatin1Char(' '));
    }
    if (p.level != FixLevel::Parameter)
        return QString();
    return QStringLiteral("%1 %2 -> %3").arg(p.field, valueText(p.oldValue), valueText(p.newValue));
}

json proposalsJson(const std::vector<Proposal>& proposals)
{
    json out = json::array();
    for (const Proposal& p : proposals)
        out.push_back({ { "id", p.id },
                        { "step_id", p.stepId.toStdString() },
                        { "level", stdNameOf(p.level) },
                        { "parameter", p.level == FixLevel::Parameter ? json(p.field.toStdString()) : json() },
                        { "old_value", p.oldValue },
                        { "new_value", p.newValue },
                        { "cost", p.evidence.value("cost", json()) },
                        { "status", nameOf(p.status).toStdString() },
                        { "reason", p.reason.isEmpty() ? json() : json(p.reason.toStdString()) },
                        { "eval_score", optionalJson(p.evalScore) },
                        { "holdout_score", optionalJson(p.holdoutScore) },
                        { "baseline_score", optionalJson(p.baselineScore) } });
    return out;
}

} // namespace fapo
