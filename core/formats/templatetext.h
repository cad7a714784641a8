#pragma once
// {{input.FIELD}}, {{STEP}} and {{STEP.FIELD}} references in prompt templates.
#include "core/formats/diagnostic.h"
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace fapo {

struct TemplateRef {
    QString text; // the reference as written inside the braces, trimmed: "input.question", "rewrite.query"
    QString source; // "input" or a step id
    QString field; // after the first dot (may itself be dotted); empty for {{STEP}}
    qsizetype start = 0; // offset of "{{" in the template
    qsizetype length = 0; // through "}}"
    bool isInput() const { return source == QLatin1String("input"); }
    // The graph node this reference reads: "input.FIELD" or the step id.
    QString node() const;
};

struct TemplateParse {
    std::vector<TemplateRef> refs;
    QString error; // empty when the template is well formed
    DiagnosticText errorText; // the same, translatable when shown
    qsizetype errorOffset = -1;
};

TemplateParse parseTemplate(const QString& text);
// Parses one bare reference ("input.question", "rewrite.query") as used in a command step's "inputs".
std::optional<TemplateRef> parseReference(const QString& reference, DiagnosticText* error);

// A substituted part of a rendered text, so views can mark what came from where.
struct RenderedSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    QString ref;
};

struct RenderedText {
    QString text;
    std::vector<RenderedSpan> spans;
};

RenderedText renderTemplate(const QString& text, const std::function<QString(const TemplateRef&)>& resolve);

} // namespace fapo
