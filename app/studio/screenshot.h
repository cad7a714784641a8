#pragma once
#include <QString>

namespace fapo {
class MainWindow;
// Opens `file`, waits until its newest run and the graph layout are shown, selects the first failing
// example, raises `view` and saves the window as a PNG. Returns the process exit code.
int renderScreenshot(MainWindow& window, const QString& file, const QString& output, const QString& view);
}
