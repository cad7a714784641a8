#pragma once
// OTLP JSON -> OTLP protobuf, as an exporter would send the same request: what the tests post to the
// receiver and compare with the JSON path. Written from the OTLP field numbers; only for tests.
#include "core/import/otlpprotobuf.h"
#include <QByteArray>
#include <nlohmann/json.hpp>

namespace fapo::test {

// An ExportTraceServiceRequest ({"resourceSpans": [...]}) in protobuf wire format. Ids may be hex or
// base64, 64-bit numbers numbers or texts, enums numbers or names.
QByteArray otlpProtobuf(const nlohmann::json& request);

// Fields for hand-made (and broken) messages: the writer the receiver answers with.
using fapo::protobufVarint;
inline QByteArray protobufField(int number, const QByteArray& payload) { return fapo::protobufLengthField(number, payload); }

} // namespace fapo::test
