#include "widgets/inspector/evidencepane.h"
#include "core/analysis/labels.h"
#include "core/analysis/verdictreason.h"
#include "widgets/inspector/flowlayout.h"
#include "widgets/inspector/inspectorstyle.h"
#include "widgets/inspector/plaintextview.h"
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace fapo {

using namespace inspector;

namespace {

QLabel* caption(QWidget* parent, const QString& text)
{
    QLabel* label = plainLabel(parent, text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel* wrapped(QWidget* parent, const QString& text = {})
{
    QLabel* label = plainLabel(parent, text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A caption over a box of rows: the caption and the box are shown and hidden together.
QWidget* section(QWidget* parent, const QString& title, QWidget** rows, QLayout* rowsLayout)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(caption(box, title));
    *rows = new QWidget(box);
    (*rows)->setLayout(rowsLayout);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(*rows);
    return box;
}

} // namespace

EvidencePane::EvidencePane(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(12);
    m_headline = wrapped(this);
    m_headline->setObjectName(QStringLiteral("evidenceHeadline"));
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_headline->setFont(big);
    layout->addWidget(m_headline);

    m_summary = new QWidget(this);
    auto* form = new QFormLayout(m_summary);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(3);
    m_kind = wrapped(m_summary);
    m_method = wrapped(m_summary);
    m_confidence = wrapped(m_summary);
    m_fixLevel = wrapped(m_summary);
    m_kind->setObjectName(QStringLiteral("evidenceKind"));
    m_method->setObjectName(QStringLiteral("evidenceMethod"));
    form->addRow(plainLabel(m_summary, tr("Kind of failure")), m_kind);
    form->addRow(plainLabel(m_summary, tr("Found by")), m_method);
    form->addRow(plainLabel(m_summary, tr("Confidence")), m_confidence);
    form->addRow(plainLabel(m_summary, tr("Smallest fix")), m_fixLevel);
    layout->addWidget(m_summary);

    m_pathBox = section(this, tr("Path of the failure, from where it starts to the output"), &m_path, new FlowLayout(4, 4));
    m_path->setObjectName(QStringLiteral("evidencePath"));
    layout->addWidget(m_pathBox);
    auto* reasonsLayout = new QVBoxLayout;
    reasonsLayout->setSpacing(6);
    m_reasonsBox = section(this, tr("Why here"), &m_reasons, reasonsLayout);
    layout->addWidget(m_reasonsBox);

    m_criticBox = new QWidget(this);
    auto* criticLayout = new QVBoxLayout(m_criticBox);
    criticLayout->setContentsMargins(0, 0, 0, 0);
    criticLayout->setSpacing(4);
    criticLayout->addWidget(caption(m_criticBox, tr("The critic's explanation (model text)")));
    m_critic = new PlainTextView(m_criticBox);
    m_critic->setObjectName(QStringLiteral("criticExplanation"));
    criticLayout->addWidget(m_critic);
    layout->addWidget(m_criticBox);

    auto* factsLayout = new QVBoxLayout;
    factsLayout->setSpacing(4);
    QWidget* factsBox = section(this, QString(), &m_facts, factsLayout);
    m_factsCaption = factsBox->findChild<QLabel*>();
    m_facts->setObjectName(QStringLiteral("evidenceFacts"));
    layout->addWidget(factsBox);
    layout->addStretch(1);
    clear();
}

void EvidencePane::clearRows(QWidget* box)
{
    QLayout* layout = box->layout();
    // Later, not now: the path button being clicked refills the pane from inside its own signal.
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}

void EvidencePane::clear()
{
    m_headline->clear();
    m_summary->hide();
    m_pathBox->hide();
    m_reasonsBox->hide();
    m_criticBox->hide();
    m_critic->setText(QString());
    m_factsCaption->parentWidget()->hide();
    clearRows(m_path);
    clearRows(m_reasons);
    clearRows(m_facts);
    m_factTones.clear();
}

void EvidencePane::show(const QString& exampleId, const QString& stepId, const ExampleOutcome& outcome)
{
    clear();
    const StepVerdict& at = outcome.verdict;
    if (!outcome.failed) {
        m_headline->setText(tr("%1 passed: there is no failure to explain.").arg(exampleId));
        return;
    }
    const QString origin = outcome.analysis ? outcome.analysis->origin : at.origin;
    if (stepId == origin)
        m_headline->setText(tr("The failure of %1 starts here, at “%2”.").arg(exampleId, stepId));
    else if (at.role == FailureRole::Carried)
        m_headline->setText(
            tr("The failure of %1 starts at “%2” and passes through “%3” on its way to the output.").arg(exampleId, origin, stepId));
    else
        m_headline->setText(tr("The failure of %1 starts at “%2”; “%3” is not on its path to the output.").arg(exampleId, origin, stepId));

    // The path: one button per step, so any of them is a click away.
    const QStringList path = outcome.analysis && !outcome.analysis->path.isEmpty() ? outcome.analysis->path : QStringList { origin };
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i > 0)
            m_path->layout()->addWidget(plainLabel(m_path, QStringLiteral("→")));
        auto* button = new QToolButton(m_path);
        button->setText(path[i]);
        button->setObjectName(QStringLiteral("pathStep"));
        button->setCheckable(true);
        button->setChecked(path[i] == stepId);
        if (path[i] == stepId) { // checked alone is faint in some styles
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        }
        button->setToolTip(path[i] == stepId ? tr("The step on show") : tr("Inspect “%1” for this example").arg(path[i]));
        const QString target = path[i];
        connect(button, &QToolButton::clicked, this, [this, button, target] {
            button->setChecked(true); // the step on show stays marked until the pane is refilled
            Q_EMIT stepRequested(target);
        });
        m_path->layout()->addWidget(button);
    }
    m_pathBox->show();

    if (!outcome.analysis) {
        auto* label = wrapped(m_reasons,
                              tr("No analysis of this run yet: the failure is put at the first step that failed its checks or "
                                 "did not run, else at the output. Analyze the run to find where it starts and why."));
        m_reasons->layout()->addWidget(label);
        m_reasonsBox->show();
        return;
    }
    const Verdict& v = *outcome.analysis;
    m_kind->setText(failureClassText(v.failureClass));
    m_method->setText(methodText(v.method));
    m_confidence->setText(QLocale().toString(v.confidence, 'f', 2));
    m_fixLevel->setText(fixLevelText(v.fixLevel));
    m_summary->show();
    for (const QString& reason : verdictReasons(v))
        m_reasons->layout()->addWidget(wrapped(m_reasons, QStringLiteral("• ") + reason));
    m_reasonsBox->show();
    if (const QString critic = criticExplanation(v); !critic.isEmpty()) {
        m_critic->setText(critic);
        m_criticBox->show();
    }

    const std::vector<EvidenceFact> facts = stepEvidenceFacts(v, stepId);
    if (facts.empty())
        return;
    m_factsCaption->setText(tr("What the analysis saw at “%1”").arg(stepId));
    if (stepId != origin) {
        // What went wrong here is explained by the cause upstream, not a second origin.
        QLabel* note = wrapped(m_facts, tr("Anything wrong here follows from the failure that starts at “%1”.").arg(origin));
        note->setForegroundRole(QPalette::PlaceholderText);
        m_facts->layout()->addWidget(note);
    }
    for (const EvidenceFact& fact : facts) {
        auto* row = new QWidget(m_facts);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(6);
        QLabel* icon = plainLabel(row);
        icon->setFixedSize(14, 14);
        icon->setAlignment(Qt::AlignTop);
        QLabel* text = wrapped(row, fact.text);
        text->setObjectName(QStringLiteral("evidenceFact"));
        h->addWidget(icon, 0, Qt::AlignTop);
        h->addWidget(text, 1);
        m_facts->layout()->addWidget(row);
        m_factTones.emplace_back(icon, fact.good);
    }
    m_factsCaption->parentWidget()->show();
    restyle(palette());
}

void EvidencePane::restyle(const QPalette& pal)
{
    for (const auto& [icon, good] : m_factTones) {
        const StatusTone tone = !good ? StatusTone::Neutral : *good ? StatusTone::Pass : StatusTone::Fail;
        const Glyph glyph = !good ? Glyph::Dot : *good ? Glyph::Check : Glyph::Cross;
        icon->setPixmap(toneIcon(tone, glyph, pal).pixmap(QSize(14, 14), devicePixelRatioF()));
    }
}

void EvidencePane::fitHeights(int width) { m_critic->setFixedHeight(m_critic->fittingHeight(width, 8)); }

QString EvidencePane::headline() const { return m_headline->text(); }

QStringList EvidencePane::reasons() const
{
    QStringList out;
    for (const QLabel* l : m_reasons->findChildren<QLabel*>(Qt::FindDirectChildrenOnly))
        out << (l->text().startsWith(QStringLiteral("• ")) ? l->text().mid(2) : l->text());
    return out;
}

QStringList EvidencePane::pathSteps() const
{
    QStringList out;
    for (const QToolButton* b : m_path->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly))
        out << b->text();
    return out;
}

QStringList EvidencePane::stepFacts() const
{
    QStringList out;
    for (const QLabel* l : m_facts->findChildren<QLabel*>(QStringLiteral("evidenceFact")))
        out << l->text();
    return out;
}

QString EvidencePane::criticText() const { return m_critic->text(); }

} // namespace fapo
