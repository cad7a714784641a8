#pragma once
// Compare two runs of the open workspace: score change, examples fixed and regressed, each step's
// failures before and after, and a word-level diff of the selected step's output between the runs.
#include "core/runview/runcomparison.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QPlainTextEdit;

namespace fapo {

class SnapshotLoader;
class StudioSession;

class ComparePanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparePanel(QWidget* parent = nullptr);
    ~ComparePanel() override;
    // The run the session shows (its runs and records are read through the session's connection); the
    // other run defaults to the one before it.
    void setCurrent(const StudioSession* session);
    // Shows how this step's output changed between the two runs for this example.
    void showStepDiff(const QString& exampleId, const QString& stepId);
    void compareWith(qint64 baseRunId);
    const RunComparison& comparison() const { return m_comparison; }
    QString diffText() const; // for tests: the diff as shown (removed and added parts both present)

Q_SIGNALS:
    void exampleActivated(const QString& exampleId);
    void compared();

private:
    void showComparison();
    SnapshotLoader* m_loader;
    const StudioSession* m_session = nullptr;
    RunSnapshotPtr m_current;
    RunSnapshotPtr m_base;
    RunComparison m_comparison;
    QComboBox* m_baseRun;
    QLabel* m_summary;
    QListWidget* m_fixed;
    QListWidget* m_regressed;
    QTableWidget* m_steps;
    QLabel* m_diffTitle;
    QPlainTextEdit* m_diff;
};

} // namespace fapo
