#pragma once
// The model calls an app program makes through the model proxy, read from the protocols the official
// SDKs speak (Anthropic Messages, OpenAI Chat Completions), and replies written in the same protocols
// for answers the proxy makes itself (a pipeline's own model, a repaired output in a replay).
#include "core/providers/modelrequest.h"
#include <QByteArray>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace fapo {

enum class ProxyApi { Anthropic, OpenAI };

struct ProxiedRequest {
    ProxyApi api = ProxyApi::Anthropic;
    nlohmann::json body; // as the program sent it
    QString model;
    QString system; // Anthropic "system"; OpenAI system and developer messages, joined
    QStringList roles; // of the other messages, in order
    QStringList messages; // their text (text blocks and tool results; images and tool calls left out)
    bool stream = false;
    int maxTokens = 0;

    // What the call asked, as one text: the message alone when there is one, else "role: text" blocks.
    QString promptText() const;
    // The same call for one of the pipeline's own models (app.model).
    ModelRequest toModelRequest() const;
};

// Reads a request body; nullopt and *error when it is not the protocol's JSON.
std::optional<ProxiedRequest> readProxiedRequest(ProxyApi api, const QByteArray& body, QString* error);

// A reply made here, in the protocol's shape: a JSON body, or the events of a stream.
QByteArray replyBody(const ProxiedRequest& request, const ModelResponse& response, const QString& id);
QByteArray replyStream(const ProxiedRequest& request, const ModelResponse& response, const QString& id);
// A relayed reply (JSON or an SSE stream, any status) read for its record: text, usage, model, stop
// reason, or the error it carries.
ModelResponse readRelayedReply(ProxyApi api, int status, const QByteArray& contentType, const QByteArray& body);
// An error body as the protocol's servers send it.
QByteArray errorBody(ProxyApi api, const QString& type, const QString& message);

} // namespace fapo
