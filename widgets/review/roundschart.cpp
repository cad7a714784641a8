#include "widgets/review/roundschart.h"
#include "widgets/graph/graphpalette.h"
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace fapo {

RoundsChart::RoundsChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 160);
    rebuild();
}

void RoundsChart::setRounds(std::vector<RoundInfo> rounds)
{
    m_rounds = std::move(rounds);
    rebuild();
}

void RoundsChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

void RoundsChart::rebuild()
{
    const GraphPalette pal = GraphPalette::fromPalette(palette());
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* cost = new QBarSet(tr("Cost (USD)"));
    cost->setColor(GraphPalette::blend(pal.canvas, pal.secondaryText, 0.35));
    cost->setBorderColor(cost->color());
    auto* validation = new QLineSeries;
    validation->setName(tr("Validation score"));
    validation->setPen(QPen(pal.pass, 2.5));
    validation->setPointsVisible(true);
    auto* test = new QLineSeries;
    test->setName(tr("Test score"));
    test->setPen(QPen(pal.selection, 2.5, Qt::DashLine));
    test->setPointsVisible(true);
    QStringList categories;
    double mostCost = 0.0;
    for (size_t i = 0; i < m_rounds.size(); ++i) {
        const RoundInfo& r = m_rounds[i];
        categories << tr("Round %1").arg(r.round);
        *cost << r.costUsd;
        mostCost = std::max(mostCost, r.costUsd);
        if (r.validationScore)
            validation->append(double(i), *r.validationScore);
        if (r.testScore)
            test->append(double(i), *r.testScore);
    }
    auto* bars = new QBarSeries;
    bars->append(cost);
    bars->setBarWidth(0.4);
    chart->addSeries(bars);
    chart->addSeries(validation);
    chart->addSeries(test);
    auto* rounds = new QBarCategoryAxis;
    rounds->append(categories);
    rounds->setLabelsColor(pal.text);
    rounds->setLabelsFont(font());
    rounds->setGridLineVisible(false);
    auto* score = new QValueAxis;
    score->setRange(0.0, 1.0);
    score->setLabelFormat(QStringLiteral("%.1f"));
    score->setTickCount(6);
    score->setTitleText(tr("Score"));
    score->setTitleBrush(pal.secondaryText);
    score->setLabelsColor(pal.secondaryText);
    score->setLabelsFont(font());
    score->setGridLineColor(pal.grid);
    auto* dollars = new QValueAxis;
    dollars->setRange(0.0, mostCost > 0.0 ? mostCost * 1.2 : 1.0);
    dollars->setLabelFormat(QStringLiteral("$%.2f"));
    dollars->setLabelsColor(pal.secondaryText);
    dollars->setLabelsFont(font());
    dollars->setGridLineVisible(false);
    chart->addAxis(rounds, Qt::AlignBottom);
    chart->addAxis(score, Qt::AlignLeft);
    chart->addAxis(dollars, Qt::AlignRight);
    bars->attachAxis(rounds);
    bars->attachAxis(dollars);
    for (QLineSeries* line : { validation, test }) {
        line->attachAxis(rounds);
        line->attachAxis(score);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelColor(pal.text);
    chart->legend()->setFont(font());
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace fapo
