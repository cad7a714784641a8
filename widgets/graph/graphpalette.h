#pragma once
// The graph's colours, derived from the widget palette so light and dark themes both read well.
#include <QColor>
#include <QPalette>

namespace fapo {

struct GraphPalette {
    bool dark = false;
    QColor canvas; // view background
    QColor grid; // background dots
    QColor cardFill;
    QColor cardBorder;
    QColor cardHoverBorder;
    QColor shadow;
    QColor text;
    QColor secondaryText;
    QColor inputFill;
    QColor inputBorder;
    QColor inputText;
    QColor edge;
    QColor selection; // focus ring of the selected node
    QColor pass;
    QColor warn;
    QColor fail;
    QColor origin; // selected example: where its failure starts
    QColor affected; // selected example: where its failure travels
    QColor badgeText; // text on pass/fail/origin badges
    QColor tagFill; // the "output" tag
    QColor tagText;

    static GraphPalette fromPalette(const QPalette& palette);

    // a at t = 0, b at t = 1 (alpha included).
    static QColor blend(const QColor& a, const QColor& b, double t);

    // Failure rate 0..1 as a colour: green at 0, amber at 25 %, red from 50 %.
    QColor failureColor(double rate) const;
};

} // namespace fapo
