#pragma once
// What other people and processes change in a shared workspace, as it happens: PostgreSQL's
// LISTEN/NOTIFY (every write that others should see announces itself on commit, see
// Workspace::announce), or, where the connection cannot listen, a poll of the newest ids every few
// seconds. A workspace file is not watched: on one machine, the window itself made what it shows.
// Lives on the thread of the workspace's connection (the window's), whose event loop delivers.
#include <QObject>

class QTimer;

namespace fapo {

class Workspace;

class WorkspaceWatcher : public QObject {
    Q_OBJECT
public:
    // Watches `workspace` (not owned; it must outlive the watcher) when it is a server's.
    explicit WorkspaceWatcher(Workspace* workspace, QObject* parent = nullptr);
    ~WorkspaceWatcher() override;
    bool isWatching() const { return m_listening || m_poll; }
    bool isListening() const { return m_listening; } // false: polling (or not watching)

Q_SIGNALS:
    // Another connection changed a proposal (id), a round, a run (id) or an analysis (of run id).
    // Polling cannot tell what changed: kind "workspace", id 0.
    void changed(const QString& kind, qint64 id);

private:
    void poll();
    Workspace* m_workspace;
    bool m_listening = false;
    QTimer* m_poll = nullptr;
    QString m_lastSeen; // the poll's newest ids
};

// The channel writes are announced on.
inline constexpr const char* kWorkspaceChannel = "fapo_workspace";

} // namespace fapo
