#include "appsettings.h"
#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <qt6keychain/keychain.h>

namespace fapo {

namespace {
const QString kService = QStringLiteral("fapo-studio");

QString keychainMessage(QKeychain::Error error, const QString& text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError || error == QKeychain::AccessDenied)
        return KeyStore::tr("No system keychain is available here (%1). Set the key in the environment instead.").arg(text);
    return text;
}
} // namespace

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

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x23, 0x2a), base(0x16, 0x19, 0x1e), text(0xe6, 0xe8, 0xeb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1b, 0x1f, 0x25));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9e));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x40, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x18));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x5a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    return p;
}

void applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

void applyAppearance(const AppSettings& settings)
{
    // The palette the system gave at start-up, so "System" can go back to it.
    static const QPalette systemPalette = QApplication::palette();
    static const QFont systemFont = QApplication::font();
    switch (settings.theme) {
    case Theme::System:
        QApplication::setPalette(systemPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        applyDarkPalette();
        break;
    }
    QFont font = systemFont;
    if (settings.fontPointSize > 0)
        font.setPointSize(settings.fontPointSize);
    QApplication::setFont(font);
}

QStringList KeyStore::keyNames() { return { QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("OPENAI_API_KEY") }; }

KeyStore::KeyStore(QObject* parent)
    : QObject(parent)
{
}

void KeyStore::read(const QString& name)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job* j) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (read->error() == QKeychain::NoError)
            Q_EMIT keyRead(name, read->textData(), QString());
        else if (read->error() == QKeychain::EntryNotFound)
            Q_EMIT keyRead(name, QString(), QString());
        else
            Q_EMIT keyRead(name, QString(), keychainMessage(read->error(), read->errorString()));
    });
    job->start();
}

void KeyStore::write(const QString& name, const QString& value)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job* j) {
        Q_EMIT finished(name, j->error() == QKeychain::NoError,
                        j->error() == QKeychain::NoError ? QString() : keychainMessage(j->error(), j->errorString()));
    });
    job->start();
}

void KeyStore::remove(const QString& name)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job* j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        Q_EMIT finished(name, ok, ok ? QString() : keychainMessage(j->error(), j->errorString()));
    });
    job->start();
}

} // namespace fapo
