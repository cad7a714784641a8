#pragma once
// OTLP JSON -> OTLP protobuf, as an exporter would send the same request: what the tests post to the
// receiver and compare with the JSON path. Written from the OTLP field numbers; only for tests.
#include <QByteArray>
#include <nlohmann/json.hpp>

namespace fapo::test {

// An ExportTraceServiceRequest ({"resourceSpans": [...]}) in protobuf wire format. Ids may be hex or
// base64, 64-bit numbers numbers or texts, enums numbers or names.
QByteArray otlpProtobuf(const nlohmann::json& request);

// A protobuf field, for hand-made (and broken) messages.
QByteArray protobufVarint(quint64 value);
QByteArray protobufField(int number, const QByteArray& payload); // length-delimited

} // namespace fapo::test
