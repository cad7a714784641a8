#pragma once
// A calm, centred message for a panel that has nothing to show yet.
#include <QWidget>

namespace fapo {

class EmptyState : public QWidget {
    Q_OBJECT
public:
    EmptyState(const QString& title, const QString& detail, QWidget* parent = nullptr);
};

} // namespace fapo
