#pragma once
// Anthropic Messages API: POST {base}/v1/messages, plain JSON or SSE stream.
#include "core/providers/modelconfig.h"
#include "core/providers/batchprotocol.h"
#include "core/providers/httpmodelcall.h"
#include "core/providers/httpprovider.h"
#include <QUrl>
#include <memory>

namespace fapo {

class NetworkPool;

class AnthropicProvider : public HttpProvider {
public:
    static constexpr const char* kDefaultBaseUrl = "https://api.anthropic.com";
    static constexpr const char* kApiVersion = "2023-06-01";

    // baseUrl: already resolved (config, else ANTHROPIC_BASE_URL, else kDefaultBaseUrl); apiKey may be
    // empty (local stand-ins may not need one). The pool must outlive the provider and its calls.
    AnthropicProvider(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool);

    ModelCall* start(const ModelRequest& request, QObject* parent) override;
    QString cacheIdentity() const override;
    nlohmann::json requestBody(const ModelRequest& request) const override;

    BatchProtocol* batches() override { return m_batches.get(); }

    QUrl endpoint() const;

private:
    std::unique_ptr<BatchProtocol> m_batches;
};

// What every call to the Anthropic API shares (messages and batches): version and key headers,
// timeout, retries, request ids and the hint for a missing key. The caller adds URL and body.
HttpCallSetup anthropicCallSetup(const ModelConfig& config, const QString& apiKey, NetworkPool* pool);

} // namespace fapo
