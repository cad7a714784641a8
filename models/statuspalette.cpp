#include "models/statuspalette.h"

namespace fapo {

bool isDarkPalette(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }

QColor statusColor(StatusTone tone, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case StatusTone::Pass:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case StatusTone::Warn:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case StatusTone::Fail:
    case StatusTone::Origin:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case StatusTone::Affected:
        return dark ? QColor(0xf0, 0x95, 0x4a) : QColor(0xe0, 0x74, 0x1c);
    case StatusTone::Info:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case StatusTone::Neutral:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor statusFill(StatusTone tone, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case StatusTone::Pass:
        return dark ? QColor(0x1f, 0x5f, 0x3f) : QColor(0xc8, 0xec, 0xd6);
    case StatusTone::Warn:
        return dark ? QColor(0x8a, 0x5a, 0x12) : QColor(0xfb, 0xd9, 0x9b);
    case StatusTone::Fail:
    case StatusTone::Origin:
        return dark ? QColor(0x8f, 0x2a, 0x2a) : QColor(0xf5, 0xb0, 0xaa);
    case StatusTone::Affected:
        return dark ? QColor(0x7a, 0x45, 0x16) : QColor(0xfc, 0xd9, 0xb8);
    case StatusTone::Info:
        return dark ? QColor(0x1d, 0x3d, 0x66) : QColor(0xcc, 0xe0, 0xfb);
    case StatusTone::Neutral:
        break;
    }
    return palette.color(QPalette::AlternateBase);
}

} // namespace fapo
