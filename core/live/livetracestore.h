#pragma once
// Received spans into a workspace. Every span of one receiving session, grouped exactly as `fapo import`
// groups a file of the same spans (so spans of a trace that arrive over several requests, children
// first, still make one example), is one run. New spans are stored at most 200 ms after they arrived, by
// storing the whole session again as a new run and then deleting the run it replaces: a kill at any
// moment leaves every span that was answered 200 in the workspace.
//
// Storing the whole session each time costs time in its size; fine for the minutes a person debugs a
// pipeline, not for days of traffic (storing only the traces that changed is the next step).
#include "core/live/otlpreceiver.h"
#include <QObject>
#include <QTimer>

namespace fapo {

class Workspace;

class LiveTraceStore : public QObject, public TraceSink {
    Q_OBJECT
public:
    // `source` names where the spans came from in the run's options ("http://127.0.0.1:4318").
    LiveTraceStore(Workspace* workspace, QString source, QObject* parent = nullptr);

    bool saturated() const override;
    void accept(ImportResult&& batch, std::function<void(bool stored)> stored) override;

    // Stores what has arrived and is not stored yet, now. False with *error when the workspace refused.
    bool flush(QString* error = nullptr);
    // The grouping last stored (steps, edges, problems of every span so far) and its run (0: none yet).
    const ImportResult& stored() const { return m_stored; }
    qint64 runId() const { return m_runId; }

Q_SIGNALS:
    void runStored(qint64 runId, int spans);

private:
    Workspace* m_workspace;
    QString m_source;
    std::vector<ImportedSpan> m_spans; // every span received, in arrival order
    std::vector<ImportProblem> m_problems;
    size_t m_problemsStored = 0; // of m_problems, in the last run stored
    std::vector<std::function<void(bool)>> m_waiting; // answers held until their spans are stored
    QTimer m_timer;
    ImportResult m_stored;
    qint64 m_runId = 0;
};

} // namespace fapo
