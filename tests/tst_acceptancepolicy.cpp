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
