#pragma once
// The inspector's Parsed tab (a pane): a step's parsed JSON value as a tree, its shape, and Copy as indented JSON.
#include "core/workspace/records.h"
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace fapo {

class JsonTreeModel;

class ParsedPane : public QWidget {
    Q_OBJECT
public:
    explicit ParsedPane(QWidget* parent = nullptr);
    // Shows the record's parsed value; false when there is none (the output is text, or no record).
    bool show(const StepRecord* record);
    void clear();
    QString parsedJsonText() const; // what Copy copies
    JsonTreeModel* model() const { return m_parsedModel; }

private:
    QLabel* m_parsedCaption = nullptr;
    QLabel* m_parsedMeta = nullptr;
    QToolButton* m_copyParsed = nullptr;
    QTreeView* m_parsedTree = nullptr;
    JsonTreeModel* m_parsedModel = nullptr;
};

} // namespace fapo
