#pragma once
// spdlog set-up shared by the CLI (stderr) and the app (rotating file in the user's data folder).
// Level: the explicit value (--log-level), else FAPO_LOG_LEVEL, else `fallback`.
// Keys are never logged; prompt and reply text only at debug level.
#include <QString>

namespace fapo {

// Returns false and sets *error for a level name spdlog does not know.
bool setupCliLogging(const QString& level, const QString& fallback, QString* error);
// Logs to <AppDataLocation>/logs/fapo-studio.log (rotating, 5 x 2 MB) and to stderr. Returns the file path.
QString setupAppLogging(const QString& level, QString* error);
// Sends Qt's own messages (qWarning and friends, from Qt or from us) to the spdlog logger; both set-ups
// call it.
void routeQtMessagesToLog();

} // namespace fapo
