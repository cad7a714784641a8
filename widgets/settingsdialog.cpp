#include "widgets/settingsdialog.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fapo {

SettingsDialog::SettingsDialog(KeyStore* keys, QWidget* parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_anthropicUrl(new QLineEdit(this))
    , m_openaiUrl(new QLineEdit(this))
    , m_theme(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    const AppSettings current = AppSettings::load();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    auto* endpoints = new QGroupBox(tr("Model endpoints"), this);
    auto* endpointForm = new QFormLayout(endpoints);
    m_anthropicUrl->setText(current.anthropicBaseUrl);
    m_anthropicUrl->setPlaceholderText(env.value(QStringLiteral("ANTHROPIC_BASE_URL"), QStringLiteral("https://api.anthropic.com")));
    m_openaiUrl->setText(current.openaiBaseUrl);
    m_openaiUrl->setPlaceholderText(env.value(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("https://api.openai.com/v1")));
    endpointForm->addRow(tr("Anthropic base URL"), m_anthropicUrl);
    endpointForm->addRow(tr("OpenAI-compatible base URL"), m_openaiUrl);
    auto* endpointNote = new QLabel(tr("A base_url in the pipeline file wins, then the environment, then these."), endpoints);
    endpointNote->setTextFormat(Qt::PlainText);
    endpointNote->setWordWrap(true);
    endpointNote->setForegroundRole(QPalette::PlaceholderText);
    endpointForm->addRow(endpointNote);

    auto* keyBox = new QGroupBox(tr("API keys"), this);
    auto* keyLayout = new QVBoxLayout(keyBox);
    for (const QString& name : KeyStore::keyNames()) {
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(name, keyBox);
        label->setTextFormat(Qt::PlainText);
        label->setMinimumWidth(150);
        auto* edit = new QLineEdit(keyBox);
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(tr("Paste a key to store it"));
        edit->setObjectName(QStringLiteral("key:") + name);
        auto* save = new QPushButton(tr("Store"), keyBox);
        auto* remove = new QPushButton(tr("Remove"), keyBox);
        row->addWidget(label);
        row->addWidget(edit, 1);
        row->addWidget(save);
        row->addWidget(remove);
        keyLayout->addLayout(row);
        auto* status = new QLabel(keyBox);
        status->setTextFormat(Qt::PlainText);
        status->setWordWrap(true);
        status->setForegroundRole(QPalette::PlaceholderText);
        keyLayout->addWidget(status);
        m_keyEdits.insert(name, edit);
        m_keyStatus.insert(name, status);
        connect(save, &QPushButton::clicked, this, [this, name, edit] {
            if (edit->text().trimmed().isEmpty())
                return;
            updateKeyStatus(name, tr("Storing…"));
            m_keys->write(name, edit->text().trimmed());
        });
        connect(remove, &QPushButton::clicked, this, [this, name] { m_keys->remove(name); });
        updateKeyStatus(name);
    }
    connect(m_keys, &KeyStore::finished, this, [this](const QString& name, bool ok, const QString& error) {
        QLineEdit* edit = m_keyEdits.value(name);
        if (!edit)
            return;
        if (ok) {
            const QString value = edit->text().trimmed();
            m_keychain.insert(name, value); // empty after Remove
            Q_EMIT keychainKeyChanged(name, value);
        }
        edit->clear(); // the key leaves the dialog either way
        updateKeyStatus(name, error);
    });

    auto* look = new QGroupBox(tr("Appearance"), this);
    auto* lookForm = new QFormLayout(look);
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(current.theme)));
    m_fontSize->setRange(0, 32);
    m_fontSize->setSpecialValueText(tr("System"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(current.fontPointSize);
    lookForm->addRow(tr("Theme"), m_theme);
    lookForm->addRow(tr("Font size"), m_fontSize);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const AppSettings s = settings();
        s.save();
        applyAppearance(s);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(endpoints);
    layout->addWidget(keyBox);
    layout->addWidget(look);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.anthropicBaseUrl = m_anthropicUrl->text().trimmed();
    s.openaiBaseUrl = m_openaiUrl->text().trimmed();
    s.theme = Theme(m_theme->currentData().toInt());
    s.fontPointSize = m_fontSize->value();
    return s;
}

void SettingsDialog::setKeychainKeys(const QHash<QString, QString>& keys)
{
    m_keychain = keys;
    for (const QString& name : KeyStore::keyNames())
        updateKeyStatus(name);
}

QString SettingsDialog::keyStatus(const QString& name) const
{
    const QLabel* label = m_keyStatus.value(name);
    return label ? label->text() : QString();
}

void SettingsDialog::updateKeyStatus(const QString& name, const QString& message)
{
    QLabel* label = m_keyStatus.value(name);
    if (!label)
        return;
    QString text;
    if (!qEnvironmentVariableIsEmpty(qPrintable(name)))
        text = tr("Set in the environment; it is used first.");
    else if (!m_keychain.value(name).isEmpty())
        text = tr("Stored in the system keychain.");
    else
        text = tr("Not set: calls to this provider will fail with an authentication error.");
    if (!message.isEmpty())
        text = message + QLatin1Char('\n') + text;
    label->setText(text);
}

} // namespace fapo
