// Metrics and the pass/fail decision of an example.
#include "eval/metrics.h"
#include "eval/textnormalize.h"

#include <QTest>

using nlohmann::json;

namespace {

fapo::Metric metric(const QString& type, const QString& output = {}, const QString& expected = {})
{
    fapo::Metric m;
    m.name = type;
    m.type = type;
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

    QTest::addRow("case") << QStringLiteral("Tessel River") << QStringLiteral("tessel river");
    QTest::addRow("articles") << QStringLiteral("The Tessel and a river and an oak") << QStringLiteral("tessel and river and oak");
    QTest::addRow("articles as whole words only") << QStringLiteral("theater anthem canal") << QStringLiteral("theater anthem canal");
    QTest::addRow("punctuation removed, not spaced") << QStringLiteral("don't stop, ok?!") << QStringLiteral("dont stop ok");
    QTest::addRow("hyphen joins") << QStringLiteral("Saint-Aubin") << QStringLiteral("saintaubin");
    QTest::addRow("white space") << QStringLiteral("  a\tb \n  c  ") << QStringLiteral("b c");
    QTest::addRow("unicode punctuation") << QStringLiteral("«Zürich» — “city”…") << QStringLiteral("zürich city");
    QTest::addRow("symbols") << QStringLiteral("$5 + 3% = ok ©") << QStringLiteral("5 3 ok");
    QTest::addRow("emoji symbol") << QString::fromUtf8("yes \xF0\x9F\x98\x80") << QStringLiteral("yes");
    QTest::addRow("only articles") << QStringLiteral("The a AN") << QString();
    QTest::addRow("article after punctuation") << QStringLiteral("(the) river") << QStringLiteral("river");
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
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("output"); // Metric::output
    QTest::addColumn<QString>("expectedField"); // Metric::expected
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<QString>("finalText");
    QTest::addColumn<QString>("finalValue"); // JSON; empty: the final output was not parsed
    QTest::addColumn<QString>("expected"); // the example's expected, JSON
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("detailHas");

    const QString n; // none
    const QString ans = QStringLiteral("answer");
    const QString tessel = QStringLiteral("{\"answer\": \"Tessel\"}");

    // exact_match, SQuAD normalisation
    QTest::addRow("em same") << "exact_match" << n << n << n << 1.0 << 0.0 << "Tessel" << n << tessel << 1.0 << "matches";
    QTest::addRow("em case and punctuation") << "exact_match" << n << n << n << 1.0 << 0.0 << "TESSEL!" << n << tessel << 1.0 << n;
    QTest::addRow("em article") << "exact_match" << n << n << n << 1.0 << 0.0 << "the Tessel river." << n
                                << "{\"answer\": \"Tessel River\"}" << 1.0 << n;
    QTest::addRow("em wrapped in words") << "exact_match" << n << n << n << 1.0 << 0.0 << "The answer is Tessel." << n
                                         << tessel << 0.0 << "does not match";
    QTest::addRow("em unicode") << "exact_match" << n << n << n << 1.0 << 0.0 << "«Zürich»" << n
                                << "{\"answer\": \"zürich\"}" << 1.0 << n;
    QTest::addRow("em field") << "exact_match" << ans << ans << n << 1.0 << 0.0 << "{...}" << tessel << tessel << 1.0 << n;
    QTest::addRow("em field number") << "exact_match" << ans << ans << n << 1.0 << 0.0 << n << "{\"answer\": 1820}"
                                     << "{\"answer\": \"1820\"}" << 1.0 << n;
    QTest::addRow("em missing output field") << "exact_match" << ans << ans << n << 1.0 << 0.0 << n << "{\"reply\": \"Tessel\"}"
                                             << tessel << 0.0 << "has no field \"answer\"";
    QTest::addRow("em output not JSON") << "exact_match" << ans << ans << n << 1.0 << 0.0 << "Tessel" << n << tessel << 0.0
                                        << "not JSON";
    QTest::addRow("em null field") << "exact_match" << ans << ans << n << 1.0 << 0.0 << n << "{\"answer\": null}" << tessel
                                   << 0.0 << n;
    QTest::addRow("em missing expected field") << "exact_match" << n << QStringLiteral("city") << n << 1.0 << 0.0 << "Brask"
                                               << n << tessel << 0.0 << "no field \"city\"";
    QTest::addRow("em named expected field") << "exact_match" << n << QStringLiteral("city") << n << 1.0 << 0.0 << "Brask"
                                             << n << "{\"answer\": \"x\", \"city\": \"Brask\"}" << 1.0 << n;
    QTest::addRow("em expected is a string") << "exact_match" << n << n << n << 1.0 << 0.0 << "Tessel" << n << "\"Tessel\""
                                             << 1.0 << n;
    QTest::addRow("em no reference") << "exact_match" << n << n << n << 1.0 << 0.0 << "Tessel" << n << "{\"city\": \"x\"}"
                                     << 0.0 << "no reference";
    QTest::addRow("em alternatives") << "exact_match" << n << n << n << 1.0 << 0.0 << "Tessel River" << n
                                     << "{\"answer\": [\"Velm\", \"the Tessel river\"]}" << 1.0 << "best of 2";
    QTest::addRow("em alternatives none") << "exact_match" << n << n << n << 1.0 << 0.0 << "Orn" << n
                                          << "{\"answer\": [\"Velm\", \"Tessel\"]}" << 0.0 << n;

    // f1: token overlap with Counter semantics
    QTest::addRow("f1 same") << "f1" << n << n << n << 1.0 << 0.0 << "Tessel River" << n << "{\"answer\": \"the tessel river\"}"
                             << 1.0 << n;
    // pred {tessel, river, valley}, gold {tessel, river}: P 2/3, R 1, F1 0.8
    QTest::addRow("f1 partial") << "f1" << n << n << n << 1.0 << 0.0 << "Tessel river valley" << n
                                << "{\"answer\": \"the Tessel River\"}" << 0.8 << n;
    // pred {red, red, blue}, gold {red, blue, blue, green}: common 2, P 2/3, R 1/2, F1 4/7
    QTest::addRow("f1 counter overlap") << "f1" << n << n << n << 0.5 << 0.0 << "red red blue" << n
                                        << "{\"answer\": \"red blue blue green\"}" << 4.0 / 7.0 << n;
    // pred {orlin}, gold {orlin, vasko}: P 1, R 1/2, F1 2/3
    QTest::addRow("f1 subset") << "f1" << n << n << n << 1.0 << 0.0 << "Orlin" << n << "{\"answer\": \"Orlin Vasko\"}"
                               << 2.0 / 3.0 << n;
    QTest::addRow("f1 no overlap") << "f1" << n << n << n << 1.0 << 0.0 << "Velm" << n << tessel << 0.0 << n;
    QTest::addRow("f1 both empty") << "f1" << n << n << n << 1.0 << 0.0 << "the" << n << "{\"answer\": \"a\"}" << 1.0 << n;
    QTest::addRow("f1 prediction empty") << "f1" << n << n << n << 1.0 << 0.0 << "" << n << tessel << 0.0 << n;
    // best of: {tessel, river, delta} vs {velm} = 0, vs {tessel, river} = 0.8
    QTest::addRow("f1 alternatives") << "f1" << ans << ans << n << 0.5 << 0.0 << n << "{\"answer\": \"Tessel river delta\"}"
                                     << "{\"answer\": [\"Velm\", \"Tessel River\"]}" << 0.8 << n;

    // contains: whole normalised tokens
    QTest::addRow("contains") << "contains" << n << n << n << 1.0 << 0.0 << "It is the Tessel River, I think." << n
                              << "{\"answer\": \"tessel river\"}" << 1.0 << n;
    QTest::addRow("contains not a word prefix") << "contains" << n << n << n << 1.0 << 0.0 << "Tesselbrook" << n << tessel
                                                << 0.0 << "does not contain";

    // regex
    QTest::addRow("regex pattern") << "regex" << n << n << QStringLiteral("^T\\w+$") << 1.0 << 0.0 << "Tessel" << n << "{}"
                                   << 1.0 << n;
    QTest::addRow("regex pattern miss") << "regex" << n << n << QStringLiteral("^\\d+$") << 1.0 << 0.0 << "Tessel" << n
                                        << "{}" << 0.0 << n;
    QTest::addRow("regex from reference") << "regex" << n << n << n << 1.0 << 0.0 << "Tessssel" << n
                                          << "{\"answer\": \"Tes+el\"}" << 1.0 << n;
    QTest::addRow("regex invalid") << "regex" << n << n << QStringLiteral("(x") << 1.0 << 0.0 << "(x" << n << "{}" << 0.0
                                   << "invalid regex";

    // json_valid
    QTest::addRow("json_valid text") << "json_valid" << n << n << n << 1.0 << 0.0 << "```json\n{\"a\": 1}\n```" << n << "{}"
                                     << 1.0 << n;
    QTest::addRow("json_valid parsed") << "json_valid" << n << n << n << 1.0 << 0.0 << "whatever" << "{\"a\": 1}" << "{}"
                                       << 1.0 << n;
    QTest::addRow("json_valid prose") << "json_valid" << n << n << n << 1.0 << 0.0 << "no json here" << n << "{}" << 0.0 << n;

    // numeric
    QTest::addRow("numeric thousands") << "numeric" << n << n << n << 1.0 << 0.0 << "about 1,250 people" << n
                                       << "{\"answer\": 1250}" << 1.0 << n;
    QTest::addRow("numeric within tolerance") << "numeric" << n << n << n << 1.0 << 0.5 << "1249.6" << n
                                              << "{\"answer\": \"1250\"}" << 1.0 << n;
    QTest::addRow("numeric tolerance edge") << "numeric" << n << n << n << 1.0 << 0.25 << "10.25 km" << n
                                            << "{\"answer\": 10}" << 1.0 << n;
    QTest::addRow("numeric outside tolerance") << "numeric" << n << n << n << 1.0 << 0.3 << "1249.6" << n
                                               << "{\"answer\": 1250}" << 0.0 << "difference";
    QTest::addRow("numeric negative") << "numeric" << n << n << n << 1.0 << 0.0 << "it was -3.5 degrees" << n
                                      << "{\"answer\": -3.5}" << 1.0 << n;
    QTest::addRow("numeric first number wins") << "numeric" << n << n << n << 1.0 << 0.0 << "in 1820, 3 bridges" << n
                                               << "{\"answer\": 3}" << 0.0 << n;
    QTest::addRow("numeric no number") << "numeric" << n << n << n << 1.0 << 0.0 << "no idea" << n << "{\"answer\": 3}"
                                       << 0.0 << "no number";
    QTest::addRow("numeric field") << "numeric" << ans << ans << n << 1.0 << 0.0 << n << "{\"answer\": 1820}"
                                   << "{\"answer\": \"in 1820\"}" << 1.0 << n;

    QTest::addRow("unknown type") << "bleu" << n << n << n << 1.0 << 0.0 << "x" << n << tessel << 0.0 << "unknown metric";
}

void TestMetrics::evaluate()
{
    QFETCH(QString, type);
    QFETCH(QString, output);
    QFETCH(QString, expectedField);
    QFETCH(QString, pattern);
    QFETCH(double, threshold);
    QFETCH(double, tolerance);
    QFETCH(QString, finalText);
    QFETCH(QString, finalValue);
    QFETCH(QString, expected);
    QFETCH(double, score);
    QFETCH(QString, detailHas);

    fapo::Metric m = metric(type, output, expectedField);
    m.name = QStringLiteral("m");
    m.pattern = pattern;
    m.threshold = threshold;
    m.tolerance = tolerance;
    std::optional<json> value;
    if (!finalValue.isEmpty())
        value = json::parse(finalValue.toStdString());

    const fapo::MetricResult result = fapo::evaluateMetric(m, finalText, value, json::parse(expected.toStdString()));
    QCOMPARE(result.name, QStringLiteral("m"));
    QCOMPARE(result.type, type);
    QCOMPARE(result.score, score);
    QCOMPARE(result.passed, score >= threshold);
    QVERIFY(!result.detail.isEmpty());
    if (!detailHas.isEmpty())
        QVERIFY2(result.detail.contains(detailHas), qPrintable(result.detail));
}

void TestMetrics::firstNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("found");

    QTest::addRow("integer") << QStringLiteral("42") << 42.0 << true;
    QTest::addRow("in prose") << QStringLiteral("It has 3 bridges and 7 towers.") << 3.0 << true;
    QTest::addRow("decimal") << QStringLiteral("about 2.75 km") << 2.75 << true;
    QTest::addRow("leading dot") << QStringLiteral("ratio .5") << 0.5 << true;
    QTest::addRow("thousands") << QStringLiteral("12,400 people") << 12400.0 << true;
    QTest::addRow("list, not thousands") << QStringLiteral("1,2,3") << 1.0 << true;
    QTest::addRow("exponent") << QStringLiteral("2e3") << 2000.0 << true;
    QTest::addRow("negative") << QStringLiteral("-4 degrees") << -4.0 << true;
    QTest::addRow("unicode minus") << QString(QChar(0x2212) + QStringLiteral("4")) << -4.0 << true;
    QTest::addRow("range is not negative") << QStringLiteral("1821-1890") << 1821.0 << true;
    QTest::addRow("hyphenated name") << QStringLiteral("Route-66") << 66.0 << true;
    QTest::addRow("none") << QStringLiteral("no digits") << 0.0 << false;
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
    QTest::addRow("no gate: the first decides, fails") << D { 0.0, 0.8 } << D { 1.0, 0.5 } << B { false, false } << false << 0.0;
    QTest::addRow("no gate: the first decides, passes") << D { 1.0, 0.2 } << D { 1.0, 0.5 } << B { false, false } << true << 1.0;
    QTest::addRow("gate on the first (set by the loader)") << D { 1.0, 0.2 } << D { 1.0, 0.5 } << B { true, false } << true << 1.0;
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
    const fapo::ExampleScore example { true, 1.0, { { QStringLiteral("em"), QStringLiteral("exact_match"), 1.0, true, QStringLiteral("ok") } } };
    const json value = fapo::toJson(example);
    QCOMPARE(value["passed"].get<bool>(), true);
    QCOMPARE(value["score"].get<double>(), 1.0);
    QCOMPARE(value["metrics"].size(), size_t(1));
    QCOMPARE(value["metrics"][0]["name"].get<std::string>(), std::string("em"));
    QCOMPARE(value["metrics"][0]["type"].get<std::string>(), std::string("exact_match"));
    QCOMPARE(value["metrics"][0]["detail"].get<std::string>(), std::string("ok"));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
