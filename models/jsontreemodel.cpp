#include "models/jsontreemodel.h"
#include "models/formatting.h"

namespace fapo {

using nlohmann::json;

namespace {
constexpr int DisplayLimit = 300; // characters of a string shown in the value column
constexpr int ToolTipLimit = 4000;

QString fromStd(const std::string& s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

} // namespace

struct JsonTreeModel::Node {
    const json* value = nullptr;
    Node* parent = nullptr;
    int row = 0;
    QString key;
    QString path;
    bool childrenBuilt = false;
    bool scalarRoot = false; // invisible root whose only child is the scalar value itself
    std::vector<std::unique_ptr<Node>> children;

    int childCount() const
    {
        if (scalarRoot)
            return 1;
        return value && value->is_structured() ? int(value->size()) : 0;
    }
};

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const json& value)
{
    beginResetModel();
    m_root.reset();
    m_value = value;
    m_root = std::make_unique<Node>();
    m_root->value = &m_value;
    m_root->scalarRoot = !m_value.is_structured();
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
    m_value = json();
    endResetModel();
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node*>(index.internalPointer());
}

void JsonTreeModel::ensureChildren(Node* node) const
{
    if (node->childrenBuilt)
        return;
    node->childrenBuilt = true;
    const auto childPath = [node](const QString& part) { return node->path.isEmpty() ? part : node->path + QLatin1Char('.') + part; };
    if (node->scalarRoot) {
        auto child = std::make_unique<Node>();
        child->value = node->value;
        child->parent = node;
        child->key = tr("(value)");
        node->children.push_back(std::move(child));
        return;
    }
    const json& v = *node->value;
    if (!v.is_structured())
        return;
    node->children.reserve(v.size());
    int row = 0;
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it, ++row) {
            auto child = std::make_unique<Node>();
            child->value = &it.value();
            child->parent = node;
            child->row = row;
            child->key = fromStd(it.key());
            child->path = childPath(child->key);
            node->children.push_back(std::move(child));
        }
    } else {
        for (const json& element : v) {
            auto child = std::make_unique<Node>();
            child->value = &element;
            child->parent = node;
            child->row = row;
            child->key = QStringLiteral("[%1]").arg(row);
            child->path = childPath(QString::number(row));
            node->children.push_back(std::move(child));
            ++row;
        }
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_root || column < 0 || column >= NUM_COLUMNS || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    Node* p = nodeOf(parent);
    if (row >= p->childCount())
        return {};
    ensureChildren(p);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* node = nodeOf(child);
    Node* p = node->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_root || (parent.isValid() && parent.column() != 0))
        return 0;
    return nodeOf(parent)->childCount();
}

int JsonTreeModel::columnCount(const QModelIndex&) const { return NUM_COLUMNS; }

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const { return rowCount(parent) > 0; }

QString JsonTreeModel::typeName(const json& value)
{
    switch (value.type()) {
    case json::value_t::object:
        return QStringLiteral("object");
    case json::value_t::array:
        return QStringLiteral("array");
    case json::value_t::string:
        return QStringLiteral("string");
    case json::value_t::boolean:
        return QStringLiteral("boolean");
    case json::value_t::null:
    case json::value_t::discarded:
        return QStringLiteral("null");
    default:
        return QStringLiteral("number");
    }
}

QString JsonTreeModel::translatedType(const json& value) const
{
    switch (value.type()) {
    case json::value_t::object:
        return tr("object");
    case json::value_t::array:
        return tr("array");
    case json::value_t::string:
        return tr("string");
    case json::value_t::boolean:
        return tr("boolean");
    case json::value_t::null:
    case json::value_t::discarded:
        return tr("null");
    default:
        return tr("number");
    }
}

QString JsonTreeModel::summary(const json& value) const
{
    const int n = int(value.size());
    if (value.is_object())
        return QLatin1Char('{') + tr("%n key(s)", nullptr, n) + QLatin1Char('}');
    return QLatin1Char('[') + tr("%n item(s)", nullptr, n) + QLatin1Char(']');
}

QString JsonTreeModel::displayValue(const json& value)
{
    if (value.is_string()) {
        const std::string& s = value.get_ref<const std::string&>();
        QString text = fromStd(s.size() > size_t(DisplayLimit) * 4 ? s.substr(0, size_t(DisplayLimit) * 4) : s);
        const bool elided = text.size() > DisplayLimit || s.size() > size_t(DisplayLimit) * 4;
        text.truncate(DisplayLimit);
        // One line per row: show line breaks and tabs as visible marks rather than cutting the text off.
        text.replace(QLatin1Char('\n'), QChar(0x21B5)).replace(QLatin1Char('\r'), QString()).replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (elided)
            text += QChar(0x2026);
        return text;
    }
    if (value.is_null())
        return QStringLiteral("null");
    return fromStd(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_root)
        return {};
    const Node* node = nodeOf(index);
    const json& v = *node->value;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node->key;
        case ValueColumn:
            return v.is_structured() ? summary(v) : displayValue(v);
        case TypeColumn:
            return translatedType(v);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && v.is_string()) {
            const QString full = fromStd(v.get_ref<const std::string&>());
            if (full.size() > 60 || full.contains(QLatin1Char('\n')))
                return literalToolTip(full, ToolTipLimit);
        }
        if (index.column() == KeyColumn && !node->path.isEmpty())
            return literalToolTip(node->path, ToolTipLimit);
        return {};
    case PathRole:
        return node->path;
    case JsonRole:
        return fromStd(v.dump(v.is_structured() ? 2 : -1, ' ', false, json::error_handler_t::replace));
    case TypeNameRole:
        return typeName(v);
    case ChildCountRole:
        return v.is_structured() ? int(v.size()) : 0;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace fapo
