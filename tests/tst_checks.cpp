// Per-step checks.
#include "core/eval/checks.h"

#include <QTest>

using nlohmann::json;

Q_DECLARE_METATYPE(fapo::Check)

namespace {

fapo::Check check(const char* type, const QString& pattern = {}, const QString& text = {}, qint64 number = 0)
{
    fapo::Check c;
    c.type = fapo::parseName<fapo::CheckType>(std::string_view(type)).value();
    c.pattern = pattern;
    c.text = text;
    c.number = number;
    return c;
}

} // namespace

class TestChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runCheck_data();
    void runCheck();
    void parsedValueCountsAsJson();
    void invalidRegexExplains();
    void runChecksKeepsOrder();
    void toJson();
};

void TestChecks::runCheck_data()
{
    QTest::addColumn<fapo::Check>("check");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("passed");

    QTest::addRow("json_valid object") << check("json_valid") << QStringLiteral("{\"answer\": \"x\"}") << true;
    QTest::addRow("json_valid fenced") << check("json_valid") << QStringLiteral("```json\n{\"a\": 1}\n```") << true;
    QTest::addRow("json_valid prose") << check("json_valid") << QStringLiteral("The answer is Tessel.") << false;
    QTest::addRow("json_valid empty") << check("json_valid") << QString() << false;

    QTest::addRow("regex found") << check("regex", QStringLiteral("\\b[A-Z][a-z]+\\b")) << QStringLiteral("it is Tessel") << true;
    QTest::addRow("regex searches, not anchored") << check("regex", QStringLiteral("ess")) << QStringLiteral("Tessel") << true;
    QTest::addRow("regex anchored miss") << check("regex", QStringLiteral("^ess")) << QStringLiteral("Tessel") << false;
    QTest::addRow("regex case-sensitive") << check("regex", QStringLiteral("tessel")) << QStringLiteral("Tessel") << false;
    QTest::addRow("regex inline flag") << check("regex", QStringLiteral("(?i)tessel")) << QStringLiteral("Tessel") << true;
    QTest::addRow("regex unicode") << check("regex", QStringLiteral("^\\w+$")) << QStringLiteral("Zürich") << true;
    QTest::addRow("regex invalid") << check("regex", QStringLiteral("(unclosed")) << QStringLiteral("(unclosed") << false;

    QTest::addRow("max_chars under") << check("max_chars", {}, {}, 5) << QStringLiteral("abcd") << true;
    QTest::addRow("max_chars equal") << check("max_chars", {}, {}, 5) << QStringLiteral("abcde") << true;
    QTest::addRow("max_chars over") << check("max_chars", {}, {}, 5) << QStringLiteral("abcdef") << false;
    // 5 characters, 10 UTF-8 bytes
    QTest::addRow("max_chars counts characters, not bytes") << check("max_chars", {}, {}, 5) << QStringLiteral("äöüßé") << true;
    // 2 emoji: 2 characters, 4 UTF-16 code units
    QTest::addRow("max_chars counts code points")
        << check("max_chars", {}, {}, 2) << QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x81") << true;
    QTest::addRow("min_chars met") << check("min_chars", {}, {}, 3) << QStringLiteral("abc") << true;
    QTest::addRow("min_chars missed") << check("min_chars", {}, {}, 3) << QStringLiteral("ab") << false;
    QTest::addRow("min_chars non-ASCII") << check("min_chars", {}, {}, 4) << QStringLiteral("東京都") << false;

    QTest::addRow("contains") << check("contains", {}, QStringLiteral("Tessel")) << QStringLiteral("The Tessel river") << true;
    QTest::addRow("contains missing") << check("contains", {}, QStringLiteral("Tessel")) << QStringLiteral("The Velm") << false;
    QTest::addRow("contains case-sensitive") << check("contains", {}, QStringLiteral("Tessel")) << QStringLiteral("tessel") << false;

    QTest::addRow("not_empty text") << check("not_empty") << QStringLiteral(" x ") << true;
    QTest::addRow("not_empty empty") << check("not_empty") << QString() << false;
    QTest::addRow("not_empty white space") << check("not_empty") << QStringLiteral(" \n\t ") << false;
    QTest::addRow("not_empty unicode space") << check("not_empty") << QString(QChar(0x3000)) << false;
}

void TestChecks::runCheck()
{
    QFETCH(fapo::Check, check);
    QFETCH(QString, output);
    QFETCH(bool, passed);

    const fapo::CheckResult result = fapo::runCheck(check, output, std::nullopt);
    QCOMPARE(result.type, check.type);
    QVERIFY2(result.passed == passed, qPrintable(result.detail));
    QVERIFY(!result.detail.isEmpty());
}

void TestChecks::parsedValueCountsAsJson()
{
    const fapo::CheckResult result = fapo::runCheck(check("json_valid"), QStringLiteral("not json"), json { { "a", 1 } });
    QVERIFY(result.passed);
}

void TestChecks::invalidRegexExplains()
{
    const fapo::CheckResult result = fapo::runCheck(check("regex", QStringLiteral("a(b")), QStringLiteral("a(b"), std::nullopt);
    QVERIFY(!result.passed);
    QVERIFY2(result.detail.contains(QLatin1String("invalid regex")), qPrintable(result.detail));
}

void TestChecks::runChecksKeepsOrder()
{
    const std::vector<fapo::Check> checks { check("not_empty"), check("max_chars", {}, {}, 3), check("json_valid") };
    const std::vector<fapo::CheckResult> results = fapo::runChecks(checks, QStringLiteral("[1, 2]"), std::nullopt);
    QCOMPARE(results.size(), size_t(3));
    QCOMPARE(nameOf(results[0].type), QStringLiteral("not_empty"));
    QVERIFY(results[0].passed);
    QCOMPARE(nameOf(results[1].type), QStringLiteral("max_chars"));
    QVERIFY(!results[1].passed);
    QCOMPARE(results[1].detail, QStringLiteral("6 characters (max 3)"));
    QVERIFY(results[2].passed);
    QVERIFY(!fapo::allPassed(results));
    QVERIFY(fapo::allPassed({}));
}

void TestChecks::toJson()
{
    const std::vector<fapo::CheckResult> results { { fapo::CheckType::Contains, false, QStringLiteral("no \"x\"") },
                                                   { fapo::CheckType::NotEmpty, true, QStringLiteral("not empty") } };
    const json array = fapo::toJson(results);
    QVERIFY(array.is_array());
    QCOMPARE(array.size(), size_t(2));
    QCOMPARE(array[0]["type"].get<std::string>(), std::string("contains"));
    QCOMPARE(array[0]["passed"].get<bool>(), false);
    QCOMPARE(array[0]["detail"].get<std::string>(), std::string("no \"x\""));
    QCOMPARE(array[1]["passed"].get<bool>(), true);
    QVERIFY(fapo::toJson(std::vector<fapo::CheckResult> {}).is_array());
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
