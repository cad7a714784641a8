#include "core/import/otlpsax.h"
#include <QtGlobal>
#include <cstring>
#include <iterator>
#include <optional>
#include <vector>
#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace fapo::importdetail {

using nlohmann::json;

namespace {

using DomBuilder = nlohmann::detail::json_sax_dom_parser<json>;

// Where a container sits in the OTLP structure.
enum class Role : unsigned char { Other, RootArray, Request, ResourceArray, Resource, ScopeArray, Scope, SpanArray };

struct Frame {
    Role role = Role::Other;
    Role next = Role::Other; // objects: the role an array value of the last key gets
    unsigned char seen = 0; // objects: OTLP keys met so far (bits)
    size_t count = 0; // root array: entries so far; resource: spans read before it
};

class OtlpSaxHandler final : public nlohmann::json_sax<json> {
public:
    OtlpSaxHandler(ReadContext& ctx, json& skeleton)
        : m_ctx(ctx)
        , m_dom(skeleton, false)
    {
        m_frames.reserve(16);
    }

    bool unusual = false; // a shape the streaming read does not reproduce exactly
    bool failed = false; // a parse error

    bool null() override
    {
        return value([](DomBuilder& b) { return b.null(); });
    }
    bool boolean(bool v) override
    {
        return value([v](DomBuilder& b) { return b.boolean(v); });
    }
    bool number_integer(number_integer_t v) override
    {
        return value([v](DomBuilder& b) { return b.number_integer(v); });
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        return value([v](DomBuilder& b) { return b.number_unsigned(v); });
    }
    bool number_float(number_float_t v, const string_t& s) override
    {
        return value([v, &s](DomBuilder& b) { return b.number_float(v, s); });
    }
    bool string(string_t& v) override
    {
        return value([&v](DomBuilder& b) { return b.string(v); });
    }
    bool binary(binary_t& v) override
    {
        return value([&v](DomBuilder& b) { return b.binary(v); });
    }

    bool start_object(std::size_t n) override
    {
        if (m_spanDepth > 0) {
            ++m_spanDepth;
            return m_span->start_object(n);
        }
        if (!m_frames.empty() && m_frames.back().role == Role::SpanArray) {
            beginSpan();
            return m_span->start_object(n);
        }
        const Role role = childRole(true);
        m_frames.push_back(Frame { role });
        if (role == Role::Resource)
            m_frames.back().count = m_ctx.spans->size();
        return m_dom.start_object(n);
    }
    bool end_object() override
    {
        if (m_spanDepth > 0) {
            const bool ok = m_span->end_object();
            if (--m_spanDepth == 0)
                finishSpan();
            return ok;
        }
        if (m_frames.back().role == Role::Resource) // its attributes reach its spans later (spanreaders.h)
            m_ctx.streamedResourceSpans.push_back(m_ctx.spans->size() - m_frames.back().count);
        m_frames.pop_back();
        return m_dom.end_object();
    }
    bool start_array(std::size_t n) override
    {
        if (m_spanDepth > 0) {
            ++m_spanDepth;
            return m_span->start_array(n);
        }
        if (!m_frames.empty() && m_frames.back().role == Role::SpanArray) {
            beginSpan();
            return m_span->start_array(n);
        }
        const Role role = childRole(false);
        m_frames.push_back(Frame { role });
        return m_dom.start_array(n);
    }
    bool end_array() override
    {
        if (m_spanDepth > 0) {
            const bool ok = m_span->end_array();
            if (--m_spanDepth == 0)
                finishSpan();
            return ok;
        }
        m_frames.pop_back();
        return m_dom.end_array();
    }
    bool key(string_t& k) override
    {
        if (m_spanDepth > 0)
            return m_span->key(k);
        Frame& top = m_frames.back();
        top.next = Role::Other;
        switch (top.role) {
        case Role::Request:
            if (k == "resourceSpans") {
                if (!see(top, 1))
                    return false;
                top.next = Role::ResourceArray;
                if (m_frames.size() == 2 && m_frames.front().role == Role::RootArray && m_frames.front().count == 1)
                    m_firstIsOtlp = true;
            }
            break;
        case Role::Resource:
            if (k == "scopeSpans" || k == "instrumentationLibrarySpans") {
                if (!see(top, k == "scopeSpans" ? 1 : 2))
                    return false;
                if (top.seen == 3) { // the DOM read uses only scopeSpans then
                    unusual = true;
                    return false;
                }
                top.next = Role::ScopeArray;
            }
            break;
        case Role::Scope:
            if (k == "spans") {
                if (!see(top, 1))
                    return false;
                top.next = Role::SpanArray;
            }
            break;
        default:
            break;
        }
        return m_dom.key(k);
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override
    {
        failed = true;
        return false;
    }

private:
    template <typename F> bool value(F&& f)
    {
        if (m_spanDepth > 0)
            return f(*m_span);
        if (!m_frames.empty()) {
            Frame& top = m_frames.back();
            if (top.role == Role::SpanArray) {
                m_ctx.problem(QStringLiteral("a span that is not an object was skipped"));
                return true;
            }
            if (top.role == Role::RootArray)
                ++top.count;
            top.next = Role::Other;
        }
        return f(m_dom);
    }

    // A duplicate OTLP key: the DOM keeps the last value, which streaming cannot undo.
    bool see(Frame& f, unsigned char bit)
    {
        if (f.seen & bit) {
            unusual = true;
            return false;
        }
        f.seen |= bit;
        return true;
    }

    Role childRole(bool object)
    {
        if (m_frames.empty())
            return object ? Role::Request : Role::RootArray;
        Frame& top = m_frames.back();
        const Role next = top.next;
        top.next = Role::Other;
        switch (top.role) {
        case Role::RootArray: {
            const size_t i = top.count++;
            return object && (i == 0 || m_firstIsOtlp) ? Role::Request : Role::Other;
        }
        case Role::ResourceArray:
            return object ? Role::Resource : Role::Other;
        case Role::ScopeArray:
            return object ? Role::Scope : Role::Other;
        default:
            return object ? Role::Other : next;
        }
    }

    void beginSpan()
    {
        m_spanValue = json();
        m_span.emplace(m_spanValue, false);
        m_spanDepth = 1;
    }

    void finishSpan()
    {
        if (m_spanValue.is_object())
            readOtlpSpanObject(m_spanValue, m_ctx);
        else
            m_ctx.problem(QStringLiteral("a span that is not an object was skipped"));
        m_span.reset();
        m_spanValue = json();
    }

    ReadContext& m_ctx;
    DomBuilder m_dom;
    std::vector<Frame> m_frames;
    bool m_firstIsOtlp = false;
    json m_spanValue;
    std::optional<DomBuilder> m_span;
    int m_spanDepth = 0;
};

// Drops pages of a read-only file mapping once the parser is past them (they are read back from the
// file if needed again, e.g. to locate a problem), so the mapping does not add the file size to memory.
struct PageReleaser {
    static constexpr qsizetype kChunk = qsizetype(4) << 20;
    static constexpr qsizetype kFirstChunk = qsizetype(1) << 20;
    const char* begin = nullptr;
    const char* end = nullptr;
    const char* released = nullptr; // page aligned
    const char* mark = nullptr; // called again when the parser gets here (nullptr: never)
    qsizetype page = 4096;
    bool enabled = false;
    std::vector<ImportedSpan>* spans = nullptr; // reserved for the whole file once the first chunk is read

    PageReleaser(const char* b, const char* e, bool mapped, std::vector<ImportedSpan>* spanList = nullptr)
        : begin(b)
        , end(e)
        , spans(spanList)
    {
#ifdef Q_OS_UNIX
        enabled = mapped;
        page = qsizetype(sysconf(_SC_PAGESIZE));
        const auto a = reinterpret_cast<quintptr>(begin);
        released = reinterpret_cast<const char*>((a + quintptr(page) - 1) & ~quintptr(page - 1));
#else
        Q_UNUSED(mapped);
#endif
        const qsizetype first = spans ? kFirstChunk : kChunk;
        mark = end - begin > first ? begin + first : nullptr;
    }

    void releaseBefore(const char* p)
    {
#ifdef Q_OS_UNIX
        const auto upTo = reinterpret_cast<const char*>(reinterpret_cast<quintptr>(p) & ~quintptr(page - 1));
        if (enabled && upTo > released) {
            madvise(const_cast<char*>(released), size_t(upTo - released), MADV_DONTNEED);
            released = upTo;
        }
#endif
        if (spans) {
            // Reserve for the whole file from the spans per byte so far: no growth by doubling (which
            // would hold the old and the new array at once); pages reserved but unused cost nothing.
            if (!spans->empty()) {
                const double estimate = double(spans->size()) * double(end - begin) / double(p - begin) * 1.2 + 64;
                if (estimate > double(spans->capacity()) && estimate < 1e9)
                    spans->reserve(size_t(estimate));
            }
            spans = nullptr;
        }
        mark = end - p > kChunk ? p + kChunk : nullptr;
    }
};

// A char pointer that tells the releaser where the parser is.
class ReleasingIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    ReleasingIterator() = default;
    ReleasingIterator(const char* p, PageReleaser* r)
        : m_p(p)
        , m_releaser(r)
    {
    }
    reference operator*() const { return *m_p; }
    ReleasingIterator& operator++()
    {
        if (++m_p == m_releaser->mark)
            m_releaser->releaseBefore(m_p);
        return *this;
    }
    ReleasingIterator operator++(int)
    {
        ReleasingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const ReleasingIterator& o) const { return m_p == o.m_p; }
    bool operator!=(const ReleasingIterator& o) const { return m_p != o.m_p; }

private:
    const char* m_p = nullptr;
    PageReleaser* m_releaser = nullptr;
};

} // namespace

bool streamJsonDocument(const char* begin, const char* end, bool mappedFile, ReadContext& ctx, json* skeleton)
{
    // nlohmann takes a NUL byte for the end of input; the DOM read reports it instead.
    {
        PageReleaser scan(begin, end, mappedFile);
        for (const char* p = begin; p < end;) {
            const qsizetype n = std::min<qsizetype>(end - p, PageReleaser::kChunk);
            if (std::memchr(p, 0, size_t(n)))
                return false;
            p += n;
            if (mappedFile)
                scan.releaseBefore(p);
        }
    }
    OtlpSaxHandler handler(ctx, *skeleton);
    bool ok = false;
    try {
        PageReleaser releaser(begin, end, mappedFile, ctx.spans);
        ok = json::sax_parse(ReleasingIterator(begin, &releaser), ReleasingIterator(end, &releaser), &handler);
    } catch (const std::exception&) {
        return false; // the DOM read meets (and reports) it the same way
    }
    return ok && !handler.failed && !handler.unusual;
}

} // namespace fapo::importdetail
