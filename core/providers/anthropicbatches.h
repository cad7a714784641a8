#pragma once
// Anthropic's Message Batches API: POST {base}/v1/messages/batches, GET .../{id} to poll, the results as
// JSON Lines from .../{id}/results, matched to requests by custom_id (they come in any order).
#include "core/providers/batchprotocol.h"
#include "core/providers/httpmodelcall.h"
#include "core/providers/modelconfig.h"

namespace fapo {

class NetworkPool;

class AnthropicBatches final : public BatchProtocol {
public:
    // baseUrl without a trailing slash; apiKey kept in memory only.
    AnthropicBatches(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool);

    int maxRequests() const override { return 100000; }
    qint64 maxBytes() const override { return 200LL * 1024 * 1024; } // the service takes 256 MB: room for the envelope
    ModelCall* submit(const std::vector<BatchItem>& items, QObject* parent) override;
    ModelCall* poll(const QString& batchId, QObject* parent) override;
    ModelCall* fetchResults(const BatchState& state, QObject* parent) override;
    std::optional<BatchState> readState(const QByteArray& body, QString* error) const override;
    std::vector<BatchItemResult> readResults(const QByteArray& body, QString* error) const override;

private:
    ModelCall* startCall(const QByteArray& method, const QUrl& url, QByteArray body, QObject* parent) const;
    QUrl batchUrl(const QString& batchId, const QString& tail = QString()) const;

    ModelConfig m_config;
    QString m_baseUrl;
    QString m_apiKey;
    NetworkPool* m_pool;
};

} // namespace fapo
