#include "core/formats/templatetext.h"
#include <QRegularExpression>
#include <optional>

namespace fapo {

namespace {
const QRegularExpression& referencePattern()
{
    // input.FIELD | STEP | STEP.FIELD(.FIELD)*; fields may be indexes ("retrieve.0.title").
    static const QRegularExpression re(QStringLiteral("^([a-z][a-z0-9_]*)(?:\\.([A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)*))?$"));
    return re;
}
} // namespace

QString TemplateRef::node() const
{
    if (isInput())
        return QStringLiteral("input.") + field.section(QLatin1Char('.'), 0, 0);
    return source;
}

std::optional<TemplateRef> parseReference(const QString& reference, DiagnosticText* error)
{
    const QString inner = reference.trimmed();
    const auto m = referencePattern().match(inner);
    if (!m.hasMatch()) {
        if (error)
            *error = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"%1\" is not a reference (expected input.FIELD, STEP or STEP.FIELD)"),
                          inner);
        return std::nullopt;
    }
    TemplateRef ref;
    ref.text = inner;
    ref.source = m.captured(1);
    ref.field = m.captured(2);
    if (ref.isInput() && ref.field.isEmpty()) {
        if (error)
            *error = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"input\" needs a field: write {{input.FIELD}}"));
        return std::nullopt;
    }
    return ref;
}

TemplateParse parseTemplate(const QString& text)
{
    TemplateParse result;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0) {
            result.errorText = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"{{\" is not closed by \"}}\""));
            result.error = result.errorText.english;
            result.errorOffset = open;
            return result;
        }
        DiagnosticText error;
        auto ref = parseReference(text.mid(open + 2, close - open - 2), &error);
        if (!ref) {
            result.errorText = error;
            result.error = error.english;
            result.errorOffset = open;
            return result;
        }
        ref->start = open;
        ref->length = close + 2 - open;
        result.refs.push_back(*ref);
        pos = close + 2;
    }
    return result;
}

RenderedText renderTemplate(const QString& text, const std::function<QString(const TemplateRef&)>& resolve)
{
    RenderedText out;
    const TemplateParse parsed = parseTemplate(text);
    qsizetype pos = 0;
    for (const TemplateRef& ref : parsed.refs) {
        out.text += QStringView(text).mid(pos, ref.start - pos);
        const QString value = resolve(ref);
        out.spans.push_back(RenderedSpan { out.text.size(), value.size(), ref.text });
        out.text += value;
        pos = ref.start + ref.length;
    }
    out.text += QStringView(text).mid(pos);
    return out;
}

} // namespace fapo
