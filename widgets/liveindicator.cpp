#include "widgets/liveindicator.h"
#include "models/statuspalette.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace fapo {

LiveIndicator::LiveIndicator(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(QStringLiteral("\u25CF"), this))
    , m_label(new QLabel(this))
    , m_stop(new QToolButton(this))
{
    m_label->setTextFormat(Qt::PlainText);
    m_dot->setTextFormat(Qt::PlainText);
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop listening for traces (what has arrived is kept)"));
    m_stop->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    layout->addWidget(m_stop);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        Q_EMIT stopRequested();
    });
    hide();
}

void LiveIndicator::setListening(const QUrl& url)
{
    m_url = url;
    m_rate = 0;
    m_spans = 0;
    QPalette p = m_dot->palette();
    p.setColor(QPalette::WindowText, statusColor(StatusTone::Pass, palette()));
    m_dot->setPalette(p);
    m_stop->setEnabled(true);
    updateText();
    show();
}

void LiveIndicator::setTraffic(double spansPerSecond, qint64 spans)
{
    m_rate = spansPerSecond;
    m_spans = spans;
    updateText();
}

void LiveIndicator::setStopped()
{
    m_url.clear();
    hide();
}

QString LiveIndicator::text() const { return m_label->text(); }

void LiveIndicator::updateText()
{
    const QLocale locale;
    m_label->setText(tr("Listening on %1 \u00b7 %2 spans/s \u00b7 %n span(s)", nullptr, int(std::min<qint64>(m_spans, INT_MAX)))
                         .arg(m_url.toString(), locale.toString(m_rate, 'f', 0)));
}

} // namespace fapo
