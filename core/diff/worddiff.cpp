#include "core/diff/worddiff.h"
#include <dtl/dtl.hpp>

namespace fapo {

std::vector<QString> diffTokens(const QString& text)
{
    std::vector<QString> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (c.isSpace()) {
            while (j < text.size() && text.at(j).isSpace())
                ++j;
        } else if (c.isLetterOrNumber()) {
            while (j < text.size() && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('_')))
                ++j;
        }
        tokens.push_back(text.mid(i, j - i));
        i = j;
    }
    return tokens;
}

std::vector<DiffPiece> wordDiff(const QString& before, const QString& after)
{
    const std::vector<QString> a = diffTokens(before);
    const std::vector<QString> b = diffTokens(after);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge(); // long outputs: trade a little speed for bounded memory
    diff.compose();
    std::vector<DiffPiece> pieces;
    for (const auto& [token, info] : diff.getSes().getSequence()) {
        const DiffPiece::Kind kind = info.type == dtl::SES_ADD ? DiffPiece::Kind::Added
            : info.type == dtl::SES_DELETE                     ? DiffPiece::Kind::Removed
                                                               : DiffPiece::Kind::Same;
        if (!pieces.empty() && pieces.back().kind == kind)
            pieces.back().text += token;
        else
            pieces.push_back({ kind, token });
    }
    return pieces;
}

} // namespace fapo
