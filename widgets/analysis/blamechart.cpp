#include "widgets/analysis/blamechart.h"
#include "widgets/graph/graphpalette.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace fapo {

BlameChart::BlameChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    setMinimumWidth(300);
    rebuild();
}

void BlameChart::setRows(const std::vector<StepBlame>& rows)
{
    m_rows = rows;
    rebuild();
}

void BlameChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

void BlameChart::rebuild()
{
    const GraphPalette pal = GraphPalette::fromPalette(palette());
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* starts = new QBarSet(tr("Start here"));
    auto* through = new QBarSet(tr("Pass through"));
    starts->setColor(pal.origin);
    starts->setBorderColor(pal.origin);
    through->setColor(pal.affected);
    through->setBorderColor(pal.affected);
    QStringList categories;
    int most = 1;
    // Bars read top to bottom in graph order: the chart draws the first category at the bottom.
    for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it) {
        categories << it->stepId;
        *starts << it->origin;
        *through << std::max(0, it->failed - it->origin);
        most = std::max(most, it->failed);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(starts);
    series->append(through);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* steps = new QBarCategoryAxis;
    steps->append(categories);
    steps->setLabelsColor(pal.text);
    steps->setLabelsFont(font());
    steps->setGridLineVisible(false);
    auto* count = new QValueAxis;
    count->setRange(0, most);
    count->setLabelFormat(QStringLiteral("%d"));
    count->setTickCount(std::min(most, 5) + 1);
    count->applyNiceNumbers(); // whole numbers of examples on the ticks
    count->setLabelsColor(pal.secondaryText);
    count->setGridLineColor(pal.grid);
    count->setLabelsFont(font());
    chart->addAxis(steps, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(steps);
    series->attachAxis(count);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelColor(pal.text);
    chart->legend()->setFont(font());
    QChart* old = this->chart();
    setChart(chart);
    delete old; // setChart does not take ownership of the previous chart away from us
}

} // namespace fapo
