#pragma once
// An OTLP/HTTP trace receiver: POST /v1/traces (and /api/public/otel/v1/traces, the path Langfuse SDKs
// use) with OTLP protobuf or OTLP JSON, gzip, deflate or plain, chunked or with a length; answers as the
// OTLP specification and docs/spec/live-traces-and-apps.md say. The spans of each request are read by
// the same readers as `fapo import` and handed to a TraceSink; the 200 goes out only once the sink says
// they are stored, so a sender that saw 200 never loses them.
#include "core/import/trace.h"
#include "core/live/connectiontable.h"
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace fapo {

struct ReceiverOptions {
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 4318; // 0: any free port
    QString token; // when set, every request must carry "Authorization: Bearer TOKEN"
    qint64 maxBodyBytes = 64LL * 1024 * 1024; // after decompression
    int maxConnections = 256;
    int idleTimeoutMs = 30000; // a connection that sends nothing for this long is closed
};

// Where the spans go. Called on the receiver's thread.
class TraceSink {
public:
    virtual ~TraceSink() = default;
    // True while another batch would have to wait too long: the request gets 503 with Retry-After.
    virtual bool saturated() const = 0;
    // Takes one request's spans; calls `stored(true)` once they are in the workspace (the sender then
    // gets 200), or `stored(false)` when they could not be (503).
    virtual void accept(ImportResult&& batch, std::function<void(bool stored)> stored) = 0;
};

class OtlpReceiver : public QObject {
    Q_OBJECT
public:
    OtlpReceiver(ReceiverOptions options, TraceSink* sink, QObject* parent = nullptr);
    ~OtlpReceiver() override;

    // False with *error when the address cannot be bound (in use, not local, no permission).
    bool listen(QString* error);
    void close();
    quint16 port() const;
    QUrl url() const; // http://BIND:PORT

    struct Totals {
        qint64 requests = 0; // answered, whatever the status
        qint64 accepted = 0; // answered 200
        qint64 spans = 0; // in requests answered 200
    };
    Totals totals() const { return m_totals; }

Q_SIGNALS:
    void served(int status, int spans); // after each answer

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection* c);
    void handle(Connection* c);
    void respond(Connection* c, int status, const QByteArray& contentType, const QByteArray& body, bool close,
                 const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {}, int spans = 0);
    void refuse(Connection* c, int status, const QByteArray& message, bool close, const QList<QPair<QByteArray, QByteArray>>& extra = {});
    void drop(Connection* c);
    void lingerAndClose(Connection* c);

    ReceiverOptions m_options;
    TraceSink* m_sink;
    QTcpServer* m_server;
    ConnectionTable<Connection> m_connections;
    Totals m_totals;
};

} // namespace fapo
