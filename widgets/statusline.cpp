#include "widgets/statusline.h"
#include "models/formatting.h"
#include "core/runview/statustexts.h"
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace fapo {

StatusLine::StatusLine(QStatusBar* bar)
    : QObject(bar)
    , m_totals(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QPushButton(tr("Cancel"), bar))
    , m_batches(new QLabel(bar))
{
    m_batches->setTextFormat(Qt::PlainText);
    m_batches->hide();
    m_totals->setTextFormat(Qt::PlainText);
    m_progress->setMaximumWidth(220);
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(tr("%v / %m examples")
                                                                                .replace(QStringLiteral("%v"), QStringLiteral("00000"))
                                                                                .replace(QStringLiteral("%m"), QStringLiteral("00000")))
                                + 24);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    bar->addWidget(m_totals, 1);
    bar->addPermanentWidget(m_batches);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progress->setFormat(tr("Finishing calls in flight…"));
        Q_EMIT cancelRequested();
    });
}

void StatusLine::showTotals(const RunSnapshot* snapshot, const QString& hint)
{
    if (!snapshot) {
        m_totals->setText(hint);
        return;
    }
    const RunTotals& t = snapshot->totals;
    const QLocale locale;
    // One phrase per figure, so each count gets its language's plural form.
    const QStringList parts {
        tr("Run %1 (%2)").arg(snapshot->run.id).arg(runStatusText(snapshot->run.status)),
        tr("%n example(s)", nullptr, int(t.examples)),
        tr("%1 passed").arg(t.passed),
        tr("%1 failed").arg(t.failed),
        tr("%n error(s)", nullptr, int(t.errors)),
        tr("score %1").arg(locale.toString(t.score, 'f', 3)),
        tr("%n model call(s)", nullptr, int(t.calls + t.cacheHits)),
        tr("%1 tokens billed").arg(locale.toString(t.inputTokens + t.outputTokens)),
        formatUsd(t.costUsd),
    };
    m_totals->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void StatusLine::startProgress(int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m examples"));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void StatusLine::setProgress(int finished, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(finished);
}

void StatusLine::stopProgress()
{
    m_progress->hide();
    m_cancel->hide();
    m_batches->hide();
}

void StatusLine::setBatches(const std::vector<BatchProgress>& batches)
{
    if (batches.empty()) {
        m_batches->hide();
        return;
    }
    qint64 requests = 0, done = 0;
    QStringList lines;
    for (const BatchProgress& b : batches) {
        requests += b.requests;
        done += b.succeeded + b.errored;
        lines << batchProgressText(b);
    }
    m_batches->setText(
        batches.size() == 1
            ? lines.front()
            : tr("%n batch(es) at the provider: %1 of %2 requests done", nullptr, int(batches.size())).arg(done).arg(requests));
    m_batches->setToolTip(lines.join(QLatin1Char('\n')));
    m_batches->show();
}

} // namespace fapo
