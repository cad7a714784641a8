// The failure matrix model: one cell per example and step, one origin per failure.
#include "examplerun.h"
#include "models/failurematrixmodel.h"
#include <QAbstractItemModelTester>
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
};

QTEST_MAIN(TestFailureMatrixModel)
#include "tst_failurematrixmodel.moc"
