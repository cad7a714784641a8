#include "interrupt.h"
#include <QTimer>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace fapo::cli {

namespace {
std::atomic<int> g_signals { 0 };

void onSignal(int)
{
    if (g_signals.fetch_add(1) >= 1)
        _exit(130);
}
} // namespace

void watchInterrupts(QObject* context, std::function<void()> onInterrupt)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    // A signal handler may only touch an atomic; the event loop polls it.
    auto* timer = new QTimer(context);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, context, [timer, onInterrupt] {
        if (g_signals.load() > 0) {
            timer->stop();
            onInterrupt();
        }
    });
    timer->start();
}

} // namespace fapo::cli
