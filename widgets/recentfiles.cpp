#include "widgets/recentfiles.h"
#include "core/workspace/workspace.h"
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace fapo {

namespace {
constexpr int kMaxRecent = 8;
const QString kKey = QStringLiteral("recentFiles");
} // namespace

RecentFiles::RecentFiles(QMenu* menu)
    : QObject(menu)
    , m_menu(menu)
{
    rebuild();
}

QStringList RecentFiles::files() const { return QSettings().value(kKey).toStringList(); }

void RecentFiles::add(const QString& path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    QSettings().setValue(kKey, list.mid(0, kMaxRecent));
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    const QStringList list = files();
    for (const QString& f : list)
        m_menu->addAction(isWorkspaceUrl(f) ? f : QFileInfo(f).fileName(), this, [this, f] { Q_EMIT chosen(f); })->setToolTip(f);
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace fapo
