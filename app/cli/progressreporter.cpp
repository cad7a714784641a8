#include "progressreporter.h"
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
    const int percent = p.finished * 100 / p.total;
    const qint64 elapsed = m_clock.elapsed();
    if (m_terminal) {
        const int width = 30;
        const int filled = p.finished * width / p.total;
        const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
        std::fprintf(stderr, "\r[%s] %d/%d examples  %d calls in flight  %.1f s ", qUtf8Printable(bar), p.finished,
                     p.total, p.inFlight, double(elapsed) / 1000.0);
        std::fflush(stderr);
        m_drawn = true;
        return;
    }
    // Not a terminal (CI logs): a line every 5 s or every 10%, and at the end.
    const bool due = m_lastLineMs < 0 || elapsed - m_lastLineMs >= 5000 || percent / 10 != m_lastPercent / 10
        || p.finished == p.total;
    if (!due || percent == m_lastPercent)
        return;
    m_lastLineMs = elapsed;
    m_lastPercent = percent;
    std::fprintf(stderr, "fapo: %d/%d examples (%d%%), %.1f s\n", p.finished, p.total, percent, double(elapsed) / 1000.0);
}

void ProgressReporter::finish()
{
    if (m_drawn)
        std::fprintf(stderr, "\n");
    m_drawn = false;
}

} // namespace fapo::cli
