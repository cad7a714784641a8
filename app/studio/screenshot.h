#pragma once
#include "core/live/otlpreceiver.h"
#include <QString>
#include <optional>

namespace fapo {
class MainWindow;
// Opens `file`, waits until its newest run and the graph layout are shown, selects the first failing
// example, raises `view` and saves the window as a PNG. With `listen`, listens for traces first
// (into `liveWorkspace` when no file is given), so the picture shows where. Returns the exit code.
int renderScreenshot(MainWindow& window, const QString& file, const QString& output, const QString& view,
                     const std::optional<ReceiverOptions>& listen = std::nullopt, const QString& liveWorkspace = QString());
}
