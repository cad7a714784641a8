#include "otlpencode.h"
#include <cstring>

namespace fapo::test {

using nlohmann::json;

namespace {

QByteArray fixedField(int number, quint64 value, int bytes)
{
    QByteArray out = protobufVarint(quint64(number) << 3 | (bytes == 8 ? 1 : 5));
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

QByteArray text(const json& v) { return v.is_string() ? QByteArray::fromStdString(v.get<std::string>()) : QByteArray(); }

QByteArray idBytes(const json& v)
{
    const QByteArray t = text(v);
    const QByteArray hex = QByteArray::fromHex(t);
    if (hex.size() * 2 == t.size())
        return hex;
    return QByteArray::fromBase64(t);
}

quint64 number(const json& v)
{
    if (v.is_number_unsigned())
        return v.get<quint64>();
    if (v.is_number_integer())
        return quint64(v.get<qint64>());
    if (v.is_number())
        return quint64(v.get<double>());
    return text(v).toULongLong();
}

QByteArray anyValue(const json& v);

QByteArray keyValues(int number, const json& list)
{
    QByteArray out;
    if (!list.is_array())
        return out;
    for (const json& kv : list) {
        QByteArray body = protobufField(1, text(kv.value("key", json())));
        if (kv.contains("value"))
            body += protobufField(2, anyValue(kv["value"]));
        out += protobufField(number, body);
    }
    return out;
}

QByteArray anyValue(const json& v)
{
    if (!v.is_object())
        return {};
    if (v.contains("stringValue"))
        return protobufField(1, text(v["stringValue"]));
    if (v.contains("boolValue"))
        return protobufVarintField(
            2, v["boolValue"].is_boolean() ? quint64(v["boolValue"].get<bool>()) : quint64(text(v["boolValue"]) == "true"));
    if (v.contains("intValue"))
        return protobufVarintField(3, number(v["intValue"]));
    if (v.contains("doubleValue")) {
        const double d = v["doubleValue"].is_number() ? v["doubleValue"].get<double>() : text(v["doubleValue"]).toDouble();
        quint64 bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        return fixedField(4, bits, 8);
    }
    if (v.contains("arrayValue")) {
        QByteArray values;
        for (const json& e : v["arrayValue"].value("values", json::array()))
            values += protobufField(1, anyValue(e));
        return protobufField(5, values);
    }
    if (v.contains("kvlistValue"))
        return protobufField(6, keyValues(1, v["kvlistValue"].value("values", json::array())));
    if (v.contains("bytesValue"))
        return protobufField(7, QByteArray::fromBase64(text(v["bytesValue"])));
    return {};
}

quint64 enumValue(const json& v, const char* const* names, int count)
{
    if (v.is_number())
        return number(v);
    for (int i = 0; i < count; ++i)
        if (text(v) == names[i])
            return quint64(i);
    return 0;
}

QByteArray span(const json& s)
{
    static const char* const kinds[] = { "SPAN_KIND_UNSPECIFIED", "SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER",
                                         "SPAN_KIND_CLIENT",      "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER" };
    static const char* const codes[] = { "STATUS_CODE_UNSET", "STATUS_CODE_OK", "STATUS_CODE_ERROR" };
    QByteArray out;
    if (s.contains("traceId"))
        out += protobufField(1, idBytes(s["traceId"]));
    if (s.contains("spanId"))
        out += protobufField(2, idBytes(s["spanId"]));
    if (s.contains("traceState"))
        out += protobufField(3, text(s["traceState"]));
    if (s.contains("parentSpanId") && !text(s["parentSpanId"]).isEmpty())
        out += protobufField(4, idBytes(s["parentSpanId"]));
    if (s.contains("name"))
        out += protobufField(5, text(s["name"]));
    if (s.contains("kind"))
        out += protobufVarintField(6, enumValue(s["kind"], kinds, 6));
    if (s.contains("startTimeUnixNano"))
        out += fixedField(7, number(s["startTimeUnixNano"]), 8);
    if (s.contains("endTimeUnixNano"))
        out += fixedField(8, number(s["endTimeUnixNano"]), 8);
    out += keyValues(9, s.value("attributes", json::array()));
    for (const json& e : s.value("events", json::array())) {
        QByteArray event;
        if (e.contains("timeUnixNano"))
            event += fixedField(1, number(e["timeUnixNano"]), 8);
        if (e.contains("name"))
            event += protobufField(2, text(e["name"]));
        event += keyValues(3, e.value("attributes", json::array()));
        out += protobufField(11, event);
    }
    if (s.contains("status") && s["status"].is_object()) {
        QByteArray status;
        if (s["status"].contains("message"))
            status += protobufField(2, text(s["status"]["message"]));
        if (s["status"].contains("code"))
            status += protobufVarintField(3, enumValue(s["status"]["code"], codes, 3));
        out += protobufField(15, status);
    }
    return out;
}

} // namespace

QByteArray otlpProtobuf(const json& request)
{
    QByteArray out;
    for (const json& rs : request.value("resourceSpans", json::array())) {
        QByteArray resourceSpans;
        if (rs.contains("resource"))
            resourceSpans += protobufField(1, keyValues(1, rs["resource"].value("attributes", json::array())));
        for (const json& ss : rs.value("scopeSpans", json::array())) {
            QByteArray scopeSpans;
            if (ss.contains("scope")) {
                const json& scope = ss["scope"];
                QByteArray s = protobufField(1, text(scope.value("name", json(""))));
                if (scope.contains("version"))
                    s += protobufField(2, text(scope["version"]));
                s += keyValues(3, scope.value("attributes", json::array()));
                scopeSpans += protobufField(1, s);
            }
            for (const json& sp : ss.value("spans", json::array()))
                scopeSpans += protobufField(2, span(sp));
            resourceSpans += protobufField(2, scopeSpans);
        }
        out += protobufField(1, resourceSpans);
    }
    return out;
}

} // namespace fapo::test
