#include "core/analysis/verdictreason.h"
#include "core/analysis/labels.h"
#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace fapo {

// The translation context of these texts.
class VerdictReasons {
    Q_DECLARE_TR_FUNCTIONS(VerdictReasons)
};

using nlohmann::json;

namespace {

QString str(const json& object, const char* key)
{
    if (!object.is_object())
        return QString();
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList strings(const json& object, const char* key)
{
    QStringList out;
    if (!object.is_object())
        return out;
    const auto it = object.find(key);
    if (it != object.end() && it->is_array())
        for (const json& s : *it)
            if (s.is_string())
                out << QString::fromStdString(s.get<std::string>());
    return out;
}

bool flag(const json& object, const char* key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

const json& field(const json& object, const char* key)
{
    static const json none;
    if (!object.is_object())
        return none;
    const auto it = object.find(key);
    return it == object.end() ? none : *it;
}

// The example's evidence as the analysis collected it (ExampleEvidence::toJson), and one step of it.
const json& exampleEvidence(const Verdict& v) { return field(v.evidence, "steps"); }
const json& stepEvidence(const Verdict& v, const QString& step)
{
    return field(field(exampleEvidence(v), "steps"), step.toUtf8().constData());
}

QString quotedList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& s : items)
        quoted << QStringLiteral("“%1”").arg(s);
    return QLocale().createSeparatedList(quoted);
}

// The rule's sentence for a verdict the rules decided at `seenAt`.
QString ruleReason(VerdictMethod method, const QString& seenAt, const QString& origin, const Verdict& v)
{
    const json& seen = stepEvidence(v, seenAt);
    const json& example = exampleEvidence(v);
    switch (method) {
    case VerdictMethod::Gold:
        return VerdictReasons::tr("“%1” does not meet its step gold: %2.").arg(seenAt, str(field(seen, "gold"), "detail"));
    case VerdictMethod::Cascade:
        if (flag(seen, "error"))
            return VerdictReasons::tr("“%1” failed with an error, so the steps after it had nothing to work on.").arg(seenAt);
        return VerdictReasons::tr(
                   "“%1” returned an empty output (no passages, for a retrieval), so the steps after it had nothing to work on.")
            .arg(seenAt);
    case VerdictMethod::Check:
        return VerdictReasons::tr("“%1” failed its own checks: %2.").arg(seenAt, strings(seen, "failed_checks").join(QStringLiteral("; ")));
    case VerdictMethod::Format:
        return VerdictReasons::tr("The final output contains the expected answer, but the metric fails on its form: %1.")
            .arg(str(example, "metric"));
    case VerdictMethod::AnswerLost:
        return VerdictReasons::tr("“%1” received the expected answer (%2) in its input, but its output does not have it.")
            .arg(origin, quotedList(strings(example, "answers")));
    case VerdictMethod::DroppedTerms:
        return VerdictReasons::tr("“%1” wrote a search query without %2 from the question, so retrieval looked for something else.")
            .arg(origin, quotedList(strings(v.evidence, "terms_dropped")));
    case VerdictMethod::AnswerSource:
        return VerdictReasons::tr("The expected answer appears nowhere in this example; in passing examples it first appears at “%1”.")
            .arg(origin);
    case VerdictMethod::Fallback:
        return VerdictReasons::tr("No rule applies: the failure is put at the first step that failed or did not run, “%1”.").arg(seenAt);
    case VerdictMethod::Replay:
    case VerdictMethod::Critic:
        break;
    }
    return QString();
}

QString blamePassed(const QString& from, const QString& to)
{
    return VerdictReasons::tr("“%1” runs no model, so the blame passes to “%2”, which wrote its input.").arg(from, to);
}

QString percent(double share) { return QLocale().toString(share * 100.0, 'f', 0) + QLatin1Char('%'); }

} // namespace

QStringList verdictReasons(const Verdict& v)
{
    QStringList out;
    const QString seenAt = str(v.evidence, "seen_at").isEmpty() ? v.origin : str(v.evidence, "seen_at");
    switch (v.method) {
    case VerdictMethod::Replay: {
        const QString step = str(v.evidence, "replayed_step");
        out << VerdictReasons::tr(
                   "Replacing the output of “%1” with a repaired one and running only the steps after it makes this example pass "
                   "(replay run %2); no repair of an earlier step did.")
                   .arg(step)
                   .arg(field(v.evidence, "replay_run_id").is_number() ? field(v.evidence, "replay_run_id").get<qint64>() : 0);
        if (!step.isEmpty() && step != v.origin)
            out << blamePassed(step, v.origin);
        break;
    }
    case VerdictMethod::Critic: {
        const json& critic = field(v.evidence, "critic");
        const QString located = str(critic, "origin_step");
        out << VerdictReasons::tr("The critic model read the example's records and put the origin at “%1”, with confidence %2.")
                   .arg(located.isEmpty() ? v.origin : located, QLocale().toString(v.confidence, 'f', 2));
        if (!located.isEmpty() && located != v.origin)
            out << blamePassed(located, v.origin);
        break;
    }
    default:
        out << ruleReason(v.method, seenAt, v.origin, v);
        if (seenAt != v.origin && v.method != VerdictMethod::AnswerLost)
            out << blamePassed(seenAt, v.origin);
    }
    // What the rules had said before a replay or the critic overruled them.
    const json& rules = field(v.evidence, "rules");
    if (rules.is_object()) {
        const auto method = parseName<VerdictMethod>(str(rules, "method").toStdString());
        const QString origin = str(rules, "origin");
        out << (origin == v.origin ? VerdictReasons::tr("The rules had found the same step (%1).")
                                         .arg(methodText(method.value_or(VerdictMethod::Fallback)))
                                   : VerdictReasons::tr("The rules alone had put the origin at “%1” (%2).")
                                         .arg(origin, methodText(method.value_or(VerdictMethod::Fallback))));
    }
    if (const QString rejected = str(v.evidence, "critic_rejected"); !rejected.isEmpty())
        out << VerdictReasons::tr("The critic was asked, but its reply was not used: %1").arg(rejected);
    return out;
}

QString criticExplanation(const Verdict& v)
{
    return v.method == VerdictMethod::Critic ? str(field(v.evidence, "critic"), "explanation") : QString();
}

std::vector<EvidenceFact> stepEvidenceFacts(const Verdict& v, const QString& step)
{
    std::vector<EvidenceFact> facts;
    const json& s = stepEvidence(v, step);
    if (!s.is_object())
        return facts;
    if (flag(s, "not_run"))
        facts.push_back({ VerdictReasons::tr("Did not run: a step before it failed."), false });
    else if (flag(s, "error"))
        facts.push_back({ VerdictReasons::tr("Failed with an error."), false });
    else if (!flag(s, "ran"))
        facts.push_back({ VerdictReasons::tr("Has no record in this run."), std::nullopt });
    else if (flag(s, "empty"))
        facts.push_back({ VerdictReasons::tr("Ran, but its output is empty."), false });
    else
        facts.push_back({ VerdictReasons::tr("Ran and produced an output."), std::nullopt });
    if (const QStringList failed = strings(s, "failed_checks"); !failed.isEmpty())
        facts.push_back({ VerdictReasons::tr("Failed checks: %1").arg(failed.join(QStringLiteral("; "))), false });
    if (const json& gold = field(s, "gold"); gold.is_object()) {
        const bool passed = flag(gold, "passed");
        const QString detail = str(gold, "detail");
        facts.push_back(
            { detail.isEmpty()
                  ? (passed ? VerdictReasons::tr("Meets its step gold.") : VerdictReasons::tr("Misses its step gold."))
                  : (passed ? VerdictReasons::tr("Meets its step gold: %1") : VerdictReasons::tr("Misses its step gold: %1")).arg(detail),
              passed });
    }
    if (s.contains("answer_in_input")) {
        const bool in = flag(s, "answer_in_input"), out = flag(s, "answer_in_output");
        facts.push_back({ in ? VerdictReasons::tr("The expected answer is in its input.")
                             : VerdictReasons::tr("The expected answer is not in its input."),
                          std::nullopt });
        // Losing an answer it was given is the telling case; not producing one it never saw is not.
        facts.push_back({ out ? VerdictReasons::tr("The expected answer is in its output.")
                              : VerdictReasons::tr("The expected answer is not in its output."),
                          out ? std::optional<bool>(true) : (in ? std::optional<bool>(false) : std::nullopt) });
    }
    if (const QStringList dropped = strings(s, "terms_dropped"); !dropped.isEmpty())
        facts.push_back(
            { VerdictReasons::tr("Names and numbers of the question missing from its output: %1").arg(quotedList(dropped)), false });
    if (const json& shares = field(s, "input_shares"); shares.is_object() && !shares.empty()) {
        std::vector<std::pair<double, QString>> sorted;
        for (auto it = shares.begin(); it != shares.end(); ++it)
            if (it.value().is_number())
                sorted.emplace_back(it.value().get<double>(), QString::fromStdString(it.key()));
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        QStringList parts;
        for (const auto& [share, node] : sorted)
            parts << QStringLiteral("%1 %2").arg(node, percent(share));
        facts.push_back({ VerdictReasons::tr("Its input came from: %1").arg(parts.join(QStringLiteral(", "))), std::nullopt });
    }
    return facts;
}

} // namespace fapo
