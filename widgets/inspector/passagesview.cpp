#include "widgets/inspector/passagesview.h"
#include "widgets/inspector/inspectorstyle.h"
#include "widgets/inspector/plaintextview.h"
#include "core/run/stepinputs.h"
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fapo {

using namespace inspector;

namespace {
constexpr int GoldRole = Qt::UserRole + 1;

QString textOf(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it == object.end() ? QString() : jsonAsText(*it);
}

} // namespace

PassagesView::PassagesView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_summary = plainLabel(this);
    m_summary->setObjectName(QStringLiteral("passagesSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    m_missingLabel = plainLabel(this);
    m_missingLabel->setObjectName(QStringLiteral("missingGold"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missingLabel->hide();
    layout->addWidget(m_missingLabel);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("passagesTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnCount(NUM_COLUMNS);
    m_table->setHeaderLabels({ tr("#"), tr("Gold"), tr("ID"), tr("Title"), tr("Score") });
    m_table->headerItem()->setTextAlignment(RankColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_table->headerItem()->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_table->headerItem()->setToolTip(GoldColumn, tr("Listed in the example's step_expected ids_include"));
    QHeaderView* header = m_table->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(36);
    layout->addWidget(m_table);

    // The table takes the rows it has (top_k is small); the selected passage's text takes the rest.
    m_previewTitle = plainLabel(this);
    m_previewTitle->setObjectName(QStringLiteral("passagePreviewTitle"));
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_preview = new PlainTextView(this);
    m_preview->setObjectName(QStringLiteral("passagePreview"));
    m_preview->setPlaceholderText(tr("Select a passage to read its text."));
    layout->addSpacing(4);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_preview, 1);

    connect(m_table, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { showPreview(current ? m_table->indexOfTopLevelItem(current) : -1); });
    clear();
}

void PassagesView::clear()
{
    m_table->clear();
    m_ids.clear();
    m_titles.clear();
    m_texts.clear();
    m_gold.clear();
    m_missing.clear();
    m_summary->setText(tr("No passages."));
    m_missingLabel->hide();
    m_missingLabel->clear();
    showPreview(-1);
    fitTableHeight();
}

void PassagesView::setPassages(const nlohmann::json& passages, const QStringList& goldIds, bool hasGold)
{
    clear();
    m_gold = goldIds;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QList<QTreeWidgetItem*> items;
    if (passages.is_array()) {
        int rank = 0;
        for (const nlohmann::json& p : passages) {
            ++rank;
            const QString id = textOf(p, "id");
            const QString title = textOf(p, "title");
            const bool gold = goldIds.contains(id);
            m_ids << id;
            m_titles << title;
            m_texts << textOf(p, "text");

            auto* item = new QTreeWidgetItem;
            item->setText(RankColumn, QString::number(rank));
            item->setTextAlignment(RankColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(IdColumn, id);
            item->setFont(IdColumn, mono);
            item->setText(TitleColumn, title);
            item->setToolTip(TitleColumn, plainToolTip(m_texts.constLast(), 600));
            const auto score = p.is_object() ? p.find("score") : p.end();
            if (p.is_object() && score != p.end() && score->is_number()) {
                item->setText(ScoreColumn, QString::number(score->get<double>(), 'f', 3));
                item->setData(ScoreColumn, Qt::UserRole, score->get<double>());
            }
            item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(ScoreColumn, mono);
            item->setData(RankColumn, GoldRole, gold);
            if (gold) {
                item->setText(GoldColumn, QStringLiteral("\u2605 ") + tr("gold"));
                item->setToolTip(GoldColumn, tr("A gold passage for this example"));
            }
            item->setTextAlignment(GoldColumn, Qt::AlignCenter);
            items << item;
        }
    }
    m_table->addTopLevelItems(items);
    fitTableHeight();
    m_table->setColumnHidden(GoldColumn, !hasGold);

    for (const QString& id : goldIds) {
        if (!m_ids.contains(id))
            m_missing << id;
    }
    const int found = int(goldIds.size() - m_missing.size());
    const int count = int(m_ids.size());
    QString summary = tr("%n passage(s) retrieved", nullptr, count);
    if (hasGold)
        summary += QStringLiteral("  \u00b7  ") + tr("gold: %1 of %2 retrieved").arg(found).arg(goldIds.size());
    else
        summary += QStringLiteral("  \u00b7  ") + tr("no gold passages for this example");
    m_summary->setText(summary);
    if (!m_missing.isEmpty()) {
        m_missingLabel->setText(tr("Missing gold (not retrieved): %1").arg(m_missing.join(QStringLiteral(", "))));
        m_missingLabel->show();
    }
    applyTints();
    if (!items.isEmpty())
        m_table->setCurrentItem(items.constFirst());
}

void PassagesView::applyTints()
{
    const QPalette pal = palette();
    m_missingLabel->setStyleSheet(noticeStyle(StatusTone::Fail, pal));
    const QColor goldFg = statusColor(StatusTone::Warn, pal);
    QColor goldBg = toneBackground(StatusTone::Warn, pal);
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_table->topLevelItem(row);
        const bool gold = item->data(RankColumn, GoldRole).toBool();
        for (int c = 0; c < NUM_COLUMNS; ++c)
            item->setBackground(c, gold ? QBrush(goldBg) : QBrush());
        item->setForeground(GoldColumn, goldFg);
    }
}

void PassagesView::fitTableHeight()
{
    const int rows = qBound(3, m_table->topLevelItemCount(), 12);
    const int rowHeight = m_table->topLevelItemCount() ? m_table->sizeHintForRow(0) : m_table->fontMetrics().height() + 4;
    m_table->setFixedHeight(m_table->header()->sizeHint().height() + rows * rowHeight + 2 * m_table->frameWidth() + 2);
}

void PassagesView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTints();
}

int PassagesView::passageCount() const { return int(m_ids.size()); }

bool PassagesView::isGold(int row) const
{
    const QTreeWidgetItem* item = m_table->topLevelItem(row);
    return item && item->data(RankColumn, GoldRole).toBool();
}

QString PassagesView::missingGoldText() const { return m_missing.isEmpty() ? QString() : m_missingLabel->text(); }

QString PassagesView::summaryText() const { return m_summary->text(); }

QString PassagesView::previewText() const { return m_preview->text(); }

void PassagesView::selectPassage(int row)
{
    if (QTreeWidgetItem* item = m_table->topLevelItem(row))
        m_table->setCurrentItem(item);
}

void PassagesView::showPreview(int row)
{
    if (row < 0 || row >= m_texts.size()) {
        m_previewTitle->setText(tr("Passage text"));
        m_preview->setText(QString());
        return;
    }
    m_previewTitle->setText(tr("[%1] %2 \u2014 %3").arg(row + 1).arg(m_ids.at(row), m_titles.at(row)));
    m_preview->setText(m_texts.at(row));
}

} // namespace fapo
