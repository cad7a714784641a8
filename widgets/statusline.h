#pragma once
// The window's status bar: the totals of the run on show, and the progress of a run with its Cancel.
#include "core/run/batchprogress.h"
#include "core/runview/runsnapshot.h"
#include <QObject>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace fapo {

class StatusLine : public QObject {
    Q_OBJECT
public:
    explicit StatusLine(QStatusBar* bar);
    // The run's totals, one phrase per figure; without a run, `hint` (what to do first).
    void showTotals(const RunSnapshot* snapshot, const QString& hint);
    void startProgress(int total); // "%v / %m examples" with Cancel
    void setProgress(int finished, int total);
    void stopProgress();
    // The batches of model calls the run waits for (hidden when none).
    void setBatches(const std::vector<BatchProgress>& batches);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_totals;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_batches;
};

} // namespace fapo
