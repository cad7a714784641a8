#pragma once
// The fast reads of JSON traces. For a whole document, simdjson's On Demand parser walks it once,
// building everything but the elements of OTLP `spans` arrays into *skeleton (the same role rules as
// otlpsax.h) and noting where each span is; the spans are then read one by one (on large files, in two
// halves on two threads). Several times faster than the SAX read, which stays the fallback for anything
// this read does not take.
#include "core/import/spanreaders.h"

namespace fapo::importdetail {

// Readable bytes the parser needs after the end of the text.
qsizetype fastReadPadding();

// Reads [begin, begin + length) when it is one JSON object; `begin` must have fastReadPadding() readable
// bytes after the end. False, with ctx possibly partly filled, for anything else: a top-level array, a
// syntax error, a value simdjson does not take (an integer beyond 64 bits), an unusual OTLP shape
// (duplicate OTLP keys, both scopeSpans and instrumentationLibrarySpans). Then use the SAX read, which
// also locates errors. `mappedFile`: the text is a read-only file mapping whose pages may be dropped.
// From `splitFrom` bytes on, the spans are read in two halves on two threads, and a document whose
// spans end it (one spans array from its middle on) is walked in two parts at once; the result is the
// same. *walkedInTwo (when given) says whether it was.
bool readJsonObjectFast(const char* begin, qsizetype length, bool mappedFile, ReadContext& ctx, nlohmann::json* skeleton,
                        qsizetype splitFrom = qsizetype(16) << 20, bool* walkedInTwo = nullptr);

// The plain read of one OTLP span object, as the fast reads take spans whose attributes are not kept
// (ctx.keepAttributes false): [begin, begin + length) needs fastReadPadding() readable bytes after it.
// True with the span added to ctx.spans; false, with ctx unchanged, for a span the general read
// (readOtlpSpanObject) must take. Where it is true, the span is the one the general read gives.
bool readPlainOtlpSpan(const char* begin, qsizetype length, ReadContext& ctx);

// One line of an OTLP JSON Lines file: its request with the spans left out (as *skeleton above).
struct JsonLinesRecord {
    nlohmann::json skeleton;
    int line = 0; // 1-based
    qsizetype offset = 0; // of the line's start
};

// The fast read of JSON Lines of OTLP requests (one ExportTraceServiceRequest per line, as the
// Collector's file exporter writes): each line is walked as readJsonObjectFast walks a document, then
// the spans of all lines are read as one list (in two halves from `splitFrom` bytes on). The records
// come back in file order for the shape checks. False, with ctx possibly partly filled, for anything
// else: a line that is not an OTLP request object, a syntax error, what readJsonObjectFast declines.
// Then use the DOM read, which also locates errors. `begin` needs fastReadPadding() bytes past the end.
bool readJsonLinesFast(const char* begin, qsizetype length, bool mappedFile, ReadContext& ctx, std::vector<JsonLinesRecord>* records,
                       qsizetype splitFrom = qsizetype(16) << 20);

} // namespace fapo::importdetail
