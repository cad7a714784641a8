#pragma once
// OpenTelemetry spans of app runs (spec: live-traces-and-apps.md, section 2). The program's exporter
// sends them to the run's trace receiver with fapo.run.id and fapo.example.id as resource attributes;
// AppSpanSink keeps them by example until that example's program has exited. Then appExampleSteps()
// turns the example's proxied model calls and its spans into its step records:
//   - a call is named after the prompt a span around it names (fapo.prompt,
//     langfuse.observation.prompt.name, gen_ai.prompt.name, or llm.prompt_template.template equal to a
//     template; the innermost span that names one wins), else after the prompt its text matched, else
//     after its model and order;
//   - a span around no call (a retriever, a tool, work between calls) becomes a step of its own, named
//     and kinded as `fapo import` names and kinds it; spans around calls only name them.
#include "core/formats/pipeline.h"
#include "core/import/trace.h"
#include "core/live/otlpreceiver.h"
#include "core/workspace/records.h"
#include <QSet>
#include <map>
#include <vector>

namespace fapo {

class AppSpanSink final : public TraceSink {
public:
    explicit AppSpanSink(qint64 runId)
        : m_runId(runId)
    {
    }
    bool saturated() const override { return false; }
    // Spans of another run, without an example, or of an example already taken are dropped (counted in
    // ignored()).
    void accept(ImportResult&& batch, std::function<void(bool stored)> stored) override;
    // The example's spans so far, handed over once (its program has exited).
    std::vector<ImportedSpan> take(const QString& exampleId);
    qint64 ignored() const { return m_ignored; }

private:
    qint64 m_runId;
    std::map<QString, std::vector<ImportedSpan>> m_byExample;
    QSet<QString> m_taken; // examples whose spans were handed over
    qint64 m_ignored = 0;
};

// One proxied call of an example, as the proxy recorded it, with the prompt its text matched ("" when
// none did) and the name it gets when nothing names it (modelCallName of the model it asked for).
struct AppCall {
    StepRecord record;
    QString matchedPrompt;
    QString modelName;
};

struct AppExampleSteps {
    std::vector<StepRecord> records; // calls and span steps, by start time
    QStringList unnamedCalls; // step ids of calls no span or template named
};

// `calls` in the order they arrived; `reserved`: ids the steps must not take (the program's own step).
AppExampleSteps appExampleSteps(qint64 runId, const QString& exampleId, const std::vector<AppCall>& calls,
                                const std::vector<ImportedSpan>& spans, const std::vector<PromptFile>& prompts,
                                const QStringList& reserved);

// The step id a call gets from its model when nothing names it: "claude_haiku_4_5#N".
QString modelCallName(const QString& model);

} // namespace fapo
