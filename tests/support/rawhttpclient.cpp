#include "rawhttpclient.h"

namespace fapo::test {

QByteArray httpChunked(const QByteArray& body, qsizetype chunk)
{
    QByteArray out;
    for (qsizetype i = 0; i < body.size(); i += chunk) {
        const QByteArray piece = body.mid(i, chunk);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

QByteArray httpPost(const QByteArray& path, const QByteArray& contentType, const QByteArray& body, const QByteArray& extraHeaders,
                    qsizetype chunk)
{
    QByteArray head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\n" + extraHeaders;
    if (chunk > 0)
        return head + "Transfer-Encoding: chunked\r\n\r\n" + httpChunked(body, chunk);
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace fapo::test
