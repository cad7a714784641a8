// Settings: endpoints and appearance persist; the environment wins over settings and the keychain;
// API keys never land in a file, keychain or not.
#include "widgets/appearance.h"
#include "widgets/keystore.h"
#include "widgets/settingsdialog.h"
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace fapo;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        AppSettings a;
        a.anthropicBaseUrl = QStringLiteral("http://127.0.0.1:9/");
        a.theme = Theme::Dark;
        a.fontPointSize = 13;
        a.save();
        const AppSettings b = AppSettings::load();
        QCOMPARE(b.anthropicBaseUrl, a.anthropicBaseUrl);
        QCOMPARE(b.theme, Theme::Dark);
        QCOMPARE(b.fontPointSize, 13);
    }

    void environmentWins_data()
    {
        QTest::addColumn<QString>("envUrl");
        QTest::addColumn<QString>("envKey");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addRow("settings and keychain") << QString() << QString() << QStringLiteral("http://settings")
                                               << QStringLiteral("from-keychain");
        QTest::addRow("environment first") << QStringLiteral("http://env") << QStringLiteral("from-env") << QStringLiteral("http://env")
                                           << QStringLiteral("from-env");
    }

    void environmentWins()
    {
        QFETCH(QString, envUrl);
        QFETCH(QString, envKey);
        QFETCH(QString, url);
        QFETCH(QString, key);
        QProcessEnvironment process;
        if (!envUrl.isEmpty())
            process.insert(QStringLiteral("ANTHROPIC_BASE_URL"), envUrl);
        if (!envKey.isEmpty())
            process.insert(QStringLiteral("ANTHROPIC_API_KEY"), envKey);
        AppSettings s;
        s.anthropicBaseUrl = QStringLiteral("http://settings");
        const ProviderEnvironment env = providerEnvironment(s, QStringLiteral("from-keychain"), QString(), process);
        QCOMPARE(env.anthropicBaseUrl, url);
        QCOMPARE(env.anthropicApiKey, key);
        QVERIFY(env.openaiApiKey.isEmpty());
    }

    void appearance()
    {
        AppSettings s;
        s.theme = Theme::Dark;
        s.fontPointSize = 15;
        applyAppearance(s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QCOMPARE(QApplication::font().pointSize(), 15);
        s.theme = Theme::Light;
        s.fontPointSize = 0;
        applyAppearance(s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    }

    void keysStayOutOfFiles()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        KeyStore keys;
        SettingsDialog dialog(&keys);
        QVERIFY(dialog.keyStatus(QStringLiteral("ANTHROPIC_API_KEY")).contains(QStringLiteral("Not set")));
        dialog.setKeychainKeys({ { QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("x") } });
        QVERIFY(dialog.keyStatus(QStringLiteral("ANTHROPIC_API_KEY")).contains(QStringLiteral("keychain")));
        dialog.setKeychainKeys({});
        if (!qEnvironmentVariableIsEmpty("FAPO_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("FAPO_SCREENSHOT_DIR") + QStringLiteral("/settings.png"));

        // Store a key: with a keychain it goes there; without one (CI) the dialog says so. Either way
        // no file under the settings folders holds it, and the field is cleared.
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("key:ANTHROPIC_API_KEY"));
        QVERIFY(edit);
        edit->setText(QStringLiteral("sk-ant-never-in-a-file"));
        QSignalSpy done(&keys, &KeyStore::finished);
        const auto buttons = dialog.findChildren<QPushButton*>();
        const auto store = std::find_if(buttons.begin(), buttons.end(), [&](QPushButton* b) {
            return b->text() == SettingsDialog::tr("Store") && b->parentWidget() == edit->parentWidget();
        });
        QVERIFY(store != buttons.end());
        (*store)->click();
        QVERIFY(done.wait(30000));
        QVERIFY(edit->text().isEmpty());
        const bool stored = done.at(0).at(1).toBool();
        if (stored) {
            keys.remove(QStringLiteral("ANTHROPIC_API_KEY")); // leave no trace in a real keychain
            QVERIFY(done.wait(30000));
        } else {
            QVERIFY2(dialog.keyStatus(QStringLiteral("ANTHROPIC_API_KEY")).contains(QStringLiteral("keychain")),
                     qPrintable(dialog.keyStatus(QStringLiteral("ANTHROPIC_API_KEY"))));
        }
        for (const auto location :
             { QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation }) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 10 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains("sk-ant-never-in-a-file"), qPrintable(f.fileName()));
            }
        }
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
