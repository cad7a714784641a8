// JUnit XML reports.
#include "core/eval/junitwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct ReadBack {
    QString rootName;
    QXmlStreamAttributes suites;
    QXmlStreamAttributes suite;
    QList<QXmlStreamAttributes> cases;
    QStringList outcomes; // "", "failure" or "error", per case
    QStringList messages;
    QStringList texts;
    QString error;
};

ReadBack readBack(const QString& path)
{
    ReadBack r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = file.errorString();
        return r;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (r.rootName.isEmpty())
            r.rootName = name.toString();
        if (name == QLatin1String("testsuites")) {
            r.suites = xml.attributes();
        } else if (name == QLatin1String("testsuite")) {
            r.suite = xml.attributes();
        } else if (name == QLatin1String("testcase")) {
            r.cases.append(xml.attributes());
            r.outcomes.append(QString());
            r.messages.append(QString());
            r.texts.append(QString());
        } else if (name == QLatin1String("failure") || name == QLatin1String("error")) {
            r.outcomes.last() = name.toString();
            r.messages.last() = xml.attributes().value(QLatin1String("message")).toString();
            r.texts.last() = xml.readElementText();
        }
    }
    if (xml.hasError())
        r.error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return r;
}

fapo::JUnitCase makeCase(const QString& name, bool failed, bool error, const QString& message = {}, const QString& details = {})
{
    return { name, QStringLiteral("multihop"), 0.25, failed, error, message, details };
}

} // namespace

class TestJUnit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void escapes_data();
    void escapes();
    void unwritablePathFails();
};

void TestJUnit::counts_data()
{
    QTest::addColumn<QList<int>>("outcomes"); // 0 pass, 1 failure, 2 error, 3 failed and error
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("errors");

    QTest::addRow("empty") << QList<int> {} << 0 << 0;
    QTest::addRow("all pass") << QList<int> { 0, 0, 0 } << 0 << 0;
    QTest::addRow("mixed") << QList<int> { 0, 1, 2, 1, 0 } << 2 << 1;
    QTest::addRow("error wins over failure") << QList<int> { 3, 1 } << 1 << 1;
}

void TestJUnit::counts()
{
    QFETCH(QList<int>, outcomes);
    QFETCH(int, failures);
    QFETCH(int, errors);

    fapo::JUnitSuite suite;
    suite.name = QStringLiteral("multihop-qa");
    suite.seconds = 12.5;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const int o = outcomes[i];
        suite.cases.push_back(makeCase(QStringLiteral("q%1").arg(i), o == 1 || o == 3, o >= 2, QStringLiteral("exact_match 0 < 1"),
                                       QStringLiteral("origin: rewrite")));
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("junit.xml"));
    QString error;
    QVERIFY2(fapo::writeJUnit(path, suite, &error), qPrintable(error));

    const ReadBack r = readBack(path);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rootName, QStringLiteral("testsuites"));
    for (const QXmlStreamAttributes& attributes : { r.suites, r.suite }) {
        QCOMPARE(attributes.value(QLatin1String("name")).toString(), QStringLiteral("multihop-qa"));
        QCOMPARE(attributes.value(QLatin1String("tests")).toInt(), int(outcomes.size()));
        QCOMPARE(attributes.value(QLatin1String("failures")).toInt(), failures);
        QCOMPARE(attributes.value(QLatin1String("errors")).toInt(), errors);
        QCOMPARE(attributes.value(QLatin1String("time")).toString(), QStringLiteral("12.500"));
    }
    QCOMPARE(r.cases.size(), outcomes.size());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(r.cases[i].value(QLatin1String("name")).toString(), QStringLiteral("q%1").arg(i));
        QCOMPARE(r.cases[i].value(QLatin1String("classname")).toString(), QStringLiteral("multihop"));
        QCOMPARE(r.cases[i].value(QLatin1String("time")).toString(), QStringLiteral("0.250"));
        const int o = outcomes[i];
        const QString outcome = o == 0 ? QString() : (o == 1 ? QStringLiteral("failure") : QStringLiteral("error"));
        QCOMPARE(r.outcomes[i], outcome);
        if (o != 0) {
            QCOMPARE(r.messages[i], QStringLiteral("exact_match 0 < 1"));
            QCOMPARE(r.texts[i], QStringLiteral("origin: rewrite"));
        }
    }
}

void TestJUnit::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("readBack");

    const QString fffd(QChar(QChar::ReplacementCharacter));
    QTest::addRow("markup") << QStringLiteral("a < b && c > d") << QStringLiteral("a < b && c > d");
    QTest::addRow("quotes") << QStringLiteral("say \"hi\" and 'bye'") << QStringLiteral("say \"hi\" and 'bye'");
    QTest::addRow("cdata end") << QStringLiteral("]]> <![CDATA[") << QStringLiteral("]]> <![CDATA[");
    QTest::addRow("entity-like") << QStringLiteral("&amp; &#0; &lt;") << QStringLiteral("&amp; &#0; &lt;");
    QTest::addRow("tab and newline kept") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::addRow("control characters") << QString(QStringLiteral("bell\x07 nul") + QChar(0) + QStringLiteral(" esc\x1b"))
                                        << QString(QStringLiteral("bell") + fffd + QStringLiteral(" nul") + fffd + QStringLiteral(" esc")
                                                   + fffd);
    QTest::addRow("noncharacters") << QString(QString(QChar(0xFFFE)) + QChar(0xFFFF)) << QString(fffd + fffd);
    QTest::addRow("lone surrogate") << QString(QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y"))
                                    << QString(QStringLiteral("x") + fffd + QStringLiteral("y"));
    QTest::addRow("emoji kept") << QString::fromUtf8("ok \xF0\x9F\x98\x80") << QString::fromUtf8("ok \xF0\x9F\x98\x80");
    QTest::addRow("non-ASCII") << QStringLiteral("Zürich — 東京") << QStringLiteral("Zürich — 東京");
}

void TestJUnit::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, readBack);

    fapo::JUnitSuite suite;
    suite.name = text;
    suite.cases.push_back(makeCase(text, true, false, text, text));
    suite.cases.push_back(makeCase(QStringLiteral("ok"), false, false));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("junit.xml"));
    QString error;
    QVERIFY2(fapo::writeJUnit(path, suite, &error), qPrintable(error));

    const ReadBack r = ::readBack(path);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.suite.value(QLatin1String("name")).toString(), readBack);
    QCOMPARE(r.cases.size(), qsizetype(2));
    QCOMPARE(r.cases[0].value(QLatin1String("name")).toString(), readBack);
    QCOMPARE(r.outcomes[0], QStringLiteral("failure"));
    QCOMPARE(r.messages[0], readBack);
    QCOMPARE(r.texts[0], readBack);
    QCOMPARE(r.outcomes[1], QString());
    QCOMPARE(fapo::xmlSafe(text), readBack);
}

void TestJUnit::unwritablePathFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!fapo::writeJUnit(dir.filePath(QStringLiteral("missing/dir/junit.xml")), fapo::JUnitSuite {}, &error));
    QVERIFY(error.contains(QLatin1String("cannot write")));
}

QTEST_GUILESS_MAIN(TestJUnit)
#include "tst_junit.moc"
