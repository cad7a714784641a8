#include "core/optimize/optimizerrequest.h"
#include "core/analysis/pipelinetext.h"
#include "core/eval/jsonextract.h"

namespace fapo {

using nlohmann::json;

namespace {

QString chainText(const Pipeline& pipeline, const ExampleChain& c)
{
    QString text
        = QStringLiteral("Example %1\nInputs: %2\nExpected: %3\n")
              .arg(c.example->id, QString::fromStdString(c.example->input.dump()), QString::fromStdString(c.example->expected.dump()));
    if (!c.explanation.isEmpty())
        text += QStringLiteral("Where its failure starts: %1\n").arg(c.explanation);
    return text + describeChain(pipeline, *c.records);
}

// How the steps after the target use its output: the lines of their templates that read it.
QString consumers(const Pipeline& pipeline, const QString& target)
{
    QStringList lines;
    for (const Step& s : pipeline.steps) {
        if (!pipeline.graph.upstreamSteps(s.id).contains(target))
            continue;
        for (const auto& [field, text] : s.templates())
            for (const QString& line : text.split(QLatin1Char('\n')))
                if (line.contains(QStringLiteral("{{") + target))
                    lines << QStringLiteral("- %1 (%2): %3").arg(s.id, field, excerpt(line.trimmed(), 300));
    }
    return lines.isEmpty() ? QStringLiteral("(none: it is the final output)") : lines.join(QLatin1Char('\n'));
}

} // namespace

ModelRequest proposalRequest(const OptimizerContext& c)
{
    const Pipeline& p = *c.pipeline;
    const Step& step = *p.step(c.target);
    QStringList failing, passing, earlier;
    for (const ExampleChain& e : c.failing)
        failing << chainText(p, e);
    for (const ExampleChain& e : c.passing)
        passing << chainText(p, e);
    for (const Proposal& e : c.earlier) {
        QString line = QStringLiteral("- proposal %1 (%2)").arg(e.id).arg(nameOf(e.status));
        if (e.evalScore && e.baselineScore)
            line += QStringLiteral(", validation %1 -> %2").arg(*e.baselineScore, 0, 'f', 3).arg(*e.evalScore, 0, 'f', 3);
        if (!e.reason.isEmpty())
            line += QStringLiteral(", ") + e.reason;
        line += QStringLiteral("\n  prompt: ") + excerpt(e.newPrompt, 800);
        earlier << line;
    }
    ModelRequest r;
    r.system
        = QStringLiteral("You improve one prompt of a multi-step LLM pipeline. Failures were traced to the step you rewrite: fix the cause "
                         "they share, in general terms. Keep every {{...}} reference the step reads, add none, and keep the output in the "
                         "form the steps after it consume. Never copy answers or passages from the examples into the prompt: the rewrite "
                         "must work on inputs it has never seen.");
    r.prompt = QStringLiteral("Pipeline steps:\n%1\n\nStep to rewrite: %2\nSystem prompt:\n%3\n\nPrompt template:\n%4\n\n"
                              "What the steps after it read from it:\n%5\n\nAnalysis: %6\n\nFailing examples whose failure "
                              "starts at \"%2\":\n\n%7\n\nPassing examples, for contrast:\n\n%8\n\nEarlier rewrites of this step "
                              "and what became of them (do not offer them again):\n%9\n\nReply with the rewritten prompt template "
                              "of \"%2\" and why it fixes these failures.")
                   .arg(describeSteps(p), c.target, step.system.isEmpty() ? QStringLiteral("(none)") : step.system, step.prompt,
                        consumers(p, c.target), c.analysisSummary,
                        failing.isEmpty() ? QStringLiteral("(none)") : failing.join(QStringLiteral("\n\n")),
                        passing.isEmpty() ? QStringLiteral("(none)") : passing.join(QStringLiteral("\n\n")),
                        earlier.isEmpty() ? QStringLiteral("(none)") : earlier.join(QLatin1Char('\n')));
    r.jsonSchema = json { { "type", "object" },
                          { "properties",
                            { { "step_id", { { "type", "string" }, { "enum", { c.target.toStdString() } } } },
                              { "new_prompt", { { "type", "string" } } },
                              { "new_system", { { "type", "string" } } },
                              { "rationale", { { "type", "string" } } } } },
                          { "required", { "step_id", "new_prompt", "rationale" } },
                          { "additionalProperties", false } };
    r.schemaName = QStringLiteral("proposed_rewrite");
    r.maxTokens = 4096;
    return r;
}

ModelRequest structureRequest(const OptimizerContext& c)
{
    const Pipeline& p = *c.pipeline;
    QStringList failing, earlier, fixed;
    for (const ExampleChain& e : c.failing)
        failing << chainText(p, e);
    for (const Proposal& e : c.earlier)
        earlier << QStringLiteral("- proposal %1 (%2, %3)%4")
                       .arg(e.id)
                       .arg(nameOf(e.level), nameOf(e.status), e.reason.isEmpty() ? QString() : QStringLiteral(": ") + e.reason);
    for (const Step& s : p.steps)
        if (!s.optimize)
            fixed << s.id;
    const json source = json::parse(p.source.constData(), p.source.constData() + p.source.size(), nullptr, false);
    const std::string steps = source.is_object() ? source.value("steps", json::array()).dump(2) : std::string("[]");
    ModelRequest r;
    r.system = QStringLiteral(
        "You change the structure of a multi-step LLM pipeline when rewording a prompt and tuning settings could not fix its "
        "failures. Propose the smallest change to the step graph that fixes the cause the failures share: insert a step (a "
        "verification, an extraction, a filter, a second retrieval hop), split one step in two, or reroute an input. Return "
        "every new step and every existing step you change as a whole step object in the pipeline's format; a step you do not "
        "return stays as it is. Never change the final output step or a step marked \"optimize\": false, add at most two "
        "steps, and never copy answers or passages from the examples into a prompt.");
    r.prompt = QStringLiteral("Step kinds: llm (model, system, prompt, parse text|json, max_tokens), retrieve (corpus, query, top_k), "
                              "transform (template). Templates read {{input.FIELD}}, {{STEP}} and {{STEP.FIELD}}; a step may only "
                              "read steps before it.\n\nPipeline steps (JSON):\n%1\n\nThe graph:\n%2\n\nFailures start at "
                              "\"%3\". Analysis: %4\n\nSteps that must not change: %5 (the final output) %6\n\nFailing examples:\n\n%7"
                              "\n\nEarlier proposals for this step and what became of them:\n%8\n\nReply with the operation, the "
                              "new and changed steps, the ids of any removed step, and why the change fixes these failures.")
                   .arg(QString::fromStdString(steps), describeSteps(p), c.target, c.analysisSummary, p.output,
                        fixed.isEmpty() ? QString() : QStringLiteral("and ") + fixed.join(QStringLiteral(", ")),
                        failing.isEmpty() ? QStringLiteral("(none)") : failing.join(QStringLiteral("\n\n")),
                        earlier.isEmpty() ? QStringLiteral("(none)") : earlier.join(QLatin1Char('\n')));
    const json text { { "type", "string" } };
    const json step { { "type", "object" },
                      { "properties",
                        { { "id", text },
                          { "kind", { { "type", "string" }, { "enum", { "llm", "retrieve", "transform" } } } },
                          { "model", text },
                          { "system", text },
                          { "prompt", text },
                          { "parse", { { "type", "string" }, { "enum", { "text", "json" } } } },
                          { "max_tokens", { { "type", "integer" } } },
                          { "corpus", text },
                          { "query", text },
                          { "top_k", { { "type", "integer" } } },
                          { "template", text } } },
                      { "required", { "id", "kind" } },
                      { "additionalProperties", false } };
    r.jsonSchema = json { { "type", "object" },
                          { "properties",
                            { { "operation", { { "type", "string" }, { "enum", { "insert", "split", "reroute" } } } },
                              { "steps", { { "type", "array" }, { "items", step } } },
                              { "remove", { { "type", "array" }, { "items", text } } },
                              { "rationale", text } } },
                          { "required", { "operation", "steps", "rationale" } },
                          { "additionalProperties", false } };
    r.schemaName = QStringLiteral("proposed_structure");
    r.maxTokens = 4096;
    return r;
}

std::optional<ProposedRewrite> parseProposal(const QString& text, const QStringList& allowedSteps, QString* error)
{
    QString why;
    const auto v = extractJson(text, &why);
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!v)
        return fail(QStringLiteral("the reply is not JSON: ") + why);
    if (!v->is_object())
        return fail(QStringLiteral("the reply is not a JSON object"));
    for (const char* key : { "step_id", "new_prompt", "rationale" })
        if (!v->contains(key) || !(*v)[key].is_string())
            return fail(QStringLiteral("\"%1\" is missing or not a string").arg(QLatin1String(key)));
    if (v->contains("new_system") && !(*v)["new_system"].is_string())
        return fail(QStringLiteral("\"new_system\" is not a string"));
    ProposedRewrite r;
    r.stepId = QString::fromStdString((*v)["step_id"].get<std::string>());
    if (!allowedSteps.contains(r.stepId))
        return fail(
            QStringLiteral("\"step_id\" names \"%1\"; the request allowed only %2").arg(r.stepId, allowedSteps.join(QStringLiteral(", "))));
    r.newPrompt = QString::fromStdString((*v)["new_prompt"].get<std::string>());
    r.newSystem = QString::fromStdString(v->value("new_system", std::string()));
    r.rationale = QString::fromStdString((*v)["rationale"].get<std::string>());
    if (r.newPrompt.trimmed().isEmpty())
        return fail(QStringLiteral("\"new_prompt\" is empty"));
    return r;
}

} // namespace fapo
