#include "import/otlpsimd.h"
#include <QtGlobal>
#include <algorithm>
#include <simdjson.h>
#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace fapo::importdetail {

using nlohmann::json;
namespace od = simdjson::ondemand;

namespace {

struct Unusual { }; // a shape the SAX read handles differently: leave the file to it

// Drops pages of a read-only file mapping behind the reader.
class Progress {
public:
    Progress(const char* begin, qsizetype length, bool mapped)
        : m_end(begin + length)
    {
#ifdef Q_OS_UNIX
        m_enabled = mapped;
        m_page = qsizetype(sysconf(_SC_PAGESIZE));
        const auto a = reinterpret_cast<quintptr>(begin);
        m_released = reinterpret_cast<const char*>((a + quintptr(m_page) - 1) & ~quintptr(m_page - 1));
#else
        Q_UNUSED(mapped);
#endif
        m_mark = begin + kChunk;
    }

    void at(const char* p)
    {
        if (p < m_mark || p > m_end)
            return;
#ifdef Q_OS_UNIX
        const auto upTo = reinterpret_cast<const char*>(reinterpret_cast<quintptr>(p) & ~quintptr(m_page - 1));
        if (m_enabled && upTo > m_released) {
            madvise(const_cast<char*>(m_released), size_t(upTo - m_released), MADV_DONTNEED);
            m_released = upTo;
        }
#endif
        m_mark = p + kChunk;
    }

    // Drops every page of the mapping from memory (they are read back from the file when touched).
    void releaseAll()
    {
#ifdef Q_OS_UNIX
        if (m_enabled && m_end > m_released)
            madvise(const_cast<char*>(m_released), size_t(m_end - m_released), MADV_DONTNEED);
#endif
    }

private:
    static constexpr qsizetype kChunk = qsizetype(4) << 20;
    const char* m_end;
    const char* m_released = nullptr;
    const char* m_mark;
    qsizetype m_page = 4096;
    bool m_enabled = false;
};

// simdjson's string unescaping for the running CPU (SIMD where it has it).
const simdjson::internal::dom_parser_implementation& unescaper()
{
    thread_local std::unique_ptr<simdjson::internal::dom_parser_implementation> parser;
    if (!parser && simdjson::get_active_implementation()->create_dom_parser_implementation(64, 64, parser) != simdjson::SUCCESS)
        throw Unusual {};
    return *parser;
}

// The field an object iteration is at (simdjson_result<field>::value() would be the field's value).
od::field fieldOf(simdjson::simdjson_result<od::field> result)
{
    od::field f;
    if (const auto error = std::move(result).get(f))
        throw simdjson::simdjson_error(error);
    return f;
}

// Strings are taken from the text itself, not through the parser's string buffer: that buffer keeps
// every unescaped string of the document until the end, which for a 200 MB trace is another 200 MB.
std::string_view stringText(od::value& v, std::string& scratch)
{
    const std::string_view raw = v.raw_json_token(); // "...", then whitespace up to the next token
    const size_t close = raw.rfind('"');
    if (raw.size() < 2 || raw.front() != '"' || close == 0 || close == std::string_view::npos)
        throw Unusual {};
    const std::string_view content = raw.substr(1, close - 1);
    if (content.find('\\') == std::string_view::npos)
        return content; // stage 1 checked UTF-8 and control characters already
    scratch.resize(raw.size() + simdjson::SIMDJSON_PADDING);
    auto* dst = reinterpret_cast<uint8_t*>(scratch.data());
    const uint8_t* end = unescaper().parse_string(reinterpret_cast<const uint8_t*>(content.data()), dst);
    if (!end)
        throw Unusual {}; // an invalid escape
    return std::string_view(scratch.data(), size_t(end - dst));
}

// An object key, the same way (keys with escapes are rare: those go through the parser).
std::string keyText(od::field& f)
{
    const char* p = f.key().raw();
    const char* q = p;
    while (*q != '"' && *q != '\\')
        ++q;
    if (*q == '"')
        return std::string(p, size_t(q - p));
    return std::string(f.unescaped_key().value());
}

// nlohmann's DOM of a value, as json::parse would build it (non-negative integers unsigned, later
// duplicate keys replacing earlier ones).
json toJson(od::value v)
{
    thread_local std::string scratch;
    switch (v.type().value()) {
    case od::json_type::object: {
        json o = json::object();
        auto& members = o.get_ref<json::object_t&>();
        for (auto field : v.get_object()) {
            od::field f = fieldOf(std::move(field));
            std::string key = keyText(f);
            members[std::move(key)] = toJson(f.value());
        }
        return o;
    }
    case od::json_type::array: {
        json a = json::array();
        auto& elements = a.get_ref<json::array_t&>();
        for (auto element : v.get_array())
            elements.push_back(toJson(element.value()));
        return a;
    }
    case od::json_type::string:
        return json(std::string(stringText(v, scratch)));
    case od::json_type::number:
        switch (v.get_number_type().value()) {
        case od::number_type::floating_point_number:
            return json(v.get_double().value());
        case od::number_type::signed_integer: {
            const std::int64_t n = v.get_int64().value();
            return n >= 0 ? json(std::uint64_t(n)) : json(n);
        }
        case od::number_type::unsigned_integer:
            return json(v.get_uint64().value());
        }
        break;
    case od::json_type::boolean:
        return json(v.get_bool().value());
    case od::json_type::null:
        if (v.is_null().value())
            return json(nullptr);
        break;
    }
    throw Unusual {};
}

class Walker {
public:
    Walker(const char* begin, qsizetype length, ReadContext& ctx, Progress& progress)
        : m_begin(begin)
        , m_length(length)
        , m_ctx(ctx)
        , m_progress(progress)
    {
    }

    // The top-level object: "resourceSpans" leads to resources, every other key is kept as it is.
    json request(od::object root)
    {
        json out = json::object();
        auto& members = out.get_ref<json::object_t&>();
        bool seen = false;
        for (auto field : root) {
            od::field f = fieldOf(std::move(field));
            std::string key = keyText(f);
            od::value v = f.value();
            if (key == "resourceSpans") {
                if (seen)
                    throw Unusual {};
                seen = true;
                members[std::move(key)] = v.type().value() == od::json_type::array ? list(v, &Walker::resource) : toJson(v);
            } else {
                members[std::move(key)] = toJson(v);
            }
        }
        return out;
    }

private:
    using Element = json (Walker::*)(od::value);

    json list(od::value v, Element element)
    {
        json a = json::array();
        auto& elements = a.get_ref<json::array_t&>();
        for (auto e : v.get_array())
            elements.push_back((this->*element)(e.value()));
        return a;
    }

    json resource(od::value v)
    {
        if (v.type().value() != od::json_type::object)
            return toJson(v);
        json out = json::object();
        auto& members = out.get_ref<json::object_t&>();
        unsigned char seen = 0;
        for (auto field : v.get_object()) {
            od::field f = fieldOf(std::move(field));
            std::string key = keyText(f);
            od::value value = f.value();
            const unsigned char bit = key == "scopeSpans" ? 1 : key == "instrumentationLibrarySpans" ? 2 : 0;
            if (bit) {
                if (seen & bit)
                    throw Unusual {};
                seen |= bit;
                if (seen == 3)
                    throw Unusual {};
                members[std::move(key)] = value.type().value() == od::json_type::array ? list(value, &Walker::scope) : toJson(value);
            } else {
                members[std::move(key)] = toJson(value);
            }
        }
        return out;
    }

    json scope(od::value v)
    {
        if (v.type().value() != od::json_type::object)
            return toJson(v);
        json out = json::object();
        auto& members = out.get_ref<json::object_t&>();
        bool seen = false;
        for (auto field : v.get_object()) {
            od::field f = fieldOf(std::move(field));
            std::string key = keyText(f);
            od::value value = f.value();
            if (key == "spans" && value.type().value() == od::json_type::array) {
                if (seen)
                    throw Unusual {};
                seen = true;
                for (auto e : value.get_array())
                    span(e.value());
                members[std::move(key)] = json::array(); // read already; the skeleton only keeps the shape
            } else {
                if (key == "spans") {
                    if (seen)
                        throw Unusual {};
                    seen = true;
                }
                members[std::move(key)] = toJson(value);
            }
        }
        return out;
    }

    void span(od::value v)
    {
        if (const auto location = v.current_location(); location.error() == simdjson::SUCCESS)
            reached(location.value_unsafe());
        if (v.type().value() != od::json_type::object) {
            toJson(v); // still checked
            m_ctx.problem(QStringLiteral("a span that is not an object was skipped"));
            return;
        }
        // The attribute list is read straight into the flat attribute object; the rest (ids, times,
        // status, events: small) as JSON for the shared span reader.
        json s = json::object();
        auto& members = s.get_ref<json::object_t&>();
        json flat = json::object();
        bool attributesSeen = false;
        for (auto field : v.get_object()) {
            od::field f = fieldOf(std::move(field));
            std::string key = keyText(f);
            od::value value = f.value();
            if (key == "attributes") {
                if (attributesSeen)
                    throw Unusual {}; // the DOM keeps the last list only
                attributesSeen = true;
                if (value.type().value() == od::json_type::array)
                    attributes(value, flat);
                else
                    toJson(value); // not a list: ignored, as the DOM read does
            } else {
                members[std::move(key)] = toJson(value);
            }
        }
        readOtlpSpanObject(s, std::move(flat), m_ctx);
    }

    void reached(const char* p)
    {
        m_progress.at(p);
        // Reserve for the whole file from the spans per byte so far: no growth by doubling (which
        // would hold the old and the new array at once); pages reserved but unused cost nothing.
        if (!m_reserved && p - m_begin > (qsizetype(1) << 20) && !m_ctx.spans->empty()) {
            const double estimate = double(m_ctx.spans->size()) * double(m_length) / double(p - m_begin) * 1.2 + 64;
            if (estimate > double(m_ctx.spans->capacity()) && estimate < 1e9)
                m_ctx.spans->reserve(size_t(estimate));
            m_reserved = true;
        }
    }

    // [{"key": "...", "value": {AnyValue}}, ...]
    static void attributes(od::value list, json& flat)
    {
        for (auto element : list.get_array()) {
            od::value kv = element.value();
            if (kv.type().value() != od::json_type::object) {
                toJson(kv);
                continue;
            }
            json key;
            json value;
            for (auto field : kv.get_object()) {
                od::field f = fieldOf(std::move(field));
                const std::string name = keyText(f);
                if (name == "key")
                    key = toJson(f.value());
                else if (name == "value")
                    value = toJson(f.value());
                else
                    toJson(f.value());
            }
            if (key.is_string())
                addOtlpAttribute(flat, key.get_ref<const std::string&>(), std::move(value));
        }
    }

    const char* m_begin;
    qsizetype m_length;
    ReadContext& m_ctx;
    Progress& m_progress;
    bool m_reserved = false;
};

} // namespace

qsizetype fastReadPadding() { return qsizetype(simdjson::SIMDJSON_PADDING); }

bool readJsonObjectFast(const char* begin, qsizetype length, bool mappedFile, ReadContext& ctx, json* skeleton)
{
    // Only documents that start with an object; the first structural character tells.
    qsizetype i = 0;
    while (i < length && (begin[i] == ' ' || begin[i] == '\n' || begin[i] == '\r' || begin[i] == '\t'))
        ++i;
    if (i >= length || begin[i] != '{')
        return false;
    try {
        od::parser parser(size_t(std::max<qsizetype>(length, 64)));
        od::document doc = parser.iterate(simdjson::padded_string_view(begin, size_t(length), size_t(length) + simdjson::SIMDJSON_PADDING));
        Progress progress(begin, length, mappedFile);
        progress.releaseAll(); // indexing read every page; the walk reads them again one at a time
        Walker walker(begin, length, ctx, progress);
        *skeleton = walker.request(doc.get_object());
        // One document and nothing after it.
        return doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
    } catch (const simdjson::simdjson_error&) {
        return false;
    } catch (const Unusual&) {
        return false;
    }
}

} // namespace fapo::importdetail
