// OTLP protobuf bodies (what OTLP/HTTP exporters post as application/x-protobuf): the same request as
// protobuf and as OTLP JSON gives the same spans, steps and edges; bytes that are not such a request are
// refused with the byte that broke it, never a crash.
#include "core/import/otlpprotobuf.h"
#include "core/import/traceimport.h"
#include "otlpencode.h"
#include <QDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

namespace {

QString describe(const ImportedSpan& s)
{
    return QStringLiteral(
               "%1/%2 parent %3 name %4 step %5 (%6) kind %7 %8-%9 error %10 %11 model %12 tokens %13/%14\nin %15\nout %16\nattrs %17")
        .arg(s.traceId, s.spanId, s.parentId, s.name, s.stepName, s.stepId, s.kind)
        .arg(s.startNs)
        .arg(s.endNs)
        .arg(s.error)
        .arg(s.statusMessage, s.model)
        .arg(s.inputTokens)
        .arg(s.outputTokens)
        .arg(QString::fromUtf8(s.input), QString::fromUtf8(s.output), QString::fromUtf8(s.attributes));
}

// The first difference between two imports, or an empty text.
QString difference(const ImportResult& a, const ImportResult& b)
{
    if (a.spans.size() != b.spans.size())
        return QStringLiteral("%1 spans vs %2").arg(a.spans.size()).arg(b.spans.size());
    for (size_t i = 0; i < a.spans.size(); ++i)
        if (describe(a.spans[i]) != describe(b.spans[i]))
            return QStringLiteral("span %1:\n%2\nvs\n%3").arg(i).arg(describe(a.spans[i]), describe(b.spans[i]));
    if (a.steps != b.steps)
        return QStringLiteral("steps %1 vs %2").arg(a.steps.join(QLatin1Char(',')), b.steps.join(QLatin1Char(',')));
    if (a.edges.size() != b.edges.size())
        return QStringLiteral("%1 edges vs %2").arg(a.edges.size()).arg(b.edges.size());
    for (size_t i = 0; i < a.edges.size(); ++i)
        if (a.edges[i].from != b.edges[i].from || a.edges[i].to != b.edges[i].to)
            return QStringLiteral("edge %1 differs").arg(i);
    if (a.traces != b.traces)
        return QStringLiteral("%1 traces vs %2").arg(a.traces).arg(b.traces);
    return {};
}

// Ids a protobuf sender could not have sent (a fixture's 31-digit trace id) become valid ones of the
// right length, the same in both forms, so the comparison is about everything else.
void makeIdsSendable(json& request)
{
    const auto fix = [](json& span, const char* key, int bytes) {
        if (!span.contains(key) || !span[key].is_string())
            return;
        const QByteArray id = QByteArray::fromStdString(span[key].get<std::string>());
        if (id.isEmpty() || (id.size() == 2 * bytes && QByteArray::fromHex(id).size() == bytes))
            return;
        span[key] = QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(2 * bytes).toStdString();
    };
    for (json& rs : request["resourceSpans"])
        for (json& ss : rs["scopeSpans"])
            for (json& span : ss["spans"]) {
                fix(span, "traceId", 16);
                fix(span, "spanId", 8);
                fix(span, "parentSpanId", 8);
            }
}

QByteArray fieldTag(int number, int wire) { return protobufVarint(quint64(number) << 3 | quint64(wire)); }

// A request with one span whose attribute `key` holds `value` (an AnyValue, already encoded).
QByteArray requestWithValue(const QByteArray& anyValue)
{
    const QByteArray kv = protobufField(1, "deep") + protobufField(2, anyValue);
    const QByteArray span = protobufField(1, QByteArray(16, '\1')) + protobufField(2, QByteArray(8, '\2')) + protobufField(9, kv);
    return protobufField(1, protobufField(2, protobufField(2, span)));
}

} // namespace

class TestOtlpProtobuf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSpansAsJson_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces"));
        int otlp = 0;
        for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const json doc = json::parse(f.readAll().toStdString(), nullptr, false);
            const bool requests = doc.is_array() && !doc.empty() && doc.front().is_object() && doc.front().contains("resourceSpans");
            if ((doc.is_object() && doc.contains("resourceSpans")) || requests) {
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
                ++otlp;
            }
        }
        QVERIFY(otlp >= 3);
    }
    void sameSpansAsJson()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // A file of several requests: protobuf concatenates them into one (repeated fields append).
        json requests = json::parse(f.readAll().toStdString());
        if (requests.is_object())
            requests = json::array({ requests });
        QByteArray body;
        for (json& request : requests) {
            makeIdsSendable(request);
            body += otlpProtobuf(request);
        }
        QString error;
        const auto fromJson = importTraceBytes(QByteArray::fromStdString(requests.dump()), file, &error);
        QVERIFY2(fromJson, qPrintable(error));
        const auto fromProtobuf = importOtlpProtobuf(body, QStringLiteral("body"), &error);
        QVERIFY2(fromProtobuf, qPrintable(error));
        QVERIFY(!fromProtobuf->spans.empty());
        QCOMPARE(fromProtobuf->format, QStringLiteral("otlp-protobuf"));
        const QString diff = difference(*fromJson, *fromProtobuf);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void everyValueKindAndUnknownFields()
    {
        const json request = json::parse(R"({"resourceSpans": [{"resource": {"attributes": [
            {"key": "service.name", "value": {"stringValue": "svc"}}]},
          "scopeSpans": [{"scope": {"name": "lib", "version": "1"}, "spans": [
            {"traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "1112131415161718", "name": "answer",
             "kind": "SPAN_KIND_CLIENT", "startTimeUnixNano": "1700000000000000000", "endTimeUnixNano": "1700000000500000000",
             "attributes": [
               {"key": "gen_ai.request.model", "value": {"stringValue": "claude-haiku-5-5"}},
               {"key": "gen_ai.usage.input_tokens", "value": {"intValue": "12"}},
               {"key": "negative", "value": {"intValue": -7}},
               {"key": "ratio", "value": {"doubleValue": 0.25}},
               {"key": "flag", "value": {"boolValue": true}},
               {"key": "list", "value": {"arrayValue": {"values": [{"stringValue": "a"}, {"intValue": 2}]}}},
               {"key": "map", "value": {"kvlistValue": {"values": [{"key": "k", "value": {"stringValue": "v"}}]}}},
               {"key": "raw", "value": {"bytesValue": "AAEC"}}],
             "events": [{"timeUnixNano": "1700000000100000000", "name": "exception",
                         "attributes": [{"key": "exception.message", "value": {"stringValue": "quota exceeded"}}]}],
             "status": {"code": 2}},
            {"traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "2122232425262728", "parentSpanId": "1112131415161718",
             "name": "retrieve", "startTimeUnixNano": "1700000000010000000", "endTimeUnixNano": "1700000000020000000"}]}]}]})");
        QString error;
        const auto fromJson = importTraceBytes(QByteArray::fromStdString(request.dump()), QStringLiteral("request"), &error);
        QVERIFY2(fromJson, qPrintable(error));
        // Fields of later versions, of every wire type, are skipped wherever they stand.
        QByteArray body = otlpProtobuf(request);
        body += fieldTag(99, 0) + protobufVarint(5) + fieldTag(98, 5) + QByteArray(4, 'x') + fieldTag(97, 1) + QByteArray(8, 'y')
            + protobufField(96, "later");
        const auto fromProtobuf = importOtlpProtobuf(body, QStringLiteral("body"), &error);
        QVERIFY2(fromProtobuf, qPrintable(error));
        const QString diff = difference(*fromJson, *fromProtobuf);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const ImportedSpan& answer = fromProtobuf->spans.front();
        QVERIFY(answer.error);
        QCOMPARE(answer.statusMessage, QStringLiteral("quota exceeded"));
        QCOMPARE(answer.model, QStringLiteral("claude-haiku-5-5"));
        QCOMPARE(answer.inputTokens, qint64(12));
        const json attributes = answer.attributeMap();
        QCOMPARE(attributes.value("negative", 0), -7);
        QCOMPARE(attributes.value("ratio", 0.0), 0.25);
        QCOMPARE(fromProtobuf->spans.back().parentId, QStringLiteral("1112131415161718"));
    }

    // The fuzzer's seeds (encoded by a separate writer) are requests with spans.
    void fuzzSeedsDecode()
    {
        const QDir dir(QStringLiteral(FAPO_SOURCE_DIR "/fuzz/seeds/otlp-protobuf"));
        const QStringList seeds = dir.entryList(QDir::Files);
        QVERIFY(!seeds.isEmpty());
        for (const QString& name : seeds) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString error;
            const auto r = importOtlpProtobuf(f.readAll(), name, &error);
            QVERIFY2(r, qPrintable(error));
            QVERIFY2(!r->spans.empty(), qPrintable(name));
        }
    }

    void emptyRequestIsValid()
    {
        QString error;
        const auto r = importOtlpProtobuf(QByteArray(), QStringLiteral("body"), &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->spans.empty());
    }

    void brokenBytesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("offset");
        const QByteArray span = protobufField(1, QByteArray(16, '\1')) + protobufField(5, "answer");
        const QByteArray request = protobufField(1, protobufField(2, protobufField(2, span)));
        QTest::newRow("truncated") << request.left(request.size() - 3) << QStringLiteral("runs past the end") << qint64(0);
        QTest::newRow("tag cut") << QByteArray("\x80", 1) << QStringLiteral("field tag runs past the end") << qint64(0);
        QTest::newRow("length past the end") << fieldTag(1, 2) + protobufVarint(1000) + "ab" << QStringLiteral("length runs past the end")
                                             << qint64(0);
        QTest::newRow("a group") << fieldTag(1, 3) << QStringLiteral("wire type 3") << qint64(0);
        QTest::newRow("wire type 7") << QByteArray("\x0a\x00", 2) + fieldTag(2, 7) << QStringLiteral("wire type 7") << qint64(2);
        QTest::newRow("field number 0") << QByteArray("\x00", 1) << QStringLiteral("field number 0") << qint64(0);
        QTest::newRow("an 11-byte varint") << fieldTag(99, 0) + QByteArray(10, '\xff') + '\1' << QStringLiteral("runs past the end")
                                           << qint64(0);
        QTest::newRow("fixed64 cut") << fieldTag(99, 1) + "abc" << QStringLiteral("8 bytes") << qint64(0);
        QTest::newRow("a broken span") << protobufField(1, protobufField(2, protobufField(2, fieldTag(5, 2) + protobufVarint(9))))
                                       << QStringLiteral("field 5") << qint64(6);
        QByteArray deep = protobufField(1, "bottom");
        for (int i = 0; i < 40; ++i)
            deep = protobufField(5, protobufField(1, deep));
        QTest::newRow("nested 40 deep") << requestWithValue(deep) << QStringLiteral("nested deeper than 32") << qint64(-2);
        QTest::newRow("text, not protobuf") << QByteArray("{\"resourceSpans\": []}") << QStringLiteral("wire type") << qint64(0);
    }
    void brokenBytesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(qint64, offset);
        QString error;
        ImportProblem detail;
        QVERIFY(!importOtlpProtobuf(body, QStringLiteral("POST /v1/traces"), &error, &detail));
        QVERIFY2(error.startsWith(QLatin1String("POST /v1/traces: byte ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        if (offset >= 0)
            QCOMPARE(detail.offset, offset);
        else
            QVERIFY(detail.offset > 0 && detail.offset < body.size());
    }

    // Valid as protobuf but not as a request: the JSON path's messages.
    void wellFormedButNotARequest()
    {
        QString error;
        // A resourceSpans entry that is a varint: skipped as a field of another wire type, as protobuf does.
        const auto r = importOtlpProtobuf(fieldTag(1, 0) + protobufVarint(3), QStringLiteral("body"), &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->spans.empty());
    }
};

QTEST_GUILESS_MAIN(TestOtlpProtobuf)
#include "tst_otlpprotobuf.moc"
