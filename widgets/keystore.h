#pragma once
// API keys in the system keychain (QtKeychain). Where there is no keychain (no D-Bus session, a
// locked keyring, CI) the jobs fail with a clear message; there is deliberately no plain-file fallback.
// Keys read are handed to the session, which holds them in memory only.
#include <QObject>
#include <QStringList>

namespace fapo {

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
