#pragma once
// Shows a word diff in a plain-text editor: untrusted text is inserted as plain text and coloured
// through character formats only (removed struck through on red, added on green).
#include "core/diff/worddiff.h"

class QPlainTextEdit;

namespace fapo {

enum class DiffSide { Both, Before, After };

// Replaces the editor's text with the pieces of `side` (Before: kept and removed; After: kept and added).
void showDiff(QPlainTextEdit* edit, const std::vector<DiffPiece>& pieces, DiffSide side = DiffSide::Both);

} // namespace fapo
