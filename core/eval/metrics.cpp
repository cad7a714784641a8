#include "core/eval/metrics.h"

#include "core/eval/jsonextract.h"
#include "core/eval/textnormalize.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace fapo {

namespace {

constexpr double kEpsilon = 1e-9;

QString quoted(const QString& text, qsizetype maxChars = 80)
{
    QString shown = text.size() > maxChars ? QString(text.left(maxChars) + QStringLiteral("...")) : text;
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString fromJson(const std::string& s) { return QString::fromStdString(s); }

// A JSON value as text: strings as they are, null as "", everything else dumped.
QString valueText(const nlohmann::json& value)
{
    if (value.is_string())
        return fromJson(value.get<std::string>());
    if (value.is_null())
        return QString();
    return fromJson(value.dump());
}

QString number(double value) { return QString::number(value, 'g', 10); }

bool reaches(double score, double threshold) { return score + kEpsilon >= threshold; }

// Alternatives held by one expected value.
QStringList referencesOf(const nlohmann::json& value)
{
    QStringList references;
    if (value.is_array()) {
        for (const auto& item : value) {
            if (!item.is_null())
                references.append(valueText(item));
        }
    } else if (!value.is_null()) {
        references.append(valueText(value));
    }
    return references;
}

bool needsReference(const Metric& metric)
{
    if (metric.type == MetricType::Regex)
        return metric.pattern.isEmpty();
    return metric.type == MetricType::ExactMatch || metric.type == MetricType::F1 || metric.type == MetricType::Contains
        || metric.type == MetricType::Numeric;
}

struct Scored {
    double score = 0.0;
    QString detail;
};

// The best score over the alternatives; `scoreOne` returns a score and a detail for one reference.
template <typename F> Scored best(const QStringList& references, F scoreOne)
{
    Scored bestScored;
    bool first = true;
    for (const QString& reference : references) {
        Scored scored = scoreOne(reference);
        if (first || scored.score > bestScored.score) {
            bestScored = std::move(scored);
            first = false;
        }
    }
    if (references.size() > 1)
        bestScored.detail += QStringLiteral(" (best of %1 alternatives)").arg(references.size());
    return bestScored;
}

} // namespace

bool metricNeedsModel(const Metric& metric) { return metric.type == MetricType::LlmJudge; }

int modelCallsPerExample(const Pipeline& pipeline, const QString& fromStep)
{
    int n = 0;
    for (const QString& s : fromStep.isEmpty() ? pipeline.graph.steps : pipeline.graph.affectedBy(fromStep))
        if (const Step* step = pipeline.step(s); step && step->kind == StepKind::Llm)
            ++n;
    for (const Metric& m : pipeline.metrics)
        if (metricNeedsModel(m))
            ++n;
    return n;
}

std::optional<QString> metricPrediction(const Metric& metric, const QString& finalText, const std::optional<nlohmann::json>& finalValue,
                                        QString* error)
{
    if (metric.output.isEmpty())
        return finalText;
    if (!finalValue) {
        if (error)
            *error = QStringLiteral("the final output is not JSON, so it has no field %1").arg(quoted(metric.output));
        return std::nullopt;
    }
    const std::string key = metric.output.toStdString();
    if (!finalValue->is_object() || !finalValue->contains(key)) {
        if (error)
            *error = QStringLiteral("the final output has no field %1").arg(quoted(metric.output));
        return std::nullopt;
    }
    return valueText(finalValue->at(key));
}

QStringList metricReferences(const Metric& metric, const nlohmann::json& expected, QString* error)
{
    QStringList references;
    if (!metric.expected.isEmpty()) {
        const std::string key = metric.expected.toStdString();
        if (expected.is_object() && expected.contains(key))
            references = referencesOf(expected.at(key));
        if (references.isEmpty() && error)
            *error = QStringLiteral("the example's expected value has no field %1").arg(quoted(metric.expected));
        return references;
    }
    if (expected.is_string() || expected.is_array() || expected.is_number() || expected.is_boolean())
        references = referencesOf(expected);
    else if (expected.is_object() && expected.contains("answer"))
        references = referencesOf(expected.at("answer"));
    if (references.isEmpty() && error)
        *error = QStringLiteral("the example has no reference answer (expected is not a string and has no "
                                "\"answer\" field; name one with \"expected\")");
    return references;
}

bool exactMatch(const QString& prediction, const QString& reference) { return normalizeAnswer(prediction) == normalizeAnswer(reference); }

double tokenF1(const QString& prediction, const QString& reference)
{
    const QStringList predicted = answerTokens(prediction);
    const QStringList gold = answerTokens(reference);
    if (predicted.isEmpty() || gold.isEmpty())
        return predicted.isEmpty() && gold.isEmpty() ? 1.0 : 0.0;
    // Counter(predicted) & Counter(gold)
    QHash<QString, int> goldCounts;
    for (const QString& token : gold)
        ++goldCounts[token];
    int common = 0;
    for (const QString& token : predicted) {
        auto it = goldCounts.find(token);
        if (it != goldCounts.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    if (common == 0)
        return 0.0;
    const double precision = double(common) / double(predicted.size());
    const double recall = double(common) / double(gold.size());
    return 2.0 * precision * recall / (precision + recall);
}

bool containsAnswer(const QString& prediction, const QString& reference)
{
    const QString gold = normalizeAnswer(reference);
    if (gold.isEmpty())
        return true;
    const QString text = normalizeAnswer(prediction);
    const QString paddedText = QLatin1Char(' ') + text + QLatin1Char(' ');
    return paddedText.contains(QString(QLatin1Char(' ') + gold + QLatin1Char(' ')));
}

std::optional<double> firstNumber(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?:(?<![\\w.])[-+])?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?"
                                                      "|(?:(?<![\\w.])[-+])?\\.\\d+(?:[eE][-+]?\\d+)?"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    QString normalized = text;
    normalized.replace(QChar(0x2212), QLatin1Char('-')); // MINUS SIGN
    const QRegularExpressionMatch match = re.match(normalized);
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(0);
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

MetricResult evaluateMetric(const Metric& metric, const QString& finalText, const std::optional<nlohmann::json>& finalValue,
                            const nlohmann::json& expected)
{
    MetricResult result;
    result.name = metric.name;
    result.type = metric.type;

    const auto finish = [&](double score, const QString& detail) {
        result.score = score;
        result.passed = reaches(score, metric.threshold);
        result.detail = detail;
        return result;
    };

    if (metricNeedsModel(metric))
        return finish(0.0, QStringLiteral("needs a model call"));

    QString error;
    const std::optional<QString> prediction = metricPrediction(metric, finalText, finalValue, &error);
    if (!prediction)
        return finish(0.0, error);

    QStringList references;
    if (needsReference(metric)) {
        references = metricReferences(metric, expected, &error);
        if (references.isEmpty())
            return finish(0.0, error);
    }

    const QString& predicted = *prediction;

    if (metric.type == MetricType::ExactMatch) {
        const Scored scored = best(references, [&](const QString& reference) {
            const bool match = exactMatch(predicted, reference);
            return Scored { match ? 1.0 : 0.0,
                            match ? QStringLiteral("%1 matches %2").arg(quoted(predicted), quoted(reference))
                                  : QStringLiteral("%1 does not match %2 (normalised: %3 vs %4)")
                                        .arg(quoted(predicted), quoted(reference), quoted(normalizeAnswer(predicted)),
                                             quoted(normalizeAnswer(reference))) };
        });
        return finish(scored.score, scored.detail);
    }

    if (metric.type == MetricType::F1) {
        const Scored scored = best(references, [&](const QString& reference) {
            const double f1 = tokenF1(predicted, reference);
            return Scored { f1, QStringLiteral("token F1 %1 of %2 against %3").arg(number(f1), quoted(predicted), quoted(reference)) };
        });
        return finish(scored.score, scored.detail);
    }

    if (metric.type == MetricType::Contains) {
        const Scored scored = best(references, [&](const QString& reference) {
            const bool found = containsAnswer(predicted, reference);
            return Scored { found ? 1.0 : 0.0,
                            QStringLiteral("%1 %2 %3")
                                .arg(quoted(predicted), found ? QStringLiteral("contains") : QStringLiteral("does not contain"),
                                     quoted(reference)) };
        });
        return finish(scored.score, scored.detail);
    }

    if (metric.type == MetricType::Regex) {
        const QStringList patterns = metric.pattern.isEmpty() ? references : QStringList { metric.pattern };
        const Scored scored = best(patterns, [&](const QString& pattern) {
            const QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
            if (!re.isValid())
                return Scored { 0.0, QStringLiteral("invalid regex %1: %2").arg(quoted(pattern), re.errorString()) };
            const bool found = re.match(predicted).hasMatch();
            return Scored { found ? 1.0 : 0.0,
                            QStringLiteral("/%1/ %2 %3")
                                .arg(pattern, found ? QStringLiteral("matches") : QStringLiteral("does not match"), quoted(predicted)) };
        });
        return finish(scored.score, scored.detail);
    }

    if (metric.type == MetricType::JsonValid) {
        bool valid = false;
        QString why;
        if (metric.output.isEmpty() && finalValue) {
            valid = true;
        } else if (!metric.output.isEmpty() && finalValue && !finalValue->at(metric.output.toStdString()).is_string()) {
            valid = true; // the field is itself a JSON value
        } else {
            valid = extractJson(predicted, &why).has_value();
        }
        return finish(valid ? 1.0 : 0.0, valid ? QStringLiteral("valid JSON") : why);
    }

    if (metric.type == MetricType::Numeric) {
        const std::optional<double> got = firstNumber(predicted);
        if (!got)
            return finish(0.0, QStringLiteral("no number in %1").arg(quoted(predicted)));
        const Scored scored = best(references, [&](const QString& reference) {
            const std::optional<double> want = firstNumber(reference);
            if (!want)
                return Scored { 0.0, QStringLiteral("the reference %1 holds no number").arg(quoted(reference)) };
            const double diff = std::abs(*got - *want);
            const bool close = diff <= metric.tolerance + kEpsilon * std::max(1.0, std::abs(*want));
            return Scored { close ? 1.0 : 0.0,
                            QStringLiteral("predicted %1, expected %2 (difference %3, tolerance %4)")
                                .arg(number(*got), number(*want), number(diff), number(metric.tolerance)) };
        });
        return finish(scored.score, scored.detail);
    }

    return finish(0.0, QString()); // not reached: every type returned above
}

std::vector<size_t> gateMetricIndexes(const std::vector<Metric>& metrics)
{
    std::vector<size_t> gates;
    for (size_t i = 0; i < metrics.size(); ++i) {
        if (metrics[i].gate)
            gates.push_back(i);
    }
    if (gates.empty() && !metrics.empty())
        gates.push_back(0);
    return gates;
}

ExampleScore scoreExample(const std::vector<Metric>& metrics, std::vector<MetricResult> results)
{
    ExampleScore example;
    example.metrics = std::move(results);

    // the result of each metric: same index and name, else the first result with that name
    std::vector<MetricResult*> resultFor(metrics.size(), nullptr);
    for (size_t i = 0; i < metrics.size(); ++i) {
        if (i < example.metrics.size() && example.metrics[i].name == metrics[i].name) {
            resultFor[i] = &example.metrics[i];
            continue;
        }
        for (MetricResult& result : example.metrics) {
            if (result.name == metrics[i].name) {
                resultFor[i] = &result;
                break;
            }
        }
    }
    for (size_t i = 0; i < metrics.size(); ++i) {
        if (resultFor[i])
            resultFor[i]->passed = reaches(resultFor[i]->score, metrics[i].threshold);
    }

    const std::vector<size_t> gates = gateMetricIndexes(metrics);
    if (gates.empty()) {
        example.passed = true;
        example.score = 1.0;
        return example;
    }
    example.passed = true;
    double sum = 0.0;
    for (size_t index : gates) {
        const MetricResult* result = resultFor[index];
        if (!result) {
            example.passed = false;
            continue;
        }
        sum += result->score;
        if (!result->passed)
            example.passed = false;
    }
    example.score = sum / double(gates.size());
    return example;
}

nlohmann::json toJson(const MetricResult& result)
{
    return { { "name", result.name.toStdString() },
             { "type", stdNameOf(result.type) },
             { "score", result.score },
             { "passed", result.passed },
             { "detail", result.detail.toStdString() } };
}

nlohmann::json toJson(const std::vector<MetricResult>& results)
{
    nlohmann::json array = nlohmann::json::array();
    for (const MetricResult& result : results)
        array.push_back(toJson(result));
    return array;
}

nlohmann::json toJson(const ExampleScore& score)
{
    return { { "passed", score.passed }, { "score", score.score }, { "metrics", toJson(score.metrics) } };
}

} // namespace fapo
