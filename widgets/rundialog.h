#pragma once
// Run › Run Dataset…: which dataset, and whether its model calls go through the providers' batch APIs.
#include "core/session/studiosession.h"
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace fapo {

class RunDialog : public QDialog {
    Q_OBJECT
public:
    // startDir: where Browse… starts (the pipeline's folder).
    RunDialog(const QString& startDir, QWidget* parent = nullptr);

    QString datasetPath() const;
    RunChoices choices() const;
    void setDatasetPath(const QString& path);
    void setChoices(const RunChoices& choices);

private:
    void updateOk();

    QString m_startDir;
    QLineEdit* m_dataset;
    QCheckBox* m_batch;
    QDialogButtonBox* m_buttons;
};

} // namespace fapo
