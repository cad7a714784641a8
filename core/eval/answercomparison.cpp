#include "core/eval/answercomparison.h"
#include "core/eval/metrics.h"
#include <algorithm>

namespace fapo {

std::vector<MetricComparison> compareAnswer(const Pipeline& pipeline, const Example& example, const ExampleResult& result,
                                            const StepRecord* output)
{
    const std::vector<size_t> gates = gateMetricIndexes(pipeline.metrics);
    std::vector<MetricComparison> out;
    for (size_t i = 0; i < pipeline.metrics.size(); ++i) {
        const Metric& m = pipeline.metrics[i];
        MetricComparison c;
        c.name = m.name;
        c.type = m.type;
        c.gate = std::find(gates.begin(), gates.end(), i) != gates.end();
        // regex and json_valid may need no reference: their result says what they matched.
        if (m.type != MetricType::JsonValid && !(m.type == MetricType::Regex && !m.pattern.isEmpty()))
            c.expected = metricReferences(m, example.expected, &c.expectedError);
        if (output && output->error.isEmpty()) {
            const std::optional<nlohmann::json> value
                = output->parsed.is_null() ? std::nullopt : std::optional<nlohmann::json>(output->parsed);
            c.actual = metricPrediction(m, output->output, value, &c.actualError);
        } else {
            c.actualError = output ? output->error : QString();
        }
        if (result.metrics.is_array())
            for (const nlohmann::json& r : result.metrics)
                if (r.is_object() && QString::fromStdString(r.value("name", std::string())) == m.name) {
                    c.score = r.value("score", 0.0);
                    c.passed = r.value("passed", false);
                    c.detail = QString::fromStdString(r.value("detail", std::string()));
                    break;
                }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace fapo
