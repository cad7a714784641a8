#pragma once
// Word-level diff of two texts (dtl): what a prompt change did to a step's output, or how a rewrite
// changed a prompt. White space is kept as its own tokens so the pieces join back into both texts.
#include <QString>
#include <vector>

namespace fapo {

struct DiffPiece {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffPiece&) const = default;
};

// Adjacent pieces of one kind are merged.
std::vector<DiffPiece> wordDiff(const QString& before, const QString& after);

// Splits into words, runs of white space and single punctuation characters.
std::vector<QString> diffTokens(const QString& text);

} // namespace fapo
