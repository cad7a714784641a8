#include "core/import/otlpsimd.h"
#include "core/formats/jsonspace.h"
#include "core/import/spanattributes.h"
#include "core/import/spanboundaries.h"
#include <QSet>
#include <QtGlobal>
#include <algorithm>
#include <atomic>
#include <charconv>
#include <deque>
#include <limits>
#include <optional>
#include <cstring>
#include <iterator>
#include <simdjson.h>
#include <thread>
#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace fapo::importdetail {

using nlohmann::json;
namespace od = simdjson::ondemand;

namespace {

struct Unusual { }; // a shape the SAX read handles differently: leave the file to it

// Maps the pages of [begin, end) of a read-only file mapping ahead of a reader of that range, and drops
// them behind it (they are read back from the file if touched again), so reading a large file does not
// hold all of it in memory.
// Pages::Keep keeps them instead: for the walks that find the spans, whose pages the span reads touch
// again right after. Mapping a page again costs about as much as the first time (on this 2-core VM, about
// 0.6 ms per MB, measured): dropping them made the import of 100 MB of JSON Lines take 0.14 s more CPU. The span
// reads drop them behind, so the file is held whole only between the two.
enum class Pages { Keep, Drop };
class Progress {
public:
    Progress(const char* begin, const char* end, bool mapped, Pages pages = Pages::Drop)
        : m_end(end)
        , m_drop(pages == Pages::Drop)
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
        if (p > m_end)
            return;
        if (m_enabled && m_drop && p - m_released >= kDropEvery)
            releaseBefore(p);
        if (p < m_mark)
            return;
        m_mark = p + kChunk;
        populate(p);
    }

    // Maps the next chunk in one call (where the system can) instead of a page fault per page.
    void populate(const char* p)
    {
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_READ)
        if (!m_enabled || p >= m_end)
            return;
        const auto from = reinterpret_cast<char*>(reinterpret_cast<quintptr>(p) & ~quintptr(m_page - 1));
        const qsizetype n = std::min<qsizetype>(kChunk + m_page, m_end - from);
        madvise(from, size_t(n), MADV_POPULATE_READ);
#else
        Q_UNUSED(p);
#endif
    }

    // Drops every whole page of the range.
    void releaseAll() { releaseBefore(m_end); }

    // Drops the whole pages before p.
    void releaseBefore(const char* p)
    {
#ifdef Q_OS_UNIX
        const auto upTo = reinterpret_cast<const char*>(reinterpret_cast<quintptr>(p) & ~quintptr(m_page - 1));
        if (m_enabled && m_drop && upTo > m_released) {
            madvise(const_cast<char*>(m_released), size_t(upTo - m_released), MADV_DONTNEED);
            m_released = upTo;
        }
#else
        Q_UNUSED(p);
#endif
    }

private:
    static constexpr qsizetype kChunk = qsizetype(16) << 20; // mapped ahead at once: fewer calls
    // Dropped behind in smaller steps: a span read starts with the whole file mapped (Pages::Keep before
    // it), and what it allocates meanwhile adds to that. Each drop interrupts the other thread, briefly.
    static constexpr qsizetype kDropEvery = qsizetype(4) << 20;
    const char* m_end;
    const char* m_released = nullptr;
    const char* m_mark;
    qsizetype m_page = 4096;
    bool m_enabled = false;
    bool m_drop = true;
};

// Where one element of a "spans" array is in the text.
struct SpanText {
    const char* begin = nullptr;
    size_t length = 0;
    bool object = true; // false: not an object (reported and skipped when its turn comes)
    qsizetype searchFrom = 0; // where its problems are looked for: the start of its JSON Lines record
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

// The first pass: the document's shape (into the skeleton) and where each span is; spans are read later.
class Walker {
public:
    Walker(std::vector<SpanText>& spans, std::vector<size_t>& resourceSpans)
        : m_spans(spans)
        , m_resourceSpans(resourceSpans)
    {
    }

    // The spans walked from now on belong to the JSON Lines record starting here.
    void setSearchFrom(qsizetype offset) { m_searchFrom = offset; }

    // `doc` is the first part of a document cut between two spans: the walk stops where it ends, which
    // must be right after a span (cut() then says so), and gives up once `abandon` is set.
    void stopAtEndOf(od::document& doc, const std::atomic<bool>* abandon)
    {
        m_prefix = &doc;
        m_abandon = abandon;
    }
    bool cut() const { return m_cut; }

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
            if (m_cut)
                break; // the part ends here: no further member is asked for
        }
        return out;
    }

private:
    using Element = json (Walker::*)(od::value);

    json list(od::value v, Element element)
    {
        json a = json::array();
        auto& elements = a.get_ref<json::array_t&>();
        for (auto e : v.get_array()) {
            elements.push_back((this->*element)(e.value()));
            if (m_cut)
                break;
        }
        return a;
    }

    json resource(od::value v)
    {
        if (v.type().value() != od::json_type::object)
            return toJson(v);
        json out = json::object();
        auto& members = out.get_ref<json::object_t&>();
        unsigned char seen = 0;
        const size_t before = m_spans.size();
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
            if (m_cut)
                break;
        }
        // Its attributes reach its spans once they are read (spanreaders.h); only objects become spans.
        m_resourceSpans.push_back(
            size_t(std::count_if(m_spans.begin() + qsizetype(before), m_spans.end(), [](const SpanText& t) { return t.object; })));
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
                for (auto e : value.get_array()) {
                    span(e.value());
                    if (m_prefix && atCut())
                        break;
                }
                members[std::move(key)] = json::array(); // read already; the skeleton only keeps the shape
            } else {
                if (key == "spans") {
                    if (seen)
                        throw Unusual {};
                    seen = true;
                }
                members[std::move(key)] = toJson(value);
            }
            if (m_cut)
                break;
        }
        return out;
    }

    void span(od::value v)
    {
        if (v.type().value() != od::json_type::object) {
            toJson(v); // still checked
            m_spans.push_back({ nullptr, 0, false, m_searchFrom });
            return;
        }
        const std::string_view text = v.get_object().value().raw_json().value();
        m_spans.push_back({ text.data(), text.size(), true, m_searchFrom });
    }

    // True when the first part of a cut document ends after the span just walked.
    bool atCut()
    {
        if (m_abandon && m_abandon->load(std::memory_order_relaxed))
            throw Unusual {}; // the other part failed: the document is walked whole
        m_cut = m_prefix->current_location().error() == simdjson::OUT_OF_BOUNDS;
        return m_cut;
    }

    std::vector<SpanText>& m_spans;
    std::vector<size_t>& m_resourceSpans; // span objects per resource, in document order
    qsizetype m_searchFrom = 0;
    od::document* m_prefix = nullptr;
    const std::atomic<bool>* m_abandon = nullptr;
    bool m_cut = false;
};

// An object key as it is in the text; nullopt for one with escapes (those go the general way).
std::optional<std::string_view> rawKey(od::field& f)
{
    const char* p = f.key().raw();
    const char* q = p;
    while (*q != '"' && *q != '\\')
        ++q;
    if (*q == '\\')
        return std::nullopt;
    return std::string_view(p, size_t(q - p));
}

// The common OTLP span, read without building JSON when its attributes are not kept (an import being
// stored): hex ids, decimal or integer times, attributes of plain strings, integers and booleans. That is
// most of what exporters write, and reading it this way takes a fraction of the time. Anything else
// (base64 or invalid ids, a missing span id, JSON in a text, messages, documents, an error explained
// only by its events, duplicate members) makes read() return false before the span is kept; the span is
// then read the general way, which also reports its problems. The rules are the general read's
// (readOtlpSpan, interpretPlainAttributes); tst_import compares both on every fixture.
class PlainSpanReader {
public:
    // False: read this span the general way.
    bool read(od::document& doc, ReadContext& ctx)
    {
        try {
            return readSpan(doc, ctx);
        } catch (const simdjson::simdjson_error&) {
        } catch (const Unusual&) {
        }
        return false; // the general read meets the same text, and decides
    }

private:
    enum Member : unsigned {
        TraceId = 1,
        SpanId = 2,
        ParentId = 4,
        Name = 8,
        Start = 16,
        End = 32,
        Attributes = 64,
        Status = 128,
        Events = 256,
        Kind = 512
    };

    bool readSpan(od::document& doc, ReadContext& ctx)
    {
        m_attributes.clear();
        m_unescaped.clear();
        ImportedSpan span;
        unsigned seen = 0;
        const auto once = [&seen](Member m) {
            const bool first = !(seen & m);
            seen |= m;
            return first;
        };
        for (auto field : doc.get_object()) {
            od::field f = fieldOf(std::move(field));
            const std::optional<std::string_view> key = rawKey(f);
            if (!key)
                return false;
            od::value v = f.value();
            if (*key == "traceId" || *key == "spanId" || *key == "parentSpanId") {
                const bool trace = *key == "traceId";
                const bool parent = *key == "parentSpanId";
                if (!once(trace ? TraceId : parent ? ParentId : SpanId) || v.type().value() != od::json_type::string)
                    return false;
                const std::string_view text = stringText(v, m_scratch);
                if (text.empty() && !(trace || parent))
                    return false; // a span without spanId: a problem to report
                if (text.empty())
                    continue;
                QString& id = trace ? span.traceId : parent ? span.parentId : span.spanId;
                if (!(trace ? recentId(text, 16, ctx, &id) : parent ? recentId(text, 8, ctx, &id) : false)) {
                    std::optional<QString> hex = lowerHexId(text, trace ? 16 : 8);
                    if (!hex)
                        return false;
                    id = std::move(*hex);
                }
            } else if (*key == "name") {
                if (!once(Name) || v.type().value() != od::json_type::string)
                    return false;
                const std::string_view text = stringText(v, m_scratch);
                if (!recentName(text, ctx, &span.name))
                    span.name = QString::fromUtf8(text.data(), qsizetype(text.size()));
            } else if (*key == "startTimeUnixNano" || *key == "endTimeUnixNano") {
                const bool start = *key == "startTimeUnixNano";
                const std::optional<qint64> ns = nanos(v);
                if (!once(start ? Start : End) || !ns)
                    return false;
                (start ? span.startNs : span.endNs) = *ns;
            } else if (*key == "attributes") {
                if (!once(Attributes))
                    return false;
                if (v.type().value() != od::json_type::array)
                    toJson(v); // not a list: ignored, as the general read does
                else
                    for (auto element : v.get_array())
                        if (!attribute(element.value()))
                            return false;
            } else if (*key == "status") {
                if (!once(Status))
                    return false;
                readOtlpStatus(toJson(v), span);
            } else if (*key == "kind") { // only kept as an attribute, and attributes are not kept
                if (!once(Kind))
                    return false;
                if (v.type().value() == od::json_type::string)
                    stringText(v, m_scratch);
                else
                    toJson(v);
            } else {
                if (*key == "events" && !once(Events))
                    return false;
                toJson(v); // checked as the general read checks it; not read
            }
        }
        if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS || !(seen & SpanId))
            return false;
        if (span.parentId == QLatin1String("0000000000000000"))
            span.parentId.clear();
        if ((seen & Events) && span.error && span.statusMessage.isEmpty())
            return false; // the recorded exception says why: the general read looks
        std::string_view input, output;
        if (!interpretPlainAttributes(span, m_attributes, &input, &output))
            return false;
        span.input = recentText(input, ctx);
        span.output = recentText(output, ctx);
        shareOtlpSpanTexts(span, ctx);
        ctx.spans->push_back(std::move(span));
        return true;
    }

    // Most spans repeat texts of the spans just before: their trace id, their parent's span id, a step's
    // name, a prompt that was the previous step's output. Taking those over (as shareOtlpSpanTexts and
    // ReadContext::share would afterwards) saves making a copy first.

    // True, with *id the recent span's, when `text` is lower-case hex equal to the last span's trace id
    // (bytes 16) or to one of the last 16 span ids (bytes 8).
    static bool recentId(std::string_view text, int bytes, const ReadContext& ctx, QString* id)
    {
        if (text.size() != size_t(2 * bytes) || ctx.spans->empty())
            return false;
        for (const char c : text)
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                return false;
        const QLatin1StringView latin1(text.data(), qsizetype(text.size()));
        const std::vector<ImportedSpan>& spans = *ctx.spans;
        if (bytes == 16) {
            if (spans.back().traceId != latin1)
                return false;
            *id = spans.back().traceId;
            return true;
        }
        for (size_t i = spans.size(), n = 0; i > 0 && n < 16; --i, ++n)
            if (spans[i - 1].spanId == latin1) {
                *id = spans[i - 1].spanId;
                return true;
            }
        return false;
    }

    // True, with *name the last span's, when `text` (ASCII) is the last span's name.
    static bool recentName(std::string_view text, const ReadContext& ctx, QString* name)
    {
        if (ctx.spans->empty() || text.empty())
            return false;
        for (const char c : text)
            if (static_cast<unsigned char>(c) >= 0x80)
                return false;
        const QString& last = ctx.spans->back().name;
        if (last != QLatin1StringView(text.data(), qsizetype(text.size())))
            return false;
        *name = last;
        return true;
    }

    // `text` as a recent span's equal input or output, or else a copy.
    static QByteArray recentText(std::string_view text, const ReadContext& ctx)
    {
        const std::vector<ImportedSpan>& spans = *ctx.spans;
        for (size_t i = spans.size(), n = 0; i > 0 && n < 8 && !text.empty(); --i, ++n)
            for (const QByteArray* t : { &spans[i - 1].output, &spans[i - 1].input })
                if (size_t(t->size()) == text.size() && std::memcmp(t->constData(), text.data(), text.size()) == 0)
                    return *t;
        return QByteArray(text.data(), qsizetype(text.size()));
    }

    // A string's text, kept until the span is read.
    std::string_view keptText(od::value& v)
    {
        const std::string_view text = stringText(v, m_scratch);
        return text.data() == m_scratch.data() ? std::string_view(m_unescaped.emplace_back(text)) : text;
    }

    // As otlpNanos: a decimal string or a non-negative integer (a negative one is 0).
    std::optional<qint64> nanos(od::value& v)
    {
        constexpr auto kMax = std::uint64_t(std::numeric_limits<qint64>::max());
        std::uint64_t n = 0;
        switch (v.type().value()) {
        case od::json_type::string: {
            const std::string_view text = stringText(v, m_scratch);
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
            if (ec != std::errc() || end != text.data() + text.size() || text.empty())
                return std::nullopt;
            break;
        }
        case od::json_type::number:
            switch (v.get_number_type().value()) {
            case od::number_type::unsigned_integer:
                n = v.get_uint64().value();
                break;
            case od::number_type::signed_integer:
                n = std::uint64_t(std::max<std::int64_t>(0, v.get_int64().value()));
                break;
            default:
                return std::nullopt;
            }
            break;
        default:
            return std::nullopt;
        }
        return qint64(std::min(n, kMax));
    }

    // {"key": "...", "value": {"stringValue" | "intValue" | "boolValue": ...}}
    bool attribute(od::value kv)
    {
        if (kv.type().value() != od::json_type::object)
            return false;
        PlainAttribute a;
        bool haveKey = false;
        bool haveValue = false;
        for (auto field : kv.get_object()) {
            od::field f = fieldOf(std::move(field));
            const std::optional<std::string_view> name = rawKey(f);
            od::value v = f.value();
            if (name && *name == "key" && !haveKey && v.type().value() == od::json_type::string) {
                a.key = keptText(v);
                haveKey = true;
            } else if (name && *name == "value" && !haveValue && anyValue(v, a)) {
                haveValue = true;
            } else {
                return false;
            }
        }
        // A metadata text may hold JSON, which the general read spreads into several attributes.
        if (!haveKey || !haveValue || a.key == "metadata" || a.key.ends_with(".metadata"))
            return false;
        for (PlainAttribute& earlier : m_attributes)
            if (earlier.key == a.key) {
                earlier = a; // the last one wins, as in the flat map
                return true;
            }
        m_attributes.push_back(a);
        return true;
    }

    bool anyValue(od::value v, PlainAttribute& a)
    {
        if (v.type().value() != od::json_type::object)
            return false;
        int members = 0;
        for (auto field : v.get_object()) {
            od::field f = fieldOf(std::move(field));
            const std::optional<std::string_view> name = rawKey(f);
            od::value x = f.value();
            if (++members > 1 || !name)
                return false;
            const od::json_type type = x.type().value();
            if (*name == "stringValue" && type == od::json_type::string) {
                a.type = PlainAttribute::Type::String;
                a.text = keptText(x);
            } else if (*name == "intValue" && type == od::json_type::string) {
                const std::string_view text = stringText(x, m_scratch);
                const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), a.number);
                if (ec != std::errc() || end != text.data() + text.size() || text.empty())
                    return false;
                a.type = PlainAttribute::Type::Integer;
            } else if (*name == "intValue" && type == od::json_type::number
                       && x.get_number_type().value() == od::number_type::signed_integer) {
                a.type = PlainAttribute::Type::Integer;
                a.number = x.get_int64().value();
            } else if (*name == "boolValue" && type == od::json_type::boolean) {
                a.type = PlainAttribute::Type::Boolean;
                a.number = x.get_bool().value() ? 1 : 0;
            } else {
                return false;
            }
        }
        return members == 1;
    }

    std::vector<PlainAttribute> m_attributes;
    std::deque<std::string> m_unescaped; // texts that had escapes (the others are read in place)
    std::string m_scratch;
};

// The second pass: spans into ImportedSpans. The attribute list is read straight into the flat attribute
// object; the rest (ids, times, status, events: small) as JSON for the shared span reader.
class SpanConverter {
public:
    SpanConverter(const char* documentEnd, ReadContext& ctx)
        : m_documentEnd(documentEnd)
        , m_ctx(ctx)
    {
    }

    void convert(const SpanText& t)
    {
        if (!t.object) {
            m_ctx.problem(QStringLiteral("a span that is not an object was skipped"));
            return;
        }
        // The document's padding follows its end, so any span inside it has padding after it too.
        const size_t capacity = size_t(m_documentEnd - t.begin) + simdjson::SIMDJSON_PADDING;
        if (!m_ctx.keepAttributes) {
            od::document plain = m_parser.iterate(simdjson::padded_string_view(t.begin, t.length, capacity));
            if (m_plain.read(plain, m_ctx))
                return;
        }
        od::document doc = m_parser.iterate(simdjson::padded_string_view(t.begin, t.length, capacity));
        json s = json::object();
        auto& members = s.get_ref<json::object_t&>();
        json flat = json::object();
        bool attributesSeen = false;
        for (auto field : doc.get_object()) {
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
        if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
            throw Unusual {};
        readOtlpSpanObject(s, std::move(flat), m_ctx);
    }

private:
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

    const char* m_documentEnd;
    ReadContext& m_ctx;
    od::parser m_parser;
    PlainSpanReader m_plain;
};

} // namespace

qsizetype fastReadPadding() { return qsizetype(simdjson::SIMDJSON_PADDING); }

bool readPlainOtlpSpan(const char* begin, qsizetype length, ReadContext& ctx)
{
    try {
        od::parser parser;
        od::document doc = parser.iterate(simdjson::padded_string_view(begin, size_t(length), size_t(length) + simdjson::SIMDJSON_PADDING));
        PlainSpanReader reader;
        return reader.read(doc, ctx);
    } catch (const simdjson::simdjson_error&) {
        return false;
    }
}

namespace {

// Asks for huge pages behind a large vector's storage: filling 50 MB of spans otherwise takes a page fault
// per 4 KiB, which on a virtual machine costs more than reading the spans.
template <typename T> void preferHugePages(const std::vector<T>& v)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr kHuge = quintptr(2) << 20;
    const auto begin = (reinterpret_cast<quintptr>(v.data()) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<quintptr>(v.data() + v.capacity())) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), size_t(end - begin), MADV_HUGEPAGE);
#else
    Q_UNUSED(v);
#endif
}

// Converts spans [first, last) into ctx, dropping pages behind. False when a span is not taken.
bool convertSpans(const SpanText* first, const SpanText* last, const char* documentEnd, bool mappedFile, ReadContext& ctx) noexcept
{
    try {
        const char* from = nullptr;
        for (const SpanText* t = first; t != last && !from; ++t)
            from = t->begin;
        Progress progress(from ? from : documentEnd, documentEnd, mappedFile);
        if (from)
            progress.populate(from);
        SpanConverter converter(documentEnd, ctx);
        const char* readTo = nullptr;
        for (const SpanText* t = first; t != last; ++t) {
            if (t->begin) {
                progress.at(t->begin);
                readTo = t->begin + t->length;
            }
            ctx.searchFrom = t->searchFrom;
            converter.convert(*t);
        }
        // The last pages read go too (not those after: another thread may be reading them), before the
        // spans of a second part are moved in after these.
        if (readTo)
            progress.releaseBefore(readTo);
        return true;
    } catch (const simdjson::simdjson_error&) {
    } catch (const Unusual&) {
    } catch (const std::exception&) {
    }
    return false;
}

// Appends a second part's problems after the first's, as one reader going through both would have
// listed them: each invalid id once, at most kMaxProblems, the first kMaxLocated with a position.
void mergeProblems(ReadContext& into, const ReadContext& second, const std::vector<ImportProblem>& problems)
{
    QSet<QString> listed;
    int located = 0;
    for (const ImportProblem& p : *into.problems) {
        listed.insert(p.message);
        located += p.offset >= 0 ? 1 : 0;
    }
    for (ImportProblem p : problems) {
        if (p.message.startsWith(QLatin1String("invalid ")) && listed.contains(p.message))
            continue; // the first part reported that id already
        if (into.problems->size() >= ReadContext::kMaxProblems) {
            ++into.suppressed;
            continue;
        }
        if (p.offset >= 0 && located++ >= ReadContext::kMaxLocated)
            p = ImportProblem { p.message };
        into.problems->push_back(std::move(p));
    }
    into.suppressed += second.suppressed;
}

// The second pass over every span found; on a large text, the second half of the spans is read on a
// second thread. The halves are joined in order, so the result is the one a single reader gives.
bool convertAll(const std::vector<SpanText>& spans, const char* end, bool mappedFile, ReadContext& ctx, bool split)
{
    size_t objects = 0;
    for (const SpanText& t : spans)
        objects += t.object ? 1 : 0;
    ctx.spans->reserve(ctx.spans->size() + objects);
    preferHugePages(*ctx.spans);

    if (!split || std::thread::hardware_concurrency() < 2 || spans.size() < 2)
        return convertSpans(spans.data(), spans.data() + spans.size(), end, mappedFile, ctx);
    const SpanText* middle = spans.data() + spans.size() / 2;
    size_t firstObjects = 0;
    for (const SpanText* t = spans.data(); t != middle; ++t)
        firstObjects += t->object ? 1 : 0;
    std::vector<ImportedSpan> secondSpans;
    std::vector<ImportProblem> secondProblems;
    ReadContext second;
    second.text = ctx.text;
    second.keepAttributes = ctx.keepAttributes;
    second.searchFrom = ctx.searchFrom;
    second.spans = &secondSpans;
    second.problems = &secondProblems;
    second.spanBase = ctx.spanBase + ctx.spans->size() + firstObjects;
    secondSpans.reserve(objects - firstObjects);
    preferHugePages(secondSpans);
    bool secondOk = false;
    std::thread worker([&] { secondOk = convertSpans(middle, spans.data() + spans.size(), end, mappedFile, second); });
    const bool firstOk = convertSpans(spans.data(), middle, end, mappedFile, ctx);
    worker.join();
    if (!firstOk || !secondOk)
        return false;
    std::move(secondSpans.begin(), secondSpans.end(), std::back_inserter(*ctx.spans));
    mergeProblems(ctx, second, secondProblems);
    return true;
}

} // namespace

namespace {

// The first pass over a whole document: its shape into *skeleton, where its spans are into `spans`.
bool walkWhole(const char* begin, const char* end, bool mappedFile, ReadContext& ctx, json* skeleton, std::vector<SpanText>& spans)
{
    const size_t length = size_t(end - begin);
    try {
        // The index simdjson builds is the big part of its memory; it is gone before the spans are read.
        od::parser parser(std::max<size_t>(length, 64));
        od::document doc = parser.iterate(simdjson::padded_string_view(begin, length, length + simdjson::SIMDJSON_PADDING));
        Progress(begin, end, mappedFile).releaseAll(); // indexing read every page
        Walker walker(spans, ctx.streamedResourceSpans);
        *skeleton = walker.request(doc.get_object());
        if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
            return false; // something after the document
        Progress(begin, end, mappedFile).releaseAll();
        return true;
    } catch (const simdjson::simdjson_error&) {
    } catch (const Unusual&) {
    }
    return false;
}

// What the text at a span's start holds, up to the next boundary between spans (spanboundaries.h).
struct SpanPiece {
    enum Kind {
        Span, // one whole object, up to the boundary
        Last, // one whole object, and no boundary after it: the last span of the document
        Other // not one whole object, or one that ends before the boundary (its array ends there)
    };
    Kind kind = Other;
    std::string_view text;
    std::optional<ObjectBoundary> next;
};

// Where the text up to the next boundary is not one whole object (the boundary is inside the span,
// between two of its links), the span reaches to the boundary after.
SpanPiece readSpanPiece(od::parser& parser, const char* start, const char* end, const std::string& quotedKey)
{
    constexpr int kMaxWithin = 64; // boundaries inside one span before giving up
    const char* searchFrom = start + 1;
    for (int within = 0; within <= kMaxWithin; ++within) {
        SpanPiece piece;
        piece.next = nextObjectBoundary(start, searchFrom, end, quotedKey);
        const char* pieceEnd = piece.next ? piece.next->close + 1 : end;
        const size_t size = size_t(pieceEnd - start);
        od::document doc = parser.iterate(simdjson::padded_string_view(start, size, size_t(end - start) + simdjson::SIMDJSON_PADDING));
        od::object object;
        if (doc.get_object().get(object) != simdjson::SUCCESS || object.raw_json().get(piece.text) != simdjson::SUCCESS) {
            if (!piece.next)
                return {};
            searchFrom = piece.next->open + 1;
            continue;
        }
        if (!piece.next)
            piece.kind = SpanPiece::Last;
        else if (doc.current_location().error() == simdjson::OUT_OF_BOUNDS)
            piece.kind = SpanPiece::Span;
        return piece;
    }
    return {};
}

// The span objects from `first` on, one after the other, up to the request's closing brackets. False
// when the spans array ends before the request does, when anything but closing brackets follows it, or
// once `abandon` is set.
bool walkSpansToEnd(const char* first, const char* end, const std::string& quotedKey, bool mappedFile, std::vector<SpanText>& out,
                    const std::atomic<bool>& abandon)
{
    try {
        od::parser parser;
        Progress progress(first, end, mappedFile, Pages::Keep);
        progress.populate(first);
        for (const char* start = first; !abandon.load(std::memory_order_relaxed);) {
            progress.at(start);
            const SpanPiece piece = readSpanPiece(parser, start, end, quotedKey);
            if (piece.kind == SpanPiece::Other)
                return false;
            out.push_back({ start, piece.text.size(), true, 0 });
            if (piece.kind == SpanPiece::Last)
                return onlyRequestClosersFollow(start + piece.text.size(), end);
            start = piece.next->open;
        }
    } catch (const std::exception&) { // simdjson's errors, and running out of memory on this thread
    }
    return false;
}

// True when the object `text` has a member only spans have (links, which may start with the same key,
// have neither).
bool hasSpanMember(od::parser& parser, std::string_view text, const char* end)
{
    od::document doc
        = parser.iterate(simdjson::padded_string_view(text.data(), text.size(), size_t(end - text.data()) + simdjson::SIMDJSON_PADDING));
    for (auto field : doc.get_object()) {
        od::field f = fieldOf(std::move(field));
        const std::optional<std::string_view> key = rawKey(f);
        if (key && (*key == "name" || *key == "startTimeUnixNano"))
            return true;
    }
    return false;
}

// A cut between two spans from a third of [begin, end) on: the first boundary there after which one
// whole span follows (not a boundary between two links of a span). A third, because walking the first
// part (indexing it, then walking it) takes about twice as long per byte as finding the spans of the
// rest: so both parts take about as long (measured on the 100 MB benchmark document: 82 and 83 ms; with
// a quarter, 60 and 90 ms, since the walks keep their pages mapped).
std::optional<ObjectBoundary> cutBetweenSpans(const char* begin, const char* end, const std::string& quotedKey)
{
    constexpr int kMaxTries = 64;
    try {
        od::parser parser;
        std::optional<ObjectBoundary> cut = nextObjectBoundary(begin, begin + (end - begin) / 3, end, quotedKey);
        for (int tries = 0; cut && tries < kMaxTries; ++tries) {
            const SpanPiece piece = readSpanPiece(parser, cut->open, end, quotedKey);
            if (piece.kind != SpanPiece::Other && hasSpanMember(parser, piece.text, end))
                return cut;
            cut = nextObjectBoundary(begin, cut->open + 1, end, quotedKey);
        }
    } catch (const simdjson::simdjson_error&) {
    }
    return std::nullopt;
}

// The first pass over a large document in two parts at once, cut between two spans (cutBetweenSpans):
// the first part is walked as usual up to the cut, the spans after it are found by walkSpansToEnd. Both
// parts must show that the cut was where it seemed; the result is then what walkWhole gives. False, with
// nothing kept, for a document this does not take (its spans in several arrays after the cut, members
// after its spans, a part that does not parse): it is then walked whole.
bool walkInTwo(const char* begin, const char* end, bool mappedFile, ReadContext& ctx, json* skeleton, std::vector<SpanText>& spans)
{
    // The first spans array starts near the top of an OTLP request: another document is not scanned whole.
    constexpr qsizetype kKeyWithin = qsizetype(1) << 20;
    if (!endsWithRequestClosers(begin, end))
        return false;
    const std::string key = quotedFirstSpanKey(std::string_view(begin, size_t(std::min<qsizetype>(end - begin, kKeyWithin))));
    if (key.empty())
        return false;
    const std::optional<ObjectBoundary> cut = cutBetweenSpans(begin, end, key);
    if (!cut)
        return false;
    std::atomic<bool> failed = false;
    std::vector<SpanText> secondSpans;
    std::thread worker([&] {
        if (!walkSpansToEnd(cut->open, end, key, mappedFile, secondSpans, failed))
            failed = true;
    });
    std::vector<SpanText> firstSpans;
    std::vector<size_t> resourceSpans;
    json first;
    try {
        const char* firstEnd = cut->close + 1;
        const size_t length = size_t(firstEnd - begin);
        od::parser parser(length);
        // The pages stay mapped for the walk and the span reads after it (Pages::Keep).
        od::document doc = parser.iterate(simdjson::padded_string_view(begin, length, size_t(end - begin) + simdjson::SIMDJSON_PADDING));
        Walker walker(firstSpans, resourceSpans);
        walker.stopAtEndOf(doc, &failed);
        first = walker.request(doc.get_object());
        if (!walker.cut() || resourceSpans.empty())
            failed = true;
    } catch (const simdjson::simdjson_error&) {
        failed = true;
    } catch (const Unusual&) {
        failed = true;
    }
    worker.join();
    if (failed)
        return false;
    *skeleton = std::move(first);
    resourceSpans.back() += secondSpans.size(); // the spans after the cut are the last resource's
    ctx.streamedResourceSpans.insert(ctx.streamedResourceSpans.end(), resourceSpans.begin(), resourceSpans.end());
    spans = std::move(firstSpans);
    spans.insert(spans.end(), secondSpans.begin(), secondSpans.end());
    return true;
}

} // namespace

bool readJsonObjectFast(const char* begin, qsizetype length, bool mappedFile, ReadContext& ctx, json* skeleton, qsizetype splitFrom,
                        bool* walkedInTwo)
{
    // Only documents that start with an object; the first structural character tells.
    qsizetype i = 0;
    while (i < length && isJsonSpace(begin[i]))
        ++i;
    if (i >= length || begin[i] != '{')
        return false;
    const char* end = begin + length;
    std::vector<SpanText> spans;
    const bool inTwo
        = length >= splitFrom && std::thread::hardware_concurrency() >= 2 && walkInTwo(begin, end, mappedFile, ctx, skeleton, spans);
    if (walkedInTwo)
        *walkedInTwo = inTwo;
    if (!inTwo && !walkWhole(begin, end, mappedFile, ctx, skeleton, spans))
        return false;
    return convertAll(spans, end, mappedFile, ctx, length >= splitFrom);
}

namespace {

// What walking a run of JSON Lines finds: the spans' places, the span count of each resource, the records.
struct WalkedLines {
    std::vector<SpanText> spans;
    std::vector<size_t> resourceSpans;
    std::vector<JsonLinesRecord> records;
    int lines = 0; // lines passed, blank ones included
};

// Walks the lines of [from, to) (`begin` is the file's start, for offsets; `end` its end, for padding).
// False for a line that is not an OTLP request object, or that the walk does not take.
bool walkLines(const char* begin, const char* from, const char* to, const char* end, bool mappedFile, WalkedLines& out)
{
    try {
        od::parser parser; // grows to the longest line, and is reused for every line
        Walker walker(out.spans, out.resourceSpans);
        Progress progress(from, to, mappedFile, Pages::Keep);
        progress.populate(from);
        for (const char* line = from; line < to;) {
            ++out.lines;
            const char* next = static_cast<const char*>(std::memchr(line, '\n', size_t(to - line)));
            const char* lineEnd = next ? next : to;
            const char* first = line;
            while (first < lineEnd && (*first == ' ' || *first == '\t'))
                ++first;
            const char* last = lineEnd;
            if (last > first && last[-1] == '\r')
                --last;
            if (first == last) { // blank, as the DOM read's line splitting sees it
                line = lineEnd + 1;
                continue;
            }
            if (*first != '{')
                return false;
            progress.at(line);
            const size_t size = size_t(last - line);
            od::document doc = parser.iterate(simdjson::padded_string_view(line, size, size_t(end - line) + simdjson::SIMDJSON_PADDING));
            walker.setSearchFrom(line - begin);
            json skeleton = walker.request(doc.get_object());
            if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS || !isOtlpRequest(skeleton))
                return false; // something after the object, or another kind of record
            out.records.push_back({ std::move(skeleton), out.lines, line - begin });
            line = lineEnd + 1;
        }
        return true;
    } catch (const simdjson::simdjson_error&) {
    } catch (const Unusual&) {
    }
    return false;
}

} // namespace

bool readJsonLinesFast(const char* begin, qsizetype length, bool mappedFile, ReadContext& ctx, std::vector<JsonLinesRecord>* records,
                       qsizetype splitFrom)
{
    const char* end = begin + length;
    // A large file is walked in two halves on two threads, split at a line's end; the halves' findings are
    // joined in order, so they are what one walk gives.
    const char* middle = end;
    if (length >= splitFrom && std::thread::hardware_concurrency() >= 2)
        if (const auto* newline = static_cast<const char*>(std::memchr(begin + length / 2, '\n', size_t(length - length / 2))))
            middle = newline + 1;
    WalkedLines first, second;
    bool secondOk = true;
    std::thread worker;
    if (middle < end)
        worker = std::thread([&] { secondOk = walkLines(begin, middle, end, end, mappedFile, second); });
    const bool firstOk = walkLines(begin, begin, middle, end, mappedFile, first);
    if (worker.joinable())
        worker.join();
    if (!firstOk || !secondOk)
        return false;
    for (JsonLinesRecord& r : second.records)
        r.line += first.lines;
    first.spans.insert(first.spans.end(), second.spans.begin(), second.spans.end());
    first.resourceSpans.insert(first.resourceSpans.end(), second.resourceSpans.begin(), second.resourceSpans.end());
    ctx.streamedResourceSpans.insert(ctx.streamedResourceSpans.end(), first.resourceSpans.begin(), first.resourceSpans.end());
    records->reserve(records->size() + first.records.size() + second.records.size());
    std::move(first.records.begin(), first.records.end(), std::back_inserter(*records));
    std::move(second.records.begin(), second.records.end(), std::back_inserter(*records));
    return convertAll(first.spans, end, mappedFile, ctx, length >= splitFrom);
}

} // namespace fapo::importdetail
