#pragma once
// Everything one step did for one example: a header (status, model, tokens, latency, cost, request id)
// and tabs for the rendered prompt (substituted parts marked), the raw template, the output or error,
// the parsed value (for the output step, the expected answer beside it), the checks, for retrieve steps
// the ranked passages against the gold ids, and the evidence for where the example's failure starts.
// All trace and model text is shown as plain text.
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "widgets/inspector/stepheader.h"
#include "core/workspace/records.h"
#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>
#include <map>
#include <memory>
#include <vector>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace fapo {

class AnswerPane;
class EvidencePane;
class JsonTreeModel;
class PassagesView;
class ParsedPane;
class ChecksPane;
class PlainTextView;

class StepInspector : public QWidget {
    Q_OBJECT
public:
    using Status = StepStatus;
    enum Tab { PromptTab, TemplateTab, OutputTab, ParsedTab, ChecksTab, PassagesTab, EvidenceTab };

    explicit StepInspector(QWidget* parent = nullptr);
    ~StepInspector() override;

    // Shows `step` for `example`. The step's own record is recordsOfExample[step.id] (absent: not run);
    // the other records are the upstream steps whose outputs the templates substitute. `outcome`: what
    // the run and its analysis say about the example (the header's verdict, the Evidence tab, the answer).
    void showStep(const Step& step, const Example& example, const std::map<QString, StepRecord>& recordsOfExample,
                  const ExampleOutcome& outcome = {});
    // The empty state: "Select an example and a step to inspect it."
    void clear();

    // What is shown, for tests and for callers that want to reuse it.
    bool isEmpty() const;
    QString emptyStateText() const;
    QString stepId() const { return m_stepId; }
    QString exampleId() const { return m_exampleId; }
    Status status() const { return m_status; }
    QString statusText() const;
    // Rendered prompt of an llm step; the rendered query of a retrieve step; the rendered template of a
    // transform step; the stdin JSON of a command step (indented).
    QString renderedPromptText() const;
    QString renderedSystemText() const;
    // (start, length) of each substituted part of renderedPromptText() / renderedSystemText(), and the
    // references they came from, in the same order.
    QList<QPair<int, int>> highlightedPromptSpans() const;
    QList<QPair<int, int>> highlightedSystemSpans() const;
    QStringList promptSpanReferences() const;
    // False when the recorded prompt is not what the template renders to with these records (the
    // pipeline changed since the run): the recorded text is shown unmarked.
    bool substitutionsMarked() const { return m_substitutionsMarked; }
    QString templateText() const; // the prompt / query / template as written, {{refs}} marked
    QList<QPair<int, int>> templateReferenceSpans() const;
    QString outputText() const;
    QString errorText() const; // empty when the step had no error
    bool hasParsedValue() const;
    QString parsedJsonText() const; // indented JSON: what the Parsed tab's Copy button copies
    JsonTreeModel* parsedModel() const;
    QTreeWidget* checksList() const;
    PassagesView* passagesView() const { return m_passages; }
    EvidencePane* evidencePane() const { return m_evidence; }
    AnswerPane* answerPane() const { return m_answer; }
    StepHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    // The user asked to inspect an upstream step (clicked a reference under the prompt).
    void stepRequested(const QString& stepId);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Section;
    Section* makeSection(QWidget* parent, const QString& name, const QString& copyTip);
    QWidget* buildPromptTab();
    QWidget* buildTemplateTab();
    QWidget* buildOutputTab();
    void showPrompt(const Step& step, const Example& example, const std::map<QString, StepRecord>& records, const StepRecord* record);
    void showTemplate(const Step& step);
    void showOutput(const StepRecord* record);
    void showPassages(const Step& step, const Example& example, const StepRecord* record);
    void rebuildLegend(const QStringList& references);
    int tintOf(const QString& reference);
    void restyle();
    void setTabDot(int tab, int tone); // tone: PlainTextView::StatusTone, or -1 for none
    void fitHeights();

    QString m_stepId;
    QString m_exampleId;
    Status m_status = Status::NotRun;
    bool m_substitutionsMarked = true;
    bool m_fitPrompt = false; // the query of a retrieve step
    bool m_fitTemplate = false; // the query template, the command line
    QHash<QString, int> m_tints; // reference -> tint index, stable within one step
    QHash<int, int> m_tabDots; // tab -> tone of its status dot (-1: none), redrawn on palette changes

    QStackedWidget* m_stack = nullptr;
    QString m_emptyText;

    StepHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    // prompt tab
    Section* m_system = nullptr;
    Section* m_prompt = nullptr;
    QLabel* m_promptNotice = nullptr;
    QWidget* m_legend = nullptr;
    // template tab
    Section* m_systemTemplate = nullptr;
    Section* m_promptTemplate = nullptr;
    // output tab
    AnswerPane* m_answer = nullptr;
    QWidget* m_errorBox = nullptr;
    QLabel* m_errorCaption = nullptr;
    PlainTextView* m_error = nullptr;
    Section* m_output = nullptr;
    ParsedPane* m_parsed = nullptr;
    ChecksPane* m_checksTab = nullptr;
    // passages tab
    PassagesView* m_passages = nullptr;
    EvidencePane* m_evidence = nullptr;

    std::vector<std::unique_ptr<Section>> m_sections;
};

} // namespace fapo
