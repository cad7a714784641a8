#include "core/eval/judge.h"
#include "core/eval/jsonextract.h"
#include <QCoreApplication>
#include <algorithm>

namespace fapo {

using nlohmann::json;

ModelRequest judgeRequest(const Metric& metric, const Example& example, const QString& answer)
{
    ModelRequest request;
    request.system = QStringLiteral("You grade the final answer of an AI pipeline against a rubric. Be strict "
                                    "and fair. Reply with JSON only.");
    request.prompt
        = QStringLiteral("Rubric:\n%1\n\nInput:\n%2\n\nExpected:\n%3\n\nAnswer to grade:\n%4\n\nReply "
                         "with {\"score\": a number from 0 to 1, \"reason\": one sentence}.")
              .arg(metric.rubric, QString::fromStdString(example.input.dump(2)), QString::fromStdString(example.expected.dump(2)), answer);
    request.maxTokens = 512;
    request.jsonSchema = json { { "type", "object" },
                                { "properties", { { "score", { { "type", "number" } } }, { "reason", { { "type", "string" } } } } },
                                { "required", { "score", "reason" } },
                                { "additionalProperties", false } };
    request.schemaName = QStringLiteral("grade");
    return request;
}

MetricResult readJudgeReply(const Metric& metric, const ModelResponse& reply, MetricResult result)
{
    QString error;
    const auto grade = reply.ok() ? extractJson(reply.text, &error) : std::nullopt;
    if (grade && grade->contains("score") && (*grade)["score"].is_number()) {
        result.score = std::clamp((*grade)["score"].get<double>(), 0.0, 1.0);
        result.passed = result.score >= metric.threshold;
        result.detail = QString::fromStdString(grade->value("reason", std::string()));
    } else {
        result.score = 0.0;
        result.passed = false;
        result.detail = reply.ok() ? QCoreApplication::translate("fapo::Judge", "the judge's reply is not a grade: %1").arg(error)
                                   : reply.errorMessage;
    }
    return result;
}

} // namespace fapo
