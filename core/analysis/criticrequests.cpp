#include "core/analysis/criticrequests.h"
#include "core/analysis/pipelinetext.h"
#include "core/eval/jsonextract.h"

namespace fapo {

using nlohmann::json;

namespace {

std::optional<json> replyObject(const QString& text, QString* error)
{
    QString why;
    auto value = extractJson(text, &why);
    if (!value || !value->is_object()) {
        if (error)
            *error = value ? QStringLiteral("the reply is not a JSON object") : QStringLiteral("the reply is not JSON: ") + why;
        return std::nullopt;
    }
    return value;
}

} // namespace

ModelRequest locateRequest(const Pipeline& pipeline, const Example& example, const std::map<QString, StepRecord>& records,
                           const ExampleEvidence& evidence, const Verdict& rulesVerdict)
{
    ModelRequest r;
    r.system
        = QStringLiteral("You find where the failure of a multi-step AI pipeline starts. The step where a failure shows is often not the "
                         "step that caused it: a query that dropped a name makes retrieval miss, and only the final answer looks wrong. "
                         "Name the earliest step whose output was wrong, judged by what the steps after it needed.");
    r.prompt = QStringLiteral("Pipeline steps:\n%1\n\nExample %2\nInputs: %3\nExpected: %4\n\nWhat each step received and "
                              "produced:\n%5\n\nEvidence gathered so far: %6\nA first guess by rules: \"%7\" (%8).\n\n"
                              "Reply with the step where the failure starts, your confidence from 0 to 1, and a short explanation.")
                   .arg(describeSteps(pipeline), example.id, QString::fromStdString(example.input.dump()),
                        QString::fromStdString(example.expected.dump()), describeChain(pipeline, records),
                        QString::fromStdString(evidence.toJson().dump()), rulesVerdict.origin, rulesVerdict.explanation);
    json ids = json::array();
    for (const Step& s : pipeline.steps)
        ids.push_back(s.id.toStdString());
    r.jsonSchema = json { { "type", "object" },
                          { "properties",
                            { { "origin_step", { { "type", "string" }, { "enum", ids } } },
                              { "confidence", { { "type", "number" } } },
                              { "explanation", { { "type", "string" } } } } },
                          { "required", { "origin_step", "confidence", "explanation" } },
                          { "additionalProperties", false } };
    r.schemaName = QStringLiteral("located_failure");
    r.maxTokens = 1024;
    return r;
}

std::optional<LocatedFailure> parseLocateReply(const QString& text, const Pipeline& pipeline, QString* error)
{
    const auto v = replyObject(text, error);
    if (!v)
        return std::nullopt;
    if (!v->contains("origin_step") || !(*v)["origin_step"].is_string()) {
        if (error)
            *error = QStringLiteral("\"origin_step\" is missing or not a string");
        return std::nullopt;
    }
    LocatedFailure f;
    f.origin = QString::fromStdString((*v)["origin_step"].get<std::string>());
    if (!pipeline.step(f.origin)) {
        if (error)
            *error = QStringLiteral("\"origin_step\" names \"%1\", which is not a step of the pipeline").arg(f.origin);
        return std::nullopt;
    }
    if (!v->contains("confidence") || !(*v)["confidence"].is_number()) {
        if (error)
            *error = QStringLiteral("\"confidence\" is missing or not a number");
        return std::nullopt;
    }
    f.confidence = std::clamp((*v)["confidence"].get<double>(), 0.0, 1.0);
    f.explanation = QString::fromStdString(v->value("explanation", std::string()));
    return f;
}

ModelRequest repairRequest(const Pipeline& pipeline, const Step& step, const Example& example, const std::map<QString, StepRecord>& records)
{
    const auto it = records.find(step.id);
    const QString input = it == records.end() ? QString() : it->second.prompt;
    const QString output = it == records.end() ? QString() : it->second.output;
    ModelRequest r;
    r.system
        = QStringLiteral("You repair one step of a multi-step AI pipeline for a counterfactual test: given what the step was asked and "
                         "what the pipeline should finally answer, write the output this step should have produced, in exactly the form "
                         "its instructions ask for, so that the steps after it can reach the expected answer.");
    r.prompt = QStringLiteral("Pipeline steps:\n%1\n\nStep to repair: %2\nIts instructions:\n%3\n\nWhat it received:\n%4\n\n"
                              "What it produced:\n%5\n\nThe expected final answer: %6\n\nReply with the repaired output of "
                              "\"%2\" only.")
                   .arg(describeSteps(pipeline), step.id, excerpt(step.system + QLatin1Char('\n') + step.prompt, 3000),
                        excerpt(input, 4000), excerpt(output), QString::fromStdString(example.expected.dump()));
    r.jsonSchema = json { { "type", "object" },
                          { "properties", { { "output", { { "type", "string" } } } } },
                          { "required", { "output" } },
                          { "additionalProperties", false } };
    r.schemaName = QStringLiteral("repaired_output");
    r.maxTokens = std::max(512, step.maxTokens.value_or(1024));
    return r;
}

std::optional<QString> parseRepairReply(const QString& text, QString* error)
{
    const auto v = replyObject(text, error);
    if (!v)
        return std::nullopt;
    if (!v->contains("output") || !(*v)["output"].is_string()) {
        if (error)
            *error = QStringLiteral("\"output\" is missing or not a string");
        return std::nullopt;
    }
    return QString::fromStdString((*v)["output"].get<std::string>());
}

} // namespace fapo
