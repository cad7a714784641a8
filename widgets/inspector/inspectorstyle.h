#pragma once
// Colours, chips and icons of the inspector, derived from the palette so light and dark themes both work.
// Every helper that produces rich text (tool tips) escapes the trace text it is given.
#include "models/statuspalette.h"
#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace fapo::inspector {

enum class Glyph { Check, Cross, Dot };

QColor toneBackground(StatusTone tone, const QPalette& palette); // translucent
// A translucent background for substitution tint `index` (cycles through a few distinct hues).
QColor tintColor(int index, const QPalette& palette);
// An opaque accent of the same hue (legend swatches).
QColor accentColor(int index, const QPalette& palette);
QString cssColor(const QColor& color); // "rgba(r, g, b, a)" for style sheets

QString chipStyle(StatusTone tone, const QPalette& palette); // a rounded status chip (QLabel)
QString boxStyle(const QString& selector, StatusTone tone, const QPalette& palette); // a tinted, bordered box
QString noticeStyle(StatusTone tone, const QPalette& palette); // the same for a QLabel notice, with padding
QIcon toneIcon(StatusTone tone, Glyph glyph, const QPalette& palette);
QIcon swatchIcon(int tint, const QPalette& palette);

// A QLabel that never interprets its text as markup.
QLabel* plainLabel(QWidget* parent, const QString& text = {});
// Rich text that shows `text` literally (tool tips would otherwise guess at markup), elided after `limit`.
QString plainToolTip(const QString& text, int limit = 800);

} // namespace fapo::inspector
