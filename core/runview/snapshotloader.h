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
    // staged: the snapshot comes first without previews, then previewsLoaded (a large run shows sooner).
    void load(const QString& workspacePath, qint64 runId, bool staged = false);

Q_SIGNALS:
    void loaded(fapo::RunSnapshotPtr snapshot); // without input previews when staged
    // Second stage: each example's input preview, in row order of `snapshot`.
    void previewsLoaded(fapo::RunSnapshotPtr snapshot, std::shared_ptr<const std::vector<QString>> previews);
    void failed(const QString& message);

private:
    std::atomic<int> m_latest { 0 };
    QList<QThread*> m_threads;
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::RunSnapshotPtr)
