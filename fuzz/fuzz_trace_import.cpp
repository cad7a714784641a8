// libFuzzer target: trace files in every format the import reads (OTLP JSON and JSON Lines, GenAI and
// OpenInference attribute maps, Langfuse exports, Phoenix span lists, fapo JSONL), through format
// detection, span reading and the import graph.
#include "fuzzsupport.h"
#include "core/import/traceimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fapo::fuzz::ensureApplication();
    QString error;
    fapo::importTraceBytes(fapo::fuzz::bytes(data, size), QStringLiteral("fuzz/trace.json"), &error);
    return 0;
}
