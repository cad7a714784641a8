#pragma once
// Per-step blame as horizontal bars: failures that start at a step, and failures that only travel
// through it, in the graph's origin and affected colours.
#include "models/stepblamemodel.h"
#include <QChartView>

namespace fapo {

class BlameChart : public QChartView {
    Q_OBJECT
public:
    explicit BlameChart(QWidget* parent = nullptr);
    void setRows(const std::vector<StepBlame>& rows);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    std::vector<StepBlame> m_rows;
};

} // namespace fapo
