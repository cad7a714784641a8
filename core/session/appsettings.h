#pragma once
// The user's settings that are not about looks alone: model endpoints (QSettings), and the theme and
// font size the window applies (widgets/appearance.h). API keys are never settings: they come from the
// environment or the system keychain (widgets/keystore.h), and the environment always wins.
#include "core/providers/providerfactory.h"
#include <QProcessEnvironment>

namespace fapo {

enum class Theme { System = 0, Light = 1, Dark = 2 };

struct AppSettings {
    QString anthropicBaseUrl; // used when ANTHROPIC_BASE_URL is not set
    QString openaiBaseUrl; // used when OPENAI_BASE_URL is not set
    Theme theme = Theme::System;
    int fontPointSize = 0; // 0: the system's

    static AppSettings load();
    void save() const;
};

// The environment for model calls: the process environment first, then these settings, then keys
// read from the keychain (held in memory only).
ProviderEnvironment providerEnvironment(const AppSettings& settings, const QString& anthropicKeychainKey, const QString& openaiKeychainKey,
                                        const QProcessEnvironment& process = QProcessEnvironment::systemEnvironment());

} // namespace fapo
