#include "widgets/difftext.h"
#include "models/statuspalette.h"
#include <QPlainTextEdit>
#include <QTextCursor>

namespace fapo {

void showDiff(QPlainTextEdit* edit, const std::vector<DiffPiece>& pieces, DiffSide side)
{
    edit->clear();
    QTextCursor cursor(edit->document());
    for (const DiffPiece& piece : pieces) {
        QTextCharFormat format;
        if (piece.kind == DiffPiece::Kind::Removed) {
            if (side == DiffSide::After)
                continue;
            format.setBackground(statusFill(StatusTone::Fail, edit->palette()));
            format.setFontStrikeOut(side == DiffSide::Both);
        } else if (piece.kind == DiffPiece::Kind::Added) {
            if (side == DiffSide::Before)
                continue;
            format.setBackground(statusFill(StatusTone::Pass, edit->palette()));
        }
        cursor.insertText(piece.text, format);
    }
    edit->moveCursor(QTextCursor::Start);
}

} // namespace fapo
