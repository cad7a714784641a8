#include "widgets/rundialog.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fapo {

RunDialog::RunDialog(const QString& startDir, QWidget* parent)
    : QDialog(parent)
    , m_startDir(startDir)
    , m_dataset(new QLineEdit(this))
    , m_batch(new QCheckBox(tr("Send the model calls as &batches"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Run Dataset"));
    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_batch->setObjectName(QStringLiteral("batch"));
    m_dataset->setPlaceholderText(tr("A dataset file (JSON Lines)"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Run Dataset"), m_dataset->text().isEmpty() ? m_startDir : m_dataset->text(), tr("Datasets (*.jsonl);;All files (*)"));
        if (!path.isEmpty())
            m_dataset->setText(path);
    });
    auto* datasetRow = new QHBoxLayout;
    datasetRow->addWidget(m_dataset, 1);
    datasetRow->addWidget(browse);

    auto* batchNote
        = new QLabel(tr("Each step level of the whole dataset goes to the provider as one batch (Anthropic Message "
                        "Batches, OpenAI Batch API): half the price, answered within 24 hours. You can close the window meanwhile; "
                        "running the dataset again collects the batches already sent instead of paying twice. "
                        "Models without a batch API are called as usual."),
                     this);
    batchNote->setTextFormat(Qt::PlainText);
    batchNote->setWordWrap(true);
    batchNote->setEnabled(false); // secondary text
    connect(m_batch, &QCheckBox::toggled, batchNote, &QLabel::setEnabled);

    auto* form = new QFormLayout;
    auto* datasetLabel = new QLabel(tr("&Dataset:"), this);
    datasetLabel->setBuddy(m_dataset);
    form->addRow(datasetLabel, datasetRow);
    form->addRow(QString(), m_batch);
    form->addRow(QString(), batchNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dataset, &QLineEdit::textChanged, this, &RunDialog::updateOk);
    updateOk();
    resize(560, sizeHint().height());
}

QString RunDialog::datasetPath() const { return m_dataset->text().trimmed(); }

RunChoices RunDialog::choices() const
{
    RunChoices c;
    c.batch = m_batch->isChecked();
    return c;
}

void RunDialog::setDatasetPath(const QString& path) { m_dataset->setText(path); }

void RunDialog::setChoices(const RunChoices& choices) { m_batch->setChecked(choices.batch); }

void RunDialog::updateOk() { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(datasetPath()).isFile()); }

} // namespace fapo
