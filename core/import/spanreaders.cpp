#include "core/import/spanreaders.h"
#include "core/formats/jsondocument.h"
#include "core/import/spanattributes.h"
#include <QDateTime>
#include <array>
#include <charconv>
#include <cstring>
#include <limits>
#include <optional>

namespace fapo::importdetail {

using nlohmann::json;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString textField(const json& o, const char* key)
{
    const auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return {};
    return it->is_string() ? qs(it->get<std::string>()) : qs(it->dump());
}

// OTLP ids: hex (any case) or base64 (as protobuf's JSON mapping writes bytes) -> lower-case hex.
QString otlpId(const json& v, int bytes, const char* field, ReadContext& ctx)
{
    if (v.is_null())
        return {};
    if (!v.is_string()) {
        ctx.problem(QStringLiteral("%1 is not a string").arg(QLatin1String(field)));
        return qs(v.dump());
    }
    const std::string& text = v.get_ref<const std::string&>();
    if (text.empty())
        return {};
    if (std::optional<QString> hex = lowerHexId(text, bytes)) // the common case: lower-cased without a detour
        return *hex;
    const QString raw = qs(text);
    const auto decoded = QByteArray::fromBase64Encoding(raw.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == bytes && raw.size() == 4 * ((bytes + 2) / 3))
        return QString::fromLatin1(decoded.decoded.toHex());
    if (ctx.reported.contains(raw))
        return raw.toLower();
    ctx.reported.insert(raw);
    ctx.problem(QStringLiteral("invalid %1 \"%2\": expected %3 hex digits or base64 of %4 bytes (kept as written)")
                    .arg(QLatin1String(field), raw)
                    .arg(2 * bytes)
                    .arg(bytes),
                v.get<std::string>());
    return raw.toLower();
}

qint64 clampedNs(double d)
{
    if (!(d > 0))
        return 0;
    return d >= 9.2e18 ? std::numeric_limits<qint64>::max() : qint64(d);
}

// 64-bit nanoseconds: a decimal string or a JSON number; unsigned numbers above 2^53 stay exact.
qint64 otlpNanos(const json& v, const char* field, ReadContext& ctx)
{
    if (v.is_number_unsigned()) {
        const auto n = v.get<std::uint64_t>();
        return n > std::uint64_t(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max() : qint64(n);
    }
    if (v.is_number_integer())
        return std::max<qint64>(0, v.get<std::int64_t>());
    if (v.is_number_float())
        return clampedNs(v.get<double>());
    if (v.is_string()) {
        const std::string& text = v.get_ref<const std::string&>();
        std::uint64_t n = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
        if (ec == std::errc() && end == text.data() + text.size() && !text.empty())
            return n > std::uint64_t(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max() : qint64(n);
        bool ok = false;
        const qulonglong m = QByteArray::fromStdString(text).trimmed().toULongLong(&ok);
        if (ok)
            return m > qulonglong(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max() : qint64(m);
        ctx.problem(QStringLiteral("%1 is not a number of nanoseconds").arg(QLatin1String(field)), v.get<std::string>());
    }
    return 0;
}

// An OTLP AnyValue as plain JSON.
json anyValue(const json& v)
{
    if (!v.is_object())
        return v;
    if (const auto it = v.find("stringValue"); it != v.end())
        return *it;
    if (const auto it = v.find("boolValue"); it != v.end())
        return it->is_string() ? json(it->get<std::string>() == "true") : *it;
    if (const auto it = v.find("intValue"); it != v.end()) {
        if (it->is_string()) {
            bool ok = false;
            const qlonglong n = QByteArray::fromStdString(it->get<std::string>()).toLongLong(&ok);
            return ok ? json(std::int64_t(n)) : *it;
        }
        return *it;
    }
    if (const auto it = v.find("doubleValue"); it != v.end()) {
        if (it->is_string()) {
            bool ok = false;
            const double d = QByteArray::fromStdString(it->get<std::string>()).toDouble(&ok);
            return ok ? json(d) : *it;
        }
        return *it;
    }
    if (const auto it = v.find("arrayValue"); it != v.end()) {
        json out = json::array();
        if (it->is_object() && it->contains("values") && (*it)["values"].is_array())
            for (const json& e : (*it)["values"])
                out.push_back(anyValue(e));
        return out;
    }
    if (const auto it = v.find("kvlistValue"); it != v.end()) {
        json out = json::object();
        if (it->is_object() && it->contains("values") && (*it)["values"].is_array())
            for (const json& kv : (*it)["values"])
                if (kv.is_object() && kv.contains("key") && kv["key"].is_string())
                    out[kv["key"].get<std::string>()] = anyValue(kv.value("value", json()));
        return out;
    }
    if (const auto it = v.find("bytesValue"); it != v.end())
        return *it;
    return nullptr;
}

void addOtlpAttributes(json& out, const json& list)
{
    if (!list.is_array())
        return;
    for (const json& kv : list)
        if (kv.is_object() && kv.contains("key") && kv["key"].is_string())
            flattenInto(out, kv["key"].get<std::string>(), anyValue(kv.value("value", json())));
}

QString otlpSpanKind(const json& v)
{
    static const char* names[] = { "", "internal", "server", "client", "producer", "consumer" };
    if (v.is_number_integer()) {
        const auto n = v.get<std::int64_t>();
        return n > 0 && n < 6 ? QLatin1String(names[n]) : QString();
    }
    if (v.is_string()) {
        static const std::string enumNames[]
            = { "", "SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT", "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER" };
        const std::string& text = v.get_ref<const std::string&>();
        for (int i = 1; i < 6; ++i)
            if (text == enumNames[i])
                return QLatin1String(names[i]);
        QString s = qs(text).toLower();
        if (s.startsWith(QLatin1String("span_kind_")))
            s = s.mid(10);
        return s == QLatin1String("unspecified") ? QString() : s;
    }
    return {};
}

bool otlpStatusError(const json& status)
{
    if (!status.is_object())
        return false;
    const json code = status.value("code", json());
    if (code.is_number())
        return code.get<double>() == 2;
    if (code.is_string()) {
        const std::string c = code.get<std::string>();
        return c == "STATUS_CODE_ERROR" || c == "ERROR" || c == "2";
    }
    return false;
}

// A member of an object without copying it (null when absent).
const json& member(const json& o, const char* key)
{
    static const json none;
    const auto it = o.find(key);
    return it == o.end() ? none : *it;
}

// Long string attributes that are verbatim the span's input or output text are dropped once read: the
// text is kept in ImportedSpan::input/output (nothing reads those attributes afterwards), and a large
// trace would otherwise hold every prompt and completion twice.
void dropDuplicatedText(const ImportedSpan& span, json& attributes)
{
    constexpr size_t kMinBytes = 16;
    if (!attributes.is_object() || (span.input.size() < qsizetype(kMinBytes) && span.output.size() < qsizetype(kMinBytes)))
        return;
    const auto same = [](const std::string& v, const QByteArray& text) {
        return size_t(text.size()) == v.size() && std::memcmp(v.data(), text.constData(), v.size()) == 0;
    };
    auto& members = attributes.get_ref<json::object_t&>();
    for (auto it = members.begin(); it != members.end();) {
        bool duplicate = false;
        if (it->second.is_string()) {
            const std::string& v = it->second.get_ref<const std::string&>();
            duplicate = v.size() >= kMinBytes && (same(v, span.input) || same(v, span.output));
        }
        it = duplicate ? members.erase(it) : std::next(it);
    }
}

// A span is complete: its attributes are kept as compact JSON text (a fraction of the memory of the
// parsed map) and it joins the list.
void keepSpan(ImportedSpan&& span, json& attributes, ReadContext& ctx)
{
    if (!ctx.keepAttributes) {
        ctx.spans->push_back(std::move(span));
        return;
    }
    dropDuplicatedText(span, attributes);
    if (attributes.is_object() && !attributes.empty())
        span.attributes = QByteArray::fromStdString(attributes.dump(-1, ' ', false, json::error_handler_t::replace));
    ctx.spans->push_back(std::move(span));
}

void readOtlpSpan(const json& s, json* flatAttributes, ReadContext& ctx)
{
    ImportedSpan span;
    json attributes = json::object();
    span.traceId = otlpId(member(s, "traceId"), 16, "traceId", ctx);
    span.spanId = otlpId(member(s, "spanId"), 8, "spanId", ctx);
    span.parentId = otlpId(member(s, "parentSpanId"), 8, "parentSpanId", ctx);
    if (span.parentId == QLatin1String("0000000000000000"))
        span.parentId.clear();
    if (span.spanId.isEmpty())
        ctx.problem(QStringLiteral("a span without spanId (span %1)").arg(ctx.spanBase + ctx.spans->size() + 1));
    span.name = textField(s, "name");
    span.startNs = otlpNanos(member(s, "startTimeUnixNano"), "startTimeUnixNano", ctx);
    span.endNs = otlpNanos(member(s, "endTimeUnixNano"), "endTimeUnixNano", ctx);
    if (flatAttributes)
        attributes = std::move(*flatAttributes);
    else
        addOtlpAttributes(attributes, member(s, "attributes"));
    const QString kind = otlpSpanKind(member(s, "kind"));
    if (!kind.isEmpty())
        attributes["otel.span.kind"] = kind.toStdString();
    const json& status = member(s, "status");
    readOtlpStatus(status, span);
    if (span.error && span.statusMessage.isEmpty()) // the recorded exception says why
        for (const json& e : member(s, "events"))
            if (e.is_object() && e.value("name", std::string()) == "exception") {
                json attrs = json::object();
                addOtlpAttributes(attrs, e.value("attributes", json()));
                span.statusMessage = attributeText(attrs, "exception.message");
                break;
            }
    interpretAttributes(span, attributes);
    shareOtlpSpanTexts(span, ctx);
    keepSpan(std::move(span), attributes, ctx);
}

// The resource's fapo.* attributes, added to spans [first, first + count) that do not set them.
void addResourceAttributes(const json& resource, size_t first, size_t count, ReadContext& ctx)
{
    if (!resource.is_object() || count == 0 || !ctx.keepAttributes)
        return;
    json all = json::object();
    addOtlpAttributes(all, resource.value("attributes", json()));
    json fapo = json::object();
    for (auto it = all.begin(); it != all.end(); ++it)
        if (it.key().rfind("fapo.", 0) == 0)
            fapo[it.key()] = it.value();
    if (fapo.empty())
        return;
    const size_t end = std::min(first + count, ctx.spans->size());
    for (size_t i = first; i < end; ++i) {
        ImportedSpan& span = (*ctx.spans)[i];
        json attributes = span.attributeMap();
        if (!attributes.is_object())
            attributes = json::object();
        for (auto it = fapo.begin(); it != fapo.end(); ++it)
            if (!attributes.contains(it.key()))
                attributes[it.key()] = it.value();
        span.attributes = QByteArray::fromStdString(attributes.dump(-1, ' ', false, json::error_handler_t::replace));
    }
}

void addUsage(ImportedSpan& span, const json& usage)
{
    if (!usage.is_object())
        return;
    if (span.inputTokens < 0)
        for (const char* k : { "input", "promptTokens", "prompt_tokens", "input_tokens" })
            if ((span.inputTokens = attributeInteger(usage, k)) >= 0)
                break;
    if (span.outputTokens < 0)
        for (const char* k : { "output", "completionTokens", "completion_tokens", "output_tokens" })
            if ((span.outputTokens = attributeInteger(usage, k)) >= 0)
                break;
}

} // namespace

std::optional<QString> lowerHexId(std::string_view text, int bytes)
{
    if (text.size() != size_t(2 * bytes))
        return std::nullopt;
    QString hex(qsizetype(text.size()), Qt::Uninitialized);
    QChar* out = hex.data();
    for (const char c : text) {
        const char lower = c >= 'A' && c <= 'F' ? char(c - 'A' + 'a') : c;
        if (!((lower >= '0' && lower <= '9') || (lower >= 'a' && lower <= 'f')))
            return std::nullopt;
        *out++ = QLatin1Char(lower);
    }
    return hex;
}

void readOtlpStatus(const json& status, ImportedSpan& span)
{
    span.error = otlpStatusError(status);
    if (status.is_object())
        span.statusMessage = textField(status, "message");
}

void shareOtlpSpanTexts(ImportedSpan& span, ReadContext& ctx)
{
    // Spans of one trace share its id, and a parent id is mostly a recent span's id.
    if (!ctx.spans->empty() && ctx.spans->back().traceId == span.traceId)
        span.traceId = ctx.spans->back().traceId;
    if (!span.parentId.isEmpty())
        for (size_t i = ctx.spans->size(), n = 0; i > 0 && n < 16; --i, ++n)
            if ((*ctx.spans)[i - 1].spanId == span.parentId) {
                span.parentId = (*ctx.spans)[i - 1].spanId;
                break;
            }
    ctx.share(span.name);
    ctx.share(span.stepName);
    ctx.share(span.kind);
    ctx.share(span.model);
}

void ReadContext::share(QString& s)
{
    if (s.isEmpty() || s.size() > 64)
        return;
    // Most texts repeat the span before's: a small table by length and last character first.
    QString& recent = recentShared[size_t((s.size() * 31 + s.back().unicode()) % recentShared.size())];
    if (recent == s) {
        s = recent;
        return;
    }
    const auto it = shared.constFind(s);
    if (it != shared.constEnd())
        s = *it;
    else if (shared.size() < 4096)
        shared.insert(s);
    recent = s;
}

void ReadContext::problem(const QString& message, const std::string& needle)
{
    if (problems->size() >= ReadContext::kMaxProblems) {
        ++suppressed;
        return;
    }
    ImportProblem p { message };
    if (!needle.empty() && text && located < ReadContext::kMaxLocated) {
        const QByteArray quoted = '"' + QByteArray::fromStdString(needle) + '"';
        const qsizetype at = text->indexOf(quoted, searchFrom);
        if (at >= 0) {
            ++located;
            const TextPosition pos = positionOfOffset(*text, at);
            p.line = pos.line;
            p.column = pos.column;
            p.offset = at;
        }
    }
    problems->push_back(std::move(p));
}

qint64 timeNs(const json& v)
{
    if (v.is_number()) {
        const double d = v.get<double>();
        return d > 1e15 ? clampedNs(d) : clampedNs(d * 1e6); // ns, else ms
    }
    if (!v.is_string())
        return 0;
    const QString s = qs(v.get<std::string>());
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return 0;
    // As clampedNs: before the epoch is 0, past what 64-bit nanoseconds hold (the year 2262) the largest.
    const qint64 ms = t.toMSecsSinceEpoch();
    constexpr qint64 maxMs = std::numeric_limits<qint64>::max() / 1000000;
    return ms <= 0 ? 0 : ms > maxMs ? std::numeric_limits<qint64>::max() : ms * 1000000;
}

bool isOtlpRequest(const json& v) { return v.is_object() && v.contains("resourceSpans"); }
bool isLangfuseExport(const json& v) { return v.is_object() && v.contains("observations") && v.contains("trace"); }
bool isPhoenixSpan(const json& v)
{
    return v.is_object() && v.contains("context") && v["context"].is_object() && v["context"].contains("span_id");
}
bool isFapoRecord(const json& v)
{
    return v.is_object()
        && ((v.contains("trace_id") && v.contains("span_id"))
            || (v.contains("step_id") && (v.contains("run_id") || v.contains("example_id"))));
}
bool isFlatAttributeMap(const json& v)
{
    if (!v.is_object())
        return false;
    for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string& k = it.key();
        for (const char* prefix : { "gen_ai.", "llm.", "openinference.", "input.value", "output.value", "retrieval.", "fapo.step" })
            if (k.rfind(prefix, 0) == 0)
                return true;
    }
    return false;
}

void readOtlpSpanObject(const json& span, ReadContext& ctx) { readOtlpSpan(span, nullptr, ctx); }

void readOtlpSpanObject(const json& span, json&& flatAttributes, ReadContext& ctx) { readOtlpSpan(span, &flatAttributes, ctx); }

void addOtlpAttribute(json& flat, const std::string& key, json&& value)
{
    // A plain string (the common case, and the large one: prompts, completions) is moved, not copied.
    if (value.is_object() && value.size() == 1) {
        const auto it = value.find("stringValue");
        if (it != value.end() && it->is_string()) {
            const bool metadata = key == "metadata" || (key.size() > 9 && key.compare(key.size() - 9, 9, ".metadata") == 0);
            if (!metadata) {
                flat[key] = std::move(*it);
                return;
            }
        }
    }
    flattenInto(flat, key, anyValue(value));
}

bool readOtlpRequest(const json& request, ReadContext& ctx, QString* error)
{
    const json& rs = request["resourceSpans"];
    if (!rs.is_array()) {
        *error = QStringLiteral("\"resourceSpans\" must be an array of ResourceSpans");
        return false;
    }
    for (const json& r : rs) {
        if (!r.is_object()) {
            *error = QStringLiteral("each entry of \"resourceSpans\" must be an object");
            return false;
        }
        const size_t first = ctx.spans->size();
        const char* scopeKey = r.contains("scopeSpans") ? "scopeSpans" : "instrumentationLibrarySpans";
        const json scopes = r.value(scopeKey, json::array());
        if (!scopes.is_array()) {
            *error = QStringLiteral("\"%1\" must be an array").arg(QLatin1String(scopeKey));
            return false;
        }
        for (const json& sc : scopes) {
            const json spans = sc.is_object() ? sc.value("spans", json::array()) : json();
            if (!spans.is_array()) {
                *error = QStringLiteral("\"spans\" must be an array of spans");
                return false;
            }
            for (const json& s : spans) {
                if (!s.is_object()) {
                    ctx.problem(QStringLiteral("a span that is not an object was skipped"));
                    continue;
                }
                readOtlpSpan(s, nullptr, ctx);
            }
        }
        const json resource = r.value("resource", json());
        if (ctx.nextStreamedResource < ctx.streamedResourceSpans.size()) {
            const size_t count = ctx.streamedResourceSpans[ctx.nextStreamedResource++];
            addResourceAttributes(resource, ctx.nextStreamedSpan, count, ctx);
            ctx.nextStreamedSpan += count;
        } else {
            addResourceAttributes(resource, first, ctx.spans->size() - first, ctx);
        }
    }
    return true;
}

bool readLangfuse(const json& document, ReadContext& ctx, QString* error)
{
    const json& observations = document["observations"];
    if (!observations.is_array()) {
        *error = QStringLiteral("\"observations\" must be an array of Langfuse observations");
        return false;
    }
    const json& trace = document["trace"];
    const QString traceId = trace.is_object() ? textField(trace, "id") : QString();
    for (const json& o : observations) {
        if (!o.is_object()) {
            ctx.problem(QStringLiteral("an observation that is not an object was skipped"));
            continue;
        }
        ImportedSpan span;
        json attributes = json::object();
        span.traceId = textField(o, "traceId");
        if (span.traceId.isEmpty())
            span.traceId = traceId;
        span.spanId = textField(o, "id");
        span.parentId = textField(o, "parentObservationId");
        span.name = textField(o, "name");
        const QString type = textField(o, "type");
        span.kind = normalizedKind(type);
        span.startNs = timeNs(o.value("startTime", json()));
        span.endNs = timeNs(o.value("endTime", json()));
        span.error = textField(o, "level") == QLatin1String("ERROR");
        span.statusMessage = textField(o, "statusMessage");
        span.model = textField(o, "model");
        if (o.contains("input") && !o["input"].is_null())
            span.input = textUtf8(o["input"]);
        if (o.contains("output") && !o["output"].is_null())
            span.output = textUtf8(o["output"]);
        addUsage(span, o.value("usageDetails", json()));
        addUsage(span, o.value("usage", json()));
        if (span.inputTokens < 0)
            span.inputTokens = attributeInteger(o, "inputUsage");
        if (span.outputTokens < 0)
            span.outputTokens = attributeInteger(o, "outputUsage");
        attributes["langfuse.type"] = type.toStdString();
        if (o.contains("metadata"))
            flattenInto(attributes, "metadata", o["metadata"]);
        if (o.contains("level"))
            attributes["langfuse.level"] = o["level"];
        interpretAttributes(span, attributes);
        keepSpan(std::move(span), attributes, ctx);
    }
    return true;
}

bool readPhoenix(const json& spans, ReadContext& ctx, QString* error)
{
    for (const json& s : spans) {
        if (!isPhoenixSpan(s)) {
            *error = QStringLiteral("span %1 of the Phoenix span list has no \"context\": {\"span_id\"}").arg(ctx.spans->size() + 1);
            return false;
        }
        ImportedSpan span;
        json attributes = json::object();
        span.traceId = textField(s["context"], "trace_id");
        span.spanId = textField(s["context"], "span_id");
        span.parentId = textField(s, "parent_id");
        span.name = textField(s, "name");
        span.kind = normalizedKind(textField(s, "span_kind"));
        span.startNs = timeNs(s.value("start_time", json()));
        span.endNs = timeNs(s.value("end_time", json()));
        span.error = textField(s, "status_code").toUpper() == QLatin1String("ERROR");
        span.statusMessage = textField(s, "status_message");
        if (s.contains("attributes"))
            flattenInto(attributes, std::string(), s["attributes"]);
        interpretAttributes(span, attributes);
        keepSpan(std::move(span), attributes, ctx);
    }
    return true;
}

bool readFapoRecord(const json& r, ReadContext& ctx, QString* error)
{
    if (!isFapoRecord(r)) {
        *error = QStringLiteral(
            "expected a fapo trace record with \"trace_id\" and \"span_id\" (or \"run_id\", \"example_id\" and \"step_id\")");
        return false;
    }
    ImportedSpan span;
    json attributes = json::object();
    const QString stepId = textField(r, "step_id");
    span.traceId = textField(r, "trace_id");
    if (span.traceId.isEmpty())
        span.traceId = textField(r, "run_id") + QLatin1Char('/') + textField(r, "example_id");
    span.spanId = textField(r, "span_id");
    if (span.spanId.isEmpty())
        span.spanId = stepId;
    span.parentId = textField(r, "parent_id");
    span.name = textField(r, "name");
    if (span.name.isEmpty())
        span.name = stepId;
    span.stepName = textField(r, "step");
    if (span.stepName.isEmpty())
        span.stepName = stepId;
    span.kind = normalizedKind(textField(r, "kind"));
    span.startNs = r.contains("start_ns") ? otlpNanos(r["start_ns"], "start_ns", ctx) : timeNs(r.value("start", json()));
    span.endNs = r.contains("end_ns") ? otlpNanos(r["end_ns"], "end_ns", ctx) : timeNs(r.value("end", json()));
    const json err = r.value("error", json());
    span.error = err.is_boolean() ? err.get<bool>() : (!err.is_null() && !(err.is_string() && err.get<std::string>().empty()));
    span.statusMessage = textField(r, "status_message");
    if (span.statusMessage.isEmpty() && err.is_string())
        span.statusMessage = textField(r, "error");
    span.model = textField(r, "model");
    if (r.contains("input"))
        span.input = textUtf8(r["input"]);
    if (r.contains("output"))
        span.output = textUtf8(r["output"]);
    span.inputTokens = attributeInteger(r, "input_tokens");
    span.outputTokens = attributeInteger(r, "output_tokens");
    if (r.contains("attributes"))
        flattenInto(attributes, std::string(), r["attributes"]);
    interpretAttributes(span, attributes);
    keepSpan(std::move(span), attributes, ctx);
    return true;
}

void readFlatAttributes(const json& map, ReadContext& ctx)
{
    ImportedSpan span;
    json attributes = json::object();
    span.spanId = QStringLiteral("1");
    flattenInto(attributes, std::string(), map);
    interpretAttributes(span, attributes);
    QString op = attributeText(attributes, "gen_ai.operation.name");
    if (op.isEmpty())
        op = span.kind;
    span.name = span.model.isEmpty() ? op : op + QLatin1Char(' ') + span.model;
    if (span.stepName == span.kind)
        span.stepName = span.name;
    keepSpan(std::move(span), attributes, ctx);
}

} // namespace fapo::importdetail
