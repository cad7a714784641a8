#pragma once
// The review panel, where a person decides: the queue of proposals; for the selected one a
// side-by-side word diff of the old and new prompt, the rationale, the evidence (how far its evaluation
// got and why: blocked, screened out, validated with the sign test, held-out; fixed and regressed
// examples that open in the window for both runs; side effects) and the review checks; Approve, Reject,
// Edit and re-evaluate. The queue filters by evaluation stage; approving a proposal that never showed a
// gain on the validation set asks first.
// Decisions are sent to the window as intents; it stores them (undoably) before the panel shows them.
#include "core/formats/pipeline.h"
#include "core/workspace/proposalrecords.h"
#include <QWidget>
#include <functional>
#include <optional>
#include <utility>
#include <map>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fapo {

class ProposalsModel;
class StructureDiffView;

class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget* parent = nullptr);

    // Every proposal with its decisions; keeps the selection where it can.
    void setProposals(std::vector<Proposal> proposals, std::map<qint64, std::vector<Decision>> decisions);
    void selectProposal(qint64 id);
    qint64 currentProposal() const; // 0: none
    // While a round or an evaluation runs: a progress line and Cancel.
    void setBusy(bool busy, const QString& text = QString());
    void setCanOptimize(bool can);

    ProposalsModel* model() const { return m_model; }
    QAbstractItemModel* queueModel() const; // what the queue shows: the model, filtered by stage
    QComboBox* stageFilter() const { return m_stageFilter; }
    // Asks a person to confirm an approval the evidence does not support (text: what the evidence is).
    // By default a message box; tests answer it themselves.
    void setConfirmation(std::function<bool(const QString& title, const QString& text)> confirm) { m_confirm = std::move(confirm); }
    QString beforeText() const;
    QString afterText() const;
    QString evidenceText() const;
    QPushButton* approveButton() const { return m_approve; }
    // Where a structural proposal's versions come from (the window asks its session); without it the
    // panel shows the steps as text only.
    using VersionResolver = std::function<std::optional<std::pair<Pipeline, Pipeline>>(const Proposal&)>;
    void setVersionResolver(VersionResolver resolve) { m_versions = std::move(resolve); }
    StructureDiffView* structureDiff() const { return m_graphDiff; }

Q_SIGNALS:
    void decisionRequested(qint64 proposalId, fapo::DecisionAction decision, const QString& note);
    void editRequested(qint64 proposalId);
    void optimizeRequested();
    void cancelRequested();
    void exampleRequested(const QString& exampleId, qint64 runId);

private:
    void showProposal();
    void approve();
    void updateStageFilter();
    int currentRow() const; // in the model, -1: none
    QStackedWidget* m_stack;
    ProposalsModel* m_model;
    QSortFilterProxyModel* m_filtered;
    QComboBox* m_stageFilter;
    std::function<bool(const QString&, const QString&)> m_confirm;
    VersionResolver m_versions;
    QWidget* m_diffPanes = nullptr; // the before/after texts
    StructureDiffView* m_graphDiff = nullptr;
    std::map<qint64, std::vector<Decision>> m_decisions;
    QTableView* m_queue;
    QLabel* m_title;
    QLabel* m_scores;
    QLabel* m_beforeHeading = nullptr; // "Current prompt", or "Current setting" for a parameter
    QLabel* m_afterHeading = nullptr;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
    QPlainTextEdit* m_rationale;
    QListWidget* m_checks;
    QListWidget* m_fixed;
    QListWidget* m_regressed;
    QLabel* m_history;
    QLineEdit* m_note;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_edit;
    QPushButton* m_optimize;
    QPushButton* m_emptyOptimize;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
};

} // namespace fapo
