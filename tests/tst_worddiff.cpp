// Word-level diffs (dtl): the pieces join back into both texts; changes are whole words.
#include "core/diff/worddiff.h"
#include <QtTest>

using namespace fapo;

class TestWordDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QString>("added");
        QTest::addRow("same") << QStringLiteral("The Tessel river") << QStringLiteral("The Tessel river") << QString() << QString();
        QTest::addRow("one word") << QStringLiteral("born in 1872") << QStringLiteral("1872") << QStringLiteral("born in ") << QString();
        QTest::addRow("replace") << QStringLiteral("answer: Varn.") << QStringLiteral("answer: Tessel.") << QStringLiteral("Varn")
                                 << QStringLiteral("Tessel");
        QTest::addRow("from empty") << QString() << QStringLiteral("new text") << QString() << QStringLiteral("new text");
        QTest::addRow("unicode") << QStringLiteral("北京 是 首都") << QStringLiteral("北京 不是 首都") << QStringLiteral("是")
                                 << QStringLiteral("不是");
        QTest::addRow("markup stays text") << QStringLiteral("<b>x</b>") << QStringLiteral("<i>x</i>") << QStringLiteral("bb")
                                           << QStringLiteral("ii");
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, removed);
        QFETCH(QString, added);
        QString a, b, gone, come;
        for (const DiffPiece& p : wordDiff(before, after)) {
            if (p.kind != DiffPiece::Kind::Added)
                a += p.text;
            if (p.kind != DiffPiece::Kind::Removed)
                b += p.text;
            if (p.kind == DiffPiece::Kind::Removed)
                gone += p.text;
            if (p.kind == DiffPiece::Kind::Added)
                come += p.text;
        }
        QCOMPARE(a, before);
        QCOMPARE(b, after);
        QCOMPARE(gone, removed);
        QCOMPARE(come, added);
    }

    void tokens()
    {
        const std::vector<QString> t = diffTokens(QStringLiteral("a  b,c_d"));
        QCOMPARE(t,
                 (std::vector<QString> { QStringLiteral("a"), QStringLiteral("  "), QStringLiteral("b"), QStringLiteral(","),
                                         QStringLiteral("c_d") }));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
