// libFuzzer target: pipeline files (fapo.pipeline/1), the loader and the graph derived from them.
#include "core/formats/pipelineloader.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fapo::fuzz::ensureApplication();
    // checkFiles = false: the rules and corpus files a fuzzed pipeline names do not exist.
    fapo::loadPipelineFromBytes(QStringLiteral("fuzz/pipeline.json"), fapo::fuzz::bytes(data, size), false);
    return 0;
}
