#pragma once
// Received spans into a workspace. Every span of one receiving session, grouped exactly as `fapo import`
// groups a file of the same spans (so spans of a trace that arrive over several requests, children
// first, still make one example), is one run. New spans are stored at most 200 ms after they arrived:
// the traces they belong to are written again, each store one transaction, so a kill at any moment
// leaves every span that was answered 200 in the workspace, and the run keeps its id while it grows.
//
// A span sent again (an exporter retrying after a timeout, when the first attempt was in fact stored)
// is recognised by its trace and span id and kept once.
#include "core/import/importstore.h"
#include "core/live/otlpreceiver.h"
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace fapo {

class Workspace;

class LiveTraceStore : public QObject, public TraceSink {
    Q_OBJECT
public:
    // `source` names where the spans came from in the run's options ("http://127.0.0.1:4318").
    LiveTraceStore(Workspace* workspace, QString source, QObject* parent = nullptr);

    void setSource(const QString& source) { m_source = source; } // before the first store

    bool saturated() const override;
    void accept(ImportResult&& batch, std::function<void(bool stored)> stored) override;

    // Stores what has arrived and is not stored yet, now. False with *error when the workspace refused.
    bool flush(QString* error = nullptr);
    // After flush(): every span of the session, grouped as stored (steps, edges, problems); and its run
    // (0: none yet).
    const ImportResult& stored() const { return m_session; }
    qint64 runId() const { return m_runId; }

Q_SIGNALS:
    // After each store: the session's run and how many spans it holds.
    void runStored(qint64 runId, int spans);

private:
    bool store(const ImportResult& grouping, QString* error);

    Workspace* m_workspace;
    QString m_source;
    ImportResult m_session; // every span received once, in arrival order; the first m_spansStored are stored
    size_t m_spansStored = 0;
    QSet<QString> m_seen; // "traceId spanId" of the spans above that have a span id
    QSet<QString> m_changedTraces; // traces with spans not stored yet
    std::vector<ImportProblem> m_problems;
    size_t m_problemsStored = 0; // of m_problems, in the last run stored
    std::vector<std::function<void(bool)>> m_waiting; // answers held until their spans are stored
    QTimer m_timer;
    qint64 m_lastStoreMs = 0; // how long the last store took: senders are told to wait when it is long
    std::optional<ImportLayout> m_layout; // the steps as last stored
    size_t m_tracesStored = 0;
    qint64 m_runId = 0;
    qint64 m_datasetId = 0;
};

} // namespace fapo
