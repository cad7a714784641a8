// libFuzzer target: the Server-Sent Events decoder of the streaming model APIs. The first byte picks
// where the stream is cut in two, since bytes may arrive split anywhere.
#include "fuzzsupport.h"
#include "core/providers/ssedecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t cut = size > 1 ? 1 + data[0] % (size - 1) : 1;
    fapo::SseDecoder decoder;
    decoder.feed(QByteArrayView(reinterpret_cast<const char*>(data + 1), qsizetype(cut - 1)));
    decoder.feed(QByteArrayView(reinterpret_cast<const char*>(data + cut), qsizetype(size - cut)));
    decoder.finish();
    return 0;
}
