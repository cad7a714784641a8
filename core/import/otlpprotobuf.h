#pragma once
// OTLP protobuf (an ExportTraceServiceRequest, as OTLP/HTTP senders post it with
// Content-Type: application/x-protobuf) read into the OTLP JSON shape the span readers already take,
// so a trace sent as protobuf and the same trace as JSON become the same spans.
#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace fapo {

struct ProtobufError {
    QString message;
    qint64 offset = -1; // of the field that could not be read
};

// {"resourceSpans": [{"scopeSpans": [{"scope": {...}, "spans": [...]}]}]} with hex ids, 64-bit times
// as decimal texts and attribute values as AnyValue objects. Unknown fields are skipped, as the
// protobuf rules say. Nullopt and *error for bytes that are not a valid message of this shape
// (truncated, a wire type OTLP never uses, values nested deeper than 32 levels).
std::optional<nlohmann::json> otlpProtobufToJson(const QByteArray& body, ProtobufError* error);

// Writing the wire format, for the few messages sent back (ExportTraceServiceResponse, google.rpc.Status).
QByteArray protobufVarint(quint64 value);
QByteArray protobufVarintField(int number, quint64 value);
QByteArray protobufLengthField(int number, const QByteArray& payload);

} // namespace fapo
