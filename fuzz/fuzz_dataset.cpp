// libFuzzer target: dataset files (JSON Lines, one example a line).
#include "core/formats/dataset.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fapo::fuzz::ensureApplication();
    fapo::Diagnostics diagnostics;
    fapo::parseDataset(QStringLiteral("fuzz/dataset.jsonl"), fapo::fuzz::bytes(data, size), &diagnostics);
    return 0;
}
