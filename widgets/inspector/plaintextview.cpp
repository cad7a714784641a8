#include "widgets/inspector/plaintextview.h"
#include "widgets/inspector/inspectorstyle.h"
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QMenu>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace fapo {

PlainTextView::PlainTextView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    m_toolTipTemplate = tr("Substituted from <b>%1</b>");
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    document()->setDocumentMargin(6);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
}

void PlainTextView::setText(const QString& text, const QList<Span>& spans)
{
    m_text = text;
    m_spans.clear();
    for (const Span& s : spans) {
        if (s.length > 0 && s.start >= 0 && s.start + s.length <= text.size())
            m_spans << s;
    }
    m_crlf.clear();
    for (qsizetype i = text.indexOf(QLatin1String("\r\n")); i >= 0; i = text.indexOf(QLatin1String("\r\n"), i + 2))
        m_crlf.push_back(i);
    setPlainText(text);
    applySpans();
}

QList<QPair<int, int>> PlainTextView::highlightedSpans() const
{
    QList<QPair<int, int>> out;
    for (const Span& s : m_spans)
        out << qMakePair(int(s.start), int(s.length));
    return out;
}

QString PlainTextView::labelAt(qsizetype offset) const
{
    for (const Span& s : m_spans) {
        if (offset >= s.start && offset < s.start + s.length)
            return s.label;
    }
    return {};
}

int PlainTextView::documentPosition(qsizetype offset) const
{
    // Each "\r\n" before `offset` is one character in the document.
    const auto before = std::lower_bound(m_crlf.begin(), m_crlf.end(), offset) - m_crlf.begin();
    return int(offset - before);
}

qsizetype PlainTextView::textOffset(int position) const
{
    qsizetype offset = position;
    for (qsizetype crlf : m_crlf) {
        if (crlf < offset)
            ++offset;
        else
            break;
    }
    return offset;
}

void PlainTextView::applySpans()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_spans.size());
    for (const Span& s : m_spans) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(documentPosition(s.start));
        sel.cursor.setPosition(documentPosition(s.start + s.length), QTextCursor::KeepAnchor);
        sel.format.setBackground(inspector::tintColor(s.tint, palette()));
        selections << sel;
    }
    setExtraSelections(selections);
}

int PlainTextView::fittingHeight(int width, int maxLines) const
{
    const qreal margin = document()->documentMargin();
    const qreal lineWidth = qMax<qreal>(40, width - 2 * margin - 2 * frameWidth() - 4);
    QTextOption option;
    option.setWrapMode(wordWrapMode());
    int lines = 0;
    for (const QString& block : m_text.split(QLatin1Char('\n'))) {
        QTextLayout layout(block, font());
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid() && lines < maxLines; line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            ++lines;
        }
        layout.endLayout();
        if (lines >= maxLines)
            break;
    }
    lines = qBound(1, lines, maxLines);
    return int(std::ceil(lines * QFontMetricsF(font()).lineSpacing() + 2 * margin)) + 2 * frameWidth() + 2;
}

void PlainTextView::copyAll()
{
    QGuiApplication::clipboard()->setText(m_text);
    Q_EMIT copied();
}

bool PlainTextView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const QString label = m_spans.isEmpty() ? QString() : labelAt(textOffset(cursor.position()));
        if (label.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Escaped rich text: a label is never interpreted as markup.
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<qt>") + m_toolTipTemplate.arg(label.toHtmlEscaped()) + QStringLiteral("</qt>"), viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void PlainTextView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    QAction* copyAllAction = menu->addAction(tr("Copy All"), this, &PlainTextView::copyAll);
    copyAllAction->setEnabled(!m_text.isEmpty());
    QAction* wrap = menu->addAction(tr("Wrap Lines"));
    wrap->setCheckable(true);
    wrap->setChecked(lineWrapMode() != QPlainTextEdit::NoWrap);
    connect(wrap, &QAction::toggled, this, [this](bool on) { setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap); });
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void PlainTextView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applySpans();
}

} // namespace fapo
