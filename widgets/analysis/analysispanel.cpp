#include "widgets/analysis/analysispanel.h"
#include "core/analysis/verdict.h"
#include "core/analysis/labels.h"
#include "core/analysis/verdictreason.h"
#include "widgets/analysis/blamechart.h"
#include "models/clustermodel.h"
#include "widgets/emptystate.h"
#include "models/stepblamemodel.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

namespace fapo {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_header(new QLabel(this))
    , m_analyze(new QPushButton(tr("Analyze Again"), this))
    , m_emptyAnalyze(new QPushButton(tr("Analyze Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_chart(new BlameChart(this))
    , m_blame(new StepBlameModel(this))
    , m_clusters(new ClusterModel(this))
    , m_stepTable(makeTable(m_blame, this))
    , m_clusterTable(makeTable(m_clusters, this))
    , m_verdict(new QPlainTextEdit(this))
{
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_analyze->setToolTip(
        tr("Find where each failure of this run starts (rules first; replay and the critic model for what they leave open)"));
    m_emptyAnalyze->setToolTip(m_analyze->toolTip());
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    m_verdict->setReadOnly(true); // trace and model text: plain text only
    m_verdict->setPlaceholderText(tr("Select a failed example to see where its failure starts and why."));
    m_verdict->setMaximumBlockCount(200);
    m_stepTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clusterTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clusterTable->horizontalHeader()->setStretchLastSection(true);

    // Empty state: what analysis does, and the button that starts it.
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(new EmptyState(tr("No analysis yet"),
                                          tr("Analysis finds the step where each failure starts, not where it shows, and how it "
                                             "spreads through the pipeline. Rules and step gold cost nothing; replay and the "
                                             "critic model are only asked about what they leave open, within a budget."),
                                          empty),
                           1);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_emptyAnalyze);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(1);

    auto* content = new QWidget(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_header, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_analyze);
    // Three columns: the chart gets the full height; the tables sit beside it; the verdict on the right.
    auto* tables = new QSplitter(Qt::Vertical, content);
    tables->addWidget(m_stepTable);
    tables->addWidget(m_clusterTable);
    auto* split = new QSplitter(Qt::Horizontal, content);
    split->addWidget(m_chart);
    split->addWidget(tables);
    split->addWidget(m_verdict);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_analyze, &QPushButton::clicked, this, &AnalysisPanel::analyzeRequested);
    connect(m_emptyAnalyze, &QPushButton::clicked, this, &AnalysisPanel::analyzeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisPanel::cancelRequested);
    connect(m_stepTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT stepActivated(index.data(StepIdRole).toString());
    });
    connect(m_clusterTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT clusterActivated(index.data(StepIdRole).toString()); });
    connect(m_clusterTable, &QTableView::clicked, this,
            [this](const QModelIndex& index) { Q_EMIT clusterActivated(index.data(StepIdRole).toString()); });
    setCanAnalyze(false);
}

void AnalysisPanel::setSnapshot(const RunSnapshotPtr& snapshot)
{
    m_blame->setSnapshot(snapshot);
    m_clusters->setSnapshot(snapshot);
    m_chart->setRows(m_blame->rows());
    m_verdict->clear();
    const bool analysed = snapshot && snapshot->analysis;
    m_stack->setCurrentIndex(analysed ? 1 : 0);
    if (!analysed) {
        m_header->clear();
        return;
    }
    const AnalysisSummary& s = snapshot->analysis->summary;
    QStringList methods;
    for (const auto& [method, count] : s.methods)
        methods << QStringLiteral("%1 %2").arg(methodText(method)).arg(count);
    const QLocale locale;
    m_header->setText(tr("Analysis %1 of run %2: %3 of %4 examples failed. Found by: %5. %n model call(s), $%6.", nullptr, int(s.calls))
                          .arg(snapshot->analysis->id)
                          .arg(snapshot->run.id)
                          .arg(s.failed)
                          .arg(s.examples)
                          .arg(methods.isEmpty() ? tr("nothing to explain") : methods.join(QStringLiteral(", ")))
                          .arg(locale.toString(s.costUsd, 'f', 4)));
}

void AnalysisPanel::setVerdict(const QString& exampleId, const Verdict* v)
{
    if (!v) {
        m_verdict->setPlainText(exampleId.isEmpty() ? QString() : tr("%1 passed, or has no verdict in this analysis.").arg(exampleId));
        return;
    }
    QStringList lines;
    lines << tr("%1: the failure starts at \"%2\"").arg(exampleId, v->origin);
    lines << tr("Kind: %1. Fix at the %2 level.").arg(failureClassText(v->failureClass), fixLevelText(v->fixLevel));
    lines << tr("Found by %1, confidence %2.").arg(methodText(v->method), QLocale().toString(v->confidence, 'f', 2));
    if (v->path.size() > 1)
        lines << tr("Path: %1").arg(v->path.join(QStringLiteral(" → ")));
    // The same account as the inspector's Evidence tab, in the reader's language (the stored
    // explanation is English, for JSON).
    lines << QString() << verdictReasons(*v);
    if (const QString critic = criticExplanation(*v); !critic.isEmpty())
        lines << QString() << critic;
    m_verdict->setPlainText(lines.join(QLatin1Char('\n')));
}

QString AnalysisPanel::verdictText() const { return m_verdict->toPlainText(); }

void AnalysisPanel::showProgress(const AnalysisProgress& p)
{
    const QString stage = p.stage == AnalysisStage::Replay ? tr("Replaying steps %v / %m")
        : p.stage == AnalysisStage::Critic                 ? tr("Asking the critic %v / %m")
                                                           : tr("Applying rules…");
    setBusy(true, stage, p.done, p.total);
}

void AnalysisPanel::setBusy(bool busy, const QString& text, int done, int total)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_analyze->setVisible(!busy);
    m_emptyAnalyze->setEnabled(!busy && m_analyze->isEnabled());
    if (busy) {
        m_progress->setRange(0, std::max(0, total));
        m_progress->setValue(done);
        m_progress->setFormat(text);
    }
}

void AnalysisPanel::setCanAnalyze(bool can)
{
    m_analyze->setEnabled(can);
    m_emptyAnalyze->setEnabled(can);
}

} // namespace fapo
