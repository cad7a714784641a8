#pragma once
// A provider that answers from a rules file, for tests, demos and offline runs.
//
// Rules file: a JSON array (or {"rules": [...]}) of
//   {"match": REGEX, "reply": TEXT}     free-text reply; $0..$9 are the match's groups, $$ is "$"
//   {"match": REGEX, "json": VALUE}     JSON reply (dumped); $0..$9 substituted in its strings
// Each regex is searched (not anchored) in the request text: system + "\n\n" + prompt, or just the
// prompt when there is no system prompt. "." matches newlines (DotMatchesEverythingOption), so
// ".*" spans lines; "^"/"$" anchor to the whole text (no MultilineOption; write (?m) to change that).
// Rules are tried in file order. A request with a JSON schema takes the first matching "json" rule
// and falls back to the first matching "reply" rule; a free-text request does the reverse. No match:
// CallError::NoRule. Usage is estimated at 4 characters per token.
#include "core/providers/modelconfig.h"
#include "core/providers/modelprovider.h"
#include <QList>
#include <QRegularExpression>

namespace fapo {

struct ScriptedRule {
    QRegularExpression match;
    QString reply; // for reply rules
    nlohmann::json json; // for json rules (not null)
    bool isJson() const { return !json.is_null(); }
};

class ScriptedProvider : public ModelProvider {
public:
    // Reads and checks a rules file; nullptr and *error ("PATH:LINE:COL: ...", "PATH: rule 3: ...")
    // on failure.
    static std::unique_ptr<ScriptedProvider> load(const ModelConfig& config, QString* error);
    // From rules text (the path only names it in messages and the cache identity).
    static std::unique_ptr<ScriptedProvider> fromJson(const ModelConfig& config, const QByteArray& rulesJson, const QString& sourceName,
                                                      QString* error);

    ModelCall* start(const ModelRequest& request, QObject* parent) override;
    QString cacheIdentity() const override;
    nlohmann::json requestBody(const ModelRequest& request) const override;
    QString modelId() const override;

    // The reply to a request, or std::nullopt when no rule matches. Exposed for tests.
    std::optional<QString> replyFor(const ModelRequest& request) const;
    static QString requestText(const ModelRequest& request);
    static int estimateTokens(const QString& text);
    const QList<ScriptedRule>& rules() const { return m_rules; }

private:
    ScriptedProvider(ModelConfig config, QList<ScriptedRule> rules, QByteArray digest);
    ModelConfig m_config;
    QList<ScriptedRule> m_rules;
    QByteArray m_digest; // of the rules text: edited rules must not hit stale cache entries
};

} // namespace fapo
