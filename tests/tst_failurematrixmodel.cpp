// The failure matrix model: one cell per example and step, one origin per failure.
#include "examplerun.h"
#include "models/failurematrixmodel.h"
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;

class TestFailureMatrixModel : public test::BundledExampleTest {
    Q_OBJECT
private Q_SLOTS:
    void failureMatrix()
    {
        FailureMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), 35);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("answer"));
        int origins = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                QCOMPARE(i.data(CellStateRole).toInt(), int(m_snapshot->cell(size_t(r), c)));
                origins += i.data(IsOriginRole).toBool();
            }
        QCOMPARE(origins, m_snapshot->totals.failed + m_snapshot->totals.errors); // one origin per failure
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Each cell says the step's part in the example's failure, as the snapshot derived it, and its tool
    // tip says it in words (with the class and method at an analysed origin).
    void failureRoles()
    {
        // As an analysis would have it: q05's failure starts at rewrite and is carried to the answer.
        auto analysed = std::make_shared<RunSnapshot>(*m_snapshot);
        const size_t q05 = size_t(analysed->exampleIndex(QStringLiteral("q05")));
        analysed->examples[q05].origin = QStringLiteral("rewrite");
        analysed->examples[q05].method = VerdictMethod::Gold;
        analysed->examples[q05].failureClass = FailureClass::RetrievalMiss;
        for (int s = 0; s < analysed->steps.size(); ++s)
            analysed->roles[q05 * size_t(analysed->steps.size()) + size_t(s)] = s == 0 ? FailureRole::Origin : FailureRole::Carried;

        FailureMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(analysed);
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool failed = analysed->examples[size_t(r)].status != ExampleStatus::Passed;
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                QCOMPARE(i.data(FailureRoleRole).toInt(), int(analysed->role(size_t(r), c)));
                QCOMPARE(i.data(IsWrongOutputRole).toBool(), failed && analysed->steps[c] == QLatin1String("answer"));
            }
        }
        const QString origin = model.index(int(q05), 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(origin.contains(QStringLiteral("the failure starts here")), qPrintable(origin));
        QVERIFY2(origin.contains(QStringLiteral("retrieval miss, found by step gold")), qPrintable(origin));
        const QString carried = model.index(int(q05), 2).data(Qt::ToolTipRole).toString();
        QVERIFY2(carried.contains(QStringLiteral("carried the failure from an earlier step")), qPrintable(carried));
        const QString output = model.index(int(q05), 4).data(Qt::ToolTipRole).toString();
        QVERIFY2(output.contains(QStringLiteral("The final answer is wrong")), qPrintable(output));
        // Without an analysis the origin is a guess, and says so.
        const size_t q04 = size_t(m_snapshot->exampleIndex(QStringLiteral("q04")));
        QVERIFY(model.index(int(q04), 4).data(Qt::ToolTipRole).toString().contains(QStringLiteral("No analysis yet")));
        // Sorted on rewrite: the failure that starts there first, then the examples it is not part of.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(SortRole);
        sorted.sort(0);
        QCOMPARE(sorted.index(0, 0).data(ExampleIdRole).toString(), QStringLiteral("q05"));
        QCOMPARE(sorted.index(1, 0).data(FailureRoleRole).toInt(), int(FailureRole::NotInvolved));
        QCOMPARE(sorted.index(sorted.rowCount() - 1, 0).data(FailureRoleRole).toInt(), int(FailureRole::Passed));
        sorted.sort(4); // on the output: first where failures start there, in dataset order
        QCOMPARE(sorted.index(0, 4).data(FailureRoleRole).toInt(), int(FailureRole::Origin));
        QVERIFY(sorted.index(0, 4).data(SortRole).toLongLong() < sorted.index(1, 4).data(SortRole).toLongLong());
        const size_t q01 = size_t(m_snapshot->exampleIndex(QStringLiteral("q01")));
        QCOMPARE(model.index(int(q01), 0).data(FailureRoleRole).toInt(), int(FailureRole::Passed));
    }
};

QTEST_MAIN(TestFailureMatrixModel)
#include "tst_failurematrixmodel.moc"
