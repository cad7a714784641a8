#include "core/formats/jsonstring.h"
#include <array>

namespace fapo {

namespace {

// Per byte: 0 to copy it as it is, 'u' for \u00xx, else the letter written after the backslash.
constexpr std::array<char, 256> kEscapes = [] {
    std::array<char, 256> escapes {};
    for (int c = 0; c < 0x20; ++c)
        escapes[size_t(c)] = 'u';
    escapes['\b'] = 'b';
    escapes['\t'] = 't';
    escapes['\n'] = 'n';
    escapes['\f'] = 'f';
    escapes['\r'] = 'r';
    escapes['"'] = '"';
    escapes['\\'] = '\\';
    return escapes;
}();

} // namespace

void appendJsonString(QByteArray* out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out->append('"');
    const char* copyFrom = utf8.data();
    const char* const end = utf8.data() + utf8.size();
    for (const char* p = copyFrom; p != end; ++p) {
        const auto byte = static_cast<unsigned char>(*p);
        const char escape = kEscapes[byte];
        if (!escape)
            continue;
        out->append(copyFrom, p - copyFrom);
        if (escape == 'u') {
            const char text[] = { '\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xf] };
            out->append(text, sizeof text);
        } else {
            const char text[] = { '\\', escape };
            out->append(text, sizeof text);
        }
        copyFrom = p + 1;
    }
    out->append(copyFrom, end - copyFrom);
    out->append('"');
}

} // namespace fapo
