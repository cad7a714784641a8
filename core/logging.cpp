#include "core/logging.h"
#include <QDir>
#include <cstdlib>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace fapo {

namespace {

std::optional<spdlog::level::level_enum> resolveLevel(const QString& level, const QString& fallback, QString* error)
{
    QString name = level;
    if (name.isEmpty())
        name = qEnvironmentVariable("FAPO_LOG_LEVEL");
    if (name.isEmpty())
        name = fallback;
    name = name.toLower();
    if (name == QLatin1String("warning"))
        name = QStringLiteral("warn");
    const auto parsed = spdlog::level::from_str(name.toStdString());
    // from_str answers "off" for anything it does not know.
    if (parsed == spdlog::level::off && name != QLatin1String("off")) {
        if (error)
            *error = QStringLiteral("unknown log level \"%1\" (expected trace, debug, info, warn, error, critical or off)").arg(name);
        return std::nullopt;
    }
    return parsed;
}

// Qt's own messages (a failed connection, a bad property, a plugin that does not load) go to the same
// log as ours, at the matching level, with the category Qt gave them. qFatal still aborts.
void qtToLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = (context.category && qstrcmp(context.category, "default") != 0
                                  ? QStringLiteral("qt.%1: %2").arg(QLatin1String(context.category), message)
                                  : QStringLiteral("qt: %1").arg(message))
                                 .toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("{}", text);
        break;
    case QtInfoMsg:
        spdlog::info("{}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("{}", text);
        break;
    case QtCriticalMsg:
        spdlog::error("{}", text);
        break;
    case QtFatalMsg:
        spdlog::critical("{}", text);
        spdlog::default_logger()->flush();
        std::abort();
    }
}

} // namespace

void routeQtMessagesToLog() { qInstallMessageHandler(qtToLog); }

bool setupCliLogging(const QString& level, const QString& fallback, QString* error)
{
    const auto lvl = resolveLevel(level, fallback, error);
    if (!lvl)
        return false;
    auto logger = spdlog::stderr_color_mt("fapo");
    logger->set_pattern("fapo: %^%l%$: %v");
    logger->set_level(*lvl);
    spdlog::set_default_logger(logger);
    routeQtMessagesToLog();
    return true;
}

QString setupAppLogging(const QString& level, QString* error)
{
    const auto lvl = resolveLevel(level, QStringLiteral("info"), error);
    if (!lvl)
        return QString();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/fapo-studio.log");
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 2 * 1024 * 1024, 5));
    } catch (const spdlog::spdlog_ex& e) {
        if (error)
            *error = QStringLiteral("cannot open the log file %1: %2").arg(path, QString::fromUtf8(e.what()));
    }
    auto logger = std::make_shared<spdlog::logger>("fapo-studio", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %l: %v");
    logger->set_level(*lvl);
    spdlog::set_default_logger(logger);
    routeQtMessagesToLog();
    return path;
}

} // namespace fapo
