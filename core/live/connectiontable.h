#pragma once
// The open connections of the small HTTP servers here (the trace receiver, the app model proxy): each
// socket's state, removed once, and marked gone (`alive`) so that callbacks still queued for it do
// nothing. C needs `QTcpSocket* socket` and `std::shared_ptr<bool> alive`.
#include <QHash>
#include <QTcpSocket>
#include <memory>

namespace fapo {

template <typename C> class ConnectionTable {
public:
    ConnectionTable() = default;
    ConnectionTable(const ConnectionTable&) = delete;
    ConnectionTable& operator=(const ConnectionTable&) = delete;
    ~ConnectionTable()
    {
        for (C* c : std::as_const(m_open)) {
            *c->alive = false;
            delete c;
        }
    }

    void add(C* c) { m_open.insert(c->socket, c); }
    qsizetype size() const { return m_open.size(); }

    // Closes the socket at once and forgets the connection; false when it was gone already.
    bool drop(C* c, QObject* owner)
    {
        if (!m_open.remove(c->socket))
            return false;
        *c->alive = false;
        c->socket->disconnect(owner);
        c->socket->abort();
        c->socket->deleteLater();
        delete c;
        return true;
    }

private:
    QHash<QTcpSocket*, C*> m_open;
};

} // namespace fapo
