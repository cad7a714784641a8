#include "widgets/review/reviewpanel.h"
#include "core/runview/statustexts.h"
#include "models/statuspalette.h"
#include "widgets/difftext.h"
#include "widgets/emptystate.h"
#include "models/modelroles.h"
#include "core/optimize/proposalevidence.h"
#include "core/optimize/structureedit.h"
#include "widgets/review/structurediffview.h"
#include "models/proposalsmodel.h"
#include <QComboBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fapo {

namespace {

QPlainTextEdit* readOnlyText(QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true); // model text: plain text only
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_model(new ProposalsModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_stageFilter(new QComboBox(this))
    , m_queue(new QTableView(this))
    , m_title(new QLabel(this))
    , m_scores(new QLabel(this))
    , m_before(readOnlyText(this))
    , m_after(readOnlyText(this))
    , m_rationale(readOnlyText(this))
    , m_checks(new QListWidget(this))
    , m_fixed(new QListWidget(this))
    , m_regressed(new QListWidget(this))
    , m_history(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_edit(new QPushButton(tr("&Edit and Re-evaluate…"), this))
    , m_optimize(new QPushButton(tr("Propose Rewrites"), this))
    , m_emptyOptimize(new QPushButton(tr("Propose Rewrites"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
{
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterRole(ProposalStageRole);
    m_queue->setModel(m_filtered);
    m_stageFilter->setObjectName(QStringLiteral("stageFilter"));
    m_stageFilter->setToolTip(tr("Show the proposals whose evaluation reached this stage"));
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setStretchLastSection(false);
    m_queue->horizontalHeader()->setSectionResizeMode(ProposalsModel::StepColumn, QHeaderView::Stretch);
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 8);
    m_queue->setMaximumHeight(4 * (m_queue->fontMetrics().height() + 8) + 8);
    for (QLabel* l : { m_title, m_scores, m_history }) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    QFont title = m_title->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_title->setFont(title);
    m_rationale->setMaximumHeight(72);
    m_note->setPlaceholderText(tr("Note for the record (optional)"));
    m_approve->setToolTip(tr("Apply this rewrite: it makes the next pipeline version (Alt+A; undo with Ctrl+Z)"));
    m_reject->setToolTip(tr("Reject this rewrite: it never reaches the export (Alt+R; undo with Ctrl+Z)"));
    m_edit->setToolTip(tr("Edit the new prompt, then evaluate the edit on the validation set (Alt+E)"));
    m_optimize->setToolTip(tr("Ask the optimizer model for rewrites of the step where most failures start"));
    m_emptyOptimize->setToolTip(m_optimize->toolTip());
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel->hide();
    for (QListWidget* list : { m_fixed, m_regressed, m_checks })
        list->setMaximumHeight(88);
    m_fixed->setToolTip(tr("Failed before, pass with the rewrite: double-click to open in both runs"));
    m_regressed->setToolTip(tr("Passed before, fail with the rewrite: double-click to open in both runs"));

    // Empty state: nothing proposed yet.
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(new EmptyState(tr("No proposals to review"),
                                          tr("Rewrites proposed by the optimizer wait here for your decision. Nothing changes a "
                                             "prompt without one."),
                                          empty),
                           1);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_emptyOptimize);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(1);

    // The queue and the selected proposal.
    auto* content = new QWidget(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(heading(tr("Queue"), content), 1);
    bar->addWidget(m_stageFilter);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_optimize);
    auto* diff = new QSplitter(Qt::Horizontal, content);
    m_diffPanes = diff;
    auto* beforeBox = new QWidget(diff);
    auto* beforeLayout = new QVBoxLayout(beforeBox);
    beforeLayout->setContentsMargins(0, 0, 0, 0);
    m_beforeHeading = heading(tr("Current prompt"), beforeBox);
    beforeLayout->addWidget(m_beforeHeading);
    beforeLayout->addWidget(m_before);
    auto* afterBox = new QWidget(diff);
    auto* afterLayout = new QVBoxLayout(afterBox);
    afterLayout->setContentsMargins(0, 0, 0, 0);
    m_afterHeading = heading(tr("Proposed prompt"), afterBox);
    afterLayout->addWidget(m_afterHeading);
    afterLayout->addWidget(m_after);
    diff->addWidget(beforeBox);
    diff->addWidget(afterBox);
    auto* lists = new QHBoxLayout;
    auto* fixedBox = new QVBoxLayout;
    fixedBox->addWidget(heading(tr("Fixed"), content));
    fixedBox->addWidget(m_fixed);
    auto* regressedBox = new QVBoxLayout;
    regressedBox->addWidget(heading(tr("Regressed"), content));
    regressedBox->addWidget(m_regressed);
    auto* checksBox = new QVBoxLayout;
    checksBox->addWidget(heading(tr("Review checks"), content));
    checksBox->addWidget(m_checks);
    lists->addLayout(fixedBox, 1);
    lists->addLayout(regressedBox, 1);
    lists->addLayout(checksBox, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    m_approve->setDefault(true);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_queue);
    layout->addWidget(m_title);
    layout->addWidget(m_scores);
    m_graphDiff = new StructureDiffView(content);
    m_graphDiff->hide(); // structural proposals only
    layout->addWidget(m_graphDiff, 5);
    layout->addWidget(diff, 4);
    layout->addWidget(heading(tr("Rationale"), content));
    layout->addWidget(m_rationale);
    layout->addLayout(lists);
    layout->addWidget(m_history);
    layout->addLayout(buttons);

    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPanel::showProposal);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPanel::approve);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int stage = m_stageFilter->currentData().toInt();
        m_filtered->setFilterRegularExpression(stage < 0 ? QString() : QStringLiteral("^%1$").arg(stage));
        if (!m_queue->currentIndex().isValid() && m_filtered->rowCount() > 0)
            m_queue->setCurrentIndex(m_filtered->index(0, 0));
        showProposal();
    });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { Q_EMIT decisionRequested(currentProposal(), DecisionAction::Rejected, m_note->text()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(currentProposal()); });
    connect(m_optimize, &QPushButton::clicked, this, &ReviewPanel::optimizeRequested);
    connect(m_emptyOptimize, &QPushButton::clicked, this, &ReviewPanel::optimizeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ReviewPanel::cancelRequested);
    for (QListWidget* list : { m_fixed, m_regressed })
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem* item) { Q_EMIT exampleRequested(item->text(), item->data(Qt::UserRole).toLongLong()); });
    setCanOptimize(false);
    showProposal();
}

void ReviewPanel::setProposals(std::vector<Proposal> proposals, std::map<qint64, std::vector<Decision>> decisions)
{
    const qint64 current = currentProposal();
    m_decisions = std::move(decisions);
    const bool any = !proposals.empty();
    qint64 select = current;
    if (m_model->rowOf(current) < 0 || !any) // first time: the first pending proposal
        for (const Proposal& p : proposals)
            if (p.status == ProposalStatus::Pending) {
                select = p.id;
                break;
            }
    m_model->setProposals(std::move(proposals));
    m_stack->setCurrentIndex(any ? 1 : 0);
    updateStageFilter();
    const int row = m_model->rowOf(select);
    if (const Proposal* chosen = m_model->proposal(row >= 0 ? row : m_model->rowCount() - 1))
        selectProposal(chosen->id);
    showProposal();
}

// "All stages", then each stage that some proposal reached, with how many did.
void ReviewPanel::updateStageFilter()
{
    const int chosen = m_stageFilter->currentIndex() >= 0 ? m_stageFilter->currentData().toInt() : -1;
    int counts[kProposalStageCount] = {};
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[int(m_model->progress(row)->stage)];
    const QSignalBlocker quiet(m_stageFilter);
    m_stageFilter->clear();
    m_stageFilter->addItem(tr("All stages (%1)").arg(m_model->rowCount()), -1);
    for (int stage = 0; stage < kProposalStageCount; ++stage)
        if (counts[stage] > 0 || stage == chosen)
            m_stageFilter->addItem(tr("%1 (%2)").arg(proposalStageText(ProposalStage(stage))).arg(counts[stage]), stage);
    m_stageFilter->setCurrentIndex(std::max(0, m_stageFilter->findData(chosen)));
}

QAbstractItemModel* ReviewPanel::queueModel() const { return m_filtered; }

void ReviewPanel::selectProposal(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex shown = m_filtered->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid()) { // filtered out: show every stage rather than lose the selection
        m_stageFilter->setCurrentIndex(0);
        shown = m_filtered->mapFromSource(m_model->index(row, 0));
    }
    m_queue->setCurrentIndex(shown);
}

int ReviewPanel::currentRow() const
{
    const QModelIndex current = m_queue->currentIndex();
    return current.isValid() ? m_filtered->mapToSource(current).row() : -1;
}

qint64 ReviewPanel::currentProposal() const
{
    const Proposal* p = m_model->proposal(currentRow());
    return p ? p->id : 0;
}

void ReviewPanel::approve()
{
    const int row = currentRow();
    const Proposal* p = m_model->proposal(row);
    if (!p)
        return;
    const ProposalProgress& progress = *m_model->progress(row);
    const qint64 id = p->id;
    if (progress.approvalNeedsConfirmation
        && !m_confirm(tr("Approve proposal %1 without evidence?").arg(id),
                      tr("%1\n\nNothing shows that this rewrite helps: it never ran on the validation set. Approve it anyway? It "
                         "becomes the next pipeline version (Ctrl+Z undoes it).")
                          .arg(progress.reason)))
        return;
    Q_EMIT decisionRequested(id, DecisionAction::Approved, m_note->text());
}

void ReviewPanel::showProposal()
{
    const Proposal* p = m_model->proposal(currentRow());
    for (QListWidget* list : { m_fixed, m_regressed, m_checks })
        list->clear();
    m_approve->setEnabled(p && p->status == ProposalStatus::Pending);
    m_reject->setEnabled(p && p->status == ProposalStatus::Pending);
    m_edit->setEnabled(p && (!p->newPrompt.isEmpty() || p->level != FixLevel::Prompt) && !m_progress->isVisible());
    if (!p) {
        m_graphDiff->hide();
        m_title->clear();
        m_scores->clear();
        m_before->clear();
        m_after->clear();
        m_rationale->clear();
        m_history->clear();
        return;
    }
    const bool setting = p->level == FixLevel::Parameter;
    const bool structure = p->level == FixLevel::Structure;
    m_beforeHeading->setText(setting ? tr("Current setting") : structure ? tr("Steps it changes") : tr("Current prompt"));
    m_afterHeading->setText(setting ? tr("Proposed setting") : structure ? tr("New and changed steps") : tr("Proposed prompt"));
    if (structure)
        m_title->setText(
            tr("Proposal %1 for \"%2\" · structure: %3 · %4").arg(p->id).arg(p->stepId, changeSummary(*p), proposalStatusText(p->status)));
    else if (setting)
        m_title->setText(tr("Proposal %1 for \"%2\" · setting %3 · %4").arg(p->id).arg(p->stepId, p->field, proposalStatusText(p->status)));
    else
        m_title->setText(tr("Proposal %1 for \"%2\" · %3").arg(p->id).arg(p->stepId, proposalStatusText(p->status)));
    // A setting shows as "top_k: 1" beside "top_k: 3", so the same diff marks what changed.
    // A structural change shows the step objects it touches as JSON, before and after.
    const QString stepsBefore = structure && p->oldValue.is_array() ? QString::fromStdString(p->oldValue.dump(2)) : QString();
    const QString stepsAfter = structure ? QString::fromStdString(p->newValue.value("steps", nlohmann::json::array()).dump(2)) : QString();
    const std::vector<DiffPiece> pieces = structure ? wordDiff(stepsBefore, stepsAfter)
        : p->level == FixLevel::Parameter
        ? wordDiff(QStringLiteral("%1: %2").arg(p->field, valueText(p->oldValue)),
                   QStringLiteral("%1: %2").arg(p->field, valueText(p->newValue)))
        : wordDiff(p->oldPrompt + (p->newSystem.isEmpty() ? QString() : QStringLiteral("\n\n") + p->oldSystem),
                   p->newPrompt + (p->newSystem.isEmpty() ? QString() : QStringLiteral("\n\n") + p->newSystem));
    showDiff(m_before, pieces, DiffSide::Before);
    showDiff(m_after, pieces, DiffSide::After);
    m_rationale->setPlainText(p->rationale);
    // A structural change: the graph before and after, side by side, what it adds and changes marked.
    const auto versions = structure && m_versions ? m_versions(*p) : std::nullopt;
    m_graphDiff->setVisible(versions.has_value());
    // The graph diff takes the room; the steps' JSON below it stays a short, scrollable strip.
    m_diffPanes->setMaximumHeight(versions ? 130 : QWIDGETSIZE_MAX);
    if (versions) {
        const StructureDelta delta = structureDelta(versions->first, StructureEdit::fromJson(p->newValue));
        m_graphDiff->setVersions(versions->first, versions->second, delta.added, delta.changed + delta.removed);
    }

    // The evidence, in one line a reviewer can read aloud: how far the evaluation got and why, then side effects.
    QStringList facts;
    const QLocale locale;
    const nlohmann::json v = p->evidence.value("validation", nlohmann::json::object());
    facts << m_model->progress(currentRow())->reason;
    // What the change does to the price of an example (list prices, the validation examples).
    const nlohmann::json cost = p->evidence.value("cost", nlohmann::json::object());
    if (cost.contains("ratio"))
        facts << tr("cost per example $%1 → $%2 (%3×)")
                     .arg(locale.toString(cost.value("before", 0.0), 'f', 5), locale.toString(cost.value("after", 0.0), 'f', 5),
                          locale.toString(cost.value("ratio", 1.0), 'f', 2));
    const nlohmann::json effects = p->evidence.value("side_effects", nlohmann::json::object());
    if (effects.contains("before") && effects.contains("after"))
        facts << tr("output length %1 → %2 characters, distinct final outputs %3 → %4")
                     .arg(locale.toString(effects["before"].value("mean_output_chars", 0.0), 'f', 0),
                          locale.toString(effects["after"].value("mean_output_chars", 0.0), 'f', 0),
                          locale.toString(effects["before"].value("distinct_final_outputs", 0.0) * 100.0, 'f', 0) + QLatin1Char('%'),
                          locale.toString(effects["after"].value("distinct_final_outputs", 0.0) * 100.0, 'f', 0) + QLatin1Char('%'));
    m_scores->setText(facts.join(QLatin1Char('\n')));
    const qint64 evalRun = v.value("run_id", qint64(0));
    const auto fill = [evalRun](QListWidget* list, const nlohmann::json& ids) {
        for (const nlohmann::json& id : ids) {
            auto* item = new QListWidgetItem(QString::fromStdString(id.get<std::string>()), list);
            item->setData(Qt::UserRole, evalRun);
        }
    };
    fill(m_fixed, v.value("fixed", nlohmann::json::array()));
    fill(m_regressed, v.value("regressed", nlohmann::json::array()));
    for (const nlohmann::json& c : p->checks) {
        const bool passed = c.value("passed", false);
        auto* item = new QListWidgetItem((passed ? QStringLiteral("✓ ") : QStringLiteral("✗ "))
                                             + QString::fromStdString(c.value("name", std::string())) + QStringLiteral(": ")
                                             + QString::fromStdString(c.value("detail", std::string())),
                                         m_checks);
        if (!passed)
            item->setForeground(statusColor(StatusTone::Fail, palette()));
    }
    QStringList history;
    const auto decided = m_decisions.find(p->id);
    if (decided != m_decisions.end())
        for (const Decision& d : decided->second)
            history << tr("%1 by %2, %3%4")
                           .arg(decisionText(d.decision), d.who, locale.toString(d.at.toLocalTime(), QLocale::ShortFormat),
                                d.note.isEmpty() ? QString() : QStringLiteral(": ") + d.note);
    m_history->setText(history.join(QLatin1Char('\n')));
}

void ReviewPanel::setBusy(bool busy, const QString& text)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setFormat(text);
    m_progress->setTextVisible(!text.isEmpty());
    m_progress->setToolTip(text);
    m_optimize->setEnabled(!busy);
    m_emptyOptimize->setEnabled(!busy);
    showProposal();
}

void ReviewPanel::setCanOptimize(bool can)
{
    m_optimize->setEnabled(can);
    m_emptyOptimize->setEnabled(can);
}

QString ReviewPanel::beforeText() const { return m_before->toPlainText(); }

QString ReviewPanel::afterText() const { return m_after->toPlainText(); }

QString ReviewPanel::evidenceText() const { return m_scores->text(); }

} // namespace fapo
