#include "widgets/failurematrixview.h"
#include "models/statuspalette.h"
#include "widgets/failurelegend.h"
#include "models/failurematrixmodel.h"
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace fapo {

namespace {

// Paints a cell as a coloured tile, with the marks the key (FailureLegend) explains, so it reads without
// colour too.
class CellDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const auto state = CellState(index.data(CellStateRole).toInt());
        QColor fill;
        switch (state) {
        case CellState::Passed:
            fill = statusFill(StatusTone::Pass, option.palette);
            break;
        case CellState::CheckFailed:
            fill = statusFill(StatusTone::Warn, option.palette);
            break;
        case CellState::Error:
            fill = statusFill(StatusTone::Fail, option.palette);
            break;
        case CellState::NotRun:
            fill = statusFill(StatusTone::Neutral, option.palette);
            break;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF tile = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(tile, 3, 3);
        // The steps that carried an example's failure to the output: a frame and a chevron, so the path
        // reads without colour too.
        if (FailureRole(index.data(FailureRoleRole).toInt()) == FailureRole::Carried) {
            const QColor amber = statusColor(StatusTone::Affected, option.palette);
            painter->setPen(QPen(amber, 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(tile.adjusted(1, 1, -1, -1), 3, 3);
            const qreal s = std::min(tile.width(), tile.height()) * 0.7;
            drawFailureMark(painter, FailureLegend::Mark::Chevron, QRectF(tile.center() - QPointF(s / 2, s / 2), QSizeF(s, s)), amber);
        }
        if (index.data(IsOriginRole).toBool()) {
            const QColor red = statusColor(StatusTone::Origin, option.palette);
            painter->setPen(QPen(red, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(tile.adjusted(1, 1, -1, -1), 3, 3);
            const qreal s = std::min(tile.width(), tile.height()) * 0.7;
            drawFailureMark(painter, FailureLegend::Mark::OriginDot, QRectF(tile.center() - QPointF(s / 2, s / 2), QSizeF(s, s)), red);
        }
        // A wrong final answer: a cross in the corner of the output step's tile.
        if (index.data(IsWrongOutputRole).toBool()) {
            const qreal s = std::min(tile.width(), tile.height()) * 0.5;
            drawFailureMark(painter, FailureLegend::Mark::Cross, QRectF(tile.right() - s - 5, tile.center().y() - s / 2, s, s),
                            statusColor(StatusTone::Fail, option.palette));
        }
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(tile, 3, 3);
        }
        painter->restore();
    }
};

} // namespace

FailureMatrixView::FailureMatrixView(QWidget* parent)
    : QTableView(parent)
    , m_model(new FailureMatrixModel(this))
{
    // A click on a step's header groups the examples by that step's part in their failure: those that
    // start there first. Until then, dataset order.
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    setModel(m_sorted);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    horizontalHeader()->setToolTip(tr("Click a step to list the failures that start there first"));
    setItemDelegate(new CellDelegate(this));
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultSectionSize(96);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->setHighlightSections(true); // the selected example's name stands out
    connect(this, &QTableView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT cellChosen(index.data(ExampleIdRole).toString(), index.data(StepIdRole).toString());
    });
}

void FailureMatrixView::setSnapshot(RunSnapshotPtr snapshot) { m_model->setSnapshot(std::move(snapshot)); }

void FailureMatrixView::showCell(const QString& exampleId, const QString& stepId)
{
    // By the snapshot's index, not a scan of the rows: a large run has a hundred thousand.
    const RunSnapshotPtr s = m_model->snapshot();
    const int row = s ? s->exampleIndex(exampleId) : -1;
    if (row < 0) {
        clearSelection();
        return;
    }
    const int column = std::max(0, int(s->steps.indexOf(stepId)));
    const QModelIndex cell = m_sorted->mapFromSource(m_model->index(row, column));
    if (cell != currentIndex())
        setCurrentIndex(cell);
    scrollTo(cell);
}

} // namespace fapo
