#pragma once
// The inspector's Checks tab (a pane): each check of the step with its result and detail, and the step's gold
// (step_expected) for this example.
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace fapo {

class PlainTextView;

class ChecksPane : public QWidget {
    Q_OBJECT
public:
    struct Counts {
        int passed = 0;
        int total = 0;
    };
    explicit ChecksPane(QWidget* parent = nullptr);
    Counts show(const Step& step, const Example& example, const StepRecord* record);
    void clear();
    void fitHeights(int width); // the gold and the list take the lines they need, up to a cap
    void restyle(const QPalette& palette); // result icons and colours follow the palette
    QTreeWidget* checksList() const { return m_checks; }

private:
    QTreeWidget* m_checks = nullptr;
    QLabel* m_noChecks = nullptr;
    QLabel* m_goldCaption = nullptr;
    PlainTextView* m_gold = nullptr;
};

} // namespace fapo
