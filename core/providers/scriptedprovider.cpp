#include "core/providers/scriptedprovider.h"
#include "core/formats/jsondocument.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPointer>
#include <QTimer>

namespace fapo {

namespace {

// $0..$9 from the match, "$$" for "$"; an unmatched or absent group reads as "".
QString substitute(const QString& text, const QRegularExpressionMatch& m)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('$') && i + 1 < text.size()) {
            const QChar n = text[i + 1];
            if (n == QLatin1Char('$')) {
                out += QLatin1Char('$');
                ++i;
                continue;
            }
            if (n.isDigit() && n.unicode() < 128) {
                const int group = n.unicode() - '0';
                if (group <= m.lastCapturedIndex())
                    out += m.captured(group);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

nlohmann::json substituteJson(const nlohmann::json& value, const QRegularExpressionMatch& m)
{
    if (value.is_string())
        return substitute(QString::fromStdString(value.get<std::string>()), m).toStdString();
    if (value.is_array() || value.is_object()) {
        nlohmann::json copy = value;
        for (auto it = copy.begin(); it != copy.end(); ++it)
            *it = substituteJson(*it, m);
        return copy;
    }
    return value;
}

class ScriptedCall final : public ModelCall {
public:
    ScriptedCall(ModelResponse response, QObject* parent)
        : ModelCall(parent)
        , m_pending(std::move(response))
    {
        QTimer::singleShot(0, this, [this] { finish(m_pending); });
    }

    void abort() override
    {
        if (m_finished)
            return;
        m_pending = ModelResponse();
        m_pending.error = CallError::Cancelled;
        m_pending.errorMessage = QStringLiteral("scripted: call cancelled");
        // The queued finish() above delivers it, still asynchronously.
    }

private:
    ModelResponse m_pending;
};

} // namespace

ScriptedProvider::ScriptedProvider(ModelConfig config, QList<ScriptedRule> rules, QByteArray digest)
    : m_config(std::move(config))
    , m_rules(std::move(rules))
    , m_digest(std::move(digest))
{
}

std::unique_ptr<ScriptedProvider> ScriptedProvider::load(const ModelConfig& config, QString* error)
{
    if (config.rulesPath.isEmpty()) {
        if (error)
            *error = QStringLiteral("model \"%1\": the scripted provider needs a rules file").arg(config.name);
        return nullptr;
    }
    QFile file(config.rulesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read rules file: %2").arg(config.rulesPath, file.errorString());
        return nullptr;
    }
    return fromJson(config, file.readAll(), config.rulesPath, error);
}

std::unique_ptr<ScriptedProvider> ScriptedProvider::fromJson(const ModelConfig& config, const QByteArray& rulesJson,
                                                             const QString& sourceName, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<ScriptedProvider>();
    };
    Diagnostic syntax;
    const auto parsed = JsonDocument::parse(sourceName, rulesJson, &syntax);
    if (!parsed)
        return fail(QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(syntax.line).arg(syntax.column).arg(syntax.message));
    const nlohmann::json& doc = parsed->value();
    const nlohmann::json* list = &doc;
    if (doc.is_object() && doc.contains("rules"))
        list = &doc["rules"];
    if (!list->is_array())
        return fail(QStringLiteral("%1: expected a JSON array of rules (or {\"rules\": [...]})").arg(sourceName));

    QList<ScriptedRule> rules;
    int index = 0;
    for (const auto& item : *list) {
        ++index;
        const QString where = QStringLiteral("%1: rule %2").arg(sourceName).arg(index);
        if (!item.is_object())
            return fail(where + QStringLiteral(": expected an object {\"match\": ..., \"reply\" or \"json\": ...}"));
        const auto match = item.find("match");
        if (match == item.end() || !match->is_string())
            return fail(where + QStringLiteral(": \"match\" must be a string (a regular expression)"));
        ScriptedRule rule;
        rule.match = QRegularExpression(QString::fromStdString(match->get<std::string>()), QRegularExpression::DotMatchesEverythingOption);
        if (!rule.match.isValid()) {
            return fail(where
                        + QStringLiteral(": invalid regular expression \"%1\": %2 at offset %3")
                              .arg(rule.match.pattern(), rule.match.errorString())
                              .arg(rule.match.patternErrorOffset()));
        }
        const auto reply = item.find("reply");
        const auto json = item.find("json");
        if ((reply != item.end()) == (json != item.end()))
            return fail(where + QStringLiteral(": needs exactly one of \"reply\" or \"json\""));
        if (reply != item.end()) {
            if (!reply->is_string())
                return fail(where + QStringLiteral(": \"reply\" must be a string"));
            rule.reply = QString::fromStdString(reply->get<std::string>());
        } else {
            if (json->is_null())
                return fail(where + QStringLiteral(": \"json\" must not be null"));
            rule.json = *json;
        }
        rules.append(std::move(rule));
    }
    const QByteArray digest = QCryptographicHash::hash(rulesJson, QCryptographicHash::Sha256).toHex().left(16);
    return std::unique_ptr<ScriptedProvider>(new ScriptedProvider(config, std::move(rules), digest));
}

QString ScriptedProvider::requestText(const ModelRequest& request)
{
    if (request.system.isEmpty())
        return request.prompt;
    return request.system + QStringLiteral("\n\n") + request.prompt;
}

int ScriptedProvider::estimateTokens(const QString& text) { return int(std::max<qsizetype>(1, (text.size() + 3) / 4)); }

std::optional<QString> ScriptedProvider::replyFor(const ModelRequest& request) const
{
    const QString text = requestText(request);
    const bool wantJson = !request.jsonSchema.is_null();
    const ScriptedRule* fallback = nullptr;
    QRegularExpressionMatch fallbackMatch;
    for (const ScriptedRule& rule : m_rules) {
        QRegularExpressionMatch m = rule.match.match(text);
        if (!m.hasMatch())
            continue;
        if (rule.isJson() == wantJson) {
            return rule.isJson() ? QString::fromStdString(substituteJson(rule.json, m).dump()) : substitute(rule.reply, m);
        }
        if (!fallback) {
            fallback = &rule;
            fallbackMatch = m;
        }
    }
    if (!fallback)
        return std::nullopt;
    return fallback->isJson() ? QString::fromStdString(substituteJson(fallback->json, fallbackMatch).dump())
                              : substitute(fallback->reply, fallbackMatch);
}

ModelCall* ScriptedProvider::start(const ModelRequest& request, QObject* parent)
{
    ModelResponse r;
    r.model = modelId();
    r.attempts = 1;
    const QString text = requestText(request);
    if (const auto reply = replyFor(request)) {
        r.text = *reply;
        r.stopReason = QStringLiteral("end_turn");
        r.usage.inputTokens = estimateTokens(text);
        r.usage.outputTokens = estimateTokens(r.text);
    } else {
        QString head = text.left(200).simplified();
        if (text.size() > 200)
            head += QStringLiteral("…");
        r.error = CallError::NoRule;
        r.errorMessage = QStringLiteral("scripted: no rule in %1 matches the request \"%2\"")
                             .arg(m_config.rulesPath.isEmpty() ? QStringLiteral("the rules") : m_config.rulesPath, head);
    }
    return new ScriptedCall(std::move(r), parent);
}

QString ScriptedProvider::cacheIdentity() const
{
    return QStringLiteral("scripted|") + m_config.rulesPath + QStringLiteral("|") + QString::fromLatin1(m_digest) + QStringLiteral("|")
        + modelId();
}

nlohmann::json ScriptedProvider::requestBody(const ModelRequest& request) const
{
    nlohmann::json body = nlohmann::json::object();
    body["model"] = modelId().toStdString();
    body["system"] = request.system.toStdString();
    body["prompt"] = request.prompt.toStdString();
    body["max_tokens"] = request.maxTokens;
    if (request.temperature)
        body["temperature"] = *request.temperature;
    if (!request.stop.isEmpty()) {
        nlohmann::json stops = nlohmann::json::array();
        for (const QString& s : request.stop)
            stops.push_back(s.toStdString());
        body["stop"] = std::move(stops);
    }
    if (!request.jsonSchema.is_null())
        body["schema"] = request.jsonSchema;
    return body;
}

QString ScriptedProvider::modelId() const { return m_config.model.isEmpty() ? QStringLiteral("scripted") : m_config.model; }

} // namespace fapo
