#include "core/app/appspans.h"
#include "core/import/importstore.h"
#include "core/import/spanattributes.h"
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace fapo {

using nlohmann::json;

void AppSpanSink::accept(ImportResult&& batch, std::function<void(bool stored)> stored)
{
    const QString run = QString::number(m_runId);
    for (ImportedSpan& span : batch.spans) {
        const json attributes = span.attributeMap();
        const QString example = importdetail::attributeText(attributes, "fapo.example.id");
        const QString spanRun = importdetail::attributeText(attributes, "fapo.run.id");
        // A span of an example already recorded arrived too late to join it: nothing would take it.
        if (example.isEmpty() || (!spanRun.isEmpty() && spanRun != run) || m_taken.contains(example)) {
            ++m_ignored;
            continue;
        }
        m_byExample[example].push_back(std::move(span));
    }
    stored(true); // kept until the example's program has exited; its records are written then
}

std::vector<ImportedSpan> AppSpanSink::take(const QString& exampleId)
{
    m_taken.insert(exampleId);
    const auto it = m_byExample.find(exampleId);
    if (it == m_byExample.end())
        return {};
    std::vector<ImportedSpan> spans = std::move(it->second);
    m_byExample.erase(it);
    return spans;
}

QString modelCallName(const QString& model)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_]+"));
    const QString name = model.toLower().replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("call") : name;
}

namespace {

// The clocks agree (one machine), but a record's start has millisecond precision and the proxy sees a
// request a little after the SDK's span began.
constexpr qint64 kSlopNs = 5'000'000;

qint64 startNs(const StepRecord& r) { return r.startedAt.toMSecsSinceEpoch() * 1'000'000; }
qint64 endNs(const StepRecord& r) { return startNs(r) + r.durationMs * 1'000'000; }

bool around(const ImportedSpan& span, const StepRecord& call)
{
    return span.startNs <= startNs(call) + kSlopNs && span.endNs + kSlopNs >= endNs(call);
}

// The declared prompt a span's attributes name, or "".
QString promptNamedBy(const ImportedSpan& span, const std::vector<PromptFile>& prompts)
{
    if (span.attributes.isEmpty())
        return {};
    const json attributes = span.attributeMap();
    const auto declared = [&](const QString& name) {
        return std::any_of(prompts.begin(), prompts.end(), [&](const PromptFile& p) { return p.name == name; });
    };
    for (const char* key : { "fapo.prompt", "langfuse.observation.prompt.name", "gen_ai.prompt.name" }) {
        const QString name = importdetail::attributeText(attributes, key);
        if (!name.isEmpty() && declared(name))
            return name;
    }
    const QString text = importdetail::attributeText(attributes, "llm.prompt_template.template").trimmed();
    if (!text.isEmpty())
        for (const PromptFile& p : prompts)
            if (p.text.trimmed() == text)
                return p.name;
    return {};
}

StepKind stepKindOf(const QString& kind)
{
    if (kind == QLatin1String("llm"))
        return StepKind::Llm;
    if (kind == QLatin1String("retrieve") || kind == QLatin1String("embedding"))
        return StepKind::Retrieve;
    return StepKind::Transform;
}

} // namespace

AppExampleSteps appExampleSteps(qint64 runId, const QString& exampleId, const std::vector<AppCall>& calls,
                                const std::vector<ImportedSpan>& spans, const std::vector<PromptFile>& prompts, const QStringList& reserved)
{
    AppExampleSteps out;
    QHash<QString, int> seen;
    for (const QString& id : reserved)
        seen.insert(id, 1);
    // Innermost first: a span's own name beats the one of a span around it.
    std::vector<const ImportedSpan*> bySize;
    for (const ImportedSpan& s : spans)
        bySize.push_back(&s);
    std::stable_sort(bySize.begin(), bySize.end(),
                     [](const ImportedSpan* a, const ImportedSpan* b) { return a->endNs - a->startNs < b->endNs - b->startNs; });

    std::vector<bool> aroundACall(spans.size(), false);
    std::vector<std::pair<StepRecord, bool>> named; // record, named by its model
    for (const AppCall& call : calls) {
        QString name;
        for (const ImportedSpan* s : bySize) {
            if (!around(*s, call.record))
                continue;
            aroundACall[size_t(s - spans.data())] = true;
            if (name.isEmpty())
                name = promptNamedBy(*s, prompts);
        }
        if (name.isEmpty())
            name = call.matchedPrompt;
        const bool unnamed = name.isEmpty();
        if (unnamed)
            name = call.modelName.isEmpty() ? modelCallName(call.record.model) : call.modelName;
        const int n = ++seen[name];
        StepRecord r = call.record;
        r.stepId = unnamed || n > 1 ? QStringLiteral("%1#%2").arg(name).arg(n) : name;
        if (unnamed)
            out.unnamedCalls << r.stepId;
        out.records.push_back(std::move(r));
    }
    // Spans around no call are work of the program's own: steps as an import makes them.
    std::vector<const ImportedSpan*> work;
    for (size_t i = 0; i < spans.size(); ++i)
        if (!aroundACall[i])
            work.push_back(&spans[i]);
    std::stable_sort(work.begin(), work.end(), [](const ImportedSpan* a, const ImportedSpan* b) { return a->startNs < b->startNs; });
    for (const ImportedSpan* s : work) {
        const QString name = importedStepId(s->stepName.isEmpty() ? s->name : s->stepName);
        const int n = ++seen[name];
        StepRecord r;
        r.runId = runId;
        r.exampleId = exampleId;
        r.stepId = n > 1 ? QStringLiteral("%1#%2").arg(name).arg(n) : name;
        r.kind = stepKindOf(s->kind);
        r.prompt = s->inputText();
        r.output = s->outputText();
        r.error = s->error ? (s->statusMessage.isEmpty() ? QStringLiteral("the span ended with an error") : s->statusMessage) : QString();
        r.passed = r.error.isEmpty();
        r.startedAt = QDateTime::fromMSecsSinceEpoch(s->startNs / 1'000'000, Qt::UTC);
        r.durationMs = std::max<qint64>(0, (s->endNs - s->startNs) / 1'000'000);
        r.model = s->model;
        r.inputTokens = std::max<qint64>(0, s->inputTokens);
        r.outputTokens = std::max<qint64>(0, s->outputTokens);
        out.records.push_back(std::move(r));
    }
    std::stable_sort(out.records.begin(), out.records.end(),
                     [](const StepRecord& a, const StepRecord& b) { return a.startedAt < b.startedAt; });
    return out;
}

} // namespace fapo
