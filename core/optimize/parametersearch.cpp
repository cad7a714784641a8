#include "core/optimize/parametersearch.h"
#include <QCoreApplication>
#include <set>

namespace fapo {

using nlohmann::json;

namespace {

// Retrieval depths people use; the search climbs this ladder from the current value.
const int kTopKLadder[] = { 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50 };

bool readsThroughTransforms(const Pipeline& pipeline, const QString& step, const QString& target, int depth = 0)
{
    if (depth > 8)
        return false;
    for (const QString& up : pipeline.graph.upstreamSteps(step)) {
        if (up == target)
            return true;
        const Step* s = pipeline.step(up);
        if (s && s->kind == StepKind::Transform && readsThroughTransforms(pipeline, up, target, depth + 1))
            return true;
    }
    return false;
}

} // namespace

QStringList retrievalNear(const Pipeline& pipeline, const QString& target)
{
    QStringList out;
    for (const QString& id : pipeline.graph.steps) {
        const Step* s = pipeline.step(id);
        if (!s || s->kind != StepKind::Retrieve || id == target)
            continue;
        if (readsThroughTransforms(pipeline, id, target) || pipeline.graph.upstreamSteps(target).contains(id))
            out << id;
    }
    return out;
}

std::vector<ParameterCandidate> parameterCandidates(const ParameterSearch& search)
{
    const Pipeline& pipeline = *search.pipeline;
    const Step* target = pipeline.step(search.target);
    std::vector<ParameterCandidate> out;
    if (!target || pipeline.isApp()) // an app's knobs live in its program
        return out;
    std::set<std::tuple<QString, QString, std::string>> tried;
    for (const Proposal& p : search.earlier)
        if (p.level == FixLevel::Parameter)
            tried.insert({ p.stepId, p.field, p.newValue.dump() });
    const auto add = [&](const QString& step, const QString& parameter, const json& oldValue, const json& newValue, const QString& why) {
        if (oldValue == newValue || tried.count({ step, parameter, newValue.dump() }))
            return;
        tried.insert({ step, parameter, newValue.dump() });
        out.push_back({ step, parameter, oldValue, newValue, why });
    };
    int retrievalMisses = 0, format = 0, cut = 0, other = 0;
    const ModelConfig* model = pipeline.modelFor(*target);
    const int maxTokens = target->maxTokens.value_or(model ? model->maxTokens : 1024);
    for (const Verdict& v : search.failures) {
        if (v.failureClass == FailureClass::RetrievalMiss)
            ++retrievalMisses;
        else if (v.failureClass == FailureClass::Format)
            ++format;
        else
            ++other;
        if (search.records && target->kind == StepKind::Llm) {
            const auto ex = search.records->find(v.exampleId);
            const auto rec = ex == search.records->end() ? decltype(ex->second.end()) {} : ex->second.find(search.target);
            if (ex != search.records->end() && rec != ex->second.end() && rec->second.outputTokens >= maxTokens)
                ++cut;
        }
    }
    const int failures = int(search.failures.size());

    // 1. Outputs cut at max_tokens: the limit, not the wording.
    if (target->kind == StepKind::Llm && cut > 0)
        for (int factor : { 2, 4 })
            add(search.target, QStringLiteral("max_tokens"), maxTokens, std::min(maxTokens * factor, 32000),
                QCoreApplication::translate("fapo::ParameterSearch",
                                            "%1 of %2 failing outputs of \"%3\" stop at max_tokens (%4): a larger limit lets them finish.")
                    .arg(cut)
                    .arg(failures)
                    .arg(search.target)
                    .arg(maxTokens));

    // 2. Retrieval depth: more passages for misses (the answer ranked just below the cut), at the price
    // of longer prompts downstream.
    for (const QString& r : retrievalNear(pipeline, search.target)) {
        const int k = pipeline.step(r)->topK;
        int added = 0;
        for (int value : kTopKLadder)
            if (value > k && added < 3) {
                ++added;
                add(r, QStringLiteral("top_k"), k, value,
                    retrievalMisses > 0
                        ? QCoreApplication::translate(
                              "fapo::ParameterSearch",
                              "%1 of %2 failures that start at \"%3\" are retrieval misses: \"%4\" may cut the passage "
                              "with the answer. top_k %5 -> %6 passes more passages on (longer prompts after it).")
                              .arg(retrievalMisses)
                              .arg(failures)
                              .arg(search.target, r)
                              .arg(k)
                              .arg(value)
                        : QCoreApplication::translate("fapo::ParameterSearch",
                                                      "\"%1\" feeds \"%2\", where failures start: top_k %3 -> %4 passes more passages on "
                                                      "(longer prompts after it).")
                              .arg(r, search.target)
                              .arg(k)
                              .arg(value));
            }
    }

    // 3. Output form: a json parse where the step's output must be JSON.
    if (target->kind == StepKind::Llm && target->parse == ParseMode::Text && format > 0) {
        bool wantsJson = false;
        for (const Check& c : target->checks)
            wantsJson = wantsJson || c.type == CheckType::JsonValid;
        if (wantsJson)
            add(search.target, QStringLiteral("parse"), nameOf(ParseMode::Text).toStdString(), nameOf(ParseMode::Json).toStdString(),
                QCoreApplication::translate(
                    "fapo::ParameterSearch",
                    "\"%1\" must return JSON and %2 failures are in its form: parse json tolerates code fences and prose around it.")
                    .arg(search.target)
                    .arg(format));
    }

    // 4. Another model of the pipeline, for failures no retrieval setting explains.
    if (target->kind == StepKind::Llm && (other > 0 || failures == 0)) {
        int added = 0;
        for (const auto& [name, config] : pipeline.models) {
            if (name == target->model || name == QLatin1String("optimizer") || name == QLatin1String("critic") || added >= 2)
                continue;
            ++added;
            add(search.target, QStringLiteral("model"), target->model.toStdString(), name.toStdString(),
                QCoreApplication::translate("fapo::ParameterSearch",
                                            "%1 failures at \"%2\" are in its own output: model \"%3\" (%4) instead of \"%5\".")
                    .arg(other)
                    .arg(search.target, name, config.model, target->model));
        }
    }
    if (int(out.size()) > search.limit)
        out.resize(size_t(search.limit));
    return out;
}

} // namespace fapo
