// Run › Run Dataset…: Run only with a dataset file that exists; the batch choice reaches the session.
#include "testfiles.h"
#include "widgets/rundialog.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace fapo;

class TestRunDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runNeedsADatasetFile()
    {
        QTemporaryDir dir;
        const QString dataset = fapo::test::writeTestFile(dir, QStringLiteral("d.jsonl"), "{\"id\": \"a\", \"input\": {}}\n");
        RunDialog dialog(dir.path());
        QPushButton* run = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!run->isEnabled());
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("dataset"));
        path->setText(dir.filePath(QStringLiteral("missing.jsonl")));
        QVERIFY(!run->isEnabled());
        path->setText(QStringLiteral("  ") + dataset + QStringLiteral(" "));
        QVERIFY(run->isEnabled());
        QCOMPARE(dialog.datasetPath(), dataset);
    }

    void batchChoice()
    {
        RunDialog dialog { QString() };
        QVERIFY(!dialog.choices().batch); // call by call unless asked
        dialog.findChild<QCheckBox*>(QStringLiteral("batch"))->setChecked(true);
        QVERIFY(dialog.choices().batch);
        dialog.setChoices(RunChoices {});
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("batch"))->isChecked());
    }
};

QTEST_MAIN(TestRunDialog)
#include "tst_rundialog.moc"
