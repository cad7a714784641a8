#pragma once
// A thread assertion that stays on in release builds: work delivered to the wrong thread is a data
// race that would otherwise show up much later as a corrupted model or a crash elsewhere.
#include <QThread>
#include <QtGlobal>

namespace fapo {
[[noreturn]] inline void wrongThread(const char* object, const char* where)
{
    qFatal("%s: %s is used from a thread it does not live on", where, object);
}
} // namespace fapo

#define FAPO_ASSERT_THREAD(object)                                                                                                         \
    do {                                                                                                                                   \
        if (QThread::currentThread() != (object)->thread())                                                                                \
            ::fapo::wrongThread(#object, Q_FUNC_INFO);                                                                                     \
    } while (false)
