// libFuzzer target: corpus files (JSON Lines, one document a line).
#include "core/formats/dataset.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fapo::fuzz::ensureApplication();
    fapo::Diagnostics diagnostics;
    fapo::parseCorpus(QStringLiteral("fuzz/corpus.jsonl"), fapo::fuzz::bytes(data, size), &diagnostics);
    return 0;
}
