#pragma once
// Run progress on stderr: a live bar on a terminal, a line every few seconds otherwise.
#include "core/run/runner.h"
#include <QElapsedTimer>
#include <QHash>

namespace fapo::cli {

class ProgressReporter {
public:
    explicit ProgressReporter(bool enabled);
    void update(const RunProgress& progress);
    void finish(); // ends the live line

private:
    void reportBatches(const RunProgress& progress);

    bool m_enabled;
    bool m_terminal;
    bool m_drawn = false;
    qint64 m_lastLineMs = -1;
    int m_lastPercent = -1;
    QElapsedTimer m_clock;
    QHash<QString, QString> m_batchLines; // batch id -> the last line printed for it
};

} // namespace fapo::cli
