#pragma once
// What the HTTP providers share: configuration, resolved endpoint base, key (memory only) and pool.
#include "core/providers/modelconfig.h"
#include "core/providers/modelprovider.h"

namespace fapo {

class NetworkPool;

class HttpProvider : public ModelProvider {
public:
    QString modelId() const override { return m_config.model; }
    const ModelConfig& config() const { return m_config; }

protected:
    // baseUrl: already resolved (config, else environment); empty falls back to defaultBaseUrl.
    HttpProvider(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool, const char* defaultBaseUrl);

    ModelConfig m_config;
    QString m_baseUrl; // without a trailing slash
    QString m_apiKey;
    NetworkPool* m_pool;
};

} // namespace fapo
