#pragma once
// A read-only tree over one JSON value (a step's parsed output): columns key / value / type.
// Children are materialised on first access, so a 10k-element array costs nothing until expanded.
#include <QAbstractItemModel>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace fapo {

class JsonTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Columns { KeyColumn, ValueColumn, TypeColumn, NUM_COLUMNS };
    enum Roles {
        // QString: dotted path from the root as templates write it ("facts.0.title"); empty for the root.
        PathRole = Qt::UserRole,
        // QString: the node's value serialised as JSON (indented), e.g. for "copy value".
        JsonRole,
        // QString: "object" | "array" | "string" | "number" | "boolean" | "null" (untranslated).
        TypeNameRole,
        // QVariant: the child count of an object or array, 0 for scalars.
        ChildCountRole,
    };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Shows `value`. An object or array shows its members as top-level rows; a scalar (or null)
    // shows one row keyed "(value)".
    void setJson(const nlohmann::json& value);
    // No rows at all.
    void clear();
    bool isEmpty() const { return !m_root; }
    const nlohmann::json& jsonValue() const { return m_value; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The value shown in the value column (plain text, one line, elided after a few hundred characters).
    static QString displayValue(const nlohmann::json& value);
    static QString typeName(const nlohmann::json& value);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    void ensureChildren(Node* node) const;
    QString translatedType(const nlohmann::json& value) const;
    QString summary(const nlohmann::json& value) const;

    nlohmann::json m_value;
    std::unique_ptr<Node> m_root; // invisible root: its children are the top-level rows
};

} // namespace fapo
