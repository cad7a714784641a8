#pragma once
// Score per optimisation round (validation and test, as lines) and what each round cost (bars).
#include "core/workspace/proposalrecords.h"
#include <QChartView>
#include <vector>

namespace fapo {

class RoundsChart : public QChartView {
    Q_OBJECT
public:
    explicit RoundsChart(QWidget* parent = nullptr);
    void setRounds(std::vector<RoundInfo> rounds);
    int roundCount() const { return int(m_rounds.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    std::vector<RoundInfo> m_rounds;
};

} // namespace fapo
