#pragma once
// Traffic as OpenTelemetry exporters send it, for the benchmarks that receive traces (fapo serve, the
// window): OTLP protobuf requests of a RAG pipeline with GenAI attributes, each with new trace ids, and
// a keep-alive HTTP client on a blocking socket (one request in flight, as an exporter's batch processor).
#include "otlpencode.h"
#include <QByteArray>
#include <QList>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace fapo::bench {

using nlohmann::json;

// ---- The requests -------------------------------------------------------------------------------

inline constexpr int kSpansPerTrace = 6;
// Trace ids are these 8 bytes, 4 bytes of the trace's index in the request and 4 bytes of the request's
// serial number, patched into one encoded template so every request carries new traces at no cost.
inline const QByteArray kTraceMagic = QByteArray::fromHex("fa7be9c4d15e2a01");

inline json attr(const char* key, const std::string& value) { return { { "key", key }, { "value", { { "stringValue", value } } } }; }
inline json attr(const char* key, qint64 value) { return { { "key", key }, { "value", { { "intValue", std::to_string(value) } } } }; }
inline json attr(const char* key, double value) { return { { "key", key }, { "value", { { "doubleValue", value } } } }; }

inline std::string hex(quint64 value, int digits)
{
    char text[17];
    std::snprintf(text, sizeof text, "%0*llx", digits, static_cast<unsigned long long>(value));
    return text;
}

inline std::string repeatTo(const std::string& s, size_t bytes)
{
    std::string out;
    while (out.size() < bytes)
        out += s;
    out.resize(bytes);
    return out;
}

// One trace of a RAG pipeline, children before their parent (the order an SDK ends and sends them):
// rewrite (llm), embed, retrieve (4 documents), rerank, answer (llm, the documents in its prompt), and
// the pipeline span at the root. About 8 KB of attributes.
inline json ragTrace(int index)
{
    static const char* const questions[]
        = { "Which river runs through the town where Orlin Vasko was born?", "What did the 2023 earnings call say about churn in Europe?",
            "Who signed the Tessel accord and in which year?", "How many stations does the northern line have after the extension?" };
    const std::string question = std::string(questions[index % 4]) + " (case " + std::to_string(index) + ")";
    const std::string traceId = kTraceMagic.toHex().toStdString() + hex(quint64(index), 8) + "00000000";
    const auto spanId = [&](int n) { return hex(quint64(index) << 8 | quint64(n), 16); };
    const qint64 t0 = 1700000000000000000LL + qint64(index) * 1000000000LL;
    const auto span = [&](int n, int parent, const char* name, int startMs, int endMs, json attributes) {
        json s = { { "traceId", traceId },
                   { "spanId", spanId(n) },
                   { "name", name },
                   { "kind", n == 0 ? 2 : (n == 1 || n == 5 ? 3 : 1) }, // server, client (the model calls), internal
                   { "startTimeUnixNano", std::to_string(t0 + startMs * 1000000LL) },
                   { "endTimeUnixNano", std::to_string(t0 + endMs * 1000000LL) },
                   { "attributes", std::move(attributes) },
                   { "status", { { "code", 1 } } } };
        if (parent >= 0)
            s["parentSpanId"] = spanId(parent);
        return s;
    };
    const std::string model = "claude-haiku-5-5";
    const std::string query = "Orlin Vasko birthplace river town " + std::to_string(index);
    json documents = json::array();
    json retrieveAttributes = json::array(
        { attr("openinference.span.kind", std::string("RETRIEVER")), attr("input.value", query), attr("retrieval.top_k", qint64(4)) });
    std::string context;
    for (int d = 0; d < 4; ++d) {
        const std::string text = repeatTo("Document " + std::to_string(d) + " about " + question
                                              + " The river Tessel flows through the old town, past the mill and the station; ",
                                          600);
        const std::string prefix = "retrieval.documents." + std::to_string(d) + ".document.";
        retrieveAttributes.push_back(attr((prefix + "id").c_str(), "doc-" + std::to_string(index * 7 + d)));
        retrieveAttributes.push_back(attr((prefix + "score").c_str(), 0.9 - 0.1 * d));
        retrieveAttributes.push_back(attr((prefix + "content").c_str(), text));
        context += text + "\n";
    }
    const json inputMessages = json::array(
        { { { "role", "system" }, { "parts", { { { "type", "text" }, { "content", "Answer from the documents only." } } } } },
          { { "role", "user" }, { "parts", { { { "type", "text" }, { "content", context + "Question: " + question } } } } } });
    const std::string answer = "The Tessel runs through Marrow, where Orlin Vasko was born (documents 0 and 2).";
    const json outputMessages = json::array(
        { { { "role", "assistant" }, { "parts", { { { "type", "text" }, { "content", answer } } } }, { "finish_reason", "stop" } } });
    return json::array({
        span(1, 0, "rewrite", 1, 420,
             { attr("gen_ai.operation.name", std::string("chat")), attr("gen_ai.system", std::string("anthropic")),
               attr("gen_ai.request.model", model), attr("gen_ai.prompt", "Rewrite the question as a search query.\n" + question),
               attr("gen_ai.completion", query), attr("gen_ai.usage.input_tokens", qint64(41)),
               attr("gen_ai.usage.output_tokens", qint64(9)) }),
        span(2, 0, "embed", 421, 480,
             { attr("gen_ai.operation.name", std::string("embeddings")),
               attr("gen_ai.request.model", std::string("text-embedding-3-small")), attr("input.value", query),
               attr("gen_ai.usage.input_tokens", qint64(9)) }),
        span(3, 0, "retrieve", 481, 530, retrieveAttributes),
        span(4, 0, "rerank", 531, 560,
             { attr("input.value", query),
               attr("output.value", "doc-" + std::to_string(index * 7) + ", doc-" + std::to_string(index * 7 + 2)) }),
        span(5, 0, "answer", 561, 1900,
             { attr("gen_ai.operation.name", std::string("chat")), attr("gen_ai.system", std::string("anthropic")),
               attr("gen_ai.request.model", model), attr("gen_ai.input.messages", inputMessages.dump()),
               attr("gen_ai.output.messages", outputMessages.dump()), attr("gen_ai.usage.input_tokens", qint64(812)),
               attr("gen_ai.usage.output_tokens", qint64(23)) }),
        span(0, -1, "rag-pipeline", 0, 1910, { attr("input.value", question), attr("output.value", answer) }),
    });
}

struct RequestTemplate {
    QByteArray body;
    std::vector<qsizetype> serialOffsets; // where each trace id's last 4 bytes are
    int spans = 0;
};

inline RequestTemplate makeTemplate(int traces)
{
    json spans = json::array();
    for (int t = 0; t < traces; ++t)
        for (json& s : ragTrace(t))
            spans.push_back(std::move(s));
    const json request
        = { { "resourceSpans",
              { { { "resource",
                    { { "attributes",
                        { attr("service.name", std::string("rag-service")), attr("telemetry.sdk.language", std::string("python")) } } } },
                  { "scopeSpans", { { { "scope", { { "name", "rag.pipeline" }, { "version", "1.0.0" } } }, { "spans", spans } } } } } } } };
    RequestTemplate out;
    out.body = fapo::test::otlpProtobuf(request);
    out.spans = int(spans.size());
    const QByteArray field = QByteArray("\x0a\x10", 2) + kTraceMagic; // Span.trace_id: field 1, 16 bytes
    for (qsizetype at = out.body.indexOf(field); at >= 0; at = out.body.indexOf(field, at + 1))
        out.serialOffsets.push_back(at + 2 + 12);
    return out;
}

inline QByteArray requestBody(const RequestTemplate& t, quint32 serial)
{
    QByteArray body = t.body;
    body.detach();
    for (const qsizetype at : t.serialOffsets)
        for (int i = 0; i < 4; ++i)
            body[at + i] = char((serial >> (24 - 8 * i)) & 0xff);
    return body;
}

// ---- A keep-alive HTTP client on a blocking socket ------------------------------------------------

struct Answer {
    int status = 0; // 0: the connection failed
    int retryAfter = 0;
    bool close = false;
};

class Client {
public:
    explicit Client(quint16 port)
        : m_port(port)
    {
    }
    ~Client() { disconnect(); }
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    Answer post(const QByteArray& body)
    {
        if (m_fd < 0 && !connectNow())
            return {};
        const QByteArray head = "POST /v1/traces HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
            + "\r\nContent-Type: application/x-protobuf\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        if (!sendAll(head) || !sendAll(body)) {
            disconnect();
            return {};
        }
        Answer a = read();
        if (a.status == 0 || a.close)
            disconnect();
        return a;
    }

private:
    bool connectNow()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            disconnect();
            return false;
        }
        return true;
    }
    void disconnect()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_in.clear();
    }
    bool sendAll(const QByteArray& bytes)
    {
        for (qsizetype sent = 0; sent < bytes.size();) {
            const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }
    bool fill()
    {
        char chunk[16384];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_in.append(chunk, n);
        return true;
    }
    Answer read()
    {
        qsizetype end;
        while ((end = m_in.indexOf("\r\n\r\n")) < 0)
            if (!fill())
                return {};
        Answer a;
        qint64 length = 0;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        a.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "retry-after")
                a.retryAfter = value.toInt();
            else if (name == "connection")
                a.close = value.toLower() == "close";
        }
        while (m_in.size() < end + 4 + length)
            if (!fill())
                return {};
        m_in.remove(0, end + 4 + length);
        return a;
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_in;
};

} // namespace fapo::bench
