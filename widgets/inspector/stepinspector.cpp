#include "widgets/inspector/stepinspector.h"
#include <algorithm>
#include "widgets/emptystate.h"
#include "widgets/inspector/answerpane.h"
#include "widgets/inspector/evidencepane.h"
#include "widgets/inspector/checkspane.h"
#include "widgets/inspector/flowlayout.h"
#include "widgets/inspector/parsedpane.h"
#include "widgets/inspector/inspectorstyle.h"
#include "widgets/inspector/passagesview.h"
#include "widgets/inspector/plaintextview.h"
#include "widgets/inspector/stepheader.h"
#include "models/jsontreemodel.h"
#include "core/run/stepinputs.h"
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fapo {

using nlohmann::json;
using namespace inspector;

namespace {

QString indentedJson(const QString& text)
{
    const json value = json::parse(text.toStdString(), nullptr, false);
    if (value.is_discarded())
        return text;
    return QString::fromStdString(value.dump(2, ' ', false, json::error_handler_t::replace));
}

} // namespace

struct StepInspector::Section {
    QWidget* widget = nullptr;
    QLabel* caption = nullptr;
    QLabel* meta = nullptr;
    QToolButton* copy = nullptr;
    PlainTextView* view = nullptr;

    void setText(const QString& text, const QList<PlainTextView::Span>& spans = {})
    {
        view->setText(text, spans);
        meta->setText(text.isEmpty() ? QString() : StepInspector::tr("%n character(s)", nullptr, int(text.size())));
        copy->setEnabled(!text.isEmpty());
    }
};

StepInspector::StepInspector(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_emptyText = tr("Select an example and a step to inspect it.");
    auto* empty = new EmptyState(tr("No step selected"), m_emptyText, m_stack);
    empty->setObjectName(QStringLiteral("emptyState"));
    m_stack->addWidget(empty);

    auto* page = new QWidget(m_stack);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_header = new StepHeader(page);
    pageLayout->addWidget(m_header);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildPromptTab(), tr("Prompt"));
    m_tabs->addTab(buildTemplateTab(), tr("Template"));
    m_tabs->addTab(buildOutputTab(), tr("Output"));
    m_parsed = new ParsedPane;
    m_checksTab = new ChecksPane;
    m_tabs->addTab(m_parsed, tr("Parsed"));
    m_tabs->addTab(m_checksTab, tr("Checks"));
    m_passages = new PassagesView(m_tabs);
    m_passages->setObjectName(QStringLiteral("passages"));
    m_passages->layout()->setContentsMargins(10, 10, 10, 10);
    m_tabs->addTab(m_passages, tr("Passages"));
    m_evidence = new EvidencePane;
    m_evidence->setObjectName(QStringLiteral("evidence"));
    auto* evidenceScroll = new QScrollArea;
    evidenceScroll->setWidget(m_evidence);
    evidenceScroll->setWidgetResizable(true);
    evidenceScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(evidenceScroll, tr("Evidence"));
    m_tabs->setTabToolTip(EvidenceTab, tr("Why the analysis puts the example's failure where it does"));
    connect(m_evidence, &EvidencePane::stepRequested, this, &StepInspector::stepRequested);
    connect(m_header, &StepHeader::stepRequested, this, &StepInspector::stepRequested);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    restyle();
    clear();
}

StepInspector::~StepInspector() = default;

StepInspector::Section* StepInspector::makeSection(QWidget* parent, const QString& name, const QString& copyTip)
{
    auto section = std::make_unique<Section>();
    section->widget = new QWidget(parent);
    auto* layout = new QVBoxLayout(section->widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    section->caption = plainLabel(section->widget);
    QFont bold = section->caption->font();
    bold.setBold(true);
    section->caption->setFont(bold);
    section->meta = plainLabel(section->widget);
    section->meta->setForegroundRole(QPalette::PlaceholderText);
    section->copy = new QToolButton(section->widget);
    section->copy->setObjectName(name + QStringLiteral("Copy"));
    section->copy->setText(tr("Copy"));
    section->copy->setToolTip(copyTip);
    section->copy->setAutoRaise(true);
    section->view = new PlainTextView(section->widget);
    section->view->setObjectName(name);
    row->addWidget(section->caption);
    row->addWidget(section->meta);
    row->addStretch(1);
    row->addWidget(section->copy);
    layout->addLayout(row);
    layout->addWidget(section->view, 1);

    QToolButton* button = section->copy;
    PlainTextView* view = section->view;
    connect(button, &QToolButton::clicked, view, &PlainTextView::copyAll);
    connect(view, &PlainTextView::copied, button, [this, button] {
        button->setText(tr("Copied"));
        QTimer::singleShot(1500, button, [this, button] { button->setText(tr("Copy")); });
    });
    m_sections.push_back(std::move(section));
    return m_sections.back().get();
}

QWidget* StepInspector::buildPromptTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    m_promptNotice = plainLabel(tab);
    m_promptNotice->setObjectName(QStringLiteral("promptNotice"));
    m_promptNotice->setWordWrap(true);
    layout->addWidget(m_promptNotice);
    m_system = makeSection(tab, QStringLiteral("renderedSystem"), tr("Copy the system prompt as sent"));
    m_prompt = makeSection(tab, QStringLiteral("renderedPrompt"), tr("Copy the prompt as sent"));
    layout->addWidget(m_system->widget);
    layout->addWidget(m_prompt->widget, 1);
    m_legend = new QWidget(tab);
    m_legend->setObjectName(QStringLiteral("referenceLegend"));
    m_legend->setLayout(new FlowLayout(6, 4));
    layout->addWidget(m_legend);
    layout->addStretch(0); // takes the space a short, fitted query leaves
    return tab;
}

QWidget* StepInspector::buildTemplateTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    m_systemTemplate = makeSection(tab, QStringLiteral("systemTemplate"), tr("Copy the template"));
    m_promptTemplate = makeSection(tab, QStringLiteral("promptTemplate"), tr("Copy the template"));
    m_systemTemplate->view->setToolTipTemplate(tr("Reference to <b>%1</b>"));
    m_promptTemplate->view->setToolTipTemplate(tr("Reference to <b>%1</b>"));
    layout->addWidget(m_systemTemplate->widget);
    layout->addWidget(m_promptTemplate->widget, 1);
    layout->addStretch(0);
    return tab;
}

QWidget* StepInspector::buildOutputTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(10);
    m_answer = new AnswerPane(tab);
    layout->addWidget(m_answer);
    m_errorBox = new QWidget(tab);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorBox->setAttribute(Qt::WA_StyledBackground);
    auto* errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(10, 8, 10, 6);
    errorLayout->setSpacing(2);
    m_errorCaption = plainLabel(m_errorBox, tr("Error"));
    QFont bold = m_errorCaption->font();
    bold.setBold(true);
    m_errorCaption->setFont(bold);
    m_error = new PlainTextView(m_errorBox);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setFrameShape(QFrame::NoFrame);
    m_error->document()->setDocumentMargin(2);
    m_error->viewport()->setAutoFillBackground(false);
    errorLayout->addWidget(m_errorCaption);
    errorLayout->addWidget(m_error);
    layout->addWidget(m_errorBox);
    m_output = makeSection(tab, QStringLiteral("outputText"), tr("Copy the output text"));
    m_output->caption->setText(tr("Output"));
    layout->addWidget(m_output->widget, 1);
    return tab;
}

void StepInspector::clear()
{
    m_stepId.clear();
    m_exampleId.clear();
    m_status = Status::NotRun;
    m_tints.clear();
    for (const auto& section : m_sections)
        section->setText(QString());
    m_error->setText(QString());
    m_errorBox->hide();
    m_parsed->clear();
    m_checksTab->clear();
    m_passages->clear();
    m_answer->show({});
    m_evidence->clear();
    rebuildLegend({});
    m_stack->setCurrentIndex(0);
}

bool StepInspector::isEmpty() const { return m_stack->currentIndex() == 0; }

QString StepInspector::emptyStateText() const { return isEmpty() ? m_emptyText : QString(); }

QString StepInspector::statusText() const { return StepHeader::statusText(m_status); }

QString StepInspector::renderedPromptText() const { return m_prompt->view->text(); }
QString StepInspector::renderedSystemText() const { return m_system->view->text(); }
QList<QPair<int, int>> StepInspector::highlightedPromptSpans() const { return m_prompt->view->highlightedSpans(); }
QList<QPair<int, int>> StepInspector::highlightedSystemSpans() const { return m_system->view->highlightedSpans(); }
QString StepInspector::templateText() const { return m_promptTemplate->view->text(); }
QList<QPair<int, int>> StepInspector::templateReferenceSpans() const { return m_promptTemplate->view->highlightedSpans(); }
QString StepInspector::outputText() const { return m_output->view->text(); }
QString StepInspector::errorText() const { return m_error->text(); }
bool StepInspector::hasParsedValue() const { return !m_parsed->model()->isEmpty(); }
JsonTreeModel* StepInspector::parsedModel() const { return m_parsed->model(); }
QTreeWidget* StepInspector::checksList() const { return m_checksTab->checksList(); }

QStringList StepInspector::promptSpanReferences() const
{
    QStringList refs;
    for (const PlainTextView::Span& s : m_prompt->view->spans())
        refs << s.label;
    return refs;
}

QString StepInspector::parsedJsonText() const { return m_parsed->parsedJsonText(); }

int StepInspector::tintOf(const QString& reference)
{
    const auto it = m_tints.constFind(reference);
    if (it != m_tints.constEnd())
        return *it;
    const int tint = int(m_tints.size());
    m_tints.insert(reference, tint);
    return tint;
}

void StepInspector::showStep(const Step& step, const Example& example, const std::map<QString, StepRecord>& records,
                             const ExampleOutcome& outcome)
{
    const auto it = records.find(step.id);
    const StepRecord* record = it == records.end() ? nullptr : &it->second;
    m_stepId = step.id;
    m_exampleId = example.id;
    m_tints.clear();
    // Colours follow the order references appear in the step's templates, so prompt and template agree.
    for (const auto& [field, text] : step.templates()) {
        for (const TemplateRef& ref : parseTemplate(text).refs)
            tintOf(ref.text);
    }
    m_status = StepHeader::statusOf(record);

    // Queries and command lines are short: they take the lines they need instead of the whole tab.
    m_fitPrompt = step.kind == StepKind::Retrieve;
    m_fitTemplate = step.kind == StepKind::Retrieve || step.kind == StepKind::Command;
    m_header->showStep(step, example.id, record, outcome.verdict);
    showPrompt(step, example, records, record);
    showTemplate(step);
    showOutput(record);
    const bool parsed = m_parsed->show(record);
    m_tabs->setTabEnabled(ParsedTab, parsed);
    m_tabs->setTabToolTip(ParsedTab, parsed ? QString() : tr("No parsed value: the step's output is text"));
    const ChecksPane::Counts checks = m_checksTab->show(step, example, record);
    m_tabs->setTabText(ChecksTab, checks.total ? tr("Checks %1/%2").arg(checks.passed).arg(checks.total) : tr("Checks"));
    setTabDot(ChecksTab, checks.total == 0 ? -1 : int(checks.passed == checks.total ? StatusTone::Pass : StatusTone::Fail));
    showPassages(step, example, record);
    m_answer->show(outcome.answer);
    if (std::any_of(outcome.answer.begin(), outcome.answer.end(), [](const MetricComparison& c) { return c.gate && c.score && !c.passed; }))
        setTabDot(OutputTab, int(StatusTone::Fail)); // the final answer is wrong
    m_evidence->show(example.id, step.id, outcome);
    m_tabs->setTabEnabled(EvidenceTab, outcome.failed);
    m_tabs->setTabToolTip(EvidenceTab,
                          outcome.failed ? tr("Why the analysis puts the example's failure where it does")
                                         : tr("The example passed: there is no failure to explain"));
    setTabDot(EvidenceTab,
              !outcome.failed                                    ? -1
                  : outcome.verdict.role == FailureRole::Origin  ? int(StatusTone::Origin)
                  : outcome.verdict.role == FailureRole::Carried ? int(StatusTone::Affected)
                                                                 : -1);
    restyle();

    const int current = m_tabs->currentIndex();
    if (!m_tabs->isTabVisible(current) || !m_tabs->isTabEnabled(current))
        m_tabs->setCurrentIndex(OutputTab);
    m_stack->setCurrentIndex(1);
    fitHeights();
}

void StepInspector::showPrompt(const Step& step, const Example& example, const std::map<QString, StepRecord>& records,
                               const StepRecord* record)
{
    const StepInputs inputs(example, records);
    QStringList legend;
    bool marked = true;
    // The recorded text is the truth; it is marked only when re-rendering the template reproduces it.
    const auto render = [&](const QString& templateText, const QString* recorded, Section* section) {
        const RenderedText rendered = inputs.render(templateText);
        if (recorded && rendered.text != *recorded) {
            marked = false;
            section->setText(*recorded);
            return;
        }
        QList<PlainTextView::Span> spans;
        for (const RenderedSpan& s : rendered.spans) {
            spans << PlainTextView::Span { s.start, s.length, s.ref, tintOf(s.ref) };
            if (!legend.contains(s.ref))
                legend << s.ref;
        }
        section->setText(rendered.text, spans);
    };

    m_system->widget->setVisible(step.kind == StepKind::Llm && (!step.system.isEmpty() || (record && !record->system.isEmpty())));
    m_system->setText(QString());
    m_system->caption->setText(tr("System"));
    switch (step.kind) {
    case StepKind::Llm:
        m_prompt->caption->setText(tr("Prompt"));
        if (!step.promptName.isEmpty()) { // an app's call: the program rendered it
            m_system->setText(record ? record->system : QString());
            m_prompt->setText(record ? record->prompt : QString());
            break;
        }
        render(step.system, record ? &record->system : nullptr, m_system);
        render(step.prompt, record ? &record->prompt : nullptr, m_prompt);
        break;
    case StepKind::Retrieve:
        m_prompt->caption->setText(tr("Query"));
        render(step.query, record ? &record->prompt : nullptr, m_prompt);
        break;
    case StepKind::Transform:
        m_prompt->caption->setText(tr("Rendered template"));
        render(step.templateText, record ? &record->output : nullptr, m_prompt);
        break;
    case StepKind::Command: {
        m_prompt->caption->setText(tr("Standard input (JSON)"));
        if (record) {
            m_prompt->setText(indentedJson(record->prompt));
        } else {
            // What the runner would send: {"id", "input", "inputs": {REF: text}}.
            json refs = json::object();
            for (const QString& reference : step.inputs) {
                if (auto ref = parseReference(reference, nullptr))
                    refs[reference.toStdString()] = inputs.value(*ref).toStdString();
            }
            const json payload { { "id", example.id.toStdString() }, { "input", example.input }, { "inputs", refs } };
            m_prompt->setText(QString::fromStdString(payload.dump(2, ' ', false, json::error_handler_t::replace)));
        }
        break;
    }
    }
    m_prompt->view->setPlaceholderText(tr("(empty)"));
    m_substitutionsMarked = marked;
    const auto templates = step.templates();

    if (record && !step.promptName.isEmpty()) {
        // The program filled the template itself: what it sent is all there is to show.
        m_promptNotice->setText(tr("The program filled in the template of prompt \"%1\" and sent this text; the Template tab "
                                   "shows the template.")
                                    .arg(step.promptName));
        m_promptNotice->setProperty("tone", int(StatusTone::Neutral));
    } else if (!record && !step.promptName.isEmpty()) {
        m_promptNotice->setText(tr("The program has not called a model with this prompt for this example."));
        m_promptNotice->setProperty("tone", int(StatusTone::Neutral));
    } else if (!record) {
        m_promptNotice->setText(tr("This step has not run for this example. Below is a preview rendered from the "
                                   "upstream outputs that exist."));
        m_promptNotice->setProperty("tone", int(StatusTone::Neutral));
    } else if (!marked && std::all_of(templates.begin(), templates.end(), [](const auto& t) { return t.second.trimmed().isEmpty(); })) {
        // An imported span, or one an app's program sent: no template made it.
        m_promptNotice->setText(tr("Recorded as the step received it; the step has no template to compare it with."));
        m_promptNotice->setProperty("tone", int(StatusTone::Neutral));
    } else if (!marked) {
        m_promptNotice->setText(tr("The recorded text differs from the current template rendered with this example's "
                                   "records (the pipeline changed since this run?). Showing the recorded text; "
                                   "substitutions are not marked where it differs."));
        m_promptNotice->setProperty("tone", int(StatusTone::Warn));
    } else {
        m_promptNotice->clear();
    }
    m_promptNotice->setVisible(!m_promptNotice->text().isEmpty());
    rebuildLegend(legend);
}

void StepInspector::rebuildLegend(const QStringList& references)
{
    QLayout* layout = m_legend->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        // A chip may be the sender of the click that led here (stepRequested -> showStep): delete it later.
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    m_legend->setVisible(!references.isEmpty());
    if (references.isEmpty())
        return;
    QLabel* caption = plainLabel(m_legend, tr("Substituted:"));
    caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(caption);
    for (const QString& reference : references) {
        auto* chip = new QToolButton(m_legend);
        chip->setObjectName(QStringLiteral("legend:") + reference);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setAutoRaise(true);
        chip->setIcon(swatchIcon(tintOf(reference), palette()));
        chip->setText(reference);
        chip->setProperty("reference", reference);
        const auto ref = parseReference(reference, nullptr);
        if (ref && !ref->isInput()) {
            chip->setToolTip(tr("Output of step %1: click to inspect it").arg(ref->source));
            const QString source = ref->source;
            connect(chip, &QToolButton::clicked, this, [this, source] { Q_EMIT stepRequested(source); });
        } else {
            chip->setToolTip(tr("A field of the example's input"));
        }
        layout->addWidget(chip);
    }
}

void StepInspector::showTemplate(const Step& step)
{
    const auto show = [this](Section* section, const QString& text) {
        QList<PlainTextView::Span> spans;
        for (const TemplateRef& ref : parseTemplate(text).refs)
            spans << PlainTextView::Span { ref.start, ref.length, ref.text, tintOf(ref.text) };
        section->setText(text, spans);
    };
    m_systemTemplate->widget->setVisible(step.kind == StepKind::Llm && !step.system.isEmpty());
    m_systemTemplate->caption->setText(tr("System template"));
    show(m_systemTemplate, step.kind == StepKind::Llm ? step.system : QString());
    switch (step.kind) {
    case StepKind::Llm:
        m_promptTemplate->caption->setText(tr("Prompt template"));
        show(m_promptTemplate, step.prompt);
        break;
    case StepKind::Retrieve:
        m_promptTemplate->caption->setText(tr("Query template (top %1)").arg(step.topK));
        show(m_promptTemplate, step.query);
        break;
    case StepKind::Transform:
        m_promptTemplate->caption->setText(tr("Template"));
        show(m_promptTemplate, step.templateText);
        break;
    case StepKind::Command: {
        m_promptTemplate->caption->setText(tr("Command"));
        QStringList quoted;
        for (const QString& arg : step.argv)
            quoted << (arg.contains(QLatin1Char(' ')) || arg.isEmpty() ? QLatin1Char('"') + arg + QLatin1Char('"') : arg);
        m_promptTemplate->setText(tr("argv:    %1\ninputs:  %2\ntimeout: %3 ms")
                                      .arg(quoted.join(QLatin1Char(' ')), step.inputs.join(QStringLiteral(", ")))
                                      .arg(step.timeoutMs));
        break;
    }
    }
}

void StepInspector::showOutput(const StepRecord* record)
{
    const bool hasError = record && !record->error.isEmpty();
    m_error->setText(hasError ? record->error : QString());
    m_errorBox->setVisible(hasError);
    m_output->setText(record ? record->output : QString());
    m_output->view->setPlaceholderText(record ? tr("The step produced no output.") : tr("This step has not run for this example."));
    setTabDot(OutputTab, hasError ? int(StatusTone::Fail) : -1);
}

void StepInspector::fitHeights()
{
    // The system prompt and the error are usually short: they take the lines they need (up to a cap, then
    // scroll) and leave the rest of the tab to the prompt and the output.
    const int width = qMax(200, m_tabs->width() - 20);
    m_system->view->setFixedHeight(m_system->view->fittingHeight(width, 8));
    m_systemTemplate->view->setFixedHeight(m_systemTemplate->view->fittingHeight(width, 8));
    m_checksTab->fitHeights(width);
    m_evidence->fitHeights(width);
    for (Section* section : { m_prompt, m_promptTemplate }) {
        const bool fit = section == m_prompt ? m_fitPrompt : m_fitTemplate;
        section->widget->setSizePolicy(QSizePolicy::Preferred, fit ? QSizePolicy::Fixed : QSizePolicy::Preferred);
        if (fit) {
            section->view->setFixedHeight(section->view->fittingHeight(width, 8));
        } else {
            section->view->setMinimumHeight(0);
            section->view->setMaximumHeight(QWIDGETSIZE_MAX);
        }
    }
    if (!m_errorBox->isHidden())
        m_error->setFixedHeight(m_error->fittingHeight(width - 20, 8));
}

void StepInspector::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeights();
}

void StepInspector::showPassages(const Step& step, const Example& example, const StepRecord* record)
{
    const bool retrieve = step.kind == StepKind::Retrieve;
    m_tabs->setTabVisible(PassagesTab, retrieve);
    if (!retrieve) {
        m_passages->clear();
        return;
    }
    QStringList goldIds;
    bool hasGold = false;
    const json gold = jsonAtPath(example.stepExpected, step.id + QStringLiteral(".ids_include"));
    if (gold.is_array()) {
        hasGold = true;
        for (const json& id : gold)
            goldIds << jsonAsText(id);
    }
    m_passages->setPassages(record ? record->parsed : json::array(), goldIds, hasGold);
    m_tabs->setTabText(PassagesTab, record ? tr("Passages (%1)").arg(m_passages->passageCount()) : tr("Passages"));
    setTabDot(PassagesTab, m_passages->missingGold().isEmpty() ? -1 : int(StatusTone::Warn));
}

void StepInspector::setTabDot(int tab, int tone)
{
    m_tabDots[tab] = tone;
    m_tabs->setTabIcon(tab, tone < 0 ? QIcon() : toneIcon(StatusTone(tone), Glyph::Dot, palette()));
}

void StepInspector::restyle()
{
    const QPalette pal = palette();
    for (auto it = m_tabDots.cbegin(); it != m_tabDots.cend(); ++it)
        setTabDot(it.key(), it.value());
    m_checksTab->restyle(pal);
    m_answer->restyle(pal);
    m_evidence->restyle(pal);
    m_errorBox->setStyleSheet(boxStyle(QStringLiteral("#errorBox"), StatusTone::Fail, pal));
    QPalette errorCaption = pal;
    errorCaption.setColor(QPalette::WindowText, statusColor(StatusTone::Fail, pal));
    m_errorCaption->setPalette(errorCaption);
    QPalette transparent = pal;
    transparent.setColor(QPalette::Base, Qt::transparent);
    m_error->setPalette(transparent);

    m_promptNotice->setStyleSheet(noticeStyle(StatusTone(m_promptNotice->property("tone").toInt()), pal));
    for (QToolButton* chip : m_legend->findChildren<QToolButton*>())
        chip->setIcon(swatchIcon(tintOf(chip->property("reference").toString()), pal));
}

void StepInspector::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_stack)
        restyle();
}

} // namespace fapo
