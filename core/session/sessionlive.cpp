// The session's trace receiver: `fapo serve` inside the window. The receiver and its store live on a
// worker thread with their own workspace connection, so parsing and storing thousands of spans a second
// never block the window; each store's run comes back as a reload of the run on show.
#include "core/jobs/job.h"
#include "core/live/livetracestore.h"
#include "core/live/otlpreceiver.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"
#include <QTimer>

namespace fapo {

namespace {
bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

bool StudioSession::listenForTraces(const ReceiverOptions& options, const QString& workspacePath, QString* error)
{
    if (isListening())
        return fail(error, tr("Already listening on %1.").arg(m_listenUrl.toString()));
    if (!options.bind.isLoopback() && options.token.isEmpty())
        return fail(error,
                    tr("Listening on %1 needs a token: without one only this machine may send traces.").arg(options.bind.toString()));
    if (m_workspacePath.isEmpty()) {
        if (workspacePath.isEmpty())
            return fail(error, tr("Choose a workspace for the traces first."));
        if (!open(workspacePath, error))
            return false;
    }
    m_liveRunId = 0;
    m_listenJob->start(m_workspacePath, [this, options](JobScope& scope) {
        QString why = scope.openError();
        if (!scope.workspace())
            return scope.finish([this, why] { Q_EMIT listenFailed(why); });
        auto* store = new LiveTraceStore(scope.workspace(), QString(), &scope);
        auto* receiver = new OtlpReceiver(options, store, &scope);
        if (!receiver->listen(&why))
            return scope.finish([this, why] { Q_EMIT listenFailed(why); });
        const QUrl url = receiver->url();
        store->setSource(url.toString());
        scope.deliver([this, url] {
            m_listenUrl = url;
            Q_EMIT listening(url);
        });
        connect(store, &LiveTraceStore::runStored, &scope,
                [this, &scope](qint64 runId, int) { scope.deliver([this, runId] { onLiveRunStored(runId); }); });
        auto* tick = new QTimer(&scope);
        connect(tick, &QTimer::timeout, &scope, [this, &scope, receiver, last = qint64(0)]() mutable {
            const qint64 spans = receiver->totals().spans;
            const double rate = double(spans - last);
            last = spans;
            scope.deliver([this, rate, spans] { Q_EMIT liveTraffic(rate, spans); });
        });
        tick->start(1000);
        // Stopping (or closing the window): nothing more is taken, what was answered 200 is stored.
        scope.onCancel([this, &scope, store, receiver] {
            receiver->close();
            store->flush();
            const qint64 spans = qint64(store->stored().spans.size());
            scope.finish([this, spans] {
                m_listenUrl.clear();
                Q_EMIT listenStopped(spans);
            });
        });
    });
    return true;
}

void StudioSession::stopListening() { m_listenJob->cancel(); }

bool StudioSession::isListening() const { return m_listenJob->isRunning(); }

void StudioSession::onLiveRunStored(qint64 runId)
{
    // The session's first store shows its run; later ones reload it while it is on show.
    if (m_liveRunId != runId) {
        m_liveRunId = runId;
        showRun(runId);
        m_liveReload->start();
        return;
    }
    m_liveReloadDue = true;
    if (!m_liveReload->isActive())
        m_liveReload->start(0);
}

} // namespace fapo
