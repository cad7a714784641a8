#include "widgets/inspector/flowlayout.h"
#include <QWidget>

namespace fapo {

FlowLayout::FlowLayout(int hSpacing, int vSpacing)
    : m_h(hSpacing)
    , m_v(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    layoutItems(rect, false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    return size;
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width ? m_h : 0);
        height = qMax(height, item->sizeHint().height());
    }
    return { width, height };
}

// Places the visible items line by line, each line's items centred vertically; returns the height used.
int FlowLayout::layoutItems(const QRect& rect, bool testOnly) const
{
    int y = rect.y();
    QList<QLayoutItem*> line;
    int lineWidth = 0;
    int lineHeight = 0;
    const auto flush = [&] {
        int x = rect.x();
        for (QLayoutItem* item : std::as_const(line)) {
            const QSize hint = item->sizeHint();
            if (!testOnly)
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - hint.height()) / 2), hint));
            x += hint.width() + m_h;
        }
        if (!line.isEmpty())
            y += lineHeight + m_v;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (!line.isEmpty() && lineWidth + m_h + hint.width() > rect.width())
            flush();
        lineWidth += (line.isEmpty() ? 0 : m_h) + hint.width();
        lineHeight = qMax(lineHeight, hint.height());
        line << item;
    }
    flush();
    return qMax(0, y - m_v - rect.y());
}

} // namespace fapo
