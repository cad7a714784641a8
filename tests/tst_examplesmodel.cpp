// The examples table and its filter proxy (failed only, origin step, text, sorting).
#include "models/examplefilterproxy.h"
#include "examplerun.h"
#include "models/examplesmodel.h"
#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;

class TestExamplesModel : public test::BundledExampleTest {
    Q_OBJECT
private Q_SLOTS:
    void examplesModelAndFilters()
    {
        ExamplesModel model;
        ExampleFilterProxy proxy;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), 35);
        QCOMPARE(model.columnCount(), int(ExamplesModel::ColumnCount));
        QCOMPARE(model.index(0, ExamplesModel::IdColumn).data().toString(), QStringLiteral("q01"));
        const int failed = m_snapshot->totals.failed + m_snapshot->totals.errors;
        proxy.setFailedOnly(true);
        QCOMPARE(proxy.rowCount(), failed);
        proxy.setOriginStep(QStringLiteral("rewrite"));
        QCOMPARE(proxy.rowCount(), 0); // no failure starts at rewrite until analysis says so
        proxy.setOriginStep(QString());
        proxy.setFailedOnly(false);
        proxy.setText(QStringLiteral("q1"));
        QCOMPARE(proxy.rowCount(), 10); // q10..q19
        proxy.setText(QStringLiteral("ORLIN vasko"));
        QVERIFY(proxy.rowCount() >= 1);
        proxy.setText(QString());
        proxy.sort(ExamplesModel::ScoreColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 0).data(StatusRole).toInt() == int(ExampleStatus::Passed));
        model.setSnapshot(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestExamplesModel)
#include "tst_examplesmodel.moc"
