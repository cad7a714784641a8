#pragma once
// Filters the examples table: failed only, by origin step, by text (id or input); sorts on SortRole.
#include <QSortFilterProxyModel>

namespace fapo {

class ExampleFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ExampleFilterProxy(QObject* parent = nullptr);
    void setFailedOnly(bool on);
    void setOriginStep(const QString& step); // empty: any
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_failedOnly = false;
    QString m_origin;
    QString m_text;
};

} // namespace fapo
