#pragma once
// Makes a FakeModelServer speak the batch APIs: Anthropic Message Batches (".../v1/messages/batches")
// and the OpenAI Batch API (".../files" and ".../batches", under any prefix such as "/v1").
//
// Each request of a batch is answered at submission time by the same handler that answers
// interactive calls, so a batch gives exactly the answers the interactive path gives; a batch ends
// after a scripted number of polls, and its results come in reverse order (clients must match them
// by custom_id). Replies queued with FakeModelServer::enqueue() still come first, for any request.
#include "fakemodelserver.h"
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace fapo::test {

// How one request of a batch ends.
struct FakeBatchOutcome {
    enum class Kind { Reply, Errored, Expired, Canceled };
    Kind kind = Kind::Reply; // Reply: answered through the interactive handler
    QString errorType; // Errored: "invalid_request_error", "overloaded_error", "api_error", ...
    QString errorMessage; // Errored
};

class FakeBatchService : public QObject {
    Q_OBJECT
public:
    using OutcomeFunction = std::function<std::optional<FakeBatchOutcome>(const nlohmann::json& params, int submission)>;

    // Installs itself as the server's default handler. Requests that are not batch requests go to
    // `interactive` (default: FakeReply::forRequest(request, "echo: " + request.prompt())), and a
    // request inside a batch is answered by that same handler too (its FakeReply converted to a batch
    // result), so a batch gives exactly the answers the interactive path gives.
    explicit FakeBatchService(FakeModelServer& server, FakeModelServer::Handler interactive = {}, QObject* parent = nullptr);
    ~FakeBatchService() override;

    // Polls of a batch answered "in_progress" before it ends (default 1: the first poll says in_progress, the second ended).
    void setPollsBeforeEnd(int n);
    // While held, no batch ends (every poll says in_progress, or "canceling" after a cancel).
    void setHeld(bool held);
    // Optional override per request: params = the request's "params" object (OpenAI: the line's
    // "body"), submission = 1-based number of the batch submission. Return std::nullopt (or Kind::Reply)
    // to answer through the interactive handler.
    void setOutcome(OutcomeFunction outcome);

    int submissions() const; // batches created (Anthropic + OpenAI)
    // The "requests" array of submission N (1-based), as sent; for OpenAI the lines of the input file.
    QList<nlohmann::json> submittedRequests(int submission) const;
    int polls() const; // GET of a batch's state
    int resultFetches() const; // GET of results / output or error file content
    int interactiveCalls() const; // requests passed to the interactive handler from outside a batch

Q_SIGNALS:
    void submitted(int submission);
    void polled(int count);

private:
    struct State;
    struct Batch;
    struct Entry;

    FakeReply handle(const FakeRequest& request);
    Entry answer(const nlohmann::json& params, const QString& path, const FakeRequest& outer, int submission, const QString& customId);
    void advance(Batch& batch);
    void end(Batch& batch);

    FakeReply anthropicCreate(const FakeRequest& request);
    FakeReply anthropicList(const FakeRequest& request);
    FakeReply anthropicGet(const QString& id);
    FakeReply anthropicResults(const QString& id);
    FakeReply anthropicCancel(const QString& id);
    nlohmann::json anthropicBatchJson(const Batch& batch) const;

    FakeReply openaiUpload(const FakeRequest& request);
    FakeReply openaiFile(const QString& id, bool content);
    FakeReply openaiCreate(const FakeRequest& request);
    FakeReply openaiGet(const QString& id);
    FakeReply openaiCancel(const QString& id);
    nlohmann::json openaiBatchJson(const Batch& batch) const;

    QPointer<FakeModelServer> m_server;
    FakeModelServer::Handler m_interactive;
    std::unique_ptr<State> d;
};

} // namespace fapo::test
