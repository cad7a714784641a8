#pragma once
// File › Listen for Traces…: where the window receives OpenTelemetry traces (port, address, and the
// token that other machines must send) and, when no workspace is open, where they are stored. The
// port and address are remembered; the token never is.
#include "core/live/otlpreceiver.h"
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fapo {

class ListenDialog : public QDialog {
    Q_OBJECT
public:
    // `needsWorkspace`: nothing is open, so the dialog asks where to store the traces.
    ListenDialog(bool needsWorkspace, QWidget* parent = nullptr);

    ReceiverOptions options() const;
    QString workspacePath() const;
    // Why the dialog cannot be accepted yet (empty when it can).
    QString problem() const;

    void accept() override;

private:
    void update();

    QSpinBox* m_port;
    QLineEdit* m_bind;
    QLineEdit* m_token;
    QLineEdit* m_workspace = nullptr;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace fapo
