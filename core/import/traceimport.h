#pragma once
// Reads a trace file written by another tool (or by fapo) and groups its spans into a step graph.
//
// Formats, detected from the content:
//  - OTLP JSON: an ExportTraceServiceRequest {"resourceSpans": [...]}, a JSON array of them, or JSON Lines
//    of them (one request per line, as collectors' file exporters write). Ids hex (any case) or base64.
//  - Langfuse trace export: {"trace": {...}, "observations": [...]}.
//  - Phoenix span list: [{"context": {"trace_id", "span_id"}, "parent_id", "span_kind", "attributes", ...}]
//    (or JSON Lines of such spans).
//  - fapo JSONL: one JSON object per line, one span each. Either a span record
//      {"trace_id": "t1", "span_id": "s2", "parent_id": "s1", "name": "answer", "step": "answer",
//       "kind": "llm", "start_ns": 1700000000000000000, "end_ns": 1700000000500000000,
//       "error": false, "status_message": "", "model": "claude-haiku-5-5", "input": "...", "output": "...",
//       "input_tokens": 12, "output_tokens": 30, "attributes": {"any": "json"}}
//    or a run record {"run_id": "r1", "example_id": "ex3", "step_id": "answer", ...the same optional fields}.
//    Required: trace_id and span_id, or step_id with run_id and/or example_id (then the trace is
//    "run_id/example_id", the span id and the step are step_id). "start"/"end" may be ISO 8601 texts
//    instead of start_ns/end_ns; "error" may be a message instead of a boolean; input/output may be any
//    JSON (chat messages are rendered as text). Without times, file order is the order.
//  - A flat GenAI / OpenInference attribute map (one span): {"gen_ai.request.model": ..., ...}.
#include "core/import/trace.h"
#include <QByteArray>
#include <optional>

namespace fapo {

// Whether spans keep their attributes (ImportedSpan::attributes). Storing an import does not read them;
// dropping them makes reading a large file faster.
enum class SpanAttributes { Keep, Drop };

// Parses a trace file. A file that cannot be read, is not JSON/JSON Lines (with its position), or has an
// unknown shape returns nullopt and a message in *fatalError ("FILE:LINE:COLUMN: error: ..." or
// "FILE: byte N: error: ..."); *fatalDetail (when given) gets the message and position alone.
std::optional<ImportResult> importTraceFile(const QString& path, QString* fatalError, ImportProblem* fatalDetail = nullptr,
                                            SpanAttributes attributes = SpanAttributes::Keep);
// The same for bytes already in memory (e.g. an OTLP/HTTP body); `fileLabel` names them in messages.
std::optional<ImportResult> importTraceBytes(const QByteArray& bytes, const QString& fileLabel, QString* fatalError,
                                             ImportProblem* fatalDetail = nullptr);

// An OTLP protobuf ExportTraceServiceRequest (an OTLP/HTTP body): the same spans, steps and problems as
// the same request sent as OTLP JSON. Nullopt and "LABEL: byte N: error: ..." for bytes that are not one.
std::optional<ImportResult> importOtlpProtobuf(const QByteArray& body, const QString& label, QString* fatalError,
                                               ImportProblem* fatalDetail = nullptr);

namespace importdetail {
// importTraceBytes with the general readers only (nlohmann's, no simdjson): what tests compare the fast
// reads with.
std::optional<ImportResult> importTraceBytesGeneral(const QByteArray& bytes, const QString& fileLabel, QString* fatalError,
                                                    ImportProblem* fatalDetail = nullptr);
} // namespace importdetail

// "FILE:LINE:COLUMN: error: MESSAGE", "FILE: byte N: error: MESSAGE" or "FILE: error: MESSAGE".
QString formatImportProblem(const QString& file, const ImportProblem& problem, const QString& severity = QStringLiteral("error"));

} // namespace fapo
