// PriceTable: built-in prices, longest-prefix lookup, cost, FAPO_PRICES override.
#include "core/pricing.h"
#include <QtTest>

using namespace fapo;

class TestPricing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinTable()
    {
        const PriceTable& t = PriceTable::builtin();
        QVERIFY(t.size() >= 9);
        QVERIFY2(t.updated().startsWith(QStringLiteral("2026-11")), qPrintable(t.updated()));
    }

    void find_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("input"); // -1: unknown
        QTest::addColumn<double>("output");
        QTest::newRow("haiku 5.5") << QStringLiteral("claude-haiku-5-5") << 1.0 << 5.0;
        QTest::newRow("sonnet 5.5 dated") << QStringLiteral("claude-sonnet-5-5-20261101") << 3.0 << 15.0;
        QTest::newRow("opus 5.5") << QStringLiteral("claude-opus-5-5") << 5.0 << 25.0;
        QTest::newRow("sonnet 4.5") << QStringLiteral("claude-sonnet-4-5-20250929") << 3.0 << 15.0;
        QTest::newRow("opus 4.1") << QStringLiteral("claude-opus-4-1-20250805") << 15.0 << 75.0;
        QTest::newRow("opus 4.5 beats opus 4") << QStringLiteral("claude-opus-4-5") << 5.0 << 25.0;
        QTest::newRow("gpt-4o") << QStringLiteral("gpt-4o-2024-08-06") << 2.5 << 10.0;
        QTest::newRow("gpt-4o-mini beats gpt-4o") << QStringLiteral("gpt-4o-mini-2024-07-18") << 0.15 << 0.6;
        QTest::newRow("gpt-4.1") << QStringLiteral("gpt-4.1") << 2.0 << 8.0;
        QTest::newRow("case") << QStringLiteral("CLAUDE-HAIKU-5-5") << 1.0 << 5.0;
        QTest::newRow("vendor prefix") << QStringLiteral("anthropic/claude-haiku-5-5") << 1.0 << 5.0;
        QTest::newRow("local model") << QStringLiteral("llama3.1:8b") << -1.0 << -1.0;
        QTest::newRow("scripted") << QStringLiteral("scripted") << -1.0 << -1.0;
    }

    void find()
    {
        QFETCH(QString, model);
        QFETCH(double, input);
        QFETCH(double, output);
        const auto p = PriceTable::builtin().find(model);
        QCOMPARE(p.has_value(), input >= 0);
        if (p) {
            QCOMPARE(p->input, input);
            QCOMPARE(p->output, output);
        }
    }

    void cost()
    {
        const PriceTable& t = PriceTable::builtin();
        Usage u;
        u.inputTokens = 1000000;
        u.outputTokens = 200000;
        u.cacheReadTokens = 500000;
        u.cacheWriteTokens = 100000;
        // 3 + 0.2 * 15 + 0.5 * 0.3 + 0.1 * 3.75
        QVERIFY(qFuzzyCompare(t.cost(QStringLiteral("claude-sonnet-5-5"), u), 3.0 + 3.0 + 0.15 + 0.375));
        QCOMPARE(t.cost(QStringLiteral("qwen2.5:7b"), u), 0.0);
        QCOMPARE(t.cost(QStringLiteral("claude-haiku-5-5"), Usage()), 0.0);
    }

    void fromJsonDefaultsAndErrors()
    {
        QString error;
        const PriceTable t = PriceTable::fromJson(R"({"updated":"2026-12-01","models":{"m-":{"input":2,"output":4}}})", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(t.find(QStringLiteral("m-1"))->cacheRead, 0.2);
        QCOMPARE(t.find(QStringLiteral("m-1"))->cacheWrite, 2.5);
        QCOMPARE(t.updated(), QStringLiteral("2026-12-01"));
        QVERIFY(PriceTable::fromJson("not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(PriceTable::fromJson(R"({"models":{"x":{"input":"cheap"}}})", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("\"x\"")));
    }

    void overrideFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"updated":"2026-12-15","models":{"claude-haiku-5-5":{"input":0.8,"output":4},"my-finetune":{"input":9,"output":9}}})");
        f.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("FAPO_PRICES"), path);
        QString warning;
        const PriceTable t = PriceTable::load(env, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(t.find(QStringLiteral("claude-haiku-5-5"))->input, 0.8);
        QCOMPARE(t.find(QStringLiteral("my-finetune-v2"))->output, 9.0);
        QCOMPARE(t.find(QStringLiteral("claude-opus-5-5"))->input, 5.0); // the rest stays
        QCOMPARE(t.updated(), QStringLiteral("2026-12-15"));

        env.insert(QStringLiteral("FAPO_PRICES"), dir.filePath(QStringLiteral("missing.json")));
        const PriceTable fallback = PriceTable::load(env, &warning);
        QVERIFY(warning.contains(QStringLiteral("missing.json")));
        QCOMPARE(fallback.find(QStringLiteral("claude-haiku-5-5"))->input, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
