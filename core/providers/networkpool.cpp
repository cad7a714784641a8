#include "core/providers/networkpool.h"

#include <QNetworkAccessManager>

namespace fapo {

NetworkPool::NetworkPool(int managers, QObject* parent)
    : QObject(parent)
{
    const int count = managers < 1 ? 1 : managers;
    m_managers.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        auto* manager = new QNetworkAccessManager(this);
        // Replies are owned and deleted by the calls (HttpModelCall).
        manager->setAutoDeleteReplies(false);
        m_managers.push_back(manager);
    }
}

NetworkPool::~NetworkPool() = default;

QNetworkAccessManager* NetworkPool::next()
{
    QNetworkAccessManager* manager = m_managers[m_next];
    m_next = (m_next + 1) % m_managers.size();
    return manager;
}

} // namespace fapo
