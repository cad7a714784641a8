#include "core/providers/providerfactory.h"

#include "core/providers/anthropicprovider.h"
#include "core/providers/networkpool.h"
#include "core/providers/openaiprovider.h"
#include "core/providers/scriptedprovider.h"
#include <QUrl>

namespace fapo {

ProviderEnvironment ProviderEnvironment::fromProcess(const QProcessEnvironment& env)
{
    ProviderEnvironment e;
    e.anthropicBaseUrl = env.value(QStringLiteral("ANTHROPIC_BASE_URL")).trimmed();
    e.anthropicApiKey = env.value(QStringLiteral("ANTHROPIC_API_KEY")).trimmed();
    e.openaiBaseUrl = env.value(QStringLiteral("OPENAI_BASE_URL")).trimmed();
    e.openaiApiKey = env.value(QStringLiteral("OPENAI_API_KEY")).trimmed();
    return e;
}

namespace {

// config.baseUrl, else the environment's, else the provider default; checked to be an http(s) URL.
std::optional<QString> resolveBaseUrl(const ModelConfig& config, const QString& fromEnv, const char* fallback, QString* error)
{
    QString base = config.baseUrl.trimmed();
    if (base.isEmpty())
        base = fromEnv;
    if (base.isEmpty())
        base = QString::fromLatin1(fallback);
    const QUrl url(base, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        if (error)
            *error = QStringLiteral("model \"%1\": base URL \"%2\" is not an http(s) URL").arg(config.name, base);
        return std::nullopt;
    }
    return base;
}

} // namespace

QString missingKey(const ModelConfig& config, const ProviderEnvironment& env)
{
    const bool anthropic = config.provider == ProviderType::Anthropic;
    if (config.provider == ProviderType::Scripted)
        return QString();
    const QString key = anthropic ? env.anthropicApiKey : env.openaiApiKey;
    const QString fromEnv = anthropic ? env.anthropicBaseUrl : env.openaiBaseUrl;
    const bool hosted = config.baseUrl.trimmed().isEmpty() && fromEnv.trimmed().isEmpty();
    if (!hosted || !key.isEmpty())
        return QString();
    return QStringLiteral("model \"%1\" (%2) needs %3 in the environment")
        .arg(config.name, config.model, anthropic ? QStringLiteral("ANTHROPIC_API_KEY") : QStringLiteral("OPENAI_API_KEY"));
}

std::unique_ptr<ModelProvider> createProvider(const ModelConfig& config, const ProviderEnvironment& env, NetworkPool* pool, QString* error)
{
    if (config.provider == ProviderType::Scripted)
        return ScriptedProvider::load(config, error);
    const bool anthropic = config.provider == ProviderType::Anthropic;
    if (config.model.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("model \"%1\": no model id").arg(config.name);
        return nullptr;
    }
    if (!pool) {
        if (error)
            *error = QStringLiteral("model \"%1\": no network pool for an HTTP provider").arg(config.name);
        return nullptr;
    }
    if (anthropic) {
        const auto base = resolveBaseUrl(config, env.anthropicBaseUrl, AnthropicProvider::kDefaultBaseUrl, error);
        if (!base)
            return nullptr;
        return std::make_unique<AnthropicProvider>(config, *base, env.anthropicApiKey, pool);
    }
    const auto base = resolveBaseUrl(config, env.openaiBaseUrl, OpenAIProvider::kDefaultBaseUrl, error);
    if (!base)
        return nullptr;
    return std::make_unique<OpenAIProvider>(config, *base, env.openaiApiKey, pool);
}

} // namespace fapo
