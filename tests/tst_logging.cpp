// Qt's own messages reach the application's log, at the matching level, with their category.
#include "core/logging.h"
#include <QLoggingCategory>
#include <QtTest>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>

Q_LOGGING_CATEGORY(testCategory, "fapo.test")

class TestLogging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void qtMessagesGoToTheLog()
    {
        std::ostringstream out;
        auto logger = std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::ostream_sink_st>(out));
        logger->set_pattern("%l %v");
        logger->set_level(spdlog::level::info);
        spdlog::set_default_logger(logger);
        fapo::routeQtMessagesToLog();
        qWarning("a plugin did not load");
        qCCritical(testCategory) << "broken";
        qDebug("below the level");
        qInstallMessageHandler(nullptr);
        const QString text = QString::fromStdString(out.str());
        QVERIFY2(text.contains(QStringLiteral("warning qt: a plugin did not load")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("error qt.fapo.test: broken")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("below the level")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
