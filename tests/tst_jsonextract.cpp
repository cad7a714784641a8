// Finding the one JSON value in a model's reply.
#include "core/eval/jsonextract.h"

#include <QTest>

using nlohmann::json;

class TestJsonExtract : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void extracts_data();
    void extracts();
    void rejects_data();
    void rejects();
    void errorIsOptional();
};

void TestJsonExtract::extracts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // compact JSON dump

    QTest::addRow("object") << QStringLiteral("{\"answer\": \"Tessel\"}") << QStringLiteral("{\"answer\":\"Tessel\"}");
    QTest::addRow("array") << QStringLiteral("[1, 2, 3]") << QStringLiteral("[1,2,3]");
    QTest::addRow("bare number") << QStringLiteral("42") << QStringLiteral("42");
    QTest::addRow("bare string") << QStringLiteral("\"yes\"") << QStringLiteral("\"yes\"");
    QTest::addRow("bare true") << QStringLiteral("true") << QStringLiteral("true");
    QTest::addRow("bare null") << QStringLiteral(" null \n") << QStringLiteral("null");
    QTest::addRow("trailing whitespace") << QStringLiteral("{\"a\": 1}\n\n  \t") << QStringLiteral("{\"a\":1}");
    QTest::addRow("leading whitespace") << QStringLiteral("\n   {\"a\": 1}") << QStringLiteral("{\"a\":1}");
    QTest::addRow("json fence") << QStringLiteral("```json\n{\"a\": [1, {\"b\": null}]}\n```")
                                << QStringLiteral("{\"a\":[1,{\"b\":null}]}");
    QTest::addRow("plain fence") << QStringLiteral("```\n{\"a\": 1}\n```") << QStringLiteral("{\"a\":1}");
    QTest::addRow("upper-case fence") << QStringLiteral("```JSON\n[true]\n```") << QStringLiteral("[true]");
    QTest::addRow("fence with prose around") << QStringLiteral(
        "Sure! Here is the result:\n\n```json\n{\"answer\": \"Velm\"}\n```\nLet me know if you need more.")
                                             << QStringLiteral("{\"answer\":\"Velm\"}");
    QTest::addRow("one-line fence") << QStringLiteral("```{\"a\": 2}```") << QStringLiteral("{\"a\":2}");
    QTest::addRow("unterminated fence") << QStringLiteral("```json\n{\"a\": 3}\n") << QStringLiteral("{\"a\":3}");
    QTest::addRow("fenced scalar") << QStringLiteral("The count:\n```json\n7\n```") << QStringLiteral("7");
    QTest::addRow("two fences, first invalid") << QStringLiteral(
        "```json\n{answer: Tessel}\n```\nOops, fixed:\n```json\n{\"answer\": \"Tessel\"}\n```")
                                               << QStringLiteral("{\"answer\":\"Tessel\"}");
    QTest::addRow("two fences, both valid") << QStringLiteral("```json\n{\"n\": 1}\n```\n```json\n{\"n\": 2}\n```")
                                            << QStringLiteral("{\"n\":1}");
    QTest::addRow("prose before") << QStringLiteral("The answer is: {\"answer\": \"Orlin\"}") << QStringLiteral("{\"answer\":\"Orlin\"}");
    QTest::addRow("prose before and after") << QStringLiteral(
        "Thinking about it... {\"facts\": [\"a\", \"b\"], \"entity\": \"X\"} Hope that helps!")
                                            << QStringLiteral("{\"entity\":\"X\",\"facts\":[\"a\",\"b\"]}");
    QTest::addRow("array in prose") << QStringLiteral("Results: [{\"id\": 1}, {\"id\": 2}] end.")
                                    << QStringLiteral("[{\"id\":1},{\"id\":2}]");
    QTest::addRow("braces inside strings") << QStringLiteral("Here: {\"a\": \"x } y {\", \"b\": {\"c\": [1, \"]\"]}} done")
                                           << QStringLiteral("{\"a\":\"x } y {\",\"b\":{\"c\":[1,\"]\"]}}");
    QTest::addRow("escaped quote inside string")
        << QStringLiteral("Reply: {\"a\": \"he said \\\"}\\\" twice\"} ok") << QStringLiteral("{\"a\":\"he said \\\"}\\\" twice\"}");
    QTest::addRow("escaped backslash before quote") << QStringLiteral("x {\"p\": \"C:\\\\\"} y") << QStringLiteral("{\"p\":\"C:\\\\\"}");
    QTest::addRow("invalid brace span before valid one")
        << QStringLiteral("Use {curly} braces like {\"ok\": true}") << QStringLiteral("{\"ok\":true}");
    QTest::addRow("citation before object") << QStringLiteral("According to [1], {\"answer\": \"Brask\"}")
                                            << QStringLiteral("{\"answer\":\"Brask\"}");
    QTest::addRow("citation only") << QStringLiteral("See [2] for details.") << QStringLiteral("[2]");
    QTest::addRow("non-ASCII") << QStringLiteral("Réponse : {\"ville\": \"Zürich 東京\"}") << QStringLiteral("{\"ville\":\"Zürich 東京\"}");
    QTest::addRow("comments ignored") << QStringLiteral("{\"a\": 1 // one\n}") << QStringLiteral("{\"a\":1}");
    QTest::addRow("byte order mark") << QString(QChar(0xFEFF) + QStringLiteral("{\"a\": 1}")) << QStringLiteral("{\"a\":1}");
}

void TestJsonExtract::extracts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const std::optional<json> value = fapo::extractJson(text, &error);
    QVERIFY2(value.has_value(), qPrintable(error));
    QCOMPARE(QString::fromStdString(value->dump()), expected);
}

void TestJsonExtract::rejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("empty") << QString();
    QTest::addRow("white space") << QStringLiteral("  \n\t ");
    QTest::addRow("prose only") << QStringLiteral("The answer is Tessel.");
    QTest::addRow("number in prose") << QStringLiteral("The answer is 42.");
    QTest::addRow("unbalanced") << QStringLiteral("{\"answer\": \"Tessel\"");
    QTest::addRow("single quotes") << QStringLiteral("{'answer': 'Tessel'}");
    QTest::addRow("trailing comma") << QStringLiteral("{\"a\": 1,}");
    QTest::addRow("invalid fence") << QStringLiteral("```json\n{answer: Tessel}\n```");
    QTest::addRow("empty fence") << QStringLiteral("```json\n```");
    QTest::addRow("brace in string only") << QStringLiteral("\"{\" is a brace");
}

void TestJsonExtract::rejects()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<json> value = fapo::extractJson(text, &error);
    QVERIFY2(!value.has_value(), value ? value->dump().c_str() : "");
    QVERIFY(!error.isEmpty());
}

void TestJsonExtract::errorIsOptional()
{
    QVERIFY(!fapo::extractJson(QStringLiteral("nothing here")));
    QVERIFY(fapo::extractJson(QStringLiteral("{}")));
}

QTEST_GUILESS_MAIN(TestJsonExtract)
#include "tst_jsonextract.moc"
