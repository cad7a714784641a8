#include "core/optimize/reviewchecks.h"
#include "core/optimize/pipelineedit.h"
#include "core/optimize/structureedit.h"
#include "core/eval/metrics.h"
#include "core/eval/textnormalize.h"
#include "core/formats/templatetext.h"
#include <QSet>

namespace fapo {

using nlohmann::json;

namespace {

constexpr int kVerbatimWords = 8; // this many consecutive words of an example's input count as copied
constexpr int kMinAnswerChars = 4;

QSet<QString> referencesOf(const QString& text, QString* error)
{
    QSet<QString> refs;
    const TemplateParse parse = parseTemplate(text);
    if (!parse.error.isEmpty() && error)
        *error = parse.error;
    for (const TemplateRef& r : parse.refs)
        refs.insert(r.text);
    return refs;
}

QString padded(const QString& s) { return QLatin1Char(' ') + s + QLatin1Char(' '); }

void collectStrings(const json& v, QStringList* out)
{
    if (v.is_string())
        *out << QString::fromStdString(v.get<std::string>());
    else if (v.is_array() || v.is_object())
        for (const json& item : v)
            collectStrings(item, out);
}

QString collapsed(const QString& s) { return s.simplified(); }

} // namespace

QStringList leakableAnswers(const Pipeline& pipeline, const Dataset& dataset)
{
    QStringList out;
    QSet<QString> seen;
    for (const Example& e : dataset.examples)
        for (size_t i : gateMetricIndexes(pipeline.metrics))
            for (const QString& a : metricReferences(pipeline.metrics[i], e.expected)) {
                const QString n = normalizeAnswer(a);
                if (n.size() >= kMinAnswerChars && !seen.contains(n)) {
                    seen.insert(n);
                    out << n;
                }
            }
    return out;
}

namespace {

// No dataset answers, no long verbatim spans of example inputs in `newText` that `oldText` did not have.
ReviewCheck leakageCheck(const Pipeline& pipeline, const Dataset& dataset, const QString& oldText, const QString& newText)
{
    ReviewCheck leak { QStringLiteral("leakage") };
    const QString oldNorm = padded(normalizeAnswer(oldText));
    const QString newNorm = padded(normalizeAnswer(newText));
    QStringList leaked;
    for (const QString& answer : leakableAnswers(pipeline, dataset)) {
        if (newNorm.contains(padded(answer)) && !oldNorm.contains(padded(answer)))
            leaked << QStringLiteral("answer \"%1\"").arg(answer);
        if (leaked.size() >= 3)
            break;
    }
    if (leaked.isEmpty()) {
        for (const Example& e : dataset.examples) {
            QStringList texts;
            collectStrings(e.input, &texts);
            for (const QString& t : texts) {
                const QStringList words = answerTokens(t);
                for (int i = 0; i + kVerbatimWords <= words.size(); ++i) {
                    const QString span = words.mid(i, kVerbatimWords).join(QLatin1Char(' '));
                    if (newNorm.contains(padded(span)) && !oldNorm.contains(padded(span))) {
                        leaked << QStringLiteral("%1 words of example \"%2\"'s input (\"%3\")").arg(kVerbatimWords).arg(e.id, span);
                        break;
                    }
                }
                if (!leaked.isEmpty())
                    break;
            }
            if (!leaked.isEmpty())
                break;
        }
    }
    if (!leaked.isEmpty()) {
        leak.passed = false;
        leak.detail = QStringLiteral("the prompt copies %1").arg(leaked.join(QStringLiteral(", ")));
    } else {
        leak.detail = QStringLiteral("no dataset answers or example inputs copied");
    }
    return leak;
}

// A parameter proposal: the knob belongs to the step, the step may be changed, the value was not tried
// before on this version, and the changed pipeline validates as a user's file would.
std::vector<ReviewCheck> reviewParameterChange(const Pipeline& pipeline, const Proposal& p, const std::vector<Proposal>& earlier)
{
    std::vector<ReviewCheck> checks;
    ReviewCheck target { QStringLiteral("target") };
    const Step* step = pipeline.step(p.stepId);
    static const std::map<QString, StepKind> kindOf { { QStringLiteral("top_k"), StepKind::Retrieve },
                                                      { QStringLiteral("max_tokens"), StepKind::Llm },
                                                      { QStringLiteral("model"), StepKind::Llm },
                                                      { QStringLiteral("parse"), StepKind::Llm } };
    const auto knob = kindOf.find(p.field);
    if (!step) {
        target.passed = false;
        target.detail = QStringLiteral("\"%1\" is not a step of the pipeline").arg(p.stepId);
    } else if (knob == kindOf.end() || knob->second != step->kind) {
        target.passed = false;
        target.detail = QStringLiteral("\"%1\" is not a setting of the %2 step \"%3\"").arg(p.field, nameOf(step->kind), p.stepId);
    } else if (!step->optimize) {
        target.passed = false;
        target.detail = QStringLiteral("\"%1\" has \"optimize\": false").arg(p.stepId);
    } else {
        target.detail = QStringLiteral("only %1.%2 changes").arg(p.stepId, p.field);
    }
    checks.push_back(target);

    ReviewCheck duplicate { QStringLiteral("duplicate"), true, QStringLiteral("not tried before on this version") };
    for (const Proposal& e : earlier)
        if (e.id != p.id && e.level == FixLevel::Parameter && e.pipelineId == p.pipelineId && e.stepId == p.stepId && e.field == p.field
            && e.newValue == p.newValue) {
            duplicate.passed = false;
            duplicate.detail
                = QStringLiteral("proposal %1 already tried %2 = %3").arg(e.id).arg(p.field, QString::fromStdString(p.newValue.dump()));
        }
    if (p.newValue == p.oldValue) {
        duplicate.passed = false;
        duplicate.detail = QStringLiteral("%1 is %2 already").arg(p.field, QString::fromStdString(p.newValue.dump()));
    }
    checks.push_back(duplicate);

    ReviewCheck validates { QStringLiteral("validates"), true, QStringLiteral("the changed pipeline loads and validates") };
    QString why;
    if (!target.passed) {
        validates.detail = QStringLiteral("not checked: the setting does not apply");
    } else if (!pipelineWithProposal(pipeline, p, &why)) {
        validates.passed = false;
        validates.detail = why;
    }
    checks.push_back(validates);
    return checks;
}

// A structural proposal: the output step and steps marked "optimize": false stay as they are, no
// answers are copied into new templates, it was not proposed before, the result validates, and what
// it adds (steps, model calls per example) is stated; more than two new steps is not a small change.
std::vector<ReviewCheck> reviewStructureChange(const Pipeline& pipeline, const Proposal& p, const Dataset& dataset,
                                               const std::vector<Proposal>& earlier)
{
    std::vector<ReviewCheck> checks;
    const StructureEdit edit = StructureEdit::fromJson(p.newValue);
    const StructureDelta delta = structureDelta(pipeline, edit);

    ReviewCheck kept { QStringLiteral("protected"), true, QStringLiteral("the output step and metrics are untouched") };
    for (const QString& id : delta.changed + delta.removed) {
        const Step* step = pipeline.step(id);
        if (id == pipeline.output) {
            kept.passed = false;
            kept.detail = QStringLiteral("the edit changes the final output step \"%1\"").arg(id);
        } else if (step && !step->optimize) {
            kept.passed = false;
            kept.detail = QStringLiteral("the edit changes \"%1\", which has \"optimize\": false").arg(id);
        }
        if (!kept.passed)
            break;
    }
    checks.push_back(kept);

    QString oldText, newText;
    for (const Step& s : pipeline.steps)
        for (const auto& [field, text] : s.templates())
            oldText += text + QLatin1Char('\n');
    for (const nlohmann::json& s : edit.steps)
        for (const char* key : { "system", "prompt", "query", "template" })
            if (s.contains(key) && s[key].is_string())
                newText += QString::fromStdString(s[key].get<std::string>()) + QLatin1Char('\n');
    checks.push_back(leakageCheck(pipeline, dataset, oldText, newText));

    ReviewCheck duplicate { QStringLiteral("duplicate"), true, QStringLiteral("not proposed before on this version") };
    for (const Proposal& e : earlier)
        if (e.id != p.id && e.level == FixLevel::Structure && e.pipelineId == p.pipelineId && e.newValue == p.newValue) {
            duplicate.passed = false;
            duplicate.detail = QStringLiteral("proposal %1 made the same change").arg(e.id);
        }
    checks.push_back(duplicate);

    ReviewCheck validates { QStringLiteral("validates"), true, QStringLiteral("the changed pipeline loads and validates") };
    QString why;
    const auto after = pipelineWithProposal(pipeline, p, &why);
    if (!after) {
        validates.passed = false;
        validates.detail = why;
    }
    checks.push_back(validates);

    // What it costs: more steps, more model calls per example.
    ReviewCheck growth { QStringLiteral("growth") };
    const auto calls = [](const Pipeline& version) {
        return std::count_if(version.steps.begin(), version.steps.end(), [](const Step& s) { return s.kind == StepKind::Llm; });
    };
    growth.detail = QStringLiteral("+%1 step(s) (%2), %3 changed, %4 removed")
                        .arg(delta.added.size())
                        .arg(delta.added.join(QStringLiteral(", ")))
                        .arg(delta.changed.size())
                        .arg(delta.removed.size());
    if (after)
        growth.detail += QStringLiteral("; model calls per example %1 -> %2").arg(calls(pipeline)).arg(calls(*after));
    if (delta.added.size() > 2) {
        growth.passed = false;
        growth.detail += QStringLiteral(": more than two new steps is not a small change");
    }
    checks.push_back(growth);
    return checks;
}

} // namespace

std::vector<ReviewCheck> reviewProposal(const Pipeline& pipeline, const Proposal& p, const Dataset& dataset,
                                        const std::vector<Proposal>& earlier)
{
    if (p.level == FixLevel::Parameter)
        return reviewParameterChange(pipeline, p, earlier);
    if (p.level == FixLevel::Structure)
        return reviewStructureChange(pipeline, p, dataset, earlier);
    std::vector<ReviewCheck> checks;
    const QString oldText = p.oldPrompt + QLatin1Char('\n') + p.oldSystem;
    const QString newSystem = p.newSystem.isEmpty() ? p.oldSystem : p.newSystem;
    const QString newText = p.newPrompt + QLatin1Char('\n') + newSystem;

    // Only the target step changes, and it is a step a model writes.
    ReviewCheck target { QStringLiteral("target") };
    const Step* step = pipeline.step(p.stepId);
    if (!step) {
        target.passed = false;
        target.detail = QStringLiteral("\"%1\" is not a step of the pipeline").arg(p.stepId);
    } else if (step->kind != StepKind::Llm) {
        target.passed = false;
        target.detail = QStringLiteral("\"%1\" is a %2 step; only model steps have prompts to rewrite").arg(p.stepId, nameOf(step->kind));
    } else if (!step->optimize) {
        target.passed = false;
        target.detail = QStringLiteral("\"%1\" has \"optimize\": false").arg(p.stepId);
    } else {
        target.detail = QStringLiteral("only \"%1\" changes").arg(p.stepId);
    }
    checks.push_back(target);

    // Every reference the step reads is still there, and no new one appears.
    ReviewCheck refs { QStringLiteral("references") };
    QString parseError;
    const QSet<QString> before = referencesOf(p.oldPrompt, nullptr) + referencesOf(p.oldSystem, nullptr);
    const QSet<QString> after = referencesOf(p.newPrompt, &parseError) + referencesOf(newSystem, &parseError);
    QStringList missing, unknown;
    for (const QString& r : before)
        if (!after.contains(r))
            missing << QStringLiteral("{{%1}}").arg(r);
    for (const QString& r : after)
        if (!before.contains(r))
            unknown << QStringLiteral("{{%1}}").arg(r);
    missing.sort();
    unknown.sort();
    if (!parseError.isEmpty()) {
        refs.passed = false;
        refs.detail = QStringLiteral("the new template does not parse: %1").arg(parseError);
    } else if (!missing.isEmpty() || !unknown.isEmpty()) {
        refs.passed = false;
        QStringList parts;
        if (!missing.isEmpty())
            parts << QStringLiteral("drops %1").arg(missing.join(QStringLiteral(", ")));
        if (!unknown.isEmpty())
            parts << QStringLiteral("adds %1, which the step does not read").arg(unknown.join(QStringLiteral(", ")));
        refs.detail = parts.join(QStringLiteral("; "));
    } else {
        refs.detail = QStringLiteral("%1 reference(s) kept").arg(before.size());
    }
    checks.push_back(refs);

    // No dataset answers, no long verbatim spans of example inputs (that were not there before).
    checks.push_back(leakageCheck(pipeline, dataset, oldText, newText));

    // Not the current prompt again, nor an earlier proposal.
    ReviewCheck dup { QStringLiteral("duplicate") };
    if (collapsed(p.newPrompt) == collapsed(p.oldPrompt) && collapsed(newSystem) == collapsed(p.oldSystem)) {
        dup.passed = false;
        dup.detail = QStringLiteral("the rewrite is the current prompt");
    } else {
        for (const Proposal& e : earlier)
            if (e.id != p.id && e.stepId == p.stepId && collapsed(e.newPrompt) == collapsed(p.newPrompt)
                && collapsed(e.newSystem.isEmpty() ? e.oldSystem : e.newSystem) == collapsed(newSystem)) {
                dup.passed = false;
                dup.detail = QStringLiteral("the same as proposal %1 (%2)").arg(e.id).arg(nameOf(e.status));
                break;
            }
    }
    if (dup.passed)
        dup.detail = QStringLiteral("new");
    checks.push_back(dup);

    // Growth within limits: a prompt that balloons costs on every call and hides its intent.
    ReviewCheck growth { QStringLiteral("growth") };
    const qsizetype limit = std::max<qsizetype>(oldText.size() * 4, oldText.size() + 4000);
    growth.passed = newText.size() <= limit;
    growth.detail = QStringLiteral("%1 -> %2 characters (limit %3)").arg(oldText.size()).arg(newText.size()).arg(limit);
    checks.push_back(growth);
    return checks;
}

bool allPassed(const std::vector<ReviewCheck>& checks)
{
    return std::all_of(checks.begin(), checks.end(), [](const ReviewCheck& c) { return c.passed; });
}

void reviewAndMark(Proposal& proposal, const Pipeline& pipeline, const Dataset& dataset, const std::vector<Proposal>& earlier)
{
    const std::vector<ReviewCheck> checks = reviewProposal(pipeline, proposal, dataset, earlier);
    proposal.checks = toJson(checks);
    if (!allPassed(checks)) {
        proposal.status = ProposalStatus::Blocked;
        proposal.reason = firstFailure(checks);
    }
}

QString firstFailure(const std::vector<ReviewCheck>& checks)
{
    for (const ReviewCheck& c : checks)
        if (!c.passed)
            return c.name + QStringLiteral(": ") + c.detail;
    return QString();
}

json toJson(const std::vector<ReviewCheck>& checks)
{
    json a = json::array();
    for (const ReviewCheck& c : checks)
        a.push_back({ { "name", c.name.toStdString() }, { "passed", c.passed }, { "detail", c.detail.toStdString() } });
    return a;
}

} // namespace fapo
