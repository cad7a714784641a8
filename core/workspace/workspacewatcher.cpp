#include "core/workspace/workspacewatcher.h"
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/workspace.h"
#include <QSqlDriver>
#include <QTimer>

namespace fapo {

namespace {
constexpr int kPollMs = 3000;
} // namespace

WorkspaceWatcher::WorkspaceWatcher(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    if (!workspace || !workspace->isServer())
        return;
    QSqlDriver* driver = workspace->database().driver();
    m_listening = driver->subscribeToNotification(QLatin1String(kWorkspaceChannel));
    if (m_listening) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                    if (name != QLatin1String(kWorkspaceChannel) || source == QSqlDriver::SelfSource)
                        return;
                    // "kind:id", as Workspace::announce writes it.
                    const QString text = payload.toString();
                    Q_EMIT changed(text.section(QLatin1Char(':'), 0, 0), text.section(QLatin1Char(':'), 1, 1).toLongLong());
                });
        return;
    }
    spdlog::warn("workspace: cannot listen for changes on {}; checking every {} s instead", workspace->path().toStdString(),
                 kPollMs / 1000);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &WorkspaceWatcher::poll);
    poll();
    m_poll->start();
}

WorkspaceWatcher::~WorkspaceWatcher()
{
    if (m_listening)
        m_workspace->database().driver()->unsubscribeFromNotification(QLatin1String(kWorkspaceChannel));
}

void WorkspaceWatcher::poll()
{
    QSqlQuery q(m_workspace->database());
    if (!sql::execSql(q,
                      QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM decisions), (SELECT coalesce(max(id), 0) FROM proposals), "
                                     "(SELECT coalesce(max(id), 0) FROM runs), (SELECT count(*) FROM runs WHERE status = 'running'), "
                                     "(SELECT coalesce(max(id), 0) FROM analyses)"))
        || !sql::nextRow(q))
        return;
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << q.value(i).toString();
    const QString seen = ids.join(QLatin1Char(','));
    if (!m_lastSeen.isEmpty() && seen != m_lastSeen)
        Q_EMIT changed(QStringLiteral("workspace"), 0);
    m_lastSeen = seen;
}

} // namespace fapo
