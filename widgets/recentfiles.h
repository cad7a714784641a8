#pragma once
// The File › Open Recent menu: the last files opened, kept in the settings.
#include <QObject>

class QMenu;

namespace fapo {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QMenu* menu);
    void add(const QString& path); // first in the list, once
    QStringList files() const;

Q_SIGNALS:
    void chosen(const QString& path);

private:
    void rebuild();
    QMenu* m_menu;
};

} // namespace fapo
