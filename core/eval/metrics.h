#pragma once
// Metrics: score a pipeline's final output against an example's "expected" value.
#include "core/formats/pipeline.h"
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace fapo {

struct MetricResult {
    QString name;
    MetricType type = MetricType::ExactMatch;
    double score = 0.0;
    bool passed = false; // score >= threshold
    QString detail;
};

// llm_judge needs a model call (made by the runner); every other type is computed here.
bool metricNeedsModel(const Metric& metric);
// Model calls one example makes when `fromStep` and the steps after it run (every step when empty),
// llm_judge metrics included: what budgets and estimates count.
int modelCallsPerExample(const Pipeline& pipeline, const QString& fromStep = QString());

// The prediction a metric scores: finalValue[metric.output] when metric.output is set (a string as is,
// null as "", anything else dumped as JSON), else finalText. std::nullopt (and `error`) when the field
// or the parsed value is missing.
std::optional<QString> metricPrediction(const Metric& metric, const QString& finalText, const std::optional<nlohmann::json>& finalValue,
                                        QString* error = nullptr);

// The reference answers: expected[metric.expected] when metric.expected is set, else `expected` itself
// when it is a string (or an array), else expected["answer"]. An array gives alternatives (SQuAD takes the
// best score over them); numbers and other non-strings are dumped as JSON. Empty (and `error`) when none.
QStringList metricReferences(const Metric& metric, const nlohmann::json& expected, QString* error = nullptr);

// SQuAD scores of one prediction against one reference (see textnormalize.h for the normalisation).
bool exactMatch(const QString& prediction, const QString& reference);
double tokenF1(const QString& prediction, const QString& reference); // both empty: 1
bool containsAnswer(const QString& prediction, const QString& reference); // whole normalised tokens
// The first number in the text ("1,234.5", "-3", ".5", "2e3"; a Unicode minus sign counts).
std::optional<double> firstNumber(const QString& text);

// Scores one metric. llm_judge is not evaluated: its result has score 0 and detail "needs a model call".
//  exact_match / f1 / contains: SQuAD-style, the best over the reference alternatives;
//  regex: metric.pattern (or, when empty, each reference used as a pattern) searched in the prediction;
//  json_valid: the prediction holds a JSON value (the parsed final value counts when no field is named);
//  numeric: the first number in the prediction within metric.tolerance of the reference's number.
MetricResult evaluateMetric(const Metric& metric, const QString& finalText, const std::optional<nlohmann::json>& finalValue,
                            const nlohmann::json& expected);

struct ExampleScore {
    bool passed = false;
    double score = 0.0; // mean score of the gate metrics
    std::vector<MetricResult> metrics;
};

// The metrics that decide pass/fail: those with gate = true; when none has it, the first metric.
std::vector<size_t> gateMetricIndexes(const std::vector<Metric>& metrics);

// An example passes when every gate metric reaches its threshold. `results` are in the order of
// `metrics` (a result whose name differs is looked up by name); each result's `passed` is recomputed
// from its score and its metric's threshold, so the runner may fill in llm_judge scores afterwards.
// A gate metric without a result fails the example. No metrics at all: passed, score 1.
ExampleScore scoreExample(const std::vector<Metric>& metrics, std::vector<MetricResult> results);

// {"name", "type", "score", "passed", "detail"}
nlohmann::json toJson(const MetricResult& result);
nlohmann::json toJson(const std::vector<MetricResult>& results);
// {"passed", "score", "metrics": [...]}
nlohmann::json toJson(const ExampleScore& score);

} // namespace fapo
