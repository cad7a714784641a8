// Analyses: the summary document and one verdict (with its evidence) per failed example.
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/workspace.h"
#include <QSqlQuery>

namespace fapo {

using nlohmann::json;
using namespace sql;

qint64 Workspace::storeAnalysis(qint64 runId, const json& options, const AnalysisSummary& summary, const std::vector<Verdict>& verdicts)
{
    QSqlDatabase db = database();
    qint64 id = 0;
    inTransaction(db, [&] {
        QSqlQuery q(db);
        id = insertReturningId(q,
                               QStringLiteral("INSERT INTO analyses (run_id, created_at, options, summary, calls, cost_usd) "
                                              "VALUES (?,?,?,?,?,?)"),
                               { runId, now(), dumpJson(options), dumpJson(summaryToJson(summary)), summary.calls, summary.costUsd });
        if (id <= 0)
            return false;
        QSqlQuery w(db);
        if (!w.prepare(QStringLiteral("INSERT INTO analysis_verdicts (analysis_id, example_id, origin_step, method, "
                                      "failure_class, confidence, explanation, path, evidence) VALUES (?,?,?,?,?,?,?,?,?)")))
            return false;
        for (const Verdict& v : verdicts) {
            json path = json::array();
            for (const QString& s : v.path)
                path.push_back(s.toStdString());
            json evidence = v.evidence;
            evidence["fix_level"] = stdNameOf(v.fixLevel);
            int i = 0;
            for (const QVariant& value : QVariantList { id, v.exampleId, v.origin, nameOf(v.method), nameOf(v.failureClass), v.confidence,
                                                        v.explanation, dumpJson(path), dumpJson(evidence) })
                w.bindValue(i++, value);
            if (!w.exec())
                return false;
        }
        announce("analysis", runId);
        return true;
    });
    return id;
}

std::optional<AnalysisInfo> Workspace::latestAnalysis(qint64 runId) const
{
    QSqlQuery q(database());
    if (!execSql(q,
                 QStringLiteral("SELECT id, run_id, created_at, options, summary, calls, cost_usd FROM analyses "
                                "WHERE run_id = ? ORDER BY id DESC LIMIT 1"),
                 { runId })
        || !nextRow(q))
        return std::nullopt;
    AnalysisInfo a;
    a.id = q.value(0).toLongLong();
    a.runId = q.value(1).toLongLong();
    a.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    a.options = parseJson(q.value(3), json::object());
    a.summary = summaryFromJson(parseJson(q.value(4), json::object()));
    a.calls = q.value(5).toLongLong();
    a.costUsd = q.value(6).toDouble();
    return a;
}

std::vector<Verdict> Workspace::verdicts(qint64 analysisId, const QString& exampleId) const
{
    std::vector<Verdict> out;
    QSqlQuery q(database());
    QString sql = QStringLiteral("SELECT example_id, origin_step, method, failure_class, confidence, explanation, path, "
                                 "evidence FROM analysis_verdicts WHERE analysis_id = ?");
    QVariantList binds { analysisId };
    if (!exampleId.isNull()) {
        sql += QStringLiteral(" AND example_id = ?");
        binds << exampleId;
    }
    if (!execSql(q, sql, binds))
        return out;
    while (nextRow(q)) {
        Verdict v;
        v.exampleId = q.value(0).toString();
        v.origin = q.value(1).toString();
        // Rows of an older or newer version may hold other names: the defaults stand in for them.
        v.method = parseName<VerdictMethod>(q.value(2).toString()).value_or(VerdictMethod::Fallback);
        v.failureClass = parseName<FailureClass>(q.value(3).toString()).value_or(FailureClass::Unknown);
        v.confidence = q.value(4).toDouble();
        v.explanation = q.value(5).toString();
        for (const json& s : parseJson(q.value(6), json::array()))
            if (s.is_string())
                v.path << QString::fromStdString(s.get<std::string>());
        v.evidence = parseJson(q.value(7), json::object());
        const json fix = v.evidence.value("fix_level", json());
        v.fixLevel = fix.is_string() ? parseName<FixLevel>(fix.get<std::string>()).value_or(FixLevel::Prompt) : FixLevel::Prompt;
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace fapo
