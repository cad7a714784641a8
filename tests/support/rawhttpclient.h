#pragma once
// A test client that writes raw bytes to an HTTP server and reads raw answers, so tests can send
// anything, well-formed or not. Waits with QSignalSpy (the server runs on the same event loop).
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTcpSocket>
#include <optional>

namespace fapo::test {

struct HttpResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class RawClient {
public:
    bool connectTo(quint16 port)
    {
        QSignalSpy connected(&m_socket, &QTcpSocket::connected);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.state() == QAbstractSocket::ConnectedState || connected.wait(5000);
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket& socket() { return m_socket; }

    // The next complete answer, or nullopt when none comes in time.
    std::optional<HttpResponse> response(int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (true) {
            m_in += m_socket.readAll();
            if (auto r = parse())
                return r;
            if (clock.elapsed() > timeoutMs || m_socket.state() == QAbstractSocket::UnconnectedState)
                return std::nullopt;
            QSignalSpy more(&m_socket, &QTcpSocket::readyRead);
            if (m_socket.bytesAvailable() == 0 && more.isEmpty())
                more.wait(200);
        }
    }

private:
    std::optional<HttpResponse> parse()
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        HttpResponse r;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        r.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (m_in.size() < end + 4 + length)
            return std::nullopt;
        r.body = m_in.mid(end + 4, length);
        m_in.remove(0, end + 4 + length);
        return r;
    }

    QTcpSocket m_socket;
    QByteArray m_in;
};

// A POST with a body (Content-Length, or chunked in pieces of `chunk` bytes).
QByteArray httpPost(const QByteArray& path, const QByteArray& contentType, const QByteArray& body, const QByteArray& extraHeaders = {},
                    qsizetype chunk = 0);
QByteArray httpChunked(const QByteArray& body, qsizetype chunk);

} // namespace fapo::test
