#include "core/providers/httpprovider.h"

namespace fapo {

HttpProvider::HttpProvider(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool, const char* defaultBaseUrl)
    : m_config(std::move(config))
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_pool(pool)
{
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    if (m_baseUrl.isEmpty())
        m_baseUrl = QString::fromLatin1(defaultBaseUrl);
}

} // namespace fapo
