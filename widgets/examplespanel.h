#pragma once
// The examples table with its filter bar: failed only, by origin step, by text; j/k move, Enter inspects.
#include "core/runview/runsnapshot.h"
#include <QWidget>

class QTableView;
class QLineEdit;
class QCheckBox;
class QComboBox;
class QLabel;

namespace fapo {

class ExamplesModel;
class ExampleFilterProxy;

class ExamplesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExamplesPanel(QWidget* parent = nullptr);
    void setSnapshot(RunSnapshotPtr snapshot);
    void setPreviews(const RunSnapshotPtr& snapshot, std::shared_ptr<const std::vector<QString>> previews);
    QString currentExample() const;
    void selectExample(const QString& id);
    void selectFirstFailure();
    // Shows the failed examples whose failure starts at `step` (empty: any origin).
    void filterByOrigin(const QString& step);
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void exampleSelected(const QString& exampleId); // empty: none
    void inspectRequested(const QString& exampleId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void moveBy(int delta);
    ExamplesModel* m_model;
    ExampleFilterProxy* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QCheckBox* m_failedOnly;
    QComboBox* m_origin;
    QLabel* m_count;
};

} // namespace fapo
