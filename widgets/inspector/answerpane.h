#pragma once
// The output step's answer beside the expected one, metric by metric, with each metric's result: the
// top of the inspector's Output tab for the pipeline's final step.
#include "core/eval/answercomparison.h"
#include <QWidget>

class QGridLayout;
class QLabel;

namespace fapo {

class AnswerPane : public QWidget {
    Q_OBJECT
public:
    explicit AnswerPane(QWidget* parent = nullptr);
    // Hides itself when `comparisons` is empty (not the output step, or no stored result).
    void show(const std::vector<MetricComparison>& comparisons);
    void restyle(const QPalette& palette);

    // What is shown, for tests: per metric, its expected, actual and result texts.
    QStringList expectedTexts() const;
    QStringList actualTexts() const;
    QStringList resultTexts() const;

private:
    QGridLayout* m_grid = nullptr;
    std::vector<MetricComparison> m_shown;
};

} // namespace fapo
