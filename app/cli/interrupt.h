#pragma once
#include <functional>
class QObject;
namespace fapo::cli {
// Calls onInterrupt (on the event loop) at the first Ctrl-C or SIGTERM; a second one exits at once.
void watchInterrupts(QObject* context, std::function<void()> onInterrupt);
}
