#pragma once
// Lays its items out left to right and wraps them, so the inspector's header and legend fit a narrow dock.
#include <QLayout>
#include <QList>

namespace fapo {

class FlowLayout : public QLayout {
public:
    FlowLayout(int hSpacing, int vSpacing);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override { m_items << item; }
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int i) const override { return m_items.value(i); }
    QLayoutItem* takeAt(int i) override { return i >= 0 && i < m_items.size() ? m_items.takeAt(i) : nullptr; }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return layoutItems(QRect(0, 0, width, 0), true); }
    void setGeometry(const QRect& rect) override;
    QSize minimumSize() const override;
    QSize sizeHint() const override; // everything on one line

private:
    int layoutItems(const QRect& rect, bool testOnly) const;

    QList<QLayoutItem*> m_items;
    int m_h;
    int m_v;
};

} // namespace fapo
