#include "core/live/httprequestreader.h"
#include <QList>
#include <zlib.h>

namespace fapo {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024; // request line and headers
constexpr qsizetype kMaxChunkLine = 1024; // a chunk-size line, with extensions
constexpr qint64 kCompressedSlack = 64 * 1024; // gzip of incompressible data is a little larger
} // namespace

// gzip (RFC 1952) or deflate, which in HTTP is a zlib stream (RFC 1950) but is sometimes sent raw: the
// first two bytes tell which.
struct HttpRequestReader::Inflater {
    enum class Kind { Gzip, Deflate };
    explicit Inflater(Kind k)
        : kind(k)
    {
    }
    ~Inflater()
    {
        if (started)
            inflateEnd(&stream);
    }

    // Inflates `size` bytes, appending to `out`; false with *why when the stream is damaged. Stops as
    // soon as `out` holds more than `limit` bytes (the caller then refuses the body).
    bool feed(const char* data, qsizetype size, QByteArray& out, qint64 limit, QByteArray* why)
    {
        if (!started) {
            pending.append(data, size);
            if (kind == Kind::Deflate && pending.size() < 2)
                return true;
            int bits = 32 + MAX_WBITS; // gzip or zlib, by their headers
            if (kind == Kind::Deflate) {
                const uchar cmf = uchar(pending[0]), flg = uchar(pending[1]);
                const bool zlibHeader = (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
                bits = zlibHeader ? MAX_WBITS : -MAX_WBITS;
            }
            if (inflateInit2(&stream, bits) != Z_OK) {
                *why = "the inflater could not start";
                return false;
            }
            started = true;
            const QByteArray first = std::move(pending);
            pending.clear();
            return inflateSome(first.constData(), first.size(), out, limit, why);
        }
        return inflateSome(data, size, out, limit, why);
    }

    bool finished() const { return ended; }

private:
    bool inflateSome(const char* data, qsizetype size, QByteArray& out, qint64 limit, QByteArray* why)
    {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
        stream.avail_in = uInt(size);
        char block[64 * 1024];
        while (stream.avail_in > 0) {
            if (ended) { // another gzip member follows (concatenated members are one body)
                if (inflateReset(&stream) != Z_OK) {
                    *why = "the compressed body has bytes after its end";
                    return false;
                }
                ended = false;
            }
            stream.next_out = reinterpret_cast<Bytef*>(block);
            stream.avail_out = sizeof block;
            const int ret = inflate(&stream, Z_NO_FLUSH);
            if (ret != Z_OK && ret != Z_STREAM_END && ret != Z_BUF_ERROR) {
                *why = QByteArray("the compressed body is damaged: ") + (stream.msg ? stream.msg : "invalid data");
                return false;
            }
            out.append(block, qsizetype(sizeof block - stream.avail_out));
            if (out.size() > limit)
                return true; // over the limit: the caller refuses it; nothing more is inflated
            ended = ret == Z_STREAM_END;
            if (ret == Z_BUF_ERROR && stream.avail_out != 0)
                break; // needs more input
        }
        return true;
    }

    Kind kind;
    z_stream stream {};
    bool started = false;
    bool ended = false;
    QByteArray pending; // before the first two bytes of a deflate body are known
};

HttpRequestReader::HttpRequestReader(qint64 maxBodyBytes)
    : m_maxBody(maxBodyBytes)
{
}

HttpRequestReader::~HttpRequestReader() = default;

HttpRequestReader::State HttpRequestReader::fail(int status, const QByteArray& message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_phase = Phase::Done;
    return State::Failed;
}

HttpRequest HttpRequestReader::take()
{
    HttpRequest r = std::move(m_request);
    m_request = HttpRequest();
    m_phase = Phase::Head;
    m_remaining = 0;
    m_rawBytes = 0;
    m_inflater.reset();
    return r;
}

bool HttpRequestReader::appendBody(const char* data, qsizetype size)
{
    m_rawBytes += size;
    if (m_rawBytes > m_maxBody + kCompressedSlack) {
        fail(413, "the body is larger than the limit of " + QByteArray::number(m_maxBody) + " bytes");
        return false;
    }
    if (m_inflater) {
        QByteArray why;
        if (!m_inflater->feed(data, size, m_request.body, m_maxBody, &why)) {
            fail(400, why);
            return false;
        }
    } else {
        m_request.body.append(data, size);
    }
    if (m_request.body.size() > m_maxBody) {
        fail(413, "the body is larger than the limit of " + QByteArray::number(m_maxBody) + " bytes");
        return false;
    }
    return true;
}

HttpRequestReader::State HttpRequestReader::startBody()
{
    const QByteArray transfer = m_request.header("transfer-encoding").trimmed().toLower();
    const QByteArray length = m_request.header("content-length").trimmed();
    if (!transfer.isEmpty() && !length.isEmpty())
        return fail(400, "both Transfer-Encoding and Content-Length"); // ambiguous: how requests get smuggled
    if (!transfer.isEmpty() && transfer != "chunked")
        return fail(501, "Transfer-Encoding \"" + transfer + "\" is not supported (only chunked)");
    const QByteArray encoding = m_request.header("content-encoding").trimmed().toLower();
    if (encoding == "gzip" || encoding == "x-gzip")
        m_inflater = std::make_unique<Inflater>(Inflater::Kind::Gzip);
    else if (encoding == "deflate")
        m_inflater = std::make_unique<Inflater>(Inflater::Kind::Deflate);
    else if (!encoding.isEmpty() && encoding != "identity")
        return fail(415, "Content-Encoding \"" + encoding + "\" is not supported (gzip, deflate or none)");
    if (transfer == "chunked") {
        m_phase = Phase::ChunkSize;
        return State::NeedMore;
    }
    bool ok = true;
    const qint64 n = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || n < 0 || length.startsWith('+'))
        return fail(400, "Content-Length \"" + length + "\" is not a number of bytes");
    if (n > m_maxBody + kCompressedSlack)
        return fail(413, "the body is larger than the limit of " + QByteArray::number(m_maxBody) + " bytes");
    m_remaining = n;
    m_phase = n > 0 ? Phase::Body : Phase::Done;
    return State::NeedMore;
}

HttpRequestReader::State HttpRequestReader::feed(QByteArray& buffer)
{
    while (true) {
        switch (m_phase) {
        case Phase::Head: {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return buffer.size() > kMaxHead ? fail(431, "the request headers are too large") : State::NeedMore;
            if (end > kMaxHead)
                return fail(431, "the request headers are too large");
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            if (first.size() != 3 || first[0].isEmpty() || first[1].isEmpty())
                return fail(400, "the request line is not \"METHOD TARGET HTTP/1.1\"");
            const QByteArray version = first[2];
            if (version != "HTTP/1.1" && version != "HTTP/1.0")
                return fail(505, "only HTTP/1.1 is served");
            m_request.method = first[0];
            m_request.path = first[1].left(first[1].indexOf('?') < 0 ? first[1].size() : first[1].indexOf('?'));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                QByteArray line = lines[i];
                if (line.endsWith('\r'))
                    line.chop(1);
                const qsizetype colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t') || colon <= 0)
                    return fail(400, "a header line is not \"Name: value\"");
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                QByteArray& slot = m_request.headers[name];
                if (name == "content-length" && !slot.isEmpty() && slot != value)
                    return fail(400, "two different Content-Length headers");
                slot = slot.isEmpty() || name == "content-length" ? value : slot + ", " + value;
            }
            const QByteArray connection = m_request.header("connection").toLower();
            m_request.keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
            if (startBody() == State::Failed)
                return State::Failed;
            break;
        }
        case Phase::Body:
        case Phase::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, buffer.size()));
            if (n == 0)
                return State::NeedMore;
            if (!appendBody(buffer.constData(), n))
                return State::Failed;
            buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_phase = m_phase == Phase::Body ? Phase::Done : Phase::ChunkEnd;
            break;
        }
        case Phase::ChunkSize: {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0)
                return buffer.size() > kMaxChunkLine ? fail(400, "a chunk-size line is too long") : State::NeedMore;
            QByteArray line = buffer.left(end);
            buffer.remove(0, end + 2);
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line.truncate(semicolon); // chunk extensions mean nothing here
            bool ok = false;
            line = line.trimmed();
            const qint64 size = line.toLongLong(&ok, 16);
            if (!ok || size < 0 || line.size() > 15 || line.startsWith('+') || line.startsWith('-'))
                return fail(400, "a chunk size is not a hexadecimal number");
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkEnd:
            if (buffer.size() < 2)
                return State::NeedMore;
            if (!buffer.startsWith("\r\n"))
                return fail(400, "a chunk is longer than its size");
            buffer.remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0)
                return buffer.size() > kMaxHead ? fail(431, "the trailers are too large") : State::NeedMore;
            buffer.remove(0, end + 2);
            if (end == 0)
                m_phase = Phase::Done;
            break;
        }
        case Phase::Done:
            if (m_errorStatus != 0)
                return State::Failed;
            if (m_inflater && !m_inflater->finished())
                return fail(400, "the compressed body ends before its end");
            return State::Complete;
        }
    }
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 502:
        return "Bad Gateway";
    case 529:
        return "Overloaded";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

} // namespace fapo
