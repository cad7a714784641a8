#include "widgets/failurelegend.h"
#include "core/runview/statustexts.h"
#include <QPainter>
#include <QPainterPath>

namespace fapo {

namespace {
constexpr int Pad = 6;
constexpr int MarkSize = 12;
constexpr int MarkGap = 5; // between a mark and its text
constexpr int EntryGap = 16; // between entries
} // namespace

void drawFailureMark(QPainter* p, FailureLegend::Mark mark, const QRectF& box, const QColor& colour)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(box.width(), box.height());
    const QRectF r(box.center() - QPointF(s / 2, s / 2), QSizeF(s, s));
    switch (mark) {
    case FailureLegend::Mark::OriginDot:
        p->setPen(QPen(colour, 1.6));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r.adjusted(1, 1, -1, -1));
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawEllipse(r.center(), s * 0.2, s * 0.2);
        break;
    case FailureLegend::Mark::Chevron: {
        QPainterPath path(r.topLeft() + QPointF(0.12 * s, 0.3 * s));
        path.lineTo(r.topLeft() + QPointF(0.5 * s, 0.75 * s));
        path.lineTo(r.topLeft() + QPointF(0.88 * s, 0.3 * s));
        p->setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        break;
    }
    case FailureLegend::Mark::Cross:
        p->setPen(QPen(colour, 1.8, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(r.topLeft() + QPointF(0.15 * s, 0.15 * s), r.topLeft() + QPointF(0.85 * s, 0.85 * s));
        p->drawLine(r.topLeft() + QPointF(0.85 * s, 0.15 * s), r.topLeft() + QPointF(0.15 * s, 0.85 * s));
        break;
    case FailureLegend::Mark::Tile:
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawRoundedRect(r, 3, 3);
        break;
    case FailureLegend::Mark::Bar:
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawRect(QRectF(r.left() + s * 0.35, r.top(), s * 0.3, s));
        break;
    }
    p->restore();
}

QList<FailureLegend::Entry> FailureLegend::graphEntries()
{
    return { { Mark::OriginDot, StatusTone::Origin, tr("failures that start here") },
             { Mark::Chevron, StatusTone::Affected, tr("failures that pass through") },
             { Mark::Cross, StatusTone::Fail, tr("own checks failed or errors") },
             { Mark::Bar, StatusTone::Origin, tr("bar and %: share of the run's failures") } };
}

QList<FailureLegend::Entry> FailureLegend::matrixEntries()
{
    return { { Mark::Tile, StatusTone::Pass, cellStateText(CellState::Passed) },
             { Mark::Tile, StatusTone::Warn, cellStateText(CellState::CheckFailed) },
             { Mark::Tile, StatusTone::Fail, cellStateText(CellState::Error) },
             { Mark::Tile, StatusTone::Neutral, cellStateText(CellState::NotRun) },
             { Mark::OriginDot, StatusTone::Origin, tr("the failure starts here") },
             { Mark::Chevron, StatusTone::Affected, tr("carried it on") },
             { Mark::Cross, StatusTone::Fail, tr("wrong final answer") } };
}

FailureLegend::FailureLegend(QList<Entry> entries, QWidget* parent)
    : QWidget(parent)
    , m_entries(std::move(entries))
{
    QStringList texts;
    for (const Entry& e : m_entries)
        texts << e.text;
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(texts.join(QStringLiteral("; ")));
}

QSize FailureLegend::sizeHint() const
{
    int width = 2 * Pad;
    for (const Entry& e : m_entries)
        width += MarkSize + MarkGap + fontMetrics().horizontalAdvance(e.text) + EntryGap;
    return QSize(width - EntryGap, fontMetrics().height() + 2 * Pad);
}

void FailureLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    qreal x = Pad;
    const qreal midY = height() / 2.0;
    for (const Entry& e : m_entries) {
        // Marks on a tile use the soft fill the views use; strokes the strong colour.
        const QColor colour = e.mark == Mark::Tile ? statusFill(e.tone, palette()) : statusColor(e.tone, palette());
        const QRectF box(x, midY - MarkSize / 2.0, MarkSize, MarkSize);
        drawFailureMark(&p, e.mark, box, colour);
        if (e.mark == Mark::Tile) { // an outline, so a tile as dark as the background still shows
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        }
        x += MarkSize + MarkGap;
        const int w = fontMetrics().horizontalAdvance(e.text);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(x, 0, w + 1, height()), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        x += w + EntryGap;
    }
}

} // namespace fapo
