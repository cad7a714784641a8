#include "core/eval/textnormalize.h"

#include <QRegularExpression>

namespace fapo {

namespace {

bool isPunctuationOrSymbol(char32_t c) { return QChar::isPunct(c) || QChar::isSymbol(c); }

} // namespace

QString normalizeAnswer(const QString& text)
{
    // 1. lower case
    const QString lower = text.toLower();

    // 2. remove punctuation and symbols, code point by code point (surrogate pairs included)
    QString noPunct;
    noPunct.reserve(lower.size());
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar ch = lower.at(i);
        if (ch.isHighSurrogate() && i + 1 < lower.size() && lower.at(i + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(ch, lower.at(i + 1));
            if (!isPunctuationOrSymbol(cp)) {
                noPunct.append(ch);
                noPunct.append(lower.at(i + 1));
            }
            ++i;
            continue;
        }
        if (!isPunctuationOrSymbol(ch.unicode()))
            noPunct.append(ch);
    }

    // 3. remove articles as whole words
    static const QRegularExpression articles(QStringLiteral("\\b(a|an|the)\\b"), QRegularExpression::UseUnicodePropertiesOption);
    const QString noArticles = QString(noPunct).replace(articles, QStringLiteral(" "));

    // 4. collapse white space
    return noArticles.simplified();
}

QStringList answerTokens(const QString& text)
{
    const QString normalized = normalizeAnswer(text);
    if (normalized.isEmpty())
        return {};
    return normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace fapo
