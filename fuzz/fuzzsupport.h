#pragma once
// What every fuzz target needs: the input as Qt bytes, and a QCoreApplication for code that asks for
// one (translations, application paths).
#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

namespace fapo::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size) { return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)); }

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fapo-fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

} // namespace fapo::fuzz
