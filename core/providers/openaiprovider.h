#pragma once
// OpenAI-compatible chat completions: POST {base}/chat/completions (OpenAI, Ollama, llama.cpp server,
// vLLM, ...), plain JSON or SSE stream ("data: {...}" chunks, "data: [DONE]").
#include "core/providers/modelconfig.h"
#include "core/providers/batchprotocol.h"
#include "core/providers/httpmodelcall.h"
#include "core/providers/httpprovider.h"
#include <QUrl>
#include <memory>

namespace fapo {

class NetworkPool;

class OpenAIProvider : public HttpProvider {
public:
    static constexpr const char* kDefaultBaseUrl = "https://api.openai.com/v1";

    // baseUrl: already resolved (config, else OPENAI_BASE_URL, else kDefaultBaseUrl); the
    // Authorization header is sent only when apiKey is not empty.
    OpenAIProvider(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool);

    ModelCall* start(const ModelRequest& request, QObject* parent) override;
    QString cacheIdentity() const override;
    nlohmann::json requestBody(const ModelRequest& request) const override;
    BatchProtocol* batches() override { return m_batches.get(); }

    QUrl endpoint() const;

private:
    std::unique_ptr<BatchProtocol> m_batches;
};

// What every call to an OpenAI-compatible server shares (completions and batches): the key header (only
// when set), timeout, retries, request ids and the hint for a missing key. The caller adds URL and body.
HttpCallSetup openaiCallSetup(const ModelConfig& config, const QString& apiKey, NetworkPool* pool);

} // namespace fapo
