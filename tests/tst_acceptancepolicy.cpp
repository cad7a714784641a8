// When --approve auto accepts a rewrite on its own: the gain and significance thresholds (corrected for
// the candidates compared), the best of several, and the held-out check, as pure rules (no workspace,
// no model).
#include "core/optimize/acceptancepolicy.h"
#include <QtTest>

using namespace fapo;

Q_DECLARE_METATYPE(std::vector<fapo::ValidatedCandidate>)

class TestAcceptancePolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<std::vector<ValidatedCandidate>>("candidates");
        QTest::addColumn<qint64>("accepted");
        QTest::addColumn<QStringList>("reasons"); // "id: start of the reason", in order
        QTest::newRow("none") << std::vector<ValidatedCandidate> {} << qint64(0) << QStringList {};
        QTest::newRow("one good") << std::vector<ValidatedCandidate> { { 1, 0.2, 0.01 } } << qint64(1) << QStringList {};
        QTest::newRow("too small") << std::vector<ValidatedCandidate> { { 1, 0.04, 0.01 } } << qint64(0)
                                   << QStringList { QStringLiteral("1: gain 0.040 on validation is below --min-gain 0.05") };
        QTest::newRow("exactly the minimum") << std::vector<ValidatedCandidate> { { 1, 0.05, 0.01 } } << qint64(1) << QStringList {};
        QTest::newRow("not significant") << std::vector<ValidatedCandidate> { { 1, 0.3, 0.05 } } << qint64(0)
                                         << QStringList { QStringLiteral("1: gain 0.300 is not significant (sign test p = 0.050)") };
        QTest::newRow("the larger gain wins") << std::vector<ValidatedCandidate> { { 1, 0.1, 0.01 }, { 2, 0.2, 0.04 }, { 3, 0.01, 0.001 } }
                                              << qint64(2)
                                              << QStringList { QStringLiteral("3: gain 0.010 on validation is below"),
                                                               QStringLiteral("1: proposal 2 gained more") };
        QTest::newRow("a tie keeps the first") << std::vector<ValidatedCandidate> { { 4, 0.2, 0.01 }, { 5, 0.2, 0.01 } } << qint64(4)
                                               << QStringList { QStringLiteral("5: proposal 4 gained more") };
        // Holm: the smallest p must beat 0.05/3, the next 0.05/2, the last 0.05; the first miss stops it,
        // so p = 0.04 fails although it is below 0.05.
        QTest::newRow("corrected for three") << std::vector<ValidatedCandidate> { { 1, 0.2, 0.01 }, { 2, 0.3, 0.03 }, { 3, 0.3, 0.04 } }
                                             << qint64(1)
                                             << QStringList {
                                                    QStringLiteral("2: gain 0.300 is not significant once corrected for the 3 "
                                                                   "candidates compared (sign test p = 0.030; Holm threshold 0.0250)"),
                                                    QStringLiteral("3: gain 0.300 is not significant once corrected for the 3 "
                                                                   "candidates compared (sign test p = 0.040; Holm threshold 0.0500)")
                                                };
        std::vector<ValidatedCandidate> many;
        QStringList manyReasons;
        for (qint64 id = 1; id <= 20; ++id) {
            many.push_back({ id, 0.1, 0.01 });
            manyReasons << QStringLiteral("%1: gain 0.100 is not significant once corrected for the 20").arg(id);
        }
        QTest::newRow("twenty lucky tries") << many << qint64(0) << manyReasons; // 0.01 > 0.05/20
    }

    void thresholdsAreStated()
    {
        const AcceptanceDecision d = chooseForAcceptance({ { 7, 0.2, 0.03 }, { 8, 0.2, 0.001 } }, 0.05, 0.05);
        QCOMPARE(d.thresholds.size(), size_t(2));
        QCOMPARE(d.thresholds[0], (std::pair<qint64, double>(7, 0.05)));
        QCOMPARE(d.thresholds[1], (std::pair<qint64, double>(8, 0.025)));
        QCOMPARE(d.accepted, qint64(7)); // both significant; the first of equal gains
    }

    void choose()
    {
        QFETCH(std::vector<ValidatedCandidate>, candidates);
        QFETCH(qint64, accepted);
        QFETCH(QStringList, reasons);
        const AcceptanceDecision d = chooseForAcceptance(candidates, 0.05, 0.05);
        QCOMPARE(d.accepted, accepted);
        QCOMPARE(int(d.rejected.size()), reasons.size());
        for (int i = 0; i < reasons.size(); ++i) {
            const QString got = QStringLiteral("%1: %2").arg(d.rejected[size_t(i)].first).arg(d.rejected[size_t(i)].second);
            QVERIFY2(got.startsWith(reasons[i]), qPrintable(got));
        }
    }

    // Parameter values change what an example costs: the smallest useful change wins, and
    // --max-cost-increase caps the price of a gain.
    void cost_data()
    {
        QTest::addColumn<std::vector<ValidatedCandidate>>("candidates");
        QTest::addColumn<double>("maxCostIncrease");
        QTest::addColumn<qint64>("accepted");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("equal gains: the cheaper")
            << std::vector<ValidatedCandidate> { { 1, 0.3, 0.001, 2.0, 20 }, { 2, 0.3, 0.001, 1.4, 20 } } << -1.0 << qint64(2)
            << QStringList { QStringLiteral("1: proposal 2 gains as much for less cost (1.40x)") };
        QTest::newRow("one example less, far cheaper")
            << std::vector<ValidatedCandidate> { { 1, 0.30, 0.001, 3.0, 20 }, { 2, 0.25, 0.001, 1.2, 20 } } << -1.0 << qint64(2)
            << QStringList { QStringLiteral("1: proposal 2 gains as much for less cost") };
        QTest::newRow("two examples less: the gain wins")
            << std::vector<ValidatedCandidate> { { 1, 0.30, 0.001, 3.0, 20 }, { 2, 0.20, 0.001, 1.2, 20 } } << -1.0 << qint64(1)
            << QStringList { QStringLiteral("2: proposal 1 gained more") };
        QTest::newRow("under 5% cheaper is noise")
            << std::vector<ValidatedCandidate> { { 1, 0.3, 0.001, 1.00, 20 }, { 2, 0.3, 0.001, 0.97, 20 } } << -1.0 << qint64(1)
            << QStringList { QStringLiteral("2: proposal 1 gained more") };
        QTest::newRow("over the cap") << std::vector<ValidatedCandidate> {
            { 1, 0.3, 0.001, 3.0, 20 }
        } << 0.5 << qint64(0) << QStringList { QStringLiteral("1: gain 0.300 costs 3.00x per example, over --max-cost-increase 0.5") };
        QTest::newRow("at the cap") << std::vector<ValidatedCandidate> { { 1, 0.3, 0.001, 1.5, 20 } } << 0.5 << qint64(1) << QStringList {};
        QTest::newRow("the cap leaves the cheaper")
            << std::vector<ValidatedCandidate> { { 1, 0.4, 0.001, 4.0, 20 }, { 2, 0.2, 0.001, 1.1, 20 } } << 1.0 << qint64(2)
            << QStringList { QStringLiteral("1: gain 0.400 costs 4.00x") };
    }

    void cost()
    {
        QFETCH(std::vector<ValidatedCandidate>, candidates);
        QFETCH(double, maxCostIncrease);
        QFETCH(qint64, accepted);
        QFETCH(QStringList, reasons);
        const AcceptanceDecision d = chooseForAcceptance(candidates, 0.05, 0.05, maxCostIncrease);
        QCOMPARE(d.accepted, accepted);
        QCOMPARE(int(d.rejected.size()), reasons.size());
        for (int i = 0; i < reasons.size(); ++i) {
            const QString got = QStringLiteral("%1: %2").arg(d.rejected[size_t(i)].first).arg(d.rejected[size_t(i)].second);
            QVERIFY2(got.startsWith(reasons[i]), qPrintable(got));
        }
    }

    void holdout_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("gain");
        QTest::addColumn<double>("noise");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("gains") << 20 << 0.1 << 0.05 << false;
        QTest::newRow("loses within noise") << 20 << -0.05 << 0.05 << false; // tolerance 0.082
        QTest::newRow("loses beyond noise") << 20 << -0.1 << 0.05 << true;
        QTest::newRow("one example's worth is always allowed") << 10 << -0.1 << 0.0 << false;
        QTest::newRow("more than one example") << 10 << -0.2 << 0.0 << true;
    }

    void holdout()
    {
        QFETCH(int, n);
        QFETCH(double, gain);
        QFETCH(double, noise);
        QFETCH(bool, rejected);
        PairedComparison c;
        c.n = n;
        c.gain = gain;
        c.noise = noise;
        const auto reason = holdoutRejection(c);
        QCOMPARE(reason.has_value(), rejected);
        if (reason)
            QVERIFY2(reason->startsWith(QStringLiteral("loses %1 on the held-out set").arg(-gain, 0, 'f', 3)), qPrintable(*reason));
    }
};

QTEST_GUILESS_MAIN(TestAcceptancePolicy)
#include "tst_acceptancepolicy.moc"
