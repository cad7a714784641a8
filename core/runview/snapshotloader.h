#pragma once
// Loads RunSnapshots off the GUI thread (a latest-wins Job: its own workspace connection per load).
#include "core/jobs/job.h"
#include "core/runview/runsnapshot.h"
#include <QObject>

namespace fapo {

class SnapshotLoader : public QObject {
    Q_OBJECT
public:
    explicit SnapshotLoader(QObject* parent = nullptr);
    // runId 0: the newest run. Results of earlier requests that finish later are dropped.
    // staged: the snapshot comes first without previews, then previewsLoaded (a large run shows sooner).
    void load(const QString& workspacePath, qint64 runId, bool staged = false);

Q_SIGNALS:
    void loaded(fapo::RunSnapshotPtr snapshot); // without input previews when staged
    // Second stage: each example's input preview, in row order of `snapshot`.
    void previewsLoaded(fapo::RunSnapshotPtr snapshot, std::shared_ptr<const std::vector<QString>> previews);
    void failed(const QString& message);

private:
    Job* m_job;
};

} // namespace fapo

Q_DECLARE_METATYPE(fapo::RunSnapshotPtr)
