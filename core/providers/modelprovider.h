#pragma once
// A model provider turns ModelRequests into asynchronous ModelCalls.
// Calls run on the thread that started them (event-driven, no blocking).
#include "core/providers/modelrequest.h"
#include <QObject>
#include <memory>

namespace fapo {

class BatchProtocol;

class ModelCall : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    const ModelResponse& response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    // Stops the call; finished() is emitted with CallError::Cancelled unless already finished.
    virtual void abort() = 0;

Q_SIGNALS:
    void finished();

protected:
    void finish(ModelResponse r);
    ModelResponse m_response;
    bool m_finished = false;
};

class ModelProvider {
public:
    virtual ~ModelProvider() = default;
    // Starts a call; the returned object is owned by parent and emits finished() exactly once,
    // always asynchronously (never from inside start()).
    virtual ModelCall* start(const ModelRequest& request, QObject* parent) = 0;
    // Identifies provider, endpoint and model for the response cache (never includes keys).
    virtual QString cacheIdentity() const = 0;
    // The JSON body this provider would send for a request (also used as cache key material).
    virtual nlohmann::json requestBody(const ModelRequest& request) const = 0;
    virtual QString modelId() const = 0;
    // The provider's batch endpoint, or nullptr when it has none (calls then go one by one).
    virtual BatchProtocol* batches() { return nullptr; }
};

} // namespace fapo
