#pragma once
// For programs that have no event loop of their own yet (a render, a tool): turns the loop until
// `signal` fires or `timeoutMs` pass. Not for tests (QSignalSpy::wait) and never on the GUI thread of a
// running application.
#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace fapo {

template <typename Sender, typename Signal> bool waitForSignal(Sender* sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace fapo
