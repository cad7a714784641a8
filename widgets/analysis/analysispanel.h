#pragma once
// The analysis panel: where failures start (a blame chart and per-step table with ceilings), the
// failure clusters, and the selected example's verdict with its explanation. Analyzing a run is an
// intent sent to the window, which runs it in a worker.
#include "core/analysis/analyzer.h"
#include "core/runview/runsnapshot.h"
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fapo {

class BlameChart;
class ClusterModel;
class StepBlameModel;
struct Verdict;

class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisPanel(QWidget* parent = nullptr);
    void setSnapshot(const RunSnapshotPtr& snapshot);
    // The selected example's verdict (nullptr: none selected, it passed, or no analysis).
    void setVerdict(const QString& exampleId, const Verdict* verdict);
    // While an analysis runs: a progress line and Cancel instead of Analyze.
    void setBusy(bool busy, const QString& text = QString(), int done = 0, int total = 0);
    // Busy with an analysis at this stage (rules | replay | critic | storing).
    void showProgress(const fapo::AnalysisProgress& progress);
    void setCanAnalyze(bool can);

    StepBlameModel* blameModel() const { return m_blame; }
    ClusterModel* clusterModel() const { return m_clusters; }
    QString verdictText() const;

Q_SIGNALS:
    void analyzeRequested();
    void cancelRequested();
    void stepActivated(const QString& step);
    void clusterActivated(const QString& originStep);

private:
    QStackedWidget* m_stack;
    QLabel* m_header;
    QPushButton* m_analyze;
    QPushButton* m_emptyAnalyze;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    BlameChart* m_chart;
    StepBlameModel* m_blame;
    ClusterModel* m_clusters;
    QTableView* m_stepTable;
    QTableView* m_clusterTable;
    QPlainTextEdit* m_verdict;
};

} // namespace fapo
