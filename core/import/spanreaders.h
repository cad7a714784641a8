#pragma once
// One reader per source format; each turns parsed JSON into ImportedSpans (file order) and warnings.
#include "core/import/trace.h"
#include <QByteArray>
#include <QSet>
#include <array>
#include <optional>
#include <string_view>

namespace fapo::importdetail {

struct ReadContext {
    static constexpr size_t kMaxProblems = 200; // listed; more are only counted
    static constexpr int kMaxLocated = 20; // given a position (locating scans the text)
    const QByteArray* text = nullptr; // the whole file, to locate problems
    qsizetype searchFrom = 0; // start of the current JSON Lines record (0 for a whole document)
    std::vector<ImportedSpan>* spans = nullptr;
    std::vector<ImportProblem>* problems = nullptr;
    // False: spans get no `attributes` text (a store of the import never reads it, and writing it is a
    // good part of reading a large file).
    bool keepAttributes = true;
    size_t spanBase = 0; // spans read before this context's first (when a file is read in parts)
    int located = 0; // problems given a position so far (capped: locating scans the text)
    QSet<QString> reported; // invalid ids already reported (each once)
    qint64 suppressed = 0; // problems beyond the listed ones (the list is capped)
    QSet<QString> shared; // short repeated texts (names, kinds, models): spans share one copy
    std::array<QString, 64> recentShared; // the last shared texts, looked at before the set
    // The streaming reads take spans out of the document before readOtlpRequest sees its skeleton: they
    // note how many spans each resource held (in document order), so its attributes still reach them.
    std::vector<size_t> streamedResourceSpans;
    size_t nextStreamedResource = 0;
    size_t nextStreamedSpan = 0;

    // `s` becomes an implicitly shared copy of an equal earlier text (memory only; the value is the same).
    void share(QString& s);

    // Records a warning, located at the first occurrence of `needle` (as a JSON string) when given.
    void problem(const QString& message, const std::string& needle = {});
};

// An OTLP ExportTraceServiceRequest ({"resourceSpans": [...]}); false with *error for a broken shape.
// A resource's `fapo.*` attributes (fapo.run.id, fapo.example.id: which app example sent the spans) are
// added to each of its spans that does not set them itself; other resource attributes are not kept.
bool readOtlpRequest(const nlohmann::json& request, ReadContext& ctx, QString* error);
// One OTLP span object (an element of a scopeSpans' "spans" array).
void readOtlpSpanObject(const nlohmann::json& span, ReadContext& ctx);
// The same, with the span's "attributes" list already read into a flat object (addOtlpAttribute); the
// span's own "attributes" member is then not looked at.
void readOtlpSpanObject(const nlohmann::json& span, nlohmann::json&& flatAttributes, ReadContext& ctx);
// An OTLP id of `bytes` bytes written as 2 * bytes hex digits (any case), lower-cased; nullopt otherwise.
std::optional<QString> lowerHexId(std::string_view text, int bytes);
// A span's `error` and `statusMessage` from its OTLP status object (any JSON value).
void readOtlpStatus(const nlohmann::json& status, ImportedSpan& span);
// What every OTLP span read does last, before keeping the span: its ids and short texts become shared
// copies of equal earlier ones (memory only).
void shareOtlpSpanTexts(ImportedSpan& span, ReadContext& ctx);
// Adds one OTLP attribute (its key and AnyValue object) to a flat attribute object.
void addOtlpAttribute(nlohmann::json& flat, const std::string& key, nlohmann::json&& anyValue);
// A Langfuse trace export ({"trace": {...}, "observations": [...]}).
bool readLangfuse(const nlohmann::json& document, ReadContext& ctx, QString* error);
// A Phoenix span list ([{"context": {"trace_id", "span_id"}, "parent_id", "span_kind", ...}]).
bool readPhoenix(const nlohmann::json& spans, ReadContext& ctx, QString* error);
// One fapo JSONL record (see traceimport.h for the format).
bool readFapoRecord(const nlohmann::json& record, ReadContext& ctx, QString* error);
// A flat GenAI/OpenInference attribute map: one span.
void readFlatAttributes(const nlohmann::json& attributes, ReadContext& ctx);

bool isOtlpRequest(const nlohmann::json& v);
bool isLangfuseExport(const nlohmann::json& v);
bool isPhoenixSpan(const nlohmann::json& v);
bool isFapoRecord(const nlohmann::json& v);
bool isFlatAttributeMap(const nlohmann::json& v);

// Nanoseconds since the epoch from an ISO 8601 text (or a number of ns / ms); 0 when unreadable.
qint64 timeNs(const nlohmann::json& v);

} // namespace fapo::importdetail
