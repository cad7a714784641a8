#include "core/analysis/evidence.h"
#include "core/eval/metrics.h"
#include "core/eval/textnormalize.h"
#include "core/run/stepinputs.h"
#include <QRegularExpression>
#include <QSet>

namespace fapo {

using nlohmann::json;

namespace {

void collectStrings(const json& v, QStringList* out)
{
    if (v.is_string())
        *out << QString::fromStdString(v.get<std::string>());
    else if (v.is_array() || v.is_object())
        for (const json& item : v)
            collectStrings(item, out);
}

bool usableAnswer(const QString& answer)
{
    static const QSet<QString> tooCommon { QStringLiteral("yes"),   QStringLiteral("no"),   QStringLiteral("true"),
                                           QStringLiteral("false"), QStringLiteral("none"), QStringLiteral("null") };
    const QString n = normalizeAnswer(answer);
    return n.size() >= 3 && !tooCommon.contains(n);
}

QString padded(const QString& normalized) { return QLatin1Char(' ') + normalized + QLatin1Char(' '); }

bool containsAny(const QString& text, const QStringList& answers)
{
    const QString hay = padded(normalizeAnswer(text));
    for (const QString& a : answers)
        if (hay.contains(padded(normalizeAnswer(a))))
            return true;
    return false;
}

} // namespace

bool containsTerm(const QString& text, const QString& term)
{
    const QString n = normalizeAnswer(term);
    return !n.isEmpty() && padded(normalizeAnswer(text)).contains(padded(n));
}

QStringList keyTermsOf(const json& input)
{
    QStringList texts;
    collectStrings(input, &texts);
    QStringList terms;
    static const QRegularExpression sentenceBreak(QStringLiteral("[.!?;:\\n]+\\s*"));
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\x{2019}-]*"));
    static const QRegularExpression quoted(QStringLiteral("[\"\\x{201C}]([^\"\\x{201D}]{2,60})[\"\\x{201D}]"));
    auto add = [&terms](const QString& t) {
        if (!terms.contains(t, Qt::CaseInsensitive) && !normalizeAnswer(t).isEmpty())
            terms << t;
    };
    for (const QString& text : texts) {
        for (const QString& sentence : text.split(sentenceBreak, Qt::SkipEmptyParts)) {
            bool first = true;
            for (auto it = word.globalMatch(sentence); it.hasNext();) {
                const QString w = it.next().captured(0);
                const bool hasDigit = std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
                if (hasDigit || (!first && w.front().isUpper()))
                    add(w);
                first = false;
            }
        }
        for (auto it = quoted.globalMatch(text); it.hasNext();)
            for (auto w = word.globalMatch(it.next().captured(1)); w.hasNext();) {
                const QString t = w.next().captured(0);
                if (t.size() > 3)
                    add(t);
            }
    }
    return terms;
}

const StepEvidence* ExampleEvidence::step(const QString& id) const
{
    const auto it = steps.find(id);
    return it == steps.end() ? nullptr : &it->second;
}

ExampleEvidence collectEvidence(const Pipeline& pipeline, const Example& example, const ExampleResult& result,
                                const std::map<QString, StepRecord>& records)
{
    ExampleEvidence ev;
    ev.exampleId = example.id;
    ev.status = result.status;
    ev.score = result.score;
    for (const json& m : result.metrics)
        if (m.is_object() && !m.value("passed", true))
            ev.metricDetail = QString::fromStdString(m.value("name", std::string())) + QStringLiteral(": ")
                + QString::fromStdString(m.value("detail", std::string()));
    for (size_t i : gateMetricIndexes(pipeline.metrics))
        for (const QString& a : metricReferences(pipeline.metrics[i], example.expected))
            if (usableAnswer(a) && !ev.answers.contains(a))
                ev.answers << a;
    ev.keyTerms = keyTermsOf(example.input);

    const StepInputs inputs(example, records);
    for (const Step& step : pipeline.steps) {
        StepEvidence s;
        s.stepId = step.id;
        s.kind = step.kind;
        const auto it = records.find(step.id);
        if (it != records.end()) {
            const StepRecord& r = it->second;
            s.ran = true;
            if (!r.error.isEmpty()) {
                bool upstreamBroken = false;
                for (const QString& u : pipeline.graph.upstreamSteps(step.id)) {
                    const auto up = records.find(u);
                    if (up == records.end() || !up->second.error.isEmpty())
                        upstreamBroken = true;
                }
                (upstreamBroken ? s.notRun : s.errored) = true;
            } else if (step.kind == StepKind::Retrieve) {
                s.empty = !r.parsed.is_array() || r.parsed.empty();
            } else {
                s.empty = r.output.trimmed().isEmpty();
            }
            for (const json& c : r.checks)
                if (c.is_object() && !c.value("passed", true))
                    s.failedChecks << QString::fromStdString(c.value("type", std::string())) + QStringLiteral(": ")
                            + QString::fromStdString(c.value("detail", std::string()));
            if (example.stepExpected.is_object() && example.stepExpected.contains(step.id.toStdString()))
                s.gold = checkStepGold(example.stepExpected[step.id.toStdString()], r);
            const QString input = r.system + QLatin1Char('\n') + r.prompt;
            s.answerInOutput = containsAny(r.output, ev.answers);
            // Received means it came from the inputs or the steps before: an answer the step's own fixed
            // instructions hold (a fact sheet, a few-shot example) reaches it in every example alike.
            s.answerInInput = containsAny(input, ev.answers) && !containsAny(step.system + QLatin1Char('\n') + step.prompt, ev.answers);
            for (const QString& t : ev.keyTerms) {
                if (!containsTerm(input, t))
                    continue;
                s.termsIn << t;
                if (!containsTerm(r.output, t))
                    s.termsDropped << t;
            }
            // Shares of the rendered input by source, from the template's substituted parts.
            qsizetype total = 0;
            for (const auto& [field, text] : step.templates()) {
                const RenderedText rendered = inputs.render(text);
                total += rendered.text.size();
                for (const RenderedSpan& span : rendered.spans) {
                    QString node = span.ref;
                    if (const auto ref = parseReference(span.ref, nullptr))
                        node = ref->node();
                    s.inputShares[node] += double(span.length);
                }
            }
            for (auto& [node, share] : s.inputShares)
                share = total > 0 ? share / double(total) : 0.0;
        }
        ev.steps[step.id] = std::move(s);
    }
    return ev;
}

json ExampleEvidence::toJson() const
{
    auto strings = [](const QStringList& list) {
        json a = json::array();
        for (const QString& s : list)
            a.push_back(s.toStdString());
        return a;
    };
    json stepsJson = json::object();
    for (const auto& [id, s] : steps) {
        json j { { "ran", s.ran } };
        if (s.errored)
            j["error"] = true;
        if (s.notRun)
            j["not_run"] = true;
        if (s.empty)
            j["empty"] = true;
        if (!s.failedChecks.isEmpty())
            j["failed_checks"] = strings(s.failedChecks);
        if (s.gold.present)
            j["gold"] = { { "passed", s.gold.passed }, { "detail", s.gold.detail.toStdString() } };
        if (!answers.isEmpty()) {
            j["answer_in_input"] = s.answerInInput;
            j["answer_in_output"] = s.answerInOutput;
        }
        if (!s.termsDropped.isEmpty())
            j["terms_dropped"] = strings(s.termsDropped);
        if (!s.inputShares.empty()) {
            json shares = json::object();
            for (const auto& [node, share] : s.inputShares)
                shares[node.toStdString()] = std::round(share * 1000.0) / 1000.0;
            j["input_shares"] = shares;
        }
        stepsJson[id.toStdString()] = j;
    }
    json out { { "status", nameOf(status).toStdString() }, { "score", score }, { "steps", stepsJson } };
    if (!metricDetail.isEmpty())
        out["metric"] = metricDetail.toStdString();
    if (!answers.isEmpty())
        out["answers"] = strings(answers);
    if (!keyTerms.isEmpty())
        out["key_terms"] = strings(keyTerms);
    return out;
}

} // namespace fapo
