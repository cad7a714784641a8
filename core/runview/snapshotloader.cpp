#include "core/runview/snapshotloader.h"
#include "core/workspace/workspace.h"

namespace fapo {

SnapshotLoader::SnapshotLoader(QObject* parent)
    : QObject(parent)
    , m_job(new Job(this, Job::Delivery::LatestOnly))
{
    qRegisterMetaType<RunSnapshotPtr>();
}

void SnapshotLoader::load(const QString& workspacePath, qint64 runId, bool staged)
{
    m_job->start(workspacePath, [this, runId, staged](JobScope& scope) {
        QString error = scope.openError();
        RunSnapshotPtr snapshot;
        if (scope.workspace())
            if (auto s = RunSnapshot::load(*scope.workspace(), runId, &error, !staged))
                snapshot = std::make_shared<const RunSnapshot>(std::move(*s));
        if (!snapshot)
            return scope.finish([this, error] { Q_EMIT failed(error); });
        scope.deliver([this, snapshot] { Q_EMIT loaded(snapshot); });
        if (!staged || scope.isCancelled()) // a newer load superseded this one
            return scope.finish();
        auto previews = std::make_shared<const std::vector<QString>>(RunSnapshot::loadPreviews(*scope.workspace(), *snapshot));
        scope.finish([this, snapshot, previews] { Q_EMIT previewsLoaded(snapshot, previews); });
    });
}

} // namespace fapo
