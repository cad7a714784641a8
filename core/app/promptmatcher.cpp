#include "core/app/promptmatcher.h"
#include <algorithm>

namespace fapo {

namespace {

// A template with fewer literal characters than this would match almost any text: it is only ever
// named by a span attribute.
constexpr qsizetype kMinLiteral = 8;

} // namespace

PromptMatcher::PromptMatcher(const std::vector<PromptFile>& prompts)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*[^{}]*?\\s*\\}\\}"));
    for (const PromptFile& prompt : prompts) {
        const QString text = prompt.text.trimmed();
        QString pattern = QStringLiteral("\\A\\s*");
        qsizetype literal = 0;
        qsizetype at = 0;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString part = text.mid(at, m.capturedStart() - at);
            literal += part.trimmed().size();
            pattern += QRegularExpression::escape(part) + QStringLiteral("[\\s\\S]*?");
            at = m.capturedEnd();
        }
        const QString tail = text.mid(at);
        literal += tail.trimmed().size();
        pattern += QRegularExpression::escape(tail) + QStringLiteral("\\s*\\z");
        if (literal < kMinLiteral)
            continue;
        QRegularExpression regex(pattern);
        regex.optimize();
        m_patterns.push_back({ prompt.name, std::move(regex), literal });
    }
    std::stable_sort(m_patterns.begin(), m_patterns.end(), [](const Pattern& a, const Pattern& b) { return a.literal > b.literal; });
}

QString PromptMatcher::match(const ProxiedRequest& request) const
{
    QStringList texts = request.messages;
    if (!request.system.isEmpty())
        texts.prepend(request.system);
    return match(texts);
}

QString PromptMatcher::match(const QStringList& texts) const
{
    for (const Pattern& p : m_patterns)
        for (const QString& text : texts)
            if (p.regex.match(text).hasMatch())
                return p.name;
    return {};
}

} // namespace fapo
