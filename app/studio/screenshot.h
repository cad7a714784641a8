#pragma once
#include "core/live/otlpreceiver.h"
#include <QString>
#include <optional>

namespace fapo {
class MainWindow;

struct ScreenshotRequest {
    QString file; // pipeline or workspace to open (may be empty with `listen`)
    QString output; // the PNG to write
    QString view = QStringLiteral("graph");
    QString example; // the example to select (empty: the first failing one)
    QString step; // the step to inspect (empty: where the example's failure starts)
    QString tab; // the inspector's tab (prompt, ..., evidence; empty: as it opens)
    std::optional<ReceiverOptions> listen; // listen for traces first, so the picture shows where
    QString liveWorkspace; // where traces go when no file is given
    qint64 proposal = 0; // the proposal the review view shows (0: as it opens)
};

// Opens the file, waits until its newest run and the graph layout are shown, selects the example (and
// the step), raises the view and saves the window as a PNG. Returns the exit code (2: bad arguments).
int renderScreenshot(MainWindow& window, const ScreenshotRequest& request);
}
