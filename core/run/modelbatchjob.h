#pragma once
// One batch at a provider's batch API: sent (or, after a restart, found in the workspace), polled every
// pollMs until it ends, its results fetched. Owned by the CallQueue, on its thread; it stores nothing.
#include "core/providers/batchprotocol.h"
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace fapo {

class ModelBatchJob : public QObject {
    Q_OBJECT
public:
    ModelBatchJob(BatchProtocol* protocol, int pollMs, QObject* parent);

    void submit(const std::vector<BatchItem>& items);
    void follow(const QString& batchId); // a batch sent earlier: poll it at once
    // No more polling or fetching. A submission already sent is still awaited (submitted() comes), so
    // its id can be stored: the provider has the batch either way.
    void stop();
    bool submitting() const { return m_submitting; }
    const BatchState& state() const { return m_state; }

Q_SIGNALS:
    void submitted();
    void stateChanged();
    void resultsReady(const std::vector<fapo::BatchItemResult>& results);
    // The batch cannot give results. gone: the provider does not know it (or failed it as a whole), so
    // its requests are worth sending again.
    void failed(const fapo::ModelResponse& why, bool gone);

private:
    void pollLater();
    void pollNow();
    void fetch();
    // Runs `handle` on a poll's or fetch's reply; a failed one gives up or waits for the next poll.
    void whenAnswered(ModelCall* call, std::function<void(const QByteArray& body)> handle);
    // A poll or fetch that failed: give up (fatal, unknown batch) or try again at the next interval.
    bool giveUp(const ModelResponse& response);

    BatchProtocol* m_protocol;
    int m_pollMs;
    BatchState m_state;
    QTimer m_timer;
    QPointer<ModelCall> m_call;
    bool m_submitting = false;
    bool m_stopped = false;
};

} // namespace fapo
