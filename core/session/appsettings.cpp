#include "core/session/appsettings.h"
#include <QSettings>

namespace fapo {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.anthropicBaseUrl = s.value(QStringLiteral("endpoints/anthropic")).toString();
    a.openaiBaseUrl = s.value(QStringLiteral("endpoints/openai")).toString();
    a.theme = Theme(std::clamp(s.value(QStringLiteral("appearance/theme"), 0).toInt(), 0, 2));
    a.fontPointSize = std::clamp(s.value(QStringLiteral("appearance/fontPointSize"), 0).toInt(), 0, 32);
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("endpoints/anthropic"), anthropicBaseUrl);
    s.setValue(QStringLiteral("endpoints/openai"), openaiBaseUrl);
    s.setValue(QStringLiteral("appearance/theme"), int(theme));
    s.setValue(QStringLiteral("appearance/fontPointSize"), fontPointSize);
}

ProviderEnvironment providerEnvironment(const AppSettings& settings, const QString& anthropicKeychainKey, const QString& openaiKeychainKey,
                                        const QProcessEnvironment& process)
{
    ProviderEnvironment env = ProviderEnvironment::fromProcess(process);
    if (env.anthropicBaseUrl.isEmpty())
        env.anthropicBaseUrl = settings.anthropicBaseUrl;
    if (env.openaiBaseUrl.isEmpty())
        env.openaiBaseUrl = settings.openaiBaseUrl;
    if (env.anthropicApiKey.isEmpty())
        env.anthropicApiKey = anthropicKeychainKey;
    if (env.openaiApiKey.isEmpty())
        env.openaiApiKey = openaiKeychainKey;
    return env;
}

} // namespace fapo
