#pragma once
// Reads HTTP/1.1 requests from a connection's bytes as they arrive: the request line and headers, then
// the body by Content-Length or chunked, inflated as it comes when it is gzip or deflate. The body limit
// holds for the inflated bytes while they are read, so neither a large body nor a decompression bomb is
// ever held whole. (QHttpServer 6.4 buffers every body whole and cannot inflate; hence this.)
#include <QByteArray>
#include <QHash>
#include <memory>

namespace fapo {

struct HttpRequest {
    QByteArray method;
    QByteArray path; // the target without its query
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body; // de-chunked and inflated
    bool keepAlive = true;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name)); }
};

class HttpRequestReader {
public:
    enum class State { NeedMore, Complete, Failed };

    explicit HttpRequestReader(qint64 maxBodyBytes);
    ~HttpRequestReader();

    // Consumes what it can of `buffer` (what it used is removed; bytes of a next request stay).
    State feed(QByteArray& buffer);
    // After Complete: the request; the reader is then ready for the next one on the connection.
    HttpRequest take();
    // The request being read (its headers once they are in), e.g. to answer a failure in its encoding.
    const HttpRequest& pending() const { return m_request; }
    // After Failed: the status to answer (400, 413, 415, 431, 501, 505) and why. The connection must
    // then be closed: the rest of its bytes cannot be trusted to start a request.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

private:
    struct Inflater;
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };
    State fail(int status, const QByteArray& message);
    State startBody();
    bool appendBody(const char* data, qsizetype size); // false once failed

    const qint64 m_maxBody;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0; // of the Content-Length body, or of the current chunk
    qint64 m_rawBytes = 0; // body bytes as sent (compressed)
    std::unique_ptr<Inflater> m_inflater;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

// The reason phrase of a status line ("Not Found"); "Error" for statuses without one here.
QByteArray httpReasonPhrase(int status);

} // namespace fapo
