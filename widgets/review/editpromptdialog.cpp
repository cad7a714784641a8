#include "widgets/review/editpromptdialog.h"
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fapo {

std::optional<QString> editProposedPrompt(QWidget* parent, qint64 proposalId, const QString& prompt)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("EditPromptDialog", "Edit Proposal %1").arg(proposalId));
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setPlainText(prompt);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(QCoreApplication::translate("EditPromptDialog", "Re-evaluate"), QDialogButtonBox::AcceptRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(700, 420);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText();
}

} // namespace fapo
