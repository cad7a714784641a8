// SseDecoder: the same events whatever the byte boundaries, all line-end styles, comments,
// multi-line data, event names, ids, UTF-8 split inside a character.
#include "core/providers/ssedecoder.h"
#include <QtTest>

using fapo::SseDecoder;
using fapo::SseEvent;

namespace {

QStringList describe(const QList<SseEvent>& events)
{
    QStringList out;
    for (const SseEvent& e : events)
        out.append(e.event + QLatin1Char('|') + e.data + QLatin1Char('|') + e.id);
    return out;
}

// Feeds input cut at the given offsets, then finishes the stream.
QStringList decodeSplit(const QByteArray& input, const QList<qsizetype>& cuts)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        events += decoder.feed(QByteArrayView(input).sliced(from, cut - from));
        from = cut;
    }
    events += decoder.feed(QByteArrayView(input).sliced(from));
    events += decoder.finish();
    return describe(events);
}

QStringList decodeInPieces(const QByteArray& input, qsizetype pieceSize)
{
    QList<qsizetype> cuts;
    for (qsizetype at = pieceSize; at < input.size(); at += pieceSize)
        cuts.append(at);
    return decodeSplit(input, cuts);
}

QString ev(const char* event, const QString& data, const char* id = "")
{
    return QString::fromUtf8(event) + QLatin1Char('|') + data + QLatin1Char('|') + QString::fromUtf8(id);
}

} // namespace

class TestSse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("lf") << QByteArray("data: hello\n\n") << QStringList { ev("message", QStringLiteral("hello")) };
        QTest::newRow("crlf") << QByteArray("event: ping\r\ndata: {}\r\n\r\n") << QStringList { ev("ping", QStringLiteral("{}")) };
        QTest::newRow("cr only") << QByteArray("data: a\r\rdata: b\r\r")
                                 << QStringList { ev("message", QStringLiteral("a")), ev("message", QStringLiteral("b")) };
        QTest::newRow("mixed line ends") << QByteArray("data: a\r\n\ndata: b\n\r\ndata: c\r\r\n")
                                         << QStringList { ev("message", QStringLiteral("a")), ev("message", QStringLiteral("b")),
                                                          ev("message", QStringLiteral("c")) };
        QTest::newRow("comments") << QByteArray(": ping\n\n:\ndata: x\n: inside\n\n") << QStringList { ev("message", QStringLiteral("x")) };
        QTest::newRow("multi-line data") << QByteArray("data: line1\ndata: line2\ndata\n\n")
                                         << QStringList { ev("message", QStringLiteral("line1\nline2\n")) };
        QTest::newRow("event name resets") << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n")
                                           << QStringList { ev("a", QStringLiteral("1")), ev("message", QStringLiteral("2")) };
        QTest::newRow("no space after colon") << QByteArray("data:x\n\ndata:  y\n\n")
                                              << QStringList { ev("message", QStringLiteral("x")), ev("message", QStringLiteral(" y")) };
        QTest::newRow("event without data") << QByteArray("event: lonely\n\ndata: y\n\n")
                                            << QStringList { ev("message", QStringLiteral("y")) };
        QTest::newRow("empty data") << QByteArray("data:\n\n") << QStringList { ev("message", QString()) };
        QTest::newRow("ids persist") << QByteArray("id: 7\ndata: a\n\ndata: b\n\n")
                                     << QStringList { ev("message", QStringLiteral("a"), "7"), ev("message", QStringLiteral("b"), "7") };
        QTest::newRow("retry and unknown fields")
            << QByteArray("retry: 100\nfoo: bar\ndata: z\n\n") << QStringList { ev("message", QStringLiteral("z")) };
        QTest::newRow("utf8") << QByteArray("data: caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87\n\n")
                              << QStringList { ev("message", QString::fromUtf8("café 中文")) };
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "data: bom\n\n")
                             << QStringList { ev("message", QStringLiteral("bom")) };
        QTest::newRow("unterminated last event")
            << QByteArray("data: a\n\ndata: tail")
            << QStringList { ev("message", QStringLiteral("a")), ev("message", QStringLiteral("tail")) };
        QTest::newRow("anthropic") << QByteArray("event: message_start\ndata: {\"type\":\"message_start\"}\n\n"
                                                 "event: ping\ndata: {\"type\": \"ping\"}\n\n"
                                                 "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
                                   << QStringList { ev("message_start", QStringLiteral("{\"type\":\"message_start\"}")),
                                                    ev("ping", QStringLiteral("{\"type\": \"ping\"}")),
                                                    ev("message_stop", QStringLiteral("{\"type\":\"message_stop\"}")) };
        QTest::newRow("openai") << QByteArray("data: {\"choices\":[]}\n\ndata: [DONE]\n\n")
                                << QStringList { ev("message", QStringLiteral("{\"choices\":[]}")),
                                                 ev("message", QStringLiteral("[DONE]")) };
    }

    void decode()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QCOMPARE(decodeSplit(input, {}), expected);
        // Every piece size, from one byte at a time (splits every UTF-8 character and CRLF pair).
        for (qsizetype size = 1; size <= 7; ++size)
            QCOMPARE(decodeInPieces(input, size), expected);
        // Every single cut point.
        for (qsizetype cut = 1; cut < input.size(); ++cut)
            QCOMPARE(decodeSplit(input, { cut }), expected);
    }

    void decodesOnlyCompleteLines()
    {
        SseDecoder decoder;
        // "中" is E4 B8 AD: the first feed ends inside it.
        QVERIFY(decoder.feed(QByteArrayView("data: \xE4\xB8")).isEmpty());
        QVERIFY(decoder.hasPending());
        QVERIFY(decoder.feed(QByteArrayView("\xAD\n")).isEmpty()); // line complete, event not yet
        const QList<SseEvent> events = decoder.feed(QByteArrayView("\n"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, QString::fromUtf8("中"));
        QVERIFY(!decoder.hasPending());
    }

    void crAtChunkEndThenLf()
    {
        SseDecoder decoder;
        QVERIFY(decoder.feed(QByteArrayView("data: a\r")).isEmpty());
        // The "\n" completes the CRLF of the previous chunk; the next "\r\n" is the blank line.
        QCOMPARE(describe(decoder.feed(QByteArrayView("\n\r\n"))), QStringList { ev("message", QStringLiteral("a")) });
    }

    void resetForgetsPartialInput()
    {
        SseDecoder decoder;
        decoder.feed(QByteArrayView("event: x\ndata: partial"));
        decoder.reset();
        QVERIFY(!decoder.hasPending());
        QCOMPARE(describe(decoder.feed(QByteArrayView("data: fresh\n\n"))), QStringList { ev("message", QStringLiteral("fresh")) });
    }
};

QTEST_GUILESS_MAIN(TestSse)
#include "tst_sse.moc"
