#pragma once
// OpenAI's Batch API, which OpenAI-compatible servers may or may not offer: the requests as a JSON Lines
// file (POST {base}/files, purpose "batch"), then POST {base}/batches; GET {base}/batches/{id} to poll;
// the results in an output file and an error file (GET {base}/files/{id}/content), matched by
// custom_id. A server without it answers 404, and the calls go one by one (callqueue.cpp).
#include "core/providers/batchprotocol.h"
#include "core/providers/httpmodelcall.h"
#include "core/providers/modelconfig.h"

namespace fapo {

class NetworkPool;

class OpenAIBatches final : public BatchProtocol {
public:
    OpenAIBatches(ModelConfig config, QString baseUrl, QString apiKey, NetworkPool* pool);

    int maxRequests() const override { return 50000; }
    qint64 maxBytes() const override { return 180LL * 1024 * 1024; } // the service takes files up to 200 MB
    ModelCall* submit(const std::vector<BatchItem>& items, QObject* parent) override;
    ModelCall* poll(const QString& batchId, QObject* parent) override;
    ModelCall* fetchResults(const BatchState& state, QObject* parent) override;
    std::optional<BatchState> readState(const QByteArray& body, QString* error) const override;
    std::vector<BatchItemResult> readResults(const QByteArray& body, QString* error) const override;

private:
    ModelCall* startCall(const QByteArray& method, const QString& path, QByteArray body, const QByteArray& contentType,
                         QObject* parent) const;

    ModelConfig m_config;
    QString m_baseUrl;
    QString m_apiKey;
    NetworkPool* m_pool;
};

} // namespace fapo
