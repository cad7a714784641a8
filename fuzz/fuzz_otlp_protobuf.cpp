// libFuzzer target: OTLP protobuf request bodies (what the live receiver takes as
// application/x-protobuf), through the wire-format decoder, the OTLP span reader and the import graph.
#include "fuzzsupport.h"
#include "core/import/traceimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fapo::fuzz::ensureApplication();
    QString error;
    fapo::importOtlpProtobuf(fapo::fuzz::bytes(data, size), QStringLiteral("POST /v1/traces"), &error);
    return 0;
}
