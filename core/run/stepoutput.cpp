#include "core/run/stepoutput.h"
#include "core/eval/checks.h"
#include "core/eval/jsonextract.h"
#include <algorithm>

namespace fapo {

using nlohmann::json;

// Parses an output as JSON when the step asks for it; returns an error message when it cannot.
QString parseStepOutput(const Step& step, StepRecord& record)
{
    if (step.parse != ParseMode::Json)
        return QString();
    QString error;
    if (auto value = extractJson(record.output, &error)) {
        record.parsed = *value;
        return QString();
    }
    return QStringLiteral("the output is not valid JSON: ") + error;
}

void applyStepChecks(const Step& step, StepRecord& record)
{
    std::optional<json> parsed;
    if (!record.parsed.is_null())
        parsed = record.parsed;
    const auto results = runChecks(step.checks, record.output, parsed);
    record.checks = toJson(results);
    record.passed = record.error.isEmpty() && std::all_of(results.begin(), results.end(), [](const CheckResult& c) { return c.passed; });
}

} // namespace fapo
