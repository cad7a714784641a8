#include "widgets/graph/nodeitem.h"
#include "widgets/failurelegend.h"

#include "widgets/graph/graphscene.h"
#include "models/stepgraphmodel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>
#include <memory>

namespace fapo {

namespace {

// Step cards, in scene units (points at 100 %).
constexpr qreal MinWidth = 184;
constexpr qreal MaxWidth = 300;
constexpr qreal MinHeight = 64;
constexpr qreal Radius = 8;
constexpr qreal Pad = 12;
constexpr qreal Stripe = 4; // failure-rate bar at the left edge
constexpr qreal Tile = 32; // the kind icon's tinted square
constexpr qreal TileGap = 10;
constexpr qreal LineGap = 2;
// Input pills.
constexpr qreal PillHeight = 28;
constexpr qreal PillIcon = 14;
constexpr qreal PillPad = 11;
constexpr qreal PillMinWidth = 96;
// Below this zoom, texts are unreadable: draw shapes only.
constexpr qreal TextLevelOfDetail = 0.4;

QFont scaled(const QFont& base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(std::max(1, qRound(base.pixelSize() * factor)));
    f.setWeight(weight);
    return f;
}

struct Fonts {
    QFont title;
    QFont body;
    QFont small;
    QFont tag;
    explicit Fonts(const QFont& base)
        : title(scaled(base, 1.08, QFont::DemiBold))
        , body(scaled(base, 0.95))
        , small(scaled(base, 0.9))
        , tag(scaled(base, 0.75, QFont::Bold))
    {
        tag.setCapitalization(QFont::AllUppercase);
        tag.setLetterSpacing(QFont::PercentageSpacing, 106);
    }
};

QColor kindColor(StepKind kind)
{
    // The icons' own stroke colours.
    switch (kind) {
    case StepKind::Llm:
        return QColor(0x7c, 0x5c, 0xd6);
    case StepKind::Retrieve:
        return QColor(0x2f, 0x80, 0xc8);
    case StepKind::Transform:
        return QColor(0x2e, 0x9d, 0x6a);
    case StepKind::Command:
        return QColor(0xc0, 0x77, 0x2b);
    }
    return QColor(0x6b, 0x72, 0x80);
}

// A step's icon, or a dataset input's (no kind).
QSvgRenderer* kindIcon(std::optional<StepKind> kind)
{
    // Rendered as vectors so icons stay sharp at any zoom. GUI thread only, like all painting.
    const QString name = kind ? nameOf(*kind) : QStringLiteral("input");
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, std::make_shared<QSvgRenderer>(QStringLiteral(":/icons/step-%1.svg").arg(name)));
    return it.value()->isValid() ? it.value().get() : nullptr;
}

void drawTag(QPainter* p, const QRectF& rect, const QString& text, const QFont& font, const QColor& fill, const QColor& ink)
{
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    p->setFont(font);
    p->setPen(ink);
    p->drawText(rect, Qt::AlignCenter, text);
}

QSizeF tagSize(const QString& text, const QFont& font)
{
    const QFontMetricsF fm(font);
    return QSizeF(std::ceil(fm.horizontalAdvance(text)) + 12, std::ceil(fm.height()) + 3);
}

QString kindText(StepKind kind, const QString& model)
{
    switch (kind) {
    case StepKind::Llm:
        return model.isEmpty() ? NodeItem::tr("LLM") : NodeItem::tr("LLM \u00b7 %1").arg(model);
    case StepKind::Retrieve:
        return NodeItem::tr("Retrieve");
    case StepKind::Transform:
        return NodeItem::tr("Transform");
    case StepKind::Command:
        return NodeItem::tr("Command");
    }
    return QString();
}

QString inputField(const QString& label) { return label.startsWith(QLatin1String("input.")) ? label.mid(6) : label; }

struct Counts {
    bool shown = false;
    int passed = 0;
    int failed = 0; // its own checks failed, or it errored
    double rate = 0.0;
    int origins = 0; // failures that start here
    int carried = 0; // failures that pass through
    double blame = 0.0; // share of the run's failures that start here
};

Counts countsOf(const StepGraphModel& model, NodeId id)
{
    Counts c;
    const QVariant passed = model.nodeData(id, NodeRole::Passed);
    const QVariant failed = model.nodeData(id, NodeRole::Failed);
    c.shown = passed.isValid() && failed.isValid(); // a run is loaded
    c.passed = passed.toInt();
    c.failed = failed.toInt();
    c.rate = model.nodeData(id, NodeRole::FailureRate).toDouble();
    c.origins = model.nodeData(id, NodeRole::Origins).toInt();
    c.carried = model.nodeData(id, NodeRole::Carried).toInt();
    c.blame = model.nodeData(id, NodeRole::BlameShare).toDouble();
    return c;
}

QString rateText(double rate) { return NodeItem::tr("%1%").arg(qRound(rate * 100)); }

} // namespace

NodeItem::NodeItem(NodeId id, QSizeF size)
    : m_id(id)
    , m_size(size)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
}

QRectF NodeItem::cardRect() const { return QRectF(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height()); }

QSizeF NodeItem::sizeFor(const StepGraphModel& model, NodeId id, const QFont& font)
{
    const Fonts fonts(font);
    const QString label = model.nodeData(id, model.isStep(id) ? NodeRole::Title : NodeRole::Label).toString();
    const std::optional<StepKind> kind = model.stepKind(id);
    if (!kind) {
        const QFontMetricsF fm(fonts.body);
        const qreal text = fm.horizontalAdvance(QStringLiteral("input.")) + fm.horizontalAdvance(inputField(label));
        return QSizeF(std::clamp(std::ceil(PillPad + PillIcon + 6 + text + PillPad + 2), PillMinWidth, MaxWidth), PillHeight);
    }
    const QFontMetricsF title(fonts.title);
    const QFontMetricsF body(fonts.body);
    const QFontMetricsF small(fonts.small);
    qreal titleWidth = title.horizontalAdvance(label);
    if (model.nodeData(id, NodeRole::IsOutput).toBool())
        titleWidth += 8 + tagSize(tr("output"), fonts.tag).width();
    const qreal kindWidth = body.horizontalAdvance(kindText(*kind, model.nodeData(id, NodeRole::Model).toString()));
    const qreal countsWidth = small.horizontalAdvance(QStringLiteral("9999  9999  9999  100%")) + 3 * 16;
    const qreal text = std::max({ titleWidth, kindWidth, countsWidth });
    const qreal width = std::clamp(std::ceil(Stripe + Pad + Tile + TileGap + text + Pad + 2), MinWidth, MaxWidth);
    const qreal height = std::max(MinHeight, std::ceil(2 * 9 + title.height() + body.height() + small.height() + 2 * LineGap));
    return QSizeF(width, height);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the focus ring, the shadow and the badges that sit on the card's top edge.
    return cardRect().adjusted(-8, -14, 14, 8);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    const QRectF card = cardRect();
    const qreal radius = scene() && graphScene() && !graphScene()->model()->isStep(m_id) ? card.height() / 2 : Radius;
    path.addRoundedRect(card, radius, radius);
    return path;
}

GraphScene* NodeItem::graphScene() const { return static_cast<GraphScene*>(scene()); }

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    GraphScene* gs = graphScene();
    if (!gs)
        return;
    const StepGraphModel& model = *gs->model();
    const GraphPalette& pal = gs->graphPalette();
    const Fonts fonts(gs->font());
    const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
    const bool detailed = lod >= TextLevelOfDetail;
    const QRectF card = cardRect();
    const std::optional<StepKind> kind = model.stepKind(m_id);
    const bool step = kind.has_value();
    const QString label = model.nodeData(m_id, step ? NodeRole::Title : NodeRole::Label).toString();
    const qreal radius = step ? Radius : card.height() / 2;

    p->setRenderHint(QPainter::Antialiasing);

    // Soft shadow: two offset layers are enough at this size and far cheaper than a blur effect.
    if (detailed) {
        p->setPen(Qt::NoPen);
        QColor soft = pal.shadow;
        soft.setAlphaF(soft.alphaF() * (m_hovered ? 0.9f : 0.55f));
        p->setBrush(soft);
        p->drawRoundedRect(card.translated(0, m_hovered ? 4 : 3).adjusted(-1, 0, 1, 1), radius + 1, radius + 1);
        p->setBrush(pal.shadow);
        p->drawRoundedRect(card.translated(0, 1), radius, radius);
    }

    if (isSelected()) {
        p->setPen(QPen(pal.selection, 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(card.adjusted(-4, -4, 4, 4), radius + 4, radius + 4);
    }

    if (!step) {
        // Inputs: a quiet grey pill with the field name.
        p->setPen(QPen(m_hovered ? pal.cardHoverBorder : pal.inputBorder, 1));
        p->setBrush(pal.inputFill);
        p->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        if (!detailed)
            return;
        const QRectF icon(card.left() + PillPad, card.center().y() - PillIcon / 2, PillIcon, PillIcon);
        if (QSvgRenderer* svg = kindIcon(std::nullopt))
            svg->render(p, icon);
        const QFontMetricsF fm(fonts.body);
        const QString prefix = QStringLiteral("input.");
        const qreal x = icon.right() + 6;
        const qreal available = card.right() - PillPad - x;
        const qreal prefixWidth = fm.horizontalAdvance(prefix);
        p->setFont(fonts.body);
        p->setPen(pal.secondaryText);
        p->drawText(QRectF(x, card.top(), prefixWidth + 1, card.height()), Qt::AlignLeft | Qt::AlignVCenter, prefix);
        p->setPen(pal.text);
        p->drawText(QRectF(x + prefixWidth, card.top(), available - prefixWidth, card.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(inputField(label), Qt::ElideRight, available - prefixWidth));
        return;
    }

    const Counts counts = countsOf(model, m_id);
    const auto highlight = NodeHighlight(model.nodeData(m_id, NodeRole::Highlight).toInt());
    const bool exampleSelected = !model.selectedExample().isEmpty();

    // Card and border: the border carries the selected example's state.
    QColor border = m_hovered ? pal.cardHoverBorder : pal.cardBorder;
    qreal borderWidth = 1;
    QColor fill = pal.cardFill;
    switch (highlight) {
    case NodeHighlight::Origin:
        border = pal.origin;
        borderWidth = 2.5;
        fill = GraphPalette::blend(fill, pal.origin, 0.08);
        break;
    case NodeHighlight::Affected:
        border = pal.affected;
        borderWidth = 2;
        break;
    case NodeHighlight::Passed:
        border = pal.pass;
        border.setAlphaF(0.75f);
        borderWidth = 1.5;
        break;
    case NodeHighlight::None:
        break;
    }
    // In a graph diff, a step the proposal adds (green) or changes (amber).
    const auto change = NodeChange(model.nodeData(m_id, NodeRole::Change).toInt());
    const QColor changeColour = change == NodeChange::Added ? pal.pass : pal.warn;
    if (change != NodeChange::None) {
        border = changeColour;
        borderWidth = 2.5;
        fill = GraphPalette::blend(fill, changeColour, 0.10);
    }
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(card, radius, radius);

    // Blame bar along the left edge, clipped to the card's rounded corners: the steps where most
    // failures start stand out from across the room.
    if (counts.shown && counts.passed + counts.failed > 0) {
        QPainterPath clip;
        clip.addRoundedRect(card, radius, radius);
        p->save();
        p->setClipPath(clip, Qt::IntersectClip);
        p->fillRect(QRectF(card.left(), card.top(), Stripe, card.height()), pal.failureColor(counts.blame));
        p->restore();
    }

    p->setPen(QPen(border, borderWidth));
    p->setBrush(Qt::NoBrush);
    const qreal inset = borderWidth / 2;
    p->drawRoundedRect(card.adjusted(inset, inset, -inset, -inset), radius - inset, radius - inset);

    if (!detailed) {
        // Zoomed far out (an overview, a graph diff): the title alone, sized to stay legible on screen.
        QFont font = fonts.title;
        font.setPixelSize(std::max(1, int(std::min(card.height() * 0.45, 11.0 / std::max(lod, 0.01)))));
        const QRectF room = card.adjusted(Stripe + 4, 0, -4, 0);
        p->setFont(font);
        p->setPen(pal.text);
        p->drawText(room, Qt::AlignCenter, QFontMetricsF(font).elidedText(label, Qt::ElideRight, room.width()));
        return;
    }

    // Kind icon on a tinted tile.
    const QRectF tile(card.left() + Stripe + Pad, card.center().y() - Tile / 2, Tile, Tile);
    QColor tint = kindColor(*kind);
    tint.setAlphaF(pal.dark ? 0.22f : 0.12f);
    p->setPen(Qt::NoPen);
    p->setBrush(tint);
    p->drawRoundedRect(tile, 7, 7);
    if (QSvgRenderer* svg = kindIcon(kind))
        svg->render(p, tile.adjusted(7, 7, -7, -7));

    // Texts: id, kind (+ model), then the run's counts.
    const QFontMetricsF titleFm(fonts.title);
    const QFontMetricsF bodyFm(fonts.body);
    const QFontMetricsF smallFm(fonts.small);
    const qreal textLeft = tile.right() + TileGap;
    const qreal textRight = card.right() - Pad;
    const qreal textHeight = titleFm.height() + LineGap + bodyFm.height() + (counts.shown ? LineGap + smallFm.height() : 0);
    qreal y = card.center().y() - textHeight / 2;

    qreal titleRight = textRight;
    if (model.nodeData(m_id, NodeRole::IsOutput).toBool()) {
        const QString text = tr("output");
        const QSizeF size = tagSize(text, fonts.tag);
        const QRectF tag(textRight - size.width(), y + (titleFm.height() - size.height()) / 2, size.width(), size.height());
        drawTag(p, tag, text, fonts.tag, pal.tagFill, pal.tagText);
        titleRight = tag.left() - 8;
    }
    p->setFont(fonts.title);
    p->setPen(pal.text);
    p->drawText(QRectF(textLeft, y, titleRight - textLeft, titleFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                titleFm.elidedText(label, Qt::ElideRight, titleRight - textLeft));
    y += titleFm.height() + LineGap;

    p->setFont(fonts.body);
    p->setPen(pal.secondaryText);
    p->drawText(QRectF(textLeft, y, textRight - textLeft, bodyFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                bodyFm.elidedText(kindText(*kind, model.nodeData(m_id, NodeRole::Model).toString()), Qt::ElideRight, textRight - textLeft));
    y += bodyFm.height() + LineGap;

    if (counts.shown) {
        const QRectF line(textLeft, y, textRight - textLeft, smallFm.height());
        const qreal glyph = std::round(smallFm.ascent() * 0.72);
        const qreal glyphTop = line.center().y() - glyph / 2;
        p->setFont(fonts.small);
        qreal x = textLeft;
        const auto drawCount = [&](FailureLegend::Mark mark, const QColor& colour, int n) {
            drawFailureMark(p, mark, QRectF(x, glyphTop, glyph, glyph), colour); // as the key draws it
            x += glyph + 4;
            const QString number = QString::number(n);
            p->setPen(n > 0 ? pal.text : pal.secondaryText);
            p->drawText(QRectF(x, line.top(), smallFm.horizontalAdvance(number) + 1, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        number);
            x += smallFm.horizontalAdvance(number) + 12;
        };
        // Failures that start here, failures that pass through, its own check failures and errors;
        // then its share of the blame.
        drawCount(FailureLegend::Mark::OriginDot, counts.origins > 0 ? pal.origin : pal.secondaryText, counts.origins);
        drawCount(FailureLegend::Mark::Chevron, counts.carried > 0 ? pal.affected : pal.secondaryText, counts.carried);
        drawCount(FailureLegend::Mark::Cross, counts.failed > 0 ? pal.fail : pal.secondaryText, counts.failed);
        QFont bold = fonts.small;
        bold.setWeight(QFont::DemiBold);
        p->setFont(bold);
        p->setPen(counts.origins > 0 ? pal.failureColor(counts.blame) : pal.secondaryText);
        p->drawText(line, Qt::AlignRight | Qt::AlignVCenter, rateText(counts.blame));
    }

    // Badges on the top edge: what a proposal does to the step; where the selected example's failure
    // starts, or how many start here.
    if (change != NodeChange::None) {
        const QString text = change == NodeChange::Added ? tr("new") : tr("changed");
        const QSizeF size = tagSize(text, fonts.tag);
        drawTag(p, QRectF(QPointF(card.left() + Stripe + Pad, card.top() - size.height() / 2), size), text, fonts.tag, changeColour,
                pal.badgeText);
    } else if (highlight == NodeHighlight::Origin) {
        const QString text = tr("origin");
        const QSizeF size = tagSize(text, fonts.tag);
        drawTag(p, QRectF(QPointF(card.left() + Stripe + Pad, card.top() - size.height() / 2), size), text, fonts.tag, pal.origin,
                pal.badgeText);
    } else if (!exampleSelected && counts.origins > 0) {
        const QString text = QString::number(counts.origins);
        QFont font = fonts.small;
        font.setWeight(QFont::Bold);
        const qreal d = std::max(20.0, QFontMetricsF(font).horizontalAdvance(text) + 10);
        const QRectF badge(card.right() - d / 2 - 6, card.top() - 10, d, 20);
        p->setPen(QPen(pal.cardFill, 2));
        p->setBrush(pal.origin);
        p->drawRoundedRect(badge, 10, 10);
        p->setFont(font);
        p->setPen(pal.badgeText);
        p->drawText(badge, Qt::AlignCenter, text);
    }
}

} // namespace fapo
