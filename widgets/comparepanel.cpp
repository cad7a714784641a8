#include "widgets/comparepanel.h"
#include "core/session/studiosession.h"
#include "widgets/difftext.h"
#include "core/diff/worddiff.h"
#include "core/runview/snapshotloader.h"
#include "core/workspace/workspace.h"
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace fapo {

namespace {
QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ComparePanel::ComparePanel(QWidget* parent)
    : QWidget(parent)
    , m_loader(new SnapshotLoader(this))
    , m_baseRun(new QComboBox(this))
    , m_summary(plainLabel(QString(), this))
    , m_fixed(new QListWidget(this))
    , m_regressed(new QListWidget(this))
    , m_steps(new QTableWidget(this))
    , m_diffTitle(plainLabel(QString(), this))
    , m_diff(new QPlainTextEdit(this))
{
    auto* top = new QHBoxLayout;
    top->addWidget(plainLabel(tr("Compare with run"), this));
    m_baseRun->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_baseRun);
    top->addWidget(m_summary, 1);

    auto* lists = new QHBoxLayout;
    const auto column = [this](const QString& title, QListWidget* list) {
        auto* box = new QVBoxLayout;
        box->addWidget(plainLabel(title, this));
        box->addWidget(list);
        return box;
    };
    lists->addLayout(column(tr("Fixed (failed before, passed now)"), m_fixed));
    lists->addLayout(column(tr("Regressed (passed before, failed now)"), m_regressed));
    m_steps->setColumnCount(4);
    m_steps->setHorizontalHeaderLabels({ tr("Step"), tr("Failed before"), tr("Failed now"), tr("Pass rate change") });
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* stepBox = new QVBoxLayout;
    stepBox->addWidget(plainLabel(tr("Steps"), this));
    stepBox->addWidget(m_steps);
    lists->addLayout(stepBox, 2);

    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("Select an example and a step to see how its output changed."));
    auto* diffBox = new QWidget(this);
    auto* diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff);

    auto* upper = new QWidget(this);
    upper->setLayout(lists);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(upper);
    split->addWidget(diffBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_baseRun, &QComboBox::activated, this, [this] { compareWith(m_baseRun->currentData().toLongLong()); });
    connect(m_loader, &SnapshotLoader::loaded, this, [this](RunSnapshotPtr base) {
        m_base = base;
        showComparison();
    });
    for (QListWidget* list : { m_fixed, m_regressed })
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { Q_EMIT exampleActivated(item->text()); });
}

ComparePanel::~ComparePanel() = default;

void ComparePanel::setCurrent(const StudioSession* session)
{
    m_session = session;
    const RunSnapshotPtr current = m_current = session->snapshot();
    m_baseRun->clear();
    m_base.reset();
    m_comparison = RunComparison();
    if (!session->workspace() || !current) {
        showComparison();
        return;
    }
    // A run made from another (an evaluation, a replay) compares with the run it was made from.
    qint64 previous = current->run.baseRunId;
    if (previous > 0)
        m_baseRun->addItem(tr("Run %1 (its base)").arg(previous), previous);
    for (const RunInfo& run : session->workspace()->primaryRuns()) {
        if (run.id == current->run.baseRunId)
            continue;
        if (run.id == current->run.id)
            continue;
        m_baseRun->addItem(tr("Run %1 · %2 · %3 examples")
                               .arg(run.id)
                               .arg(run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                               .arg(run.exampleCount),
                           run.id);
        if (run.id < current->run.id && current->run.baseRunId == 0)
            previous = run.id;
    }
    if (previous > 0) {
        m_baseRun->setCurrentIndex(m_baseRun->findData(previous));
        compareWith(previous);
    } else {
        showComparison();
    }
}

void ComparePanel::compareWith(qint64 baseRunId)
{
    if (baseRunId > 0 && m_session)
        m_loader->load(m_session->workspacePath(), baseRunId);
}

void ComparePanel::showComparison()
{
    m_fixed->clear();
    m_regressed->clear();
    m_steps->setRowCount(0);
    if (!m_current || !m_base) {
        m_summary->setText(m_baseRun->count() == 0 ? tr("Only one run so far: run the dataset again after a change to compare.")
                                                   : QString());
        return;
    }
    m_comparison = RunComparison::compare(*m_base, *m_current);
    const QLocale locale;
    const double delta = m_comparison.scoreAfter - m_comparison.scoreBefore;
    m_summary->setText(tr("Score %1 → %2 (%3) · %4 fixed · %5 regressed · %6 unchanged")
                           .arg(locale.toString(m_comparison.scoreBefore, 'f', 3), locale.toString(m_comparison.scoreAfter, 'f', 3),
                                (delta >= 0 ? QStringLiteral("+") : QString()) + locale.toString(delta, 'f', 3))
                           .arg(m_comparison.fixed.size())
                           .arg(m_comparison.regressed.size())
                           .arg(m_comparison.unchanged));
    m_fixed->addItems(m_comparison.fixed);
    m_regressed->addItems(m_comparison.regressed);
    m_steps->setRowCount(int(m_comparison.steps.size()));
    for (int i = 0; i < int(m_comparison.steps.size()); ++i) {
        const StepChange& s = m_comparison.steps[size_t(i)];
        const double change = (s.passRateAfter - s.passRateBefore) * 100.0;
        const QStringList cells { s.step, QString::number(s.failedBefore), QString::number(s.failedAfter),
                                  (change >= 0 ? QStringLiteral("+") : QString()) + locale.toString(change, 'f', 1)
                                      + QStringLiteral(" %") };
        for (int c = 0; c < cells.size(); ++c)
            m_steps->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    Q_EMIT compared();
}

void ComparePanel::showStepDiff(const QString& exampleId, const QString& stepId)
{
    m_diff->clear();
    m_diffTitle->clear();
    Workspace* ws = m_session ? m_session->workspace() : nullptr;
    if (!ws || !m_current || !m_base || exampleId.isEmpty() || stepId.isEmpty())
        return;
    const auto find = [&](qint64 run) -> QString {
        for (const StepRecord& r : ws->stepRecords(run, exampleId))
            if (r.stepId == stepId)
                return r.error.isEmpty() ? r.output : r.error;
        return QString();
    };
    const QString before = find(m_base->run.id);
    const QString after = find(m_current->run.id);
    m_diffTitle->setText(tr("%1 at %2: run %3 → run %4").arg(exampleId, stepId).arg(m_base->run.id).arg(m_current->run.id));
    showDiff(m_diff, wordDiff(before, after));
}

QString ComparePanel::diffText() const { return m_diff->toPlainText(); }

} // namespace fapo
