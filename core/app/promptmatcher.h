#pragma once
// Which of an app's prompts produced a model call: its template matched against the call's text, with
// the {{placeholders}} as wildcards (spec: live-traces-and-apps.md, section 2). Span attributes that name
// the prompt come first; this is the fallback that needs nothing from the program.
#include "core/app/proxyrequest.h"
#include "core/formats/pipeline.h"
#include <QRegularExpression>
#include <vector>

namespace fapo {

class PromptMatcher {
public:
    explicit PromptMatcher(const std::vector<PromptFile>& prompts);
    // The prompt whose template matches the system text or one message whole (surrounding whitespace
    // aside); when several do, the one with the most literal text. Empty when none does.
    QString match(const ProxiedRequest& request) const;
    QString match(const QStringList& texts) const;

private:
    struct Pattern {
        QString name;
        QRegularExpression regex;
        qsizetype literal = 0; // characters outside placeholders
    };
    std::vector<Pattern> m_patterns; // most literal first
};

} // namespace fapo
