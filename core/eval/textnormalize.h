#pragma once
// SQuAD-style answer normalisation, shared by the exact_match, f1 and contains metrics.
#include <QString>
#include <QStringList>

namespace fapo {

// normalize_answer() of the SQuAD evaluation script, Unicode-aware: lower case; remove punctuation and
// symbols (QChar::isPunct / isSymbol, so "don't" becomes "dont" as in SQuAD); remove the articles a, an, the
// as whole words; collapse white space to single spaces and trim.
QString normalizeAnswer(const QString& text);

// The normalised answer split into tokens (empty list for an empty answer).
QStringList answerTokens(const QString& text);

} // namespace fapo
