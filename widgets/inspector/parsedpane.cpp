#include "widgets/inspector/parsedpane.h"
#include "widgets/inspector/inspectorstyle.h"
#include "models/jsontreemodel.h"
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace fapo {

using nlohmann::json;
using namespace inspector;

ParsedPane::ParsedPane(QWidget* parent)
    : QWidget(parent)
{
    QWidget* tab = this;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(4);
    auto* row = new QHBoxLayout;
    m_parsedCaption = plainLabel(tab);
    QFont bold = m_parsedCaption->font();
    bold.setBold(true);
    m_parsedCaption->setFont(bold);
    auto* expand = new QToolButton(tab);
    expand->setText(tr("Expand All"));
    expand->setAutoRaise(true);
    m_copyParsed = new QToolButton(tab);
    m_copyParsed->setObjectName(QStringLiteral("parsedCopy"));
    m_copyParsed->setText(tr("Copy"));
    m_copyParsed->setToolTip(tr("Copy the parsed value as indented JSON"));
    m_copyParsed->setAutoRaise(true);
    m_parsedCaption->setText(tr("Parsed value"));
    m_parsedMeta = plainLabel(tab);
    m_parsedMeta->setForegroundRole(QPalette::PlaceholderText);
    row->setSpacing(8);
    row->addWidget(m_parsedCaption);
    row->addWidget(m_parsedMeta);
    row->addStretch(1);
    row->addWidget(expand);
    row->addWidget(m_copyParsed);
    layout->addLayout(row);

    m_parsedModel = new JsonTreeModel(this);
    m_parsedTree = new QTreeView(tab);
    m_parsedTree->setObjectName(QStringLiteral("parsedTree"));
    m_parsedTree->setModel(m_parsedModel);
    m_parsedTree->setUniformRowHeights(true);
    m_parsedTree->setAlternatingRowColors(true);
    m_parsedTree->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_parsedTree->header()->setStretchLastSection(false);
    m_parsedTree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_parsedTree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_parsedTree, 1);

    // One button: expands everything, or collapses back to the first level when everything is expanded.
    connect(expand, &QToolButton::clicked, this, [this, expand] {
        const bool collapse = expand->property("expanded").toBool();
        if (collapse)
            m_parsedTree->expandToDepth(0);
        else
            m_parsedTree->expandAll();
        expand->setProperty("expanded", !collapse);
        expand->setText(collapse ? tr("Expand All") : tr("Collapse All"));
    });
    connect(m_parsedModel, &QAbstractItemModel::modelReset, expand, [this, expand] {
        expand->setProperty("expanded", false);
        expand->setText(tr("Expand All"));
    });
    connect(m_copyParsed, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(parsedJsonText());
        m_copyParsed->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copyParsed, [this] { m_copyParsed->setText(tr("Copy")); });
    });
}

bool ParsedPane::show(const StepRecord* record)
{
    const bool has = record && !record->parsed.is_null();
    if (has)
        m_parsedModel->setJson(record->parsed);
    else
        m_parsedModel->clear();
    m_copyParsed->setEnabled(has);
    if (!has) {
        m_parsedMeta->clear();
        return false;
    }
    const json& v = record->parsed;
    const int n = v.is_structured() ? int(v.size()) : 0;
    if (v.is_array())
        m_parsedMeta->setText(tr("array, %n item(s)", nullptr, n));
    else if (v.is_object())
        m_parsedMeta->setText(tr("object, %n key(s)", nullptr, n));
    else
        m_parsedMeta->setText(JsonTreeModel::typeName(v));
    if (m_parsedModel->rowCount() <= 50)
        m_parsedTree->expandToDepth(0);
    m_parsedTree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    m_parsedTree->setColumnWidth(JsonTreeModel::KeyColumn, qBound(80, m_parsedTree->columnWidth(JsonTreeModel::KeyColumn) + 12, 260));
    return true;
}

void ParsedPane::clear() { m_parsedModel->clear(); }

QString ParsedPane::parsedJsonText() const
{
    if (m_parsedModel->isEmpty())
        return {};
    return QString::fromStdString(m_parsedModel->jsonValue().dump(2, ' ', false, json::error_handler_t::replace));
}

} // namespace fapo
