// A decoder of the protobuf wire format for the OTLP trace messages, written here rather than generated
// by libprotobuf. Why: the request is read once, straight into the JSON shape the span readers already
// take, so protobuf and JSON senders get the same spans by construction; generated classes would need a
// second span reader (or a conversion to that JSON, which is what this does), plus .proto files, a protoc
// step and a library to link. The wire format this needs is four encodings (varint, fixed64,
// length-delimited, fixed32) and is small enough to read whole and to fuzz (fuzz/fuzz_otlp_protobuf.cpp).
// Field numbers are from the OTLP specification.
//
// Measured (2026-12, this 2-core VM, a 54 KB request of 96 GenAI spans, libprotobuf 3.21 from Debian with
// a .proto of the same messages): libprotobuf parses it into its classes in 107 us (arena) to 132 us;
// this decoder takes 523 us to the JSON document, and the whole way to grouped spans takes 1,812 us. So
// generated code would save at most a quarter of the way to spans, and only with a second span reader;
// the receiver's limit is storing (see README, Benchmarks), not this.
#include "core/import/otlpprotobuf.h"
#include <cstring>

namespace fapo {

using nlohmann::json;

namespace {

constexpr int kMaxDepth = 32; // AnyValue arrays and lists inside each other

enum Wire : int { Varint = 0, Fixed64 = 1, Length = 2, Fixed32 = 5 };

struct Field {
    quint32 number = 0;
    int wire = 0;
    quint64 value = 0; // varint, fixed64, fixed32
    const uchar* data = nullptr; // length-delimited
    size_t size = 0;

    std::string text() const { return std::string(reinterpret_cast<const char*>(data), size); }
};

class Reader {
public:
    Reader(const uchar* begin, const uchar* end, const uchar* origin)
        : m_p(begin)
        , m_end(end)
        , m_origin(origin)
    {
    }
    Reader(const Field& f, const uchar* origin)
        : Reader(f.data, f.data + f.size, origin)
    {
    }

    bool atEnd() const { return m_p >= m_end; }

    // The next field; false with *error (naming the byte) when the bytes are not a valid field.
    bool next(Field& f, ProtobufError* error)
    {
        const size_t at = offset();
        quint64 tag = 0;
        if (!varint(&tag))
            return fail(error, at, QStringLiteral("a field tag runs past the end of its message"));
        f.number = quint32(tag >> 3);
        f.wire = int(tag & 7);
        if (f.number == 0 || (tag >> 3) > 0x1fffffff)
            return fail(error, at, QStringLiteral("field number %1 is not valid").arg(tag >> 3));
        switch (f.wire) {
        case Varint:
            if (!varint(&f.value))
                return fail(error, at, QStringLiteral("field %1: the number runs past the end of its message").arg(f.number));
            return true;
        case Fixed64:
            return fixed(8, &f.value) || fail(error, at, QStringLiteral("field %1: 8 bytes run past the end of its message").arg(f.number));
        case Fixed32:
            return fixed(4, &f.value) || fail(error, at, QStringLiteral("field %1: 4 bytes run past the end of its message").arg(f.number));
        case Length: {
            quint64 n = 0;
            if (!varint(&n) || n > quint64(m_end - m_p))
                return fail(error, at, QStringLiteral("field %1: its length runs past the end of its message").arg(f.number));
            f.data = m_p;
            f.size = size_t(n);
            m_p += n;
            return true;
        }
        default: // 3 and 4 (groups, long deprecated), 6 and 7 (unassigned)
            return fail(error, at, QStringLiteral("field %1 has wire type %2, which OTLP never uses").arg(f.number).arg(f.wire));
        }
    }

private:
    size_t offset() const { return size_t(m_p - m_origin); }

    bool varint(quint64* out)
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64 && m_p < m_end; shift += 7) {
            const uchar b = *m_p++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                *out = v;
                return true;
            }
        }
        return false; // past the end, or more than ten bytes
    }

    bool fixed(int bytes, quint64* out)
    {
        if (m_end - m_p < bytes)
            return false;
        quint64 v = 0;
        for (int i = bytes; i-- > 0;)
            v = (v << 8) | m_p[i]; // little-endian
        m_p += bytes;
        *out = v;
        return true;
    }

    static bool fail(ProtobufError* error, size_t at, const QString& message)
    {
        *error = { message, qint64(at) };
        return false;
    }

    const uchar* m_p;
    const uchar* m_end;
    const uchar* m_origin;
};

std::string hex(const Field& f)
{
    static const char digits[] = "0123456789abcdef";
    std::string out(f.size * 2, '0');
    for (size_t i = 0; i < f.size; ++i) {
        out[2 * i] = digits[f.data[i] >> 4];
        out[2 * i + 1] = digits[f.data[i] & 15];
    }
    return out;
}

std::string base64(const Field& f)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(f.data), qsizetype(f.size)).toBase64().toStdString();
}

class Decoder {
public:
    Decoder(const QByteArray& body, ProtobufError* error)
        : m_origin(reinterpret_cast<const uchar*>(body.constData()))
        , m_end(m_origin + body.size())
        , m_error(error)
    {
    }

    std::optional<json> request()
    {
        json resourceSpans = json::array();
        Reader r(m_origin, m_end, m_origin);
        Field f;
        while (!r.atEnd()) {
            if (!r.next(f, m_error))
                return std::nullopt;
            if (f.number == 1 && f.wire == Length) {
                json rs;
                if (!resourceSpan(f, rs))
                    return std::nullopt;
                resourceSpans.push_back(std::move(rs));
            }
        }
        return json { { "resourceSpans", std::move(resourceSpans) } };
    }

private:
    // Reads the fields of a sub-message, calling `on(field)` for each; false on a broken field.
    template <typename On> bool fields(const Field& message, On on)
    {
        Reader r(message, m_origin);
        Field f;
        while (!r.atEnd()) {
            if (!r.next(f, m_error) || !on(f))
                return false;
        }
        return true;
    }

    bool resourceSpan(const Field& message, json& out)
    {
        out = json { { "scopeSpans", json::array() } };
        return fields(message, [&](const Field& f) {
            if (f.number == 1 && f.wire == Length) { // Resource
                json attributes = json::array();
                if (!fields(f, [&](const Field& g) { return g.number == 1 && g.wire == Length ? keyValue(g, attributes, 0) : true; }))
                    return false;
                out["resource"] = { { "attributes", std::move(attributes) } };
            } else if (f.number == 2 && f.wire == Length) {
                json scope;
                if (!scopeSpans(f, scope))
                    return false;
                out["scopeSpans"].push_back(std::move(scope));
            } else if (f.number == 3 && f.wire == Length) {
                out["schemaUrl"] = f.text();
            }
            return true;
        });
    }

    bool scopeSpans(const Field& message, json& out)
    {
        out = json { { "spans", json::array() } };
        return fields(message, [&](const Field& f) {
            if (f.number == 1 && f.wire == Length) { // InstrumentationScope
                json scope = json::object();
                json attributes = json::array();
                if (!fields(f, [&](const Field& g) {
                        if (g.wire != Length)
                            return true;
                        if (g.number == 1)
                            scope["name"] = g.text();
                        else if (g.number == 2)
                            scope["version"] = g.text();
                        else if (g.number == 3)
                            return keyValue(g, attributes, 0);
                        return true;
                    }))
                    return false;
                if (!attributes.empty())
                    scope["attributes"] = std::move(attributes);
                out["scope"] = std::move(scope);
            } else if (f.number == 2 && f.wire == Length) {
                json s;
                if (!span(f, s))
                    return false;
                out["spans"].push_back(std::move(s));
            } else if (f.number == 3 && f.wire == Length) {
                out["schemaUrl"] = f.text();
            }
            return true;
        });
    }

    bool span(const Field& message, json& out)
    {
        out = json::object();
        json attributes = json::array();
        json events = json::array();
        json links = json::array();
        const bool ok = fields(message, [&](const Field& f) {
            switch (f.number) {
            case 1:
                if (f.wire == Length)
                    out["traceId"] = hex(f);
                return true;
            case 2:
                if (f.wire == Length)
                    out["spanId"] = hex(f);
                return true;
            case 3:
                if (f.wire == Length)
                    out["traceState"] = f.text();
                return true;
            case 4:
                if (f.wire == Length)
                    out["parentSpanId"] = hex(f);
                return true;
            case 5:
                if (f.wire == Length)
                    out["name"] = f.text();
                return true;
            case 6:
                if (f.wire == Varint)
                    out["kind"] = std::int64_t(f.value);
                return true;
            case 7:
            case 8:
                if (f.wire == Fixed64)
                    out[f.number == 7 ? "startTimeUnixNano" : "endTimeUnixNano"] = std::to_string(f.value);
                return true;
            case 9:
                return f.wire != Length || keyValue(f, attributes, 0);
            case 11:
                return f.wire != Length || event(f, events);
            case 13:
                return f.wire != Length || link(f, links);
            case 15:
                return f.wire != Length || status(f, out);
            default:
                return true; // dropped counts, flags, fields of later versions
            }
        });
        if (!attributes.empty())
            out["attributes"] = std::move(attributes);
        if (!events.empty())
            out["events"] = std::move(events);
        if (!links.empty())
            out["links"] = std::move(links);
        return ok;
    }

    bool event(const Field& message, json& events)
    {
        json e = json::object();
        json attributes = json::array();
        if (!fields(message, [&](const Field& f) {
                if (f.number == 1 && f.wire == Fixed64)
                    e["timeUnixNano"] = std::to_string(f.value);
                else if (f.number == 2 && f.wire == Length)
                    e["name"] = f.text();
                else if (f.number == 3 && f.wire == Length)
                    return keyValue(f, attributes, 0);
                return true;
            }))
            return false;
        if (!attributes.empty())
            e["attributes"] = std::move(attributes);
        events.push_back(std::move(e));
        return true;
    }

    bool link(const Field& message, json& links)
    {
        json l = json::object();
        json attributes = json::array();
        if (!fields(message, [&](const Field& f) {
                if (f.wire != Length)
                    return true;
                if (f.number == 1)
                    l["traceId"] = hex(f);
                else if (f.number == 2)
                    l["spanId"] = hex(f);
                else if (f.number == 3)
                    l["traceState"] = f.text();
                else if (f.number == 4)
                    return keyValue(f, attributes, 0);
                return true;
            }))
            return false;
        if (!attributes.empty())
            l["attributes"] = std::move(attributes);
        links.push_back(std::move(l));
        return true;
    }

    bool status(const Field& message, json& span)
    {
        json s = json::object();
        if (!fields(message, [&](const Field& f) {
                if (f.number == 2 && f.wire == Length)
                    s["message"] = f.text();
                else if (f.number == 3 && f.wire == Varint)
                    s["code"] = std::int64_t(f.value);
                return true;
            }))
            return false;
        span["status"] = std::move(s);
        return true;
    }

    bool keyValue(const Field& message, json& list, int depth)
    {
        json kv = { { "key", "" } };
        if (!fields(message, [&](const Field& f) {
                if (f.number == 1 && f.wire == Length) {
                    kv["key"] = f.text();
                } else if (f.number == 2 && f.wire == Length) {
                    json value;
                    if (!anyValue(f, value, depth + 1))
                        return false;
                    kv["value"] = std::move(value);
                }
                return true;
            }))
            return false;
        list.push_back(std::move(kv));
        return true;
    }

    bool anyValue(const Field& message, json& out, int depth)
    {
        if (depth > kMaxDepth) {
            *m_error = { QStringLiteral("attribute values nested deeper than %1 levels").arg(kMaxDepth), qint64(message.data - m_origin) };
            return false;
        }
        out = json::object();
        return fields(message, [&](const Field& f) {
            switch (f.number) {
            case 1:
                if (f.wire == Length)
                    out = { { "stringValue", f.text() } };
                return true;
            case 2:
                if (f.wire == Varint)
                    out = { { "boolValue", f.value != 0 } };
                return true;
            case 3:
                if (f.wire == Varint)
                    out = { { "intValue", std::int64_t(f.value) } }; // two's complement, as int64 is sent
                return true;
            case 4:
                if (f.wire == Fixed64) {
                    double d = 0;
                    std::memcpy(&d, &f.value, sizeof d);
                    out = { { "doubleValue", d } };
                }
                return true;
            case 5:
            case 6: {
                if (f.wire != Length)
                    return true;
                json values = json::array();
                const bool array = f.number == 5;
                if (!fields(f, [&](const Field& g) {
                        if (g.number != 1 || g.wire != Length)
                            return true;
                        if (!array)
                            return keyValue(g, values, depth);
                        json v;
                        if (!anyValue(g, v, depth + 1))
                            return false;
                        values.push_back(std::move(v));
                        return true;
                    }))
                    return false;
                out = { { array ? "arrayValue" : "kvlistValue", { { "values", std::move(values) } } } };
                return true;
            }
            case 7:
                if (f.wire == Length)
                    out = { { "bytesValue", base64(f) } };
                return true;
            default:
                return true;
            }
        });
    }

    const uchar* m_origin;
    const uchar* m_end;
    ProtobufError* m_error;
};

} // namespace

QByteArray protobufVarint(quint64 value)
{
    QByteArray out;
    do {
        out.append(char((value & 0x7f) | (value > 0x7f ? 0x80 : 0)));
        value >>= 7;
    } while (value);
    return out;
}

QByteArray protobufVarintField(int number, quint64 value) { return protobufVarint(quint64(number) << 3) + protobufVarint(value); }

QByteArray protobufLengthField(int number, const QByteArray& payload)
{
    return protobufVarint(quint64(number) << 3 | 2) + protobufVarint(quint64(payload.size())) + payload;
}

std::optional<json> otlpProtobufToJson(const QByteArray& body, ProtobufError* error)
{
    ProtobufError ignored;
    return Decoder(body, error ? error : &ignored).request();
}

} // namespace fapo
