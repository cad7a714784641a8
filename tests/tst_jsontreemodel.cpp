// The JSON tree of a step's parsed value.
#include "models/jsontreemodel.h"

#include "core/translations.h"
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using fapo::JsonTreeModel;
using nlohmann::json;

Q_DECLARE_METATYPE(nlohmann::json)

namespace {

QString display(const QAbstractItemModel& model, const QModelIndex& index, int column)
{
    return model.data(index.siblingAtColumn(column), Qt::DisplayRole).toString();
}

json parse(const char* text) { return json::parse(text); }

} // namespace

class TestJsonTreeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_translations()
    {
        // The English catalogue supplies plural forms ("%n key(s)" -> "2 keys"), as in the app.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        fapo::installTranslations(*QCoreApplication::instance());
    }
    void emptyModel();
    void scalars_data();
    void scalars();
    void object();
    void array();
    void nested();
    void emptyContainers();
    void unicode();
    void stringsStayPlainText();
    void largeArray();
    void resetAndClear();
    void headers();
};

void TestJsonTreeModel::emptyModel()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(JsonTreeModel::NUM_COLUMNS));
    QVERIFY(model.isEmpty());
    QVERIFY(!model.index(0, 0).isValid());
}

void TestJsonTreeModel::scalars_data()
{
    QTest::addColumn<json>("value");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("type");
    QTest::addRow("integer") << json(42) << QStringLiteral("42") << QStringLiteral("number");
    QTest::addRow("negative") << json(-7) << QStringLiteral("-7") << QStringLiteral("number");
    QTest::addRow("double") << json(0.25) << QStringLiteral("0.25") << QStringLiteral("number");
    QTest::addRow("true") << json(true) << QStringLiteral("true") << QStringLiteral("boolean");
    QTest::addRow("false") << json(false) << QStringLiteral("false") << QStringLiteral("boolean");
    QTest::addRow("string") << json("Tessel") << QStringLiteral("Tessel") << QStringLiteral("string");
    QTest::addRow("empty string") << json("") << QString() << QStringLiteral("string");
    QTest::addRow("null") << json() << QStringLiteral("null") << QStringLiteral("null");
}

void TestJsonTreeModel::scalars()
{
    QFETCH(json, value);
    QFETCH(QString, shown);
    QFETCH(QString, type);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(value);
    // A scalar is one row keyed "(value)".
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(display(model, row, JsonTreeModel::KeyColumn), QStringLiteral("(value)"));
    QCOMPARE(display(model, row, JsonTreeModel::ValueColumn), shown);
    QCOMPARE(display(model, row, JsonTreeModel::TypeColumn), type);
    QCOMPARE(row.data(JsonTreeModel::TypeNameRole).toString(), type);
    QCOMPARE(model.rowCount(row), 0);
    QVERIFY(!model.hasChildren(row));
    QCOMPARE(row.data(JsonTreeModel::PathRole).toString(), QString());
}

void TestJsonTreeModel::object()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(parse("{\"entity\": \"Brask\", \"confidence\": 0.8, \"found\": true, \"note\": null}"));
    QCOMPARE(model.rowCount(), 4);
    // nlohmann::json keeps object keys sorted.
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys << display(model, model.index(r, 0), JsonTreeModel::KeyColumn);
    QCOMPARE(keys,
             QStringList({ QStringLiteral("confidence"), QStringLiteral("entity"), QStringLiteral("found"), QStringLiteral("note") }));
    const QModelIndex entity = model.index(1, 0);
    QCOMPARE(display(model, entity, JsonTreeModel::ValueColumn), QStringLiteral("Brask"));
    QCOMPARE(display(model, entity, JsonTreeModel::TypeColumn), QStringLiteral("string"));
    QCOMPARE(entity.data(JsonTreeModel::PathRole).toString(), QStringLiteral("entity"));
    QCOMPARE(entity.data(JsonTreeModel::JsonRole).toString(), QStringLiteral("\"Brask\""));
    QCOMPARE(display(model, model.index(0, 0), JsonTreeModel::ValueColumn), QStringLiteral("0.8"));
    QCOMPARE(display(model, model.index(2, 0), JsonTreeModel::ValueColumn), QStringLiteral("true"));
    QCOMPARE(display(model, model.index(3, 0), JsonTreeModel::ValueColumn), QStringLiteral("null"));
    QCOMPARE(display(model, model.index(3, 0), JsonTreeModel::TypeColumn), QStringLiteral("null"));
}

void TestJsonTreeModel::array()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(parse("[\"a\", 2, false]"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(display(model, model.index(0, 0), JsonTreeModel::KeyColumn), QStringLiteral("[0]"));
    QCOMPARE(display(model, model.index(2, 0), JsonTreeModel::KeyColumn), QStringLiteral("[2]"));
    QCOMPARE(display(model, model.index(1, 0), JsonTreeModel::ValueColumn), QStringLiteral("2"));
    QCOMPARE(model.index(2, 0).data(JsonTreeModel::PathRole).toString(), QStringLiteral("2"));
    QVERIFY(!model.index(3, 0).isValid());
}

void TestJsonTreeModel::nested()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(parse("{\"facts\": [\"born in Brask\", {\"river\": \"Tessel\", \"towns\": [\"Brask\", \"Kelder\"]}], "
                        "\"entity\": \"Brask\"}"));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex facts = model.index(1, 0);
    QCOMPARE(display(model, facts, JsonTreeModel::KeyColumn), QStringLiteral("facts"));
    QCOMPARE(display(model, facts, JsonTreeModel::ValueColumn), QStringLiteral("[2 items]"));
    QCOMPARE(display(model, facts, JsonTreeModel::TypeColumn), QStringLiteral("array"));
    QCOMPARE(facts.data(JsonTreeModel::ChildCountRole).toInt(), 2);
    QVERIFY(model.hasChildren(facts));
    QCOMPARE(model.rowCount(facts), 2);
    // Only column 0 has children.
    QCOMPARE(model.rowCount(facts.siblingAtColumn(1)), 0);

    const QModelIndex second = model.index(1, 0, facts);
    QCOMPARE(display(model, second, JsonTreeModel::ValueColumn), QStringLiteral("{2 keys}"));
    QCOMPARE(model.parent(second), facts);
    QCOMPARE(model.parent(model.index(1, 2, facts)), facts);
    const QModelIndex towns = model.index(1, 0, second);
    QCOMPARE(display(model, towns, JsonTreeModel::KeyColumn), QStringLiteral("towns"));
    QCOMPARE(model.rowCount(towns), 2);
    const QModelIndex kelder = model.index(1, 0, towns);
    QCOMPARE(display(model, kelder, JsonTreeModel::ValueColumn), QStringLiteral("Kelder"));
    QCOMPARE(kelder.data(JsonTreeModel::PathRole).toString(), QStringLiteral("facts.1.towns.1"));
    QCOMPARE(model.parent(kelder), towns);
    QCOMPARE(model.parent(model.parent(model.parent(kelder))), facts);
    QVERIFY(!model.parent(facts).isValid());
    QCOMPARE(second.data(JsonTreeModel::JsonRole).toString(),
             QStringLiteral("{\n  \"river\": \"Tessel\",\n  \"towns\": [\n    \"Brask\",\n    \"Kelder\"\n  ]\n}"));
}

void TestJsonTreeModel::emptyContainers()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(json::object());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isEmpty());
    model.setJson(json::array());
    QCOMPARE(model.rowCount(), 0);
    model.setJson(parse("{\"list\": [], \"map\": {}}"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(display(model, model.index(0, 0), JsonTreeModel::ValueColumn), QStringLiteral("[0 items]"));
    QCOMPARE(display(model, model.index(1, 0), JsonTreeModel::ValueColumn), QStringLiteral("{0 keys}"));
    QVERIFY(!model.hasChildren(model.index(0, 0)));
}

void TestJsonTreeModel::unicode()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    json value = json::object();
    value["Stadt \xc3\xbc"] = "Z\xc3\xbcrich \xe2\x9c\x93 \xe5\x8c\x97\xe4\xba\xac \xf0\x9f\x8c\x8a";
    model.setJson(value);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(display(model, model.index(0, 0), JsonTreeModel::KeyColumn), QString::fromUtf8("Stadt \xc3\xbc"));
    QCOMPARE(display(model, model.index(0, 0), JsonTreeModel::ValueColumn),
             QString::fromUtf8("Z\xc3\xbcrich \xe2\x9c\x93 \xe5\x8c\x97\xe4\xba\xac \xf0\x9f\x8c\x8a"));
}

void TestJsonTreeModel::stringsStayPlainText()
{
    JsonTreeModel model;
    const QString html = QStringLiteral("<b>bold</b><script>alert(1)</script>");
    json value = json::object();
    value["answer"] = html.toStdString();
    value["multi"] = "line one\nline two";
    value["long"] = std::string(1000, 'x');
    model.setJson(value);
    const QModelIndex answer = model.index(0, 0);
    QCOMPARE(display(model, answer, JsonTreeModel::KeyColumn), QStringLiteral("answer"));
    QCOMPARE(display(model, answer, JsonTreeModel::ValueColumn), html);
    // A line break shows as a visible mark so each row stays one line.
    QCOMPARE(display(model, model.index(2, 0), JsonTreeModel::ValueColumn), QStringLiteral("line one\u21b5line two"));
    const QString tip = model.index(2, 0).siblingAtColumn(JsonTreeModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("line one\nline two")));
    // Long strings are elided in the cell and escaped in the (rich text) tool tip.
    const QString longShown = display(model, model.index(1, 0), JsonTreeModel::ValueColumn);
    QVERIFY(longShown.size() < 400);
    QVERIFY(longShown.endsWith(QChar(0x2026)));
    value["answer"] = QString(html + QString(80, QLatin1Char(0x20))).toStdString();
    model.setJson(value);
    const QString htmlTip = model.index(0, 0).siblingAtColumn(JsonTreeModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(htmlTip.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(!htmlTip.contains(QStringLiteral("<script>")));
}

void TestJsonTreeModel::largeArray()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    json value = json::array();
    for (int i = 0; i < 10000; ++i)
        value.push_back({ { "id", i }, { "text", "passage " + std::to_string(i) } });
    QElapsedTimer clock;
    clock.start();
    model.setJson(value);
    QCOMPARE(model.rowCount(), 10000);
    const QModelIndex last = model.index(9999, 0);
    QCOMPARE(display(model, last, JsonTreeModel::KeyColumn), QStringLiteral("[9999]"));
    QCOMPARE(display(model, last, JsonTreeModel::ValueColumn), QStringLiteral("{2 keys}"));
    QCOMPARE(model.rowCount(last), 2);
    QCOMPARE(display(model, model.index(1, 0, last), JsonTreeModel::ValueColumn), QStringLiteral("passage 9999"));
    QCOMPARE(model.parent(model.index(1, 0, last)), last);
    QVERIFY2(clock.elapsed() < 5000, "10k rows should be quick");
}

void TestJsonTreeModel::resetAndClear()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(parse("{\"a\": [1, 2, 3]}"));
    const QModelIndex a = model.index(0, 0);
    QCOMPARE(model.rowCount(a), 3);
    model.setJson(parse("[true]"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(display(model, model.index(0, 0), JsonTreeModel::ValueColumn), QStringLiteral("true"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isEmpty());
    model.setJson(json());
    QCOMPARE(model.rowCount(), 1); // null is a value, unlike clear()
}

void TestJsonTreeModel::headers()
{
    JsonTreeModel model;
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("Key"));
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
