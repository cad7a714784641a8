#include "widgets/difftext.h"
#include <QPlainTextEdit>
#include <QTextCursor>

namespace fapo {

void showDiff(QPlainTextEdit* edit, const std::vector<DiffPiece>& pieces, DiffSide side)
{
    edit->clear();
    QTextCursor cursor(edit->document());
    const bool dark = edit->palette().color(QPalette::Base).lightness() < 128;
    for (const DiffPiece& piece : pieces) {
        QTextCharFormat format;
        if (piece.kind == DiffPiece::Kind::Removed) {
            if (side == DiffSide::After)
                continue;
            format.setBackground(dark ? QColor(0x6b, 0x1f, 0x1f) : QColor(0xfd, 0xd4, 0xd0));
            format.setFontStrikeOut(side == DiffSide::Both);
        } else if (piece.kind == DiffPiece::Kind::Added) {
            if (side == DiffSide::Before)
                continue;
            format.setBackground(dark ? QColor(0x1f, 0x5a, 0x32) : QColor(0xcf, 0xf2, 0xd8));
        }
        cursor.insertText(piece.text, format);
    }
    edit->moveCursor(QTextCursor::Start);
}

} // namespace fapo
