// libFuzzer target: finding the JSON value in a model's reply (code fences, prose around it), which is
// untrusted text from a model or a trace.
#include "core/eval/jsonextract.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    fapo::extractJson(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)), &error);
    return 0;
}
