#pragma once
// Settings: model endpoints, API keys (environment or system keychain, never a file), theme, font size.
#include "widgets/appearance.h"
#include "widgets/keystore.h"
#include <QDialog>
#include <QHash>

class QLineEdit;
class QComboBox;
class QSpinBox;
class QLabel;

namespace fapo {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(KeyStore* keys, QWidget* parent = nullptr);
    AppSettings settings() const;
    QString keyStatus(const QString& name) const; // for tests: what the dialog says about a key

    // Keys read from the keychain so far (name -> value), shared with the window for runs.
    void setKeychainKeys(const QHash<QString, QString>& keys);

Q_SIGNALS:
    void keychainKeyChanged(const QString& name, const QString& value);

private:
    void updateKeyStatus(const QString& name, const QString& message = QString());
    KeyStore* m_keys;
    QLineEdit* m_anthropicUrl;
    QLineEdit* m_openaiUrl;
    QComboBox* m_theme;
    QSpinBox* m_fontSize;
    QHash<QString, QLineEdit*> m_keyEdits;
    QHash<QString, QLabel*> m_keyStatus;
    QHash<QString, QString> m_keychain;
};

} // namespace fapo
