#include "runview/snapshotloader.h"
#include "workspace/workspace.h"
#include <QPointer>
#include <QThread>

namespace fapo {

SnapshotLoader::SnapshotLoader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<RunSnapshotPtr>();
}

SnapshotLoader::~SnapshotLoader()
{
    // Their finished() handlers, which would delete them, die with this object: join and delete here.
    for (QThread* t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void SnapshotLoader::load(const QString& workspacePath, qint64 runId, bool staged)
{
    const int job = ++m_latest;
    QPointer<SnapshotLoader> self(this);
    QThread* thread = QThread::create([self, job, workspacePath, runId, staged, this] {
        QString error;
        RunSnapshotPtr snapshot;
        auto ws = Workspace::open(workspacePath, &error);
        if (ws) {
            if (auto s = RunSnapshot::load(*ws, runId, &error, !staged))
                snapshot = std::make_shared<const RunSnapshot>(std::move(*s));
        }
        QMetaObject::invokeMethod(
            this,
            [self, job, snapshot, error] {
                if (!self || job != self->m_latest.load())
                    return; // a newer request superseded this one
                if (snapshot)
                    Q_EMIT self->loaded(snapshot);
                else
                    Q_EMIT self->failed(error);
            },
            Qt::QueuedConnection);
        if (!staged || !snapshot || job != m_latest.load())
            return;
        auto previews = std::make_shared<const std::vector<QString>>(RunSnapshot::loadPreviews(*ws, *snapshot));
        QMetaObject::invokeMethod(
            this,
            [self, job, snapshot, previews] {
                if (self && job == self->m_latest.load())
                    Q_EMIT self->previewsLoaded(snapshot, previews);
            },
            Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

} // namespace fapo
