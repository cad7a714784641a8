#include "widgets/inspector/stepheader.h"
#include "models/formatting.h"
#include "core/analysis/labels.h"
#include "core/runview/statustexts.h"
#include "widgets/inspector/flowlayout.h"
#include "widgets/inspector/inspectorstyle.h"
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace fapo {

using namespace inspector;

StepHeader::StepHeader(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("inspectorHeader"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    m_kindIcon = plainLabel(this);
    m_kindIcon->setFixedSize(20, 20);
    m_title = plainLabel(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_kindBadge = plainLabel(this);
    m_kindBadge->setObjectName(QStringLiteral("kindBadge"));
    m_statusChip = plainLabel(this);
    m_statusChip->setObjectName(QStringLiteral("statusChip"));
    m_verdictChip = plainLabel(this);
    m_verdictChip->setObjectName(QStringLiteral("verdictChip"));
    m_verdictChip->hide();
    m_originLink = new QToolButton(this);
    m_originLink->setObjectName(QStringLiteral("originLink"));
    m_originLink->setAutoRaise(true);
    m_originLink->setCursor(Qt::PointingHandCursor);
    m_originLink->setForegroundRole(QPalette::Link);
    QFont underlined = m_originLink->font();
    underlined.setUnderline(true); // reads as a link
    m_originLink->setFont(underlined);
    m_originLink->hide();
    connect(m_originLink, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(m_origin); });
    m_cacheChip = plainLabel(this, tr("cached"));
    m_cacheChip->setObjectName(QStringLiteral("cacheChip"));
    m_cacheChip->setToolTip(tr("Answered from the response cache: no model call was paid for"));
    titleRow->addWidget(m_kindIcon);
    titleRow->addWidget(m_title);
    titleRow->addSpacing(4);
    titleRow->addWidget(m_kindBadge);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);
    // The chips wrap in a narrow dock instead of being cut off.
    auto* chips = new FlowLayout(6, 4);
    chips->addWidget(m_statusChip);
    chips->addWidget(m_verdictChip);
    chips->addWidget(m_originLink);
    chips->addWidget(m_cacheChip);
    layout->addLayout(chips);

    m_facts = new FlowLayout(28, 8);
    addFact(tr("Example"), &m_example, QStringLiteral("exampleLabel"));
    m_modelFact = addFact(tr("Model"), &m_model, QStringLiteral("modelValue"));
    m_tokensFact = addFact(tr("Tokens in / out"), &m_tokens, QStringLiteral("tokensValue"));
    m_cacheTokensFact = addFact(tr("Cache read / write"), &m_cacheTokens, QStringLiteral("cacheTokensValue"));
    addFact(tr("Latency"), &m_latency, QStringLiteral("latencyValue"));
    m_costFact = addFact(tr("Cost"), &m_cost, QStringLiteral("costValue"));
    m_requestFact = addFact(tr("Request ID"), &m_requestId, QStringLiteral("requestIdValue"));
    m_requestId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addLayout(m_facts);
    restyle();
}

// A small muted caption above a selectable value.
QWidget* StepHeader::addFact(const QString& caption, QLabel** value, const QString& objectName)
{
    auto* fact = new QWidget(this);
    auto* v = new QVBoxLayout(fact);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    QLabel* captionLabel = plainLabel(fact, caption);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    captionLabel->setFont(small);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    *value = plainLabel(fact);
    (*value)->setObjectName(objectName);
    (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(captionLabel);
    v->addWidget(*value);
    m_facts->addWidget(fact);
    return fact;
}

StepStatus StepHeader::statusOf(const StepRecord* record)
{
    if (!record)
        return StepStatus::NotRun;
    if (!record->error.isEmpty())
        return StepStatus::Error;
    return record->passed ? StepStatus::Passed : StepStatus::CheckFailed;
}

QString StepHeader::statusText(StepStatus status)
{
    switch (status) {
    case StepStatus::Passed:
        return tr("Passed");
    case StepStatus::CheckFailed:
        return tr("Check failed");
    case StepStatus::Error:
        return tr("Error");
    case StepStatus::NotRun:
        break;
    }
    return tr("Not run");
}

void StepHeader::showStep(const Step& step, const QString& exampleId, const StepRecord* record, const StepVerdict& verdict)
{
    m_status = statusOf(record);
    const QString kind = nameOf(step.kind);
    const QIcon icon(QStringLiteral(":/icons/step-") + kind + QStringLiteral(".svg"));
    m_kindIcon->setPixmap(icon.pixmap(QSize(20, 20), devicePixelRatioF()));
    m_title->setText(step.id);
    m_kindBadge->setText(kind);
    m_statusChip->setText(statusText(m_status));
    switch (m_status) {
    case StepStatus::Error:
        m_statusChip->setToolTip(plainToolTip(record->error));
        break;
    case StepStatus::NotRun:
        m_statusChip->setToolTip(tr("No record for this example: an upstream step failed, or the run stopped."));
        break;
    default:
        m_statusChip->setToolTip(QString());
    }
    // What this step had to do with the example's failure: a step that passed its own checks can still
    // be where the failure starts.
    QString why;
    switch (verdict.role) {
    case FailureRole::Origin:
        m_verdictTone = StatusTone::Origin;
        if (verdict.method) {
            m_verdictChip->setText(tr("Failure starts here: %1").arg(failureClassText(verdict.failureClass)));
            why = tr("Found by %1. The Evidence tab says what decided it.").arg(methodText(*verdict.method));
        } else {
            m_verdictChip->setText(tr("Failure starts here"));
            why = tr("No analysis yet: the first step that failed (or the output). Analyze the run to find where the failure starts.");
        }
        break;
    case FailureRole::Carried:
        m_verdictTone = StatusTone::Affected;
        m_verdictChip->setText(tr("Carried from %1").arg(verdict.origin));
        why = failureRoleText(verdict.role);
        break;
    case FailureRole::OwnFailure:
    case FailureRole::NotInvolved:
        m_verdictTone = StatusTone::Neutral;
        m_verdictChip->setText(tr("Failure starts at %1").arg(verdict.origin));
        why = failureRoleText(verdict.role);
        break;
    case FailureRole::Passed:
        break;
    }
    m_verdictChip->setToolTip(plainToolTip(why));
    m_verdictChip->setVisible(verdict.role != FailureRole::Passed);
    m_origin = verdict.origin;
    const bool elsewhere = verdict.role != FailureRole::Passed && verdict.role != FailureRole::Origin && !verdict.origin.isEmpty();
    m_originLink->setText(tr("Go to %1 →").arg(verdict.origin));
    m_originLink->setToolTip(tr("Inspect the step where this example's failure starts"));
    m_originLink->setVisible(elsewhere);
    if (verdict.role != FailureRole::Passed && m_status == StepStatus::Passed)
        m_statusChip->setText(tr("Own checks passed"));
    m_cacheChip->setVisible(record && record->cacheHit);
    m_example->setText(exampleId);

    const QLocale locale;
    const QString none = QStringLiteral("\u2014");
    const bool llm = step.kind == StepKind::Llm;
    m_model->setText(record && !record->model.isEmpty() ? record->model : step.model);
    m_modelFact->setVisible(llm);
    m_tokens->setText(record ? tr("%1 / %2").arg(locale.toString(record->inputTokens), locale.toString(record->outputTokens)) : none);
    m_tokensFact->setVisible(llm);
    m_cacheTokens->setText(record ? tr("%1 / %2").arg(locale.toString(record->cacheReadTokens), locale.toString(record->cacheWriteTokens))
                                  : none);
    m_cacheTokensFact->setVisible(llm && record && (record->cacheReadTokens > 0 || record->cacheWriteTokens > 0));
    m_latency->setText(record ? tr("%1 ms").arg(locale.toString(record->durationMs)) : none);
    m_latency->setToolTip(record && record->startedAt.isValid()
                              ? tr("Started %1").arg(locale.toString(record->startedAt.toLocalTime(), QLocale::LongFormat))
                              : QString());
    m_cost->setText(record ? formatUsd(record->costUsd) : none);
    m_cost->setToolTip(record && record->cacheHit ? tr("Answered from the cache: nothing was paid for this call.") : QString());
    m_costFact->setVisible(llm);
    m_requestId->setText(record && !record->requestId.isEmpty() ? record->requestId : none);
    m_requestFact->setVisible(llm && record && record->called);
    restyle();
}

QString StepHeader::verdictText() const { return m_verdictChip->isVisibleTo(this) ? m_verdictChip->text() : QString(); }

void StepHeader::restyle()
{
    const QPalette pal = palette();
    m_kindBadge->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 9px; padding: 1px 8px; }")
                                   .arg(cssColor(pal.color(QPalette::WindowText)), cssColor(toneBackground(StatusTone::Neutral, pal))));
    StatusTone tone = StatusTone::Neutral;
    switch (m_status) {
    case StepStatus::Passed:
        tone = StatusTone::Pass;
        break;
    case StepStatus::CheckFailed:
        tone = StatusTone::Warn;
        break;
    case StepStatus::Error:
        tone = StatusTone::Fail;
        break;
    case StepStatus::NotRun:
        break;
    }
    m_statusChip->setStyleSheet(chipStyle(tone, pal));
    m_cacheChip->setStyleSheet(chipStyle(StatusTone::Info, pal));
    m_verdictChip->setStyleSheet(chipStyle(m_verdictTone, pal));
}

void StepHeader::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        restyle();
}

} // namespace fapo
