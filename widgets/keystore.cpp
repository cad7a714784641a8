#include "widgets/keystore.h"
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
