#pragma once
// Loads RunSnapshots off the GUI thread (own workspace connection per job); the latest request wins.
#include "runview/runsnapshot.h"
#include <QObject>
#include <atomic>

namespace fapo {

class SnapshotLoader : public QObject {
    Q_OBJECT
public:
    explicit SnapshotLoader(QObject* parent = nullptr);
    ~SnapshotLoader() override;
    // runId 0: the newest run. Results of earlier requests that finish later are dropped.
    void load(const QString& workspacePath, qint64 runId);

Q_SIGNALS:
    void loaded(fapo::RunSnapshotPtr snapshot);
    void failed(const QString& message);

private:
    std::atomic<int> m_latest { 0 };
    QList<QThread*> m_threads;
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::RunSnapshotPtr)
