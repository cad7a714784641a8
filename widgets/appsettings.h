#pragma once
// The window's own settings: model endpoints, theme and font size (QSettings), and API keys in the
// system keychain (never in a file). The environment always wins over both.
#include "providers/providerfactory.h"
#include <QObject>
#include <QPalette>

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

// Applies theme and font size to the application.
void applyAppearance(const AppSettings& settings);
// A dark palette for platforms (and offscreen renders) without a dark system theme.
QPalette darkPalette();
void applyDarkPalette();

// API keys in the system keychain (QtKeychain). Where there is no keychain (no D-Bus session, a
// locked keyring, CI) the jobs fail with a clear message; there is deliberately no plain-file fallback.
class KeyStore : public QObject {
    Q_OBJECT
public:
    static QStringList keyNames(); // ANTHROPIC_API_KEY, OPENAI_API_KEY
    explicit KeyStore(QObject* parent = nullptr);
    void read(const QString& name);
    void write(const QString& name, const QString& value);
    void remove(const QString& name);

Q_SIGNALS:
    void keyRead(const QString& name, const QString& value, const QString& error); // empty value: none
    void finished(const QString& name, bool ok, const QString& error);
};

} // namespace fapo
