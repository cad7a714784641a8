#include "progressreporter.h"
#include "clicommon.h"
#include "core/runview/statustexts.h"
#include <cstdio>
#include <unistd.h>

namespace fapo::cli {

ProgressReporter::ProgressReporter(bool enabled)
    : m_enabled(enabled)
    , m_terminal(isatty(fileno(stderr)) == 1)
{
    m_clock.start();
}

void ProgressReporter::update(const RunProgress& p)
{
    if (!m_enabled || p.total <= 0)
        return;
    reportBatches(p);
    const int percent = p.finished * 100 / p.total;
    const qint64 elapsed = m_clock.elapsed();
    if (m_terminal) {
        const int width = 30;
        const int filled = p.finished * width / p.total;
        const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
        const QString status = Cli::tr("%1/%2 examples  %3 calls in flight  %4 s")
                                   .arg(p.finished)
                                   .arg(p.total)
                                   .arg(p.inFlight)
                                   .arg(double(elapsed) / 1000.0, 0, 'f', 1);
        std::fprintf(stderr, "\r[%s] %s ", qUtf8Printable(bar), qUtf8Printable(status));
        std::fflush(stderr);
        m_drawn = true;
        return;
    }
    // Not a terminal (CI logs): a line every 5 s or every 10%, and at the end.
    const bool due = m_lastLineMs < 0 || elapsed - m_lastLineMs >= 5000 || percent / 10 != m_lastPercent / 10 || p.finished == p.total;
    if (!due || percent == m_lastPercent)
        return;
    m_lastLineMs = elapsed;
    m_lastPercent = percent;
    printError(Cli::tr("%1/%2 examples (%3%), %4 s").arg(p.finished).arg(p.total).arg(percent).arg(double(elapsed) / 1000.0, 0, 'f', 1));
}

void ProgressReporter::reportBatches(const RunProgress& p)
{
    // A line whenever a batch moves: batches take minutes to hours, so each change is worth one.
    for (const BatchProgress& b : p.batches) {
        if (b.batchId.isEmpty())
            continue;
        const QString line = batchProgressText(b);
        QString& last = m_batchLines[b.batchId];
        if (line == last)
            continue;
        last = line;
        finish();
        printError(line);
    }
}

void ProgressReporter::finish()
{
    if (m_drawn)
        std::fprintf(stderr, "\n");
    m_drawn = false;
}

} // namespace fapo::cli
