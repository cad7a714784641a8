#include "core/analysis/rules.h"
#include <QSet>

namespace fapo {

namespace {

QSet<QString> ancestorsOf(const Pipeline& pipeline, const QString& step)
{
    const QStringList list = pipeline.graph.ancestors(step);
    return QSet<QString>(list.begin(), list.end());
}

// Steps whose output ends up in a retrieval's query (directly or through transforms).
bool feedsRetrieval(const Pipeline& pipeline, const QString& step)
{
    for (const QString& s : pipeline.graph.affectedBy(step)) {
        if (s == step)
            continue;
        const Step* consumer = pipeline.step(s);
        if (consumer && consumer->kind == StepKind::Retrieve && pipeline.graph.upstreamSteps(s).contains(step))
            return true;
        if (consumer && consumer->kind == StepKind::Transform && pipeline.graph.upstreamSteps(s).contains(step)
            && feedsRetrieval(pipeline, s))
            return true;
    }
    return false;
}

QString lostAt(const Pipeline& pipeline, const ExampleEvidence& ev, const QString& step, const QSet<QString>& cleared)
{
    const StepEvidence* s = ev.step(step);
    if (!s || !s->ran || s->answerInOutput)
        return QString();
    if (s->answerInInput && !cleared.contains(step))
        return step;
    QStringList upstream = pipeline.graph.upstreamSteps(step);
    std::reverse(upstream.begin(), upstream.end()); // nearest first
    for (const QString& u : upstream) {
        const QString found = lostAt(pipeline, ev, u, cleared);
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

FailureClass classForOwnFailure(const Step& step, const StepEvidence& s)
{
    if (s.gold.present && !s.gold.passed)
        return step.kind == StepKind::Retrieve ? FailureClass::RetrievalMiss : FailureClass::WrongOutput;
    if (s.errored)
        return FailureClass::Cascade;
    if (s.empty)
        return step.kind == StepKind::Retrieve ? FailureClass::RetrievalMiss : FailureClass::Cascade;
    return FailureClass::CheckFailed;
}

} // namespace

QString blameTarget(const Pipeline& pipeline, const ExampleEvidence& evidence, const QString& step)
{
    const Step* s = pipeline.step(step);
    if (!s || s->kind == StepKind::Llm)
        return step;
    // The upstream step that supplied most of this step's input; ties go to the nearest.
    const StepEvidence* ev = evidence.step(step);
    QString best;
    double bestShare = -1.0;
    QStringList upstream = pipeline.graph.upstreamSteps(step);
    std::reverse(upstream.begin(), upstream.end());
    for (const QString& u : upstream) {
        double share = 0.0;
        if (ev) {
            const auto it = ev->inputShares.find(u);
            if (it != ev->inputShares.end())
                share = it->second;
        }
        if (share > bestShare) {
            best = u;
            bestShare = share;
        }
    }
    if (best.isEmpty())
        return step; // reads only the dataset's inputs: nothing upstream to rewrite
    return blameTarget(pipeline, evidence, best);
}

QStringList failurePath(const Pipeline& pipeline, const QString& origin)
{
    const QStringList path = pipeline.graph.pathBetween(origin, pipeline.output);
    return path.isEmpty() ? QStringList { origin } : path;
}

FixLevel fixLevelFor(const Pipeline& pipeline, const QString& origin, FailureClass failureClass)
{
    const Step* s = pipeline.step(origin);
    if (!s)
        return FixLevel::Structure;
    switch (s->kind) {
    case StepKind::Llm:
        if (failureClass == FailureClass::Cascade)
            return FixLevel::Parameter; // the model call itself failed: limits, timeouts, model
        return s->optimize ? FixLevel::Prompt : FixLevel::Structure;
    case StepKind::Retrieve:
        return FixLevel::Parameter; // top_k, corpus
    case StepKind::Transform:
    case StepKind::Command:
        return FixLevel::Structure;
    }
    return FixLevel::Structure;
}

RunProfile profileFromPassing(const Pipeline& pipeline, const std::vector<ExampleEvidence>& passing)
{
    RunProfile profile;
    std::map<QString, int> firstSeen;
    std::map<QString, int> dropped, received;
    for (const ExampleEvidence& ev : passing) {
        for (const QString& id : pipeline.graph.steps) {
            const StepEvidence* s = ev.step(id);
            if (s && s->answerInOutput) {
                ++firstSeen[id];
                break;
            }
        }
        for (const auto& [id, s] : ev.steps) {
            if (s.termsIn.isEmpty())
                continue;
            ++received[id];
            if (!s.termsDropped.isEmpty())
                ++dropped[id];
        }
    }
    int best = 0;
    for (const QString& id : pipeline.graph.steps) // graph order breaks ties
        if (firstSeen[id] > best) {
            best = firstSeen[id];
            profile.answerSource = id;
        }
    for (const auto& [id, n] : received)
        profile.dropRate[id] = n > 0 ? double(dropped[id]) / n : 0.0;
    return profile;
}

Verdict locateByRules(const Pipeline& pipeline, const ExampleEvidence& ev, const RunProfile& profile)
{
    Verdict v;
    v.exampleId = ev.exampleId;
    QSet<QString> relevant = ancestorsOf(pipeline, pipeline.output);
    relevant.insert(pipeline.output);
    QSet<QString> cleared;
    for (const auto& [id, s] : ev.steps)
        if (s.gold.present && s.gold.passed) {
            cleared.insert(id);
            cleared.unite(ancestorsOf(pipeline, id));
        }
    auto conclude = [&](const QString& seenAt, VerdictMethod method, FailureClass cls, double confidence, const QString& explanation) {
        v.origin = blameTarget(pipeline, ev, seenAt);
        v.method = method;
        v.failureClass = cls;
        v.confidence = confidence;
        v.explanation = explanation;
        if (v.origin != seenAt)
            v.explanation
                += QStringLiteral(" \"%1\" runs no model, so the blame passes to \"%2\", which wrote its input.").arg(seenAt, v.origin);
        v.path = failurePath(pipeline, v.origin);
        v.fixLevel = fixLevelFor(pipeline, v.origin, cls);
        if (cls == FailureClass::RetrievalMiss && v.origin != seenAt) {
            // A query that kept every name of the question points at retrieval settings rather than the prompt.
            const StepEvidence* producer = ev.step(v.origin);
            if (producer && !producer->termsIn.isEmpty() && producer->termsDropped.isEmpty())
                v.fixLevel = FixLevel::Parameter;
        }
        v.evidence["seen_at"] = seenAt.toStdString();
        return v;
    };

    // 1. The earliest step that fails by itself.
    for (const QString& id : pipeline.graph.steps) {
        const StepEvidence* s = ev.step(id);
        if (!relevant.contains(id) || !s || !s->ownFailure())
            continue;
        if (cleared.contains(id) && !(s->gold.present && !s->gold.passed) && !s->errored && !s->empty)
            continue;
        const Step& step = *pipeline.step(id);
        const FailureClass cls = classForOwnFailure(step, *s);
        if (s->gold.present && !s->gold.passed)
            return conclude(id, VerdictMethod::Gold, cls, 0.95,
                            QStringLiteral("\"%1\" does not meet its step gold (%2).").arg(id, s->gold.detail));
        if (s->errored)
            return conclude(id, VerdictMethod::Cascade, id == pipeline.output ? FailureClass::Error : cls, 0.9,
                            QStringLiteral("\"%1\" failed with an error; every step after it had nothing to work on.").arg(id));
        if (s->empty)
            return conclude(id, VerdictMethod::Cascade, cls, 0.85,
                            step.kind == StepKind::Retrieve
                                ? QStringLiteral("\"%1\" found no passages.").arg(id)
                                : QStringLiteral("\"%1\" returned an empty output; the steps after it had nothing to work on.").arg(id));
        return conclude(id, VerdictMethod::Check, cls, 0.8,
                        QStringLiteral("\"%1\" failed its checks (%2).").arg(id, s->failedChecks.join(QStringLiteral("; "))));
    }

    const StepEvidence* out = ev.step(pipeline.output);
    // 2. Format: the right answer is there, in the wrong form.
    if (out && out->answerInOutput)
        return conclude(
            pipeline.output, VerdictMethod::Format, FailureClass::Format, 0.85,
            QStringLiteral("The final output contains the expected answer, but the metric fails on its form (%1).").arg(ev.metricDetail));

    // 3. A step received the answer and lost it.
    if (!ev.answers.isEmpty()) {
        const QString lost = lostAt(pipeline, ev, pipeline.output, cleared);
        if (!lost.isEmpty()) {
            v = conclude(lost, VerdictMethod::AnswerLost, FailureClass::Reasoning, 0.75,
                         QStringLiteral("\"%1\" received the expected answer in its input, but its output does not have it.").arg(lost));
            v.origin = lost; // the step that dropped it, even when no model runs there
            v.path = failurePath(pipeline, lost);
            v.fixLevel = fixLevelFor(pipeline, lost, v.failureClass);
            return v;
        }
    }

    // 4. A query writer dropped names or numbers of the question.
    for (const QString& id : pipeline.graph.steps) {
        const StepEvidence* s = ev.step(id);
        if (!relevant.contains(id) || cleared.contains(id) || !s || s->termsDropped.isEmpty() || s->kind != StepKind::Llm)
            continue;
        const auto rate = profile.dropRate.find(id);
        if (rate != profile.dropRate.end() && rate->second >= 0.5)
            continue; // passing examples drop terms here too
        if (!feedsRetrieval(pipeline, id))
            continue;
        v = conclude(id, VerdictMethod::DroppedTerms, FailureClass::RetrievalMiss, 0.7,
                     QStringLiteral("\"%1\" wrote a search query without %2 from the question, so retrieval looked for something else.")
                         .arg(id, s->termsDropped.join(QStringLiteral(", "))));
        v.evidence["terms_dropped"] = nlohmann::json::array();
        for (const QString& t : s->termsDropped)
            v.evidence["terms_dropped"].push_back(t.toStdString());
        return v;
    }

    // 5. The answer never appeared: the step that introduces it when examples pass.
    bool anywhere = false;
    for (const auto& [id, s] : ev.steps)
        anywhere = anywhere || s.answerInOutput;
    if (!ev.answers.isEmpty() && !anywhere && !profile.answerSource.isEmpty() && !cleared.contains(profile.answerSource)) {
        const Step* source = pipeline.step(profile.answerSource);
        const bool retrieval = source && source->kind == StepKind::Retrieve;
        return conclude(
            profile.answerSource, VerdictMethod::AnswerSource, retrieval ? FailureClass::RetrievalMiss : FailureClass::Reasoning, 0.5,
            QStringLiteral("The expected answer never appears; in passing examples it first appears at \"%1\".").arg(profile.answerSource));
    }

    // 6. Nothing points anywhere in particular.
    QString first;
    for (const QString& id : pipeline.graph.steps) {
        const StepEvidence* s = ev.step(id);
        if (relevant.contains(id) && !cleared.contains(id) && s && (s->ownFailure() || s->notRun)) {
            first = id;
            break;
        }
    }
    if (first.isEmpty())
        first = pipeline.output;
    return conclude(first, VerdictMethod::Fallback, FailureClass::Unknown, 0.2,
                    QStringLiteral("No rule applies; the failure surfaces at \"%1\".").arg(first));
}

} // namespace fapo
