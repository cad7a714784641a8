#include "widgets/examplespanel.h"
#include "models/examplefilterproxy.h"
#include "models/examplesmodel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace fapo {

ExamplesPanel::ExamplesPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ExamplesModel(this))
    , m_proxy(new ExampleFilterProxy(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_failedOnly(new QCheckBox(tr("Failed only"), this))
    , m_origin(new QComboBox(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Filter by id or input text"));
    m_search->setClearButtonEnabled(true);
    m_origin->addItem(tr("Any origin"), QString());
    m_origin->setToolTip(tr("Show only failures that start at this step"));
    m_count->setTextFormat(Qt::PlainText);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 2);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_failedOnly);
    bar->addWidget(m_origin);
    bar->addWidget(m_count);

    m_table->setModel(m_proxy);
    // Rows arrive in dataset order: no initial sort (sorting 100,000 rows would delay the first paint);
    // a click on a header sorts.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep 100,000 rows scrolling smoothly.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(ExamplesModel::IdColumn, 90);
    m_table->setColumnWidth(ExamplesModel::ResultColumn, 70);
    m_table->setColumnWidth(ExamplesModel::ScoreColumn, 60);
    m_table->setColumnWidth(ExamplesModel::OriginColumn, 110);
    m_table->setColumnWidth(ExamplesModel::TokensColumn, 70);
    m_table->setColumnWidth(ExamplesModel::CostColumn, 80);
    m_table->setColumnWidth(ExamplesModel::LatencyColumn, 80);
    m_table->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_proxy->setText(t);
        updateCount();
    });
    connect(m_failedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFailedOnly(on);
        updateCount();
    });
    connect(m_origin, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOriginStep(m_origin->currentData().toString());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { Q_EMIT exampleSelected(currentExample()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { Q_EMIT inspectRequested(currentExample()); });
}

void ExamplesPanel::setSnapshot(RunSnapshotPtr snapshot)
{
    const QString keep = currentExample();
    const QString origin = m_origin->currentData().toString();
    m_model->setSnapshot(snapshot);
    m_origin->blockSignals(true);
    m_origin->clear();
    m_origin->addItem(tr("Any origin"), QString());
    if (snapshot)
        for (const QString& s : snapshot->steps)
            m_origin->addItem(s, s);
    m_origin->setCurrentIndex(std::max(0, m_origin->findData(origin)));
    m_origin->blockSignals(false);
    updateCount();
    if (!keep.isEmpty())
        selectExample(keep);
}

void ExamplesPanel::setPreviews(const RunSnapshotPtr& snapshot, std::shared_ptr<const std::vector<QString>> previews)
{
    m_model->setPreviews(snapshot, std::move(previews));
    if (!m_search->text().isEmpty())
        m_proxy->setText(m_search->text()); // the text filter also reads the input
    updateCount();
}

QString ExamplesPanel::currentExample() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ExampleIdRole).toString() : QString();
}

void ExamplesPanel::selectExample(const QString& id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ExampleIdRole).toString() == id) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

void ExamplesPanel::selectFirstFailure()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(StatusRole).toInt() != int(ExampleStatus::Passed)) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

void ExamplesPanel::updateCount() { m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount())); }

void ExamplesPanel::moveBy(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + delta, 0, rows - 1);
    const QModelIndex index = m_proxy->index(row, std::max(0, m_table->currentIndex().column()));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

bool ExamplesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_J) {
            moveBy(1);
            return true;
        }
        if (key->key() == Qt::Key_K) {
            moveBy(-1);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            Q_EMIT inspectRequested(currentExample());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExamplesPanel::filterByOrigin(const QString& step)
{
    const int index = m_origin->findData(step);
    if (index < 0)
        return;
    if (!step.isEmpty())
        m_failedOnly->setChecked(true);
    m_origin->setCurrentIndex(index);
}

} // namespace fapo
