#pragma once
// The one set of status colours every view uses (graph, failure matrix, tables, inspector, review,
// diffs), for light and dark palettes: what passed, failed a check, errored, where a failure starts
// and what it carried look like is decided here and nowhere else.
#include <QColor>
#include <QPalette>

namespace fapo {

enum class StatusTone {
    Neutral,
    Pass,
    Warn, // a check failed; a failed example
    Fail, // an error
    Origin, // where a failure starts
    Affected, // what the failure passed through
    Info,
};

bool isDarkPalette(const QPalette& palette);
// Text, icons and strokes on the palette's background.
QColor statusColor(StatusTone tone, const QPalette& palette);
// A soft fill that the palette's text stays readable on (matrix tiles, diff marks).
QColor statusFill(StatusTone tone, const QPalette& palette);

} // namespace fapo
