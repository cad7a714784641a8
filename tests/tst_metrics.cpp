// Metrics and the pass/fail decision of an example.
#include "core/eval/metrics.h"
#include "core/eval/textnormalize.h"

#include <QTest>

using nlohmann::json;

namespace {

fapo::Metric metric(const QString& type, const QString& output = {}, const QString& expected = {})
{
    fapo::Metric m;
    m.name = type;
    m.type = fapo::parseName<fapo::MetricType>(type).value();
    m.output = output;
    m.expected = expected;
    return m;
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void evaluate_data();
    void evaluate();
    void firstNumber_data();
    void firstNumber();
    void llmJudgeIsLeftToTheRunner();
    void scoreExample_data();
    void scoreExample();
    void scoreExampleMatchesByName();
    void toJson();
};

void TestMetrics::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");

    // clang-format off
    QTest::addRow("case") << "Tessel River" << "tessel river";
    QTest::addRow("articles") << "The Tessel and a river and an oak" << "tessel and river and oak";
    QTest::addRow("articles as whole words only") << "theater anthem canal" << "theater anthem canal";
    QTest::addRow("punctuation removed, not spaced") << "don't stop, ok?!" << "dont stop ok";
    QTest::addRow("hyphen joins") << "Saint-Aubin" << "saintaubin";
    QTest::addRow("white space") << "  a\tb \n  c  " << "b c";
    QTest::addRow("unicode punctuation") << "«Zürich» — “city”…" << "zürich city";
    QTest::addRow("symbols") << "$5 + 3% = ok ©" << "5 3 ok";
    QTest::addRow("emoji symbol") << "yes \xF0\x9F\x98\x80" << "yes";
    QTest::addRow("only articles") << "The a AN" << QString();
    QTest::addRow("article after punctuation") << "(the) river" << "river";
    // clang-format on
}

void TestMetrics::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(fapo::normalizeAnswer(text), normalized);
    QCOMPARE(fapo::answerTokens(text), normalized.isEmpty() ? QStringList() : normalized.split(QLatin1Char(' ')));
}

void TestMetrics::evaluate_data()
{
    QTest::addColumn<QString>("metric"); // the Metric, as in the pipeline file
    QTest::addColumn<QString>("finalText");
    QTest::addColumn<QString>("finalValue"); // JSON; empty: the final output was not parsed
    QTest::addColumn<QString>("expected"); // the example's expected, JSON
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("detailHas");

    // clang-format off
    const char* em = R"({"type": "exact_match"})";
    const char* emField = R"({"type": "exact_match", "output": "answer", "expected": "answer"})";
    const char* f1 = R"({"type": "f1"})";
    const char* tessel = R"({"answer": "Tessel"})";
    const QString n; // none

    // exact_match, SQuAD normalisation
    QTest::addRow("em case and punctuation") << em << "TESSEL!" << n << tessel << 1.0 << "matches";
    QTest::addRow("em article") << em << "the Tessel river." << n << R"({"answer": "Tessel River"})" << 1.0 << n;
    QTest::addRow("em wrapped in words") << em << "The answer is Tessel." << n << tessel << 0.0 << "does not match";
    QTest::addRow("em unicode") << em << "«Zürich»" << n << R"({"answer": "zürich"})" << 1.0 << n;
    QTest::addRow("em field") << emField << "{...}" << tessel << tessel << 1.0 << n;
    QTest::addRow("em field number") << emField << n << R"({"answer": 1820})" << R"({"answer": "1820"})" << 1.0 << n;
    QTest::addRow("em missing output field") << emField << n << R"({"reply": "Tessel"})" << tessel << 0.0
                                             << "has no field \"answer\"";
    QTest::addRow("em output not JSON") << emField << "Tessel" << n << tessel << 0.0 << "not JSON";
    QTest::addRow("em null field") << emField << n << R"({"answer": null})" << tessel << 0.0 << n;
    QTest::addRow("em missing expected field") << R"({"type": "exact_match", "expected": "city"})" << "Brask" << n
                                               << tessel << 0.0 << "no field \"city\"";
    QTest::addRow("em named expected field") << R"({"type": "exact_match", "expected": "city"})" << "Brask" << n
                                             << R"({"answer": "x", "city": "Brask"})" << 1.0 << n;
    QTest::addRow("em expected is a string") << em << "Tessel" << n << R"("Tessel")" << 1.0 << n;
    QTest::addRow("em no reference") << em << "Tessel" << n << R"({"city": "x"})" << 0.0 << "no reference";
    QTest::addRow("em alternatives") << em << "Tessel River" << n << R"({"answer": ["Velm", "the Tessel river"]})"
                                     << 1.0 << "best of 2";
    QTest::addRow("em alternatives none") << em << "Orn" << n << R"({"answer": ["Velm", "Tessel"]})" << 0.0 << n;

    // f1: token overlap with Counter semantics
    QTest::addRow("f1 same") << f1 << "Tessel River" << n << R"({"answer": "the tessel river"})" << 1.0 << n;
    // pred {tessel, river, valley}, gold {tessel, river}: P 2/3, R 1, F1 0.8
    QTest::addRow("f1 partial") << f1 << "Tessel river valley" << n << R"({"answer": "the Tessel River"})" << 0.8 << n;
    // pred {red, red, blue}, gold {red, blue, blue, green}: common 2, P 2/3, R 1/2, F1 4/7
    QTest::addRow("f1 counter overlap") << R"({"type": "f1", "threshold": 0.5})" << "red red blue" << n
                                        << R"({"answer": "red blue blue green"})" << 4.0 / 7.0 << n;
    // pred {orlin}, gold {orlin, vasko}: P 1, R 1/2, F1 2/3
    QTest::addRow("f1 subset") << f1 << "Orlin" << n << R"({"answer": "Orlin Vasko"})" << 2.0 / 3.0 << n;
    QTest::addRow("f1 both empty") << f1 << "the" << n << R"({"answer": "a"})" << 1.0 << n;
    QTest::addRow("f1 prediction empty") << f1 << "" << n << tessel << 0.0 << n;
    // best of: {tessel, river, delta} vs {velm} = 0, vs {tessel, river} = 0.8
    QTest::addRow("f1 alternatives") << R"({"type": "f1", "output": "answer", "threshold": 0.5})" << n
                                     << R"({"answer": "Tessel river delta"})"
                                     << R"({"answer": ["Velm", "Tessel River"]})" << 0.8 << n;

    // contains: whole normalised tokens
    QTest::addRow("contains") << R"({"type": "contains"})" << "It is the Tessel River, I think." << n
                              << R"({"answer": "tessel river"})" << 1.0 << n;
    QTest::addRow("contains not a word prefix") << R"({"type": "contains"})" << "Tesselbrook" << n << tessel << 0.0
                                                << "does not contain";

    // regex
    QTest::addRow("regex pattern") << R"({"type": "regex", "pattern": "^T\\w+$"})" << "Tessel" << n << "{}" << 1.0 << n;
    QTest::addRow("regex from reference") << R"({"type": "regex"})" << "Tessssel" << n << R"({"answer": "Tes+el"})"
                                          << 1.0 << n;
    QTest::addRow("regex invalid") << R"({"type": "regex", "pattern": "(x"})" << "(x" << n << "{}" << 0.0
                                   << "invalid regex";

    // json_valid
    const char* jsonValid = R"({"type": "json_valid"})";
    QTest::addRow("json_valid text") << jsonValid << "```json\n{\"a\": 1}\n```" << n << "{}" << 1.0 << n;
    QTest::addRow("json_valid parsed") << jsonValid << "whatever" << R"({"a": 1})" << "{}" << 1.0 << n;
    QTest::addRow("json_valid prose") << jsonValid << "no json here" << n << "{}" << 0.0 << n;

    // numeric
    const char* numeric = R"({"type": "numeric"})";
    QTest::addRow("numeric thousands") << numeric << "about 1,250 people" << n << R"({"answer": 1250})" << 1.0 << n;
    QTest::addRow("numeric within tolerance") << R"({"type": "numeric", "tolerance": 0.5})" << "1249.6" << n
                                              << R"({"answer": "1250"})" << 1.0 << n;
    QTest::addRow("numeric tolerance edge") << R"({"type": "numeric", "tolerance": 0.25})" << "10.25 km" << n
                                            << R"({"answer": 10})" << 1.0 << n;
    QTest::addRow("numeric outside tolerance") << R"({"type": "numeric", "tolerance": 0.3})" << "1249.6" << n
                                               << R"({"answer": 1250})" << 0.0 << "difference";
    QTest::addRow("numeric negative") << numeric << "it was -3.5 degrees" << n << R"({"answer": -3.5})" << 1.0 << n;
    QTest::addRow("numeric first number wins") << numeric << "in 1820, 3 bridges" << n << R"({"answer": 3})" << 0.0
                                               << n;
    QTest::addRow("numeric no number") << numeric << "no idea" << n << R"({"answer": 3})" << 0.0 << "no number";
    QTest::addRow("numeric field") << R"({"type": "numeric", "output": "answer"})" << n << R"({"answer": 1820})"
                                   << R"({"answer": "in 1820"})" << 1.0 << n;

    // clang-format on
}

void TestMetrics::evaluate()
{
    QFETCH(QString, metric);
    QFETCH(QString, finalText);
    QFETCH(QString, finalValue);
    QFETCH(QString, expected);
    QFETCH(double, score);
    QFETCH(QString, detailHas);

    const json spec = json::parse(metric.toStdString());
    fapo::Metric m;
    m.name = QStringLiteral("m");
    m.type = fapo::parseName<fapo::MetricType>(spec.at("type").get<std::string>()).value();
    m.output = QString::fromStdString(spec.value("output", std::string()));
    m.expected = QString::fromStdString(spec.value("expected", std::string()));
    m.pattern = QString::fromStdString(spec.value("pattern", std::string()));
    m.threshold = spec.value("threshold", 1.0);
    m.tolerance = spec.value("tolerance", 0.0);
    std::optional<json> value;
    if (!finalValue.isEmpty())
        value = json::parse(finalValue.toStdString());

    const fapo::MetricResult result = fapo::evaluateMetric(m, finalText, value, json::parse(expected.toStdString()));
    QCOMPARE(result.name, QStringLiteral("m"));
    QCOMPARE(result.type, m.type);
    QCOMPARE(result.score, score);
    QCOMPARE(result.passed, score >= m.threshold);
    QVERIFY(!result.detail.isEmpty());
    if (!detailHas.isEmpty())
        QVERIFY2(result.detail.contains(detailHas), qPrintable(result.detail));
}

void TestMetrics::firstNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("found");

    QTest::addRow("in prose") << "It has 3 bridges and 7 towers." << 3.0 << true;
    QTest::addRow("decimal") << "about 2.75 km" << 2.75 << true;
    QTest::addRow("leading dot") << "ratio .5" << 0.5 << true;
    QTest::addRow("thousands") << "12,400 people" << 12400.0 << true;
    QTest::addRow("list, not thousands") << "1,2,3" << 1.0 << true;
    QTest::addRow("exponent") << "2e3" << 2000.0 << true;
    QTest::addRow("negative") << "-4 degrees" << -4.0 << true;
    QTest::addRow("unicode minus") << QString(QChar(0x2212) + QStringLiteral("4")) << -4.0 << true;
    QTest::addRow("range is not negative") << "1821-1890" << 1821.0 << true;
    QTest::addRow("hyphenated name") << "Route-66" << 66.0 << true;
    QTest::addRow("none") << "no digits" << 0.0 << false;
}

void TestMetrics::firstNumber()
{
    QFETCH(QString, text);
    QFETCH(double, number);
    QFETCH(bool, found);
    const std::optional<double> value = fapo::firstNumber(text);
    QCOMPARE(value.has_value(), found);
    if (found)
        QCOMPARE(*value, number);
}

void TestMetrics::llmJudgeIsLeftToTheRunner()
{
    fapo::Metric judge = metric(QStringLiteral("llm_judge"));
    judge.rubric = QStringLiteral("Is the answer supported?");
    QVERIFY(fapo::metricNeedsModel(judge));
    QVERIFY(!fapo::metricNeedsModel(metric(QStringLiteral("f1"))));
    const fapo::MetricResult result = fapo::evaluateMetric(judge, QStringLiteral("Tessel"), std::nullopt, json("Tessel"));
    QCOMPARE(result.score, 0.0);
    QVERIFY(!result.passed);
    QCOMPARE(result.detail, QStringLiteral("needs a model call"));
}

void TestMetrics::scoreExample_data()
{
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QList<double>>("thresholds");
    QTest::addColumn<QList<bool>>("gates");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<double>("score");

    using D = QList<double>;
    using B = QList<bool>;
    QTest::addRow("no gate: first decides, fails") << D { 0.0, 0.8 } << D { 1.0, 0.5 } << B { false, false } << false << 0.0;
    QTest::addRow("no gate: first decides, passes") << D { 1.0, 0.2 } << D { 1.0, 0.5 } << B { false, false } << true << 1.0;
    QTest::addRow("gate on the first (by the loader)") << D { 1.0, 0.2 } << D { 1.0, 0.5 } << B { true, false } << true << 1.0;
    QTest::addRow("gate on the second only") << D { 0.0, 0.8 } << D { 1.0, 0.5 } << B { false, true } << true << 0.8;
    QTest::addRow("two gates pass") << D { 1.0, 0.6 } << D { 1.0, 0.5 } << B { true, true } << true << 0.8;
    QTest::addRow("two gates, one misses") << D { 1.0, 0.4 } << D { 1.0, 0.5 } << B { true, true } << false << 0.7;
    QTest::addRow("threshold below 1") << D { 0.75 } << D { 0.75 } << B { false } << true << 0.75;
    QTest::addRow("no metrics") << D {} << D {} << B {} << true << 1.0;
}

void TestMetrics::scoreExample()
{
    QFETCH(QList<double>, scores);
    QFETCH(QList<double>, thresholds);
    QFETCH(QList<bool>, gates);
    QFETCH(bool, passed);
    QFETCH(double, score);

    std::vector<fapo::Metric> metrics;
    std::vector<fapo::MetricResult> results;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        fapo::Metric m = metric(QStringLiteral("f1"));
        m.name = QStringLiteral("m%1").arg(i);
        m.threshold = thresholds[i];
        m.gate = gates[i];
        metrics.push_back(m);
        // `passed` deliberately wrong: scoreExample recomputes it from the score
        results.push_back({ m.name, m.type, scores[i], scores[i] < thresholds[i], QStringLiteral("d") });
    }
    const fapo::ExampleScore example = fapo::scoreExample(metrics, results);
    QCOMPARE(example.passed, passed);
    QCOMPARE(example.score, score);
    QCOMPARE(example.metrics.size(), results.size());
    for (size_t i = 0; i < example.metrics.size(); ++i)
        QCOMPARE(example.metrics[i].passed, scores[qsizetype(i)] >= thresholds[qsizetype(i)]);
}

void TestMetrics::scoreExampleMatchesByName()
{
    fapo::Metric em = metric(QStringLiteral("exact_match"));
    fapo::Metric judge = metric(QStringLiteral("llm_judge"));
    judge.gate = true;
    judge.threshold = 0.7;
    // results in another order; the runner filled in the judge's score
    std::vector<fapo::MetricResult> results { { judge.name, judge.type, 0.9, false, QStringLiteral("judged") },
                                              { em.name, em.type, 0.0, false, QStringLiteral("no match") } };
    fapo::ExampleScore example = fapo::scoreExample({ em, judge }, results);
    QVERIFY(example.passed);
    QCOMPARE(example.score, 0.9);

    // a gate metric without a result fails the example
    example = fapo::scoreExample({ em, judge }, { results[1] });
    QVERIFY(!example.passed);
}

void TestMetrics::toJson()
{
    const fapo::ExampleScore example { true,
                                       1.0,
                                       { { QStringLiteral("em"), fapo::MetricType::ExactMatch, 1.0, true, QStringLiteral("ok") } } };
    const json expected = json::parse(R"({"passed": true, "score": 1.0, "metrics": [
        {"name": "em", "type": "exact_match", "score": 1.0, "passed": true, "detail": "ok"}]})");
    const json value = fapo::toJson(example);
    QVERIFY2(value == expected, value.dump().c_str());
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
