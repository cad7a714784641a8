#pragma once
// The inspector's header: step id, kind, status chip, cache badge, and the record's facts (example, model,
// tokens, latency, cost, request id). Facts that do not apply to the step's kind are hidden.
#include "core/domain/enums.h"
#include "core/formats/pipeline.h"
#include "core/workspace/records.h"
#include "widgets/inspector/exampleoutcome.h"
#include <optional>
#include "models/statuspalette.h"
#include <QWidget>

class QLabel;
class QToolButton;

namespace fapo {

enum class StepStatus { NotRun, Passed, CheckFailed, Error };

class StepHeader : public QWidget {
    Q_OBJECT
public:
    explicit StepHeader(QWidget* parent = nullptr);

    // `record` null: the step did not run for this example.
    void showStep(const Step& step, const QString& exampleId, const StepRecord* record, const StepVerdict& verdict = {});
    StepStatus status() const { return m_status; }

    static StepStatus statusOf(const StepRecord* record);
    static QString statusText(StepStatus status);
    QString verdictText() const; // the verdict chip's text (empty when hidden)

Q_SIGNALS:
    void stepRequested(const QString& stepId); // "Go to the origin"

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* addFact(const QString& caption, QLabel** value, const QString& objectName);
    void restyle();

    StepStatus m_status = StepStatus::NotRun;
    QLabel* m_kindIcon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_verdictChip = nullptr; // the step's part in the example's failure
    QToolButton* m_originLink = nullptr; // jumps to where the failure starts, from any other step
    QString m_origin;
    StatusTone m_verdictTone = StatusTone::Neutral;
    QLabel* m_kindBadge = nullptr;
    QLabel* m_statusChip = nullptr;
    QLabel* m_cacheChip = nullptr;
    QLayout* m_facts = nullptr;
    QLabel* m_example = nullptr;
    QLabel* m_model = nullptr;
    QLabel* m_tokens = nullptr;
    QLabel* m_cacheTokens = nullptr;
    QLabel* m_latency = nullptr;
    QLabel* m_cost = nullptr;
    QLabel* m_requestId = nullptr;
    QWidget* m_modelFact = nullptr;
    QWidget* m_tokensFact = nullptr;
    QWidget* m_cacheTokensFact = nullptr;
    QWidget* m_costFact = nullptr;
    QWidget* m_requestFact = nullptr;
};

} // namespace fapo
