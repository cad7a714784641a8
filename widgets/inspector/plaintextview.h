#pragma once
// A read-only, monospace view of trace text (prompts, outputs, templates). Text is always plain: model
// output is never interpreted as markup. Given spans are tinted, and name their source in a tool tip.
#include <QList>
#include <QPair>
#include <QPlainTextEdit>
#include <vector>

namespace fapo {

class PlainTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    struct Span {
        qsizetype start = 0; // offsets into the QString given to setText
        qsizetype length = 0;
        QString label; // shown in the tool tip, e.g. "input.question"
        int tint = 0; // index into the tint cycle (inspector::tintColor)
    };

    explicit PlainTextView(QWidget* parent = nullptr);

    // Shows `text` literally and tints `spans` (zero-length spans are ignored).
    void setText(const QString& text, const QList<Span>& spans = {});
    QString text() const { return m_text; }
    QList<Span> spans() const { return m_spans; }
    // (start, length) of every tinted span, in offsets of text().
    QList<QPair<int, int>> highlightedSpans() const;
    // The label of the span covering `offset` of text(), or an empty string.
    QString labelAt(qsizetype offset) const;
    // Rich-text template of a span's tool tip; %1 is the (escaped) label. Default: "Substituted from %1".
    void setToolTipTemplate(const QString& richText) { m_toolTipTemplate = richText; }

    // The height (frame included) that shows the text wrapped at widget width `width`, at most `maxLines` lines.
    int fittingHeight(int width, int maxLines) const;

public Q_SLOTS:
    // Copies the whole text (not only the selection) to the clipboard.
    void copyAll();

Q_SIGNALS:
    void copied();

protected:
    bool viewportEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int documentPosition(qsizetype offset) const;
    qsizetype textOffset(int position) const;
    void applySpans();

    QString m_text;
    QString m_toolTipTemplate;
    QList<Span> m_spans;
    std::vector<qsizetype> m_crlf; // offsets of "\r\n" pairs: the document keeps one character for each
};

} // namespace fapo
