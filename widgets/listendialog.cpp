#include "widgets/listendialog.h"
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fapo {

namespace {
const QString kPortKey = QStringLiteral("listen/port");
const QString kBindKey = QStringLiteral("listen/bind");
} // namespace

ListenDialog::ListenDialog(bool needsWorkspace, QWidget* parent)
    : QDialog(parent)
    , m_port(new QSpinBox(this))
    , m_bind(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Listen for Traces"));
    m_port->setObjectName(QStringLiteral("port"));
    m_bind->setObjectName(QStringLiteral("bind"));
    m_token->setObjectName(QStringLiteral("token"));
    const QSettings settings;
    auto* intro = new QLabel(tr("Apps instrumented with OpenTelemetry send their traces here over OTLP/HTTP (protobuf or JSON). "
                                "Point their exporter at the address below; each trace appears in the graph as it arrives."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_port->setRange(0, 65535);
    m_port->setValue(settings.value(kPortKey, 4318).toInt());
    m_port->setSpecialValueText(tr("any free port"));
    m_bind->setText(settings.value(kBindKey, QStringLiteral("127.0.0.1")).toString());
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("required unless the address is this machine's"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Address:"), m_bind);
    form->addRow(tr("&Token:"), m_token);
    if (needsWorkspace) {
        m_workspace = new QLineEdit(this);
        m_workspace->setObjectName(QStringLiteral("workspace"));
        m_workspace->setText(
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("live-traces.fapo")));
        auto* browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Store Traces In"), m_workspace->text(), tr("Workspaces (*.fapo)"),
                                                              nullptr, QFileDialog::DontConfirmOverwrite);
            if (!path.isEmpty())
                m_workspace->setText(path.endsWith(QLatin1String(".fapo")) ? path : path + QStringLiteral(".fapo"));
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_workspace, 1);
        row->addWidget(browse);
        // A label of its own: a row of a layout has no buddy, so its "&" would show as it is.
        auto* label = new QLabel(tr("&Workspace:"), this);
        label->setBuddy(m_workspace);
        form->addRow(label, row);
        connect(m_workspace, &QLineEdit::textChanged, this, &ListenDialog::update);
    }
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Listen"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ListenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ListenDialog::reject);
    connect(m_port, &QSpinBox::valueChanged, this, &ListenDialog::update);
    connect(m_bind, &QLineEdit::textChanged, this, &ListenDialog::update);
    connect(m_token, &QLineEdit::textChanged, this, &ListenDialog::update);
    update();
}

ReceiverOptions ListenDialog::options() const
{
    ReceiverOptions o;
    o.port = quint16(m_port->value());
    o.bind = QHostAddress(m_bind->text().trimmed());
    o.token = m_token->text();
    return o;
}

QString ListenDialog::workspacePath() const { return m_workspace ? m_workspace->text().trimmed() : QString(); }

QString ListenDialog::problem() const
{
    const QHostAddress bind(m_bind->text().trimmed());
    if (bind.isNull())
        return tr("\"%1\" is not an IP address (127.0.0.1 is this machine only; 0.0.0.0 is every network).").arg(m_bind->text().trimmed());
    if (!bind.isLoopback() && m_token->text().isEmpty())
        return tr("Other machines may send to %1: set a token, which each request must carry as \"Authorization: Bearer TOKEN\".")
            .arg(bind.toString());
    if (m_workspace && !workspacePath().endsWith(QLatin1String(".fapo")))
        return tr("The workspace must be a .fapo file.");
    return {};
}

void ListenDialog::update()
{
    const QString why = problem();
    const QString where
        = QStringLiteral("http://%1:%2/v1/traces")
              .arg(options().bind.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + m_bind->text() + QLatin1Char(']')
                                                                              : m_bind->text().trimmed())
              .arg(m_port->value() == 0 ? tr("PORT") : QString::number(m_port->value()));
    m_hint->setText(why.isEmpty() ? tr("Exporters send to %1 (as OTEL_EXPORTER_OTLP_ENDPOINT, give it without /v1/traces).").arg(where)
                                  : why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ListenDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QSettings settings;
    settings.setValue(kPortKey, m_port->value());
    settings.setValue(kBindKey, m_bind->text().trimmed());
    QDialog::accept();
}

} // namespace fapo
