#pragma once
// A small pool of QNetworkAccessManagers handed out round-robin.
// One QNetworkAccessManager opens at most 6 parallel HTTP/1.1 connections per host; the runner keeps
// 16+ calls in flight to one host, so calls are spread over several managers.
// The pool and its managers live on the thread that uses them (QNAM is not thread-safe).
#include <QObject>
#include <vector>

class QNetworkAccessManager;

namespace fapo {

class NetworkPool : public QObject {
    Q_OBJECT
public:
    explicit NetworkPool(int managers = 4, QObject* parent = nullptr);
    ~NetworkPool() override;

    // The next manager, round-robin. Never null.
    QNetworkAccessManager* next();
    int size() const { return int(m_managers.size()); }

private:
    std::vector<QNetworkAccessManager*> m_managers;
    std::size_t m_next = 0;
};

} // namespace fapo
