#pragma once
// The model proxy of app runs (spec: live-traces-and-apps.md, section 2). The program's SDK is pointed at
// it (ANTHROPIC_BASE_URL / OPENAI_BASE_URL = a URL per example on 127.0.0.1); each Messages or Chat
// Completions call is
//   - answered with a repaired output when a replay gives one for that call's step,
//   - else answered by the pipeline's own model when "app"."model" names one,
//   - else answered from the workspace cache when an identical request was answered before (or with
//     the reply of an identical one still on its way upstream, once it is there),
//   - else forwarded to the real endpoint with the credential header the SDK sent, the reply relayed
//     as it arrives (streams included) and cached once complete,
// and recorded as a step record of the example. Request headers are never stored: the key stays in the
// program's environment and in flight.
#include "core/app/proxyrequest.h"
#include "core/workspace/records.h"
#include "core/live/connectiontable.h"
#include <QHash>
#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace fapo {

class CallQueue;
class Workspace;

// One example's side of the proxy.
class ProxyClient {
public:
    virtual ~ProxyClient() = default;
    // The step id of a call, decided as calls arrive.
    virtual QString nameCall(const ProxiedRequest& request) = 0;
    // An output to answer the call of this step with, instead of a model (a replay's repaired output).
    virtual std::optional<QString> injectedOutput(const QString& stepId) const = 0;
    // The call's record (run, example, step, request, reply, usage), once its answer went out.
    virtual void callRecorded(StepRecord record) = 0;
};

struct ProxyOptions {
    QString anthropicUpstream = QStringLiteral("https://api.anthropic.com"); // without a trailing slash
    QString openaiUpstream = QStringLiteral("https://api.openai.com/v1");
    bool useCache = true;
    int timeoutMs = 600000; // an upstream reply that sends nothing for this long fails
    QString answerModel; // a model of the CallQueue that answers every call instead of the upstream
};

class ModelProxy : public QObject {
    Q_OBJECT
public:
    // `calls` answers for answerModel (may be null without one). Both must outlive the proxy.
    ModelProxy(Workspace* workspace, CallQueue* calls, ProxyOptions options, QObject* parent = nullptr);
    ~ModelProxy() override;

    bool listen(QString* error); // on 127.0.0.1, any free port
    // A route for one example: the Anthropic base URL of its calls (the OpenAI one is it + "/v1").
    QUrl open(ProxyClient* client, qint64 runId, const QString& exampleId);
    // Calls still in flight for the route finish (they are paid for) and are cached, but not recorded.
    void close(const QUrl& route);

    qint64 networkCalls() const { return m_networkCalls; }
    qint64 cacheHits() const { return m_cacheHits; }
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void callReturned();

private:
    struct Connection;
    struct Route {
        ProxyClient* client = nullptr;
        qint64 runId = 0;
        QString exampleId;
    };
    struct Call;
    void onNewConnection();
    void onReadyRead(Connection* c);
    void handle(Connection* c);
    void answerHere(const std::shared_ptr<Call>& call, const ModelResponse& response);
    void replay(const std::shared_ptr<Call>& call, const nlohmann::json& cached);
    void forward(const std::shared_ptr<Call>& call);
    void finish(const std::shared_ptr<Call>& call, const ModelResponse& response, bool cacheHit, bool called);
    void respond(Connection* c, int status, const QByteArray& contentType, const QByteArray& body,
                 const QList<QPair<QByteArray, QByteArray>>& extra = {});
    void refuse(Connection* c, ProxyApi api, int status, const QString& message);
    void answered(Connection* c); // the answer is out: close, or read the next request
    void drop(Connection* c);
    QString cacheKey(const Call& call) const;

    Workspace* m_workspace;
    CallQueue* m_calls;
    ProxyOptions m_options;
    QTcpServer* m_server;
    QNetworkAccessManager* m_network;
    ConnectionTable<Connection> m_connections;
    QHash<QString, Route> m_routes; // by token
    QHash<QString, QList<std::shared_ptr<Call>>> m_waiting; // by cache key: calls waiting for an identical one upstream
    qint64 m_networkCalls = 0;
    qint64 m_cacheHits = 0;
    int m_inFlight = 0;
};

} // namespace fapo
