#include "widgets/graph/graphpalette.h"
#include "models/statuspalette.h"

#include <algorithm>

namespace fapo {

QColor GraphPalette::blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t), float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

namespace {
QColor mix(const QColor& a, const QColor& b, double t) { return GraphPalette::blend(a, b, t); }
}

GraphPalette GraphPalette::fromPalette(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);

    GraphPalette p;
    p.dark = base.lightnessF() < 0.5;
    p.text = text;
    if (p.dark) {
        // Cards sit a step lighter than the canvas; borders stay quiet.
        p.canvas = mix(base, QColor(Qt::black), 0.25);
        p.grid = mix(p.canvas, text, 0.16);
        p.cardFill = mix(base, text, 0.08);
        p.cardBorder = mix(base, text, 0.22);
        p.cardHoverBorder = mix(base, text, 0.45);
        p.shadow = QColor(0, 0, 0, 110);
        p.secondaryText = mix(text, base, 0.38);
        p.inputFill = mix(base, text, 0.04);
        p.inputBorder = mix(base, text, 0.28);
        p.inputText = mix(text, base, 0.25);
        p.edge = mix(p.canvas, text, 0.45);
        p.badgeText = QColor(0x16, 0x16, 0x16);
        p.tagFill = mix(base, highlight, 0.3);
        p.tagText = mix(highlight, text, 0.6);
    } else {
        p.canvas = mix(base, window, 0.55);
        p.grid = mix(p.canvas, text, 0.17);
        p.cardFill = base;
        p.cardBorder = mix(base, text, 0.17);
        p.cardHoverBorder = mix(base, text, 0.38);
        p.shadow = QColor(16, 24, 40, 30);
        p.secondaryText = mix(text, base, 0.42);
        p.inputFill = mix(base, window, 0.9);
        p.inputBorder = mix(base, text, 0.24);
        p.inputText = mix(text, base, 0.3);
        p.edge = mix(p.canvas, text, 0.42);
        p.badgeText = QColor(Qt::white);
        p.tagFill = mix(base, highlight, 0.13);
        p.tagText = mix(highlight, text, 0.35);
    }
    p.pass = statusColor(StatusTone::Pass, palette);
    p.warn = statusColor(StatusTone::Warn, palette);
    p.fail = statusColor(StatusTone::Fail, palette);
    p.origin = statusColor(StatusTone::Origin, palette);
    p.affected = statusColor(StatusTone::Affected, palette);
    p.selection = highlight;
    return p;
}

QColor GraphPalette::failureColor(double rate) const
{
    rate = std::clamp(rate, 0.0, 1.0);
    if (rate <= 0.25)
        return mix(pass, warn, rate / 0.25);
    return mix(warn, fail, std::min(1.0, (rate - 0.25) / 0.25));
}

} // namespace fapo
