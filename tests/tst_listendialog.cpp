// File › Listen for Traces…: what the dialog accepts (an IP address; a token whenever other machines
// may send; a .fapo workspace when none is open), what it says otherwise, and the options it gives.
#include "widgets/listendialog.h"
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace fapo;

class TestListenDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void accepts_data()
    {
        QTest::addColumn<QString>("bind");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("problem"); // a word of what the dialog says; empty: it accepts
        QTest::newRow("this machine") << "127.0.0.1"
                                      << ""
                                      << "/tmp/live.fapo"
                                      << "";
        QTest::newRow("this machine, IPv6") << "::1"
                                            << ""
                                            << "/tmp/live.fapo"
                                            << "";
        QTest::newRow("every network without a token") << "0.0.0.0"
                                                       << ""
                                                       << "/tmp/live.fapo"
                                                       << "token";
        QTest::newRow("a network address without a token") << "192.168.1.20"
                                                           << ""
                                                           << "/tmp/live.fapo"
                                                           << "token";
        QTest::newRow("every network with a token") << "0.0.0.0"
                                                    << "s3cret"
                                                    << "/tmp/live.fapo"
                                                    << "";
        QTest::newRow("a host name") << "localhost"
                                     << ""
                                     << "/tmp/live.fapo"
                                     << "IP address";
        QTest::newRow("empty address") << ""
                                       << ""
                                       << "/tmp/live.fapo"
                                       << "IP address";
        QTest::newRow("not a workspace file") << "127.0.0.1"
                                              << ""
                                              << "/tmp/live.txt"
                                              << ".fapo";
    }

    void accepts()
    {
        QFETCH(QString, bind);
        QFETCH(QString, token);
        QFETCH(QString, workspace);
        QFETCH(QString, problem);
        ListenDialog dialog(true);
        dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(4399);
        dialog.findChild<QLineEdit*>(QStringLiteral("bind"))->setText(bind);
        dialog.findChild<QLineEdit*>(QStringLiteral("token"))->setText(token);
        dialog.findChild<QLineEdit*>(QStringLiteral("workspace"))->setText(workspace);
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        if (problem.isEmpty()) {
            QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
            QVERIFY(ok->isEnabled());
            const ReceiverOptions o = dialog.options();
            QCOMPARE(o.port, quint16(4399));
            QCOMPARE(o.bind, QHostAddress(bind));
            QCOMPARE(o.token, token);
            QCOMPARE(dialog.workspacePath(), workspace);
        } else {
            QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
            QVERIFY(!ok->isEnabled());
            dialog.accept(); // refused
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
    }

    void noWorkspaceFieldWhenOneIsOpen()
    {
        ListenDialog dialog(false);
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("workspace")));
        QVERIFY(dialog.workspacePath().isEmpty());
        QVERIFY(dialog.problem().isEmpty());
    }
};

QTEST_MAIN(TestListenDialog)
#include "tst_listendialog.moc"
