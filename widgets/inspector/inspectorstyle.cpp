#include "widgets/inspector/inspectorstyle.h"
#include "models/formatting.h"
#include "models/statuspalette.h"
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace fapo::inspector {

namespace {
// Hues that stay distinct for the few references one prompt has: blue, amber, green, violet, teal, rose.
constexpr int TintHues[] = { 212, 36, 135, 275, 180, 335 };
constexpr int TintCount = int(sizeof(TintHues) / sizeof(TintHues[0]));

int hueOf(int index) { return TintHues[((index % TintCount) + TintCount) % TintCount]; }
} // namespace

QColor toneBackground(StatusTone tone, const QPalette& palette)
{
    QColor c = tone == StatusTone::Neutral ? palette.color(QPalette::Text) : statusColor(tone, palette);
    if (tone == StatusTone::Neutral)
        c.setAlpha(isDarkPalette(palette) ? 36 : 20);
    else
        c.setAlpha(isDarkPalette(palette) ? 46 : 30);
    return c;
}

QColor tintColor(int index, const QPalette& palette)
{
    QColor c = isDarkPalette(palette) ? QColor::fromHsl(hueOf(index), 170, 120) : QColor::fromHsl(hueOf(index), 200, 150);
    c.setAlpha(isDarkPalette(palette) ? 95 : 70);
    return c;
}

QColor accentColor(int index, const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor::fromHsl(hueOf(index), 170, 150) : QColor::fromHsl(hueOf(index), 190, 95);
}

QString cssColor(const QColor& color)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(color.red()).arg(color.green()).arg(color.blue()).arg(color.alpha());
}

QString chipStyle(StatusTone tone, const QPalette& palette)
{
    QColor border = statusColor(tone, palette);
    border.setAlpha(110);
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; border-radius: 9px;"
                          " padding: 1px 8px; font-weight: 600; }")
        .arg(cssColor(statusColor(tone, palette)), cssColor(toneBackground(tone, palette)), cssColor(border));
}

QString boxStyle(const QString& selector, StatusTone tone, const QPalette& palette)
{
    QColor border = tone == StatusTone::Neutral ? palette.color(QPalette::Mid) : statusColor(tone, palette);
    border.setAlpha(120);
    return QStringLiteral("%1 { color: %2; background: %3; border: 1px solid %4; border-radius: 4px; }")
        .arg(selector, cssColor(palette.color(QPalette::WindowText)), cssColor(toneBackground(tone, palette)), cssColor(border));
}

QString noticeStyle(StatusTone tone, const QPalette& palette)
{
    return boxStyle(QStringLiteral("QLabel"), tone, palette).replace(QLatin1String("; }"), QLatin1String("; padding: 6px 8px; }"));
}

QIcon toneIcon(StatusTone tone, Glyph glyph, const QPalette& palette)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(statusColor(tone, palette));
    if (glyph == Glyph::Dot) {
        p.drawEllipse(QRectF(9, 9, 14, 14));
    } else {
        p.drawEllipse(QRectF(2, 2, 28, 28));
        p.setPen(QPen(isDarkPalette(palette) ? palette.color(QPalette::Base) : QColor(Qt::white), 3.5, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        if (glyph == Glyph::Check) {
            p.drawPolyline(QPolygonF({ QPointF(9.5, 16.5), QPointF(14, 21), QPointF(22.5, 11.5) }));
        } else {
            p.drawLine(QPointF(11, 11), QPointF(21, 21));
            p.drawLine(QPointF(21, 11), QPointF(11, 21));
        }
    }
    p.end();
    pixmap.setDevicePixelRatio(2.0);
    return QIcon(pixmap);
}

QIcon swatchIcon(int tint, const QPalette& palette)
{
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(accentColor(tint, palette), 2));
    p.setBrush(tintColor(tint, palette));
    p.drawRoundedRect(QRectF(3, 3, 18, 18), 4, 4);
    p.end();
    pixmap.setDevicePixelRatio(2.0);
    return QIcon(pixmap);
}

QLabel* plainLabel(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // trace and model text is never markup
    return label;
}

QString plainToolTip(const QString& text, int limit) { return literalToolTip(text, limit); }

} // namespace fapo::inspector
