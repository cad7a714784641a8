#pragma once
// A one-line key to the marks the graph and the failure matrix draw: where a failure starts, what
// carried it, what failed its own checks, and the tiles' colours. Marks and colours come from the one
// status palette, and every mark has a shape, so the key reads without colour too.
#include "models/statuspalette.h"
#include <QWidget>

namespace fapo {

class FailureLegend : public QWidget {
    Q_OBJECT
public:
    enum class Mark { OriginDot, Chevron, Cross, Tile, Bar };
    struct Entry {
        Mark mark;
        StatusTone tone;
        QString text;
    };
    // The keys of the two views that draw failures.
    static QList<Entry> graphEntries();
    static QList<Entry> matrixEntries();

    explicit FailureLegend(QList<Entry> entries, QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Entry> m_entries;
};

// Draws one mark in `box`: the graph's cards, the matrix and the key all draw their marks with it.
void drawFailureMark(QPainter* painter, FailureLegend::Mark mark, const QRectF& box, const QColor& colour);

} // namespace fapo
