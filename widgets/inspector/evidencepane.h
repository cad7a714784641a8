#pragma once
// The inspector's Evidence tab (a pane): why the analysis put the example's failure where it did (the
// rule and what it matched, the replay that fixed it, the critic's judgement), the path from the origin
// to the output with a button per step, and what the analysis saw at the step on show.
#include "widgets/inspector/exampleoutcome.h"
#include <QWidget>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace fapo {

class PlainTextView;

class EvidencePane : public QWidget {
    Q_OBJECT
public:
    explicit EvidencePane(QWidget* parent = nullptr);
    void show(const QString& exampleId, const QString& stepId, const ExampleOutcome& outcome);
    void clear();
    void restyle(const QPalette& palette);
    void fitHeights(int width);

    // What is shown, for tests.
    QString headline() const;
    QStringList reasons() const;
    QStringList pathSteps() const;
    QStringList stepFacts() const;
    QString criticText() const;

Q_SIGNALS:
    void stepRequested(const QString& stepId);

private:
    void clearRows(QWidget* box);

    QLabel* m_headline = nullptr;
    QWidget* m_summary = nullptr; // kind, method, confidence, fix level
    QLabel* m_kind = nullptr;
    QLabel* m_method = nullptr;
    QLabel* m_confidence = nullptr;
    QLabel* m_fixLevel = nullptr;
    QWidget* m_pathBox = nullptr;
    QWidget* m_path = nullptr;
    QWidget* m_reasonsBox = nullptr;
    QWidget* m_reasons = nullptr;
    QWidget* m_criticBox = nullptr;
    PlainTextView* m_critic = nullptr;
    QLabel* m_factsCaption = nullptr;
    QWidget* m_facts = nullptr;
    std::vector<std::pair<QLabel*, std::optional<bool>>> m_factTones; // recoloured on palette changes
};

} // namespace fapo
