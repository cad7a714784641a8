#include "widgets/inspector/checkspane.h"
#include "core/runview/statustexts.h"
#include "widgets/inspector/inspectorstyle.h"
#include "widgets/inspector/plaintextview.h"
#include "core/run/stepinputs.h"
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fapo {

using nlohmann::json;
using namespace inspector;

ChecksPane::ChecksPane(QWidget* parent)
    : QWidget(parent)
{
    QWidget* tab = this;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    m_noChecks = plainLabel(tab, tr("This step has no checks."));
    m_noChecks->setObjectName(QStringLiteral("noChecks"));
    m_noChecks->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noChecks);
    m_checks = new QTreeWidget(tab);
    m_checks->setObjectName(QStringLiteral("checksList"));
    m_checks->setRootIsDecorated(false);
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({ tr("Check"), tr("Result"), tr("Detail") });
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->setWordWrap(true);
    layout->addWidget(m_checks);
    m_goldCaption = plainLabel(tab, tr("Expected for this step (step_expected)"));
    QFont bold = m_goldCaption->font();
    bold.setBold(true);
    m_goldCaption->setFont(bold);
    m_gold = new PlainTextView(tab);
    m_gold->setObjectName(QStringLiteral("stepExpected"));
    layout->addSpacing(6);
    layout->addWidget(m_goldCaption);
    layout->addWidget(m_gold);
    layout->addStretch(1);
}

ChecksPane::Counts ChecksPane::show(const Step& step, const Example& example, const StepRecord* record)
{
    m_checks->clear();
    int passed = 0;
    int total = 0;
    if (record && record->checks.is_array()) {
        for (const json& check : record->checks) {
            if (!check.is_object())
                continue;
            const bool ok = check.value("passed", false);
            const QString type = jsonAsText(check.value("type", json()));
            const QString detail = jsonAsText(check.value("detail", json()));
            auto* item = new QTreeWidgetItem(m_checks);
            item->setData(0, Qt::UserRole, ok);
            item->setText(0, type);
            item->setText(1, checkResultText(ok));
            item->setText(2, detail);
            if (!detail.isEmpty())
                item->setToolTip(2, plainToolTip(detail));
            ++total;
            passed += ok ? 1 : 0;
        }
    }
    m_checks->setVisible(total > 0);
    m_noChecks->setVisible(total == 0);
    m_noChecks->setText(!record                   ? tr("This step has not run for this example.")
                            : step.checks.empty() ? tr("This step has no checks.")
                                                  : tr("No check results were recorded."));

    const auto gold = example.stepExpected.is_object() ? example.stepExpected.find(step.id.toStdString()) : example.stepExpected.end();
    const bool hasGold = example.stepExpected.is_object() && gold != example.stepExpected.end();
    m_goldCaption->setVisible(hasGold);
    m_gold->setVisible(hasGold);
    m_gold->setText(hasGold ? QString::fromStdString(gold->dump(2, ' ', false, json::error_handler_t::replace)) : QString());
    return { passed, total };
}

void ChecksPane::fitHeights(int width)
{
    m_gold->setFixedHeight(m_gold->fittingHeight(width, 10));
    const int rows = qBound(1, m_checks->topLevelItemCount(), 12);
    const int rowHeight = m_checks->topLevelItemCount() ? m_checks->sizeHintForRow(0) : m_checks->fontMetrics().height() + 4;
    m_checks->setFixedHeight(m_checks->header()->sizeHint().height() + rows * rowHeight + 2 * m_checks->frameWidth() + 2);
}

void ChecksPane::restyle(const QPalette& pal)
{
    for (int row = 0; row < m_checks->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_checks->topLevelItem(row);
        const bool ok = item->data(0, Qt::UserRole).toBool();
        item->setIcon(0, toneIcon(ok ? StatusTone::Pass : StatusTone::Fail, ok ? Glyph::Check : Glyph::Cross, pal));
        item->setForeground(1, statusColor(ok ? StatusTone::Pass : StatusTone::Fail, pal));
    }
}

void ChecksPane::clear()
{
    m_checks->clear();
    m_gold->setText(QString());
}

} // namespace fapo
