#include "widgets/inspector/answerpane.h"
#include "core/runview/statustexts.h"
#include "widgets/inspector/inspectorstyle.h"
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fapo {

using namespace inspector;

namespace {

enum Column { MetricColumn, ExpectedColumn, ActualColumn, ResultColumn };

QLabel* cell(QWidget* parent, const QString& text, const QString& name = {})
{
    QLabel* label = plainLabel(parent, text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setObjectName(name);
    return label;
}

QString expectedText(const MetricComparison& c)
{
    if (!c.expected.isEmpty())
        return c.expected.join(QStringLiteral("\n")); // alternatives, one per line
    return c.expectedError.isEmpty() ? AnswerPane::tr("(no reference needed)") : AnswerPane::tr("(none: %1)").arg(c.expectedError);
}

QString actualText(const MetricComparison& c)
{
    if (c.actual)
        return c.actual->isEmpty() ? AnswerPane::tr("(empty)") : *c.actual;
    return c.actualError.isEmpty() ? AnswerPane::tr("(the output step did not run)") : AnswerPane::tr("(none: %1)").arg(c.actualError);
}

QString resultText(const MetricComparison& c)
{
    if (!c.score)
        return AnswerPane::tr("not scored");
    return AnswerPane::tr("%1 %2 (%3)")
        .arg(c.passed ? QStringLiteral("✓") : QStringLiteral("✗"), checkResultText(c.passed), QLocale().toString(*c.score, 'f', 2));
}

} // namespace

AnswerPane::AnswerPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("answerPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    QLabel* title = plainLabel(this, tr("Expected and actual answer"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(ExpectedColumn, 1);
    m_grid->setColumnStretch(ActualColumn, 1);
    layout->addLayout(m_grid);
    hide();
}

void AnswerPane::show(const std::vector<MetricComparison>& comparisons)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown = comparisons;
    setVisible(!comparisons.empty());
    if (comparisons.empty())
        return;
    const QStringList headers { tr("Metric"), tr("Expected"), tr("Actual"), tr("Result") };
    for (int column = 0; column < headers.size(); ++column) {
        QLabel* h = cell(this, headers[column]);
        h->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(h, 0, column);
    }
    int row = 1;
    for (const MetricComparison& c : comparisons) {
        const QString metric = c.gate ? tr("%1 (decides)").arg(c.name) : c.name;
        QLabel* name = cell(this, metric, QStringLiteral("answerMetric"));
        name->setToolTip(c.gate ? tr("A gate metric: the example passes only when every gate metric passes") : QString());
        m_grid->addWidget(name, row, MetricColumn);
        m_grid->addWidget(cell(this, expectedText(c), QStringLiteral("answerExpected")), row, ExpectedColumn);
        m_grid->addWidget(cell(this, actualText(c), QStringLiteral("answerActual")), row, ActualColumn);
        QLabel* result = cell(this, resultText(c), QStringLiteral("answerResult"));
        result->setToolTip(plainToolTip(c.detail));
        result->setProperty("passed", c.passed);
        result->setProperty("scored", c.score.has_value());
        m_grid->addWidget(result, row, ResultColumn);
        ++row;
    }
    restyle(palette());
}

void AnswerPane::restyle(const QPalette& pal)
{
    for (QLabel* result : findChildren<QLabel*>(QStringLiteral("answerResult"))) {
        const StatusTone tone = !result->property("scored").toBool() ? StatusTone::Neutral
            : result->property("passed").toBool()                    ? StatusTone::Pass
                                                                     : StatusTone::Fail;
        QPalette p = result->palette();
        p.setColor(QPalette::WindowText, statusColor(tone, pal));
        result->setPalette(p);
    }
}

namespace {
QStringList textsOf(const QWidget* pane, const QString& name)
{
    QStringList out;
    for (const QLabel* l : pane->findChildren<QLabel*>(name))
        out << l->text();
    return out;
}
} // namespace

QStringList AnswerPane::expectedTexts() const { return textsOf(this, QStringLiteral("answerExpected")); }
QStringList AnswerPane::actualTexts() const { return textsOf(this, QStringLiteral("answerActual")); }
QStringList AnswerPane::resultTexts() const { return textsOf(this, QStringLiteral("answerResult")); }

} // namespace fapo
