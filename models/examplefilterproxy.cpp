#include "models/examplefilterproxy.h"
#include "models/examplesmodel.h"

namespace fapo {

ExampleFilterProxy::ExampleFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void ExampleFilterProxy::setFailedOnly(bool on)
{
    m_failedOnly = on;
    invalidateFilter();
}

void ExampleFilterProxy::setOriginStep(const QString& step)
{
    m_origin = step;
    invalidateFilter();
}

void ExampleFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ExampleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_failedOnly && index.data(StatusRole).toInt() == int(ExampleStatus::Passed))
        return false;
    if (!m_origin.isEmpty() && index.data(OriginRole).toString() != m_origin)
        return false;
    if (!m_text.isEmpty()) {
        const QString id = index.data(ExampleIdRole).toString();
        const QString input = sourceModel()->index(sourceRow, ExamplesModel::InputColumn, sourceParent).data().toString();
        if (!id.contains(m_text, Qt::CaseInsensitive) && !input.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace fapo
