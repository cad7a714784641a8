#include "core/optimize/pipelineedit.h"
#include "core/optimize/structureedit.h"
#include "core/app/promptset.h"
#include "core/formats/jsondocument.h"
#include "core/formats/pipelineloader.h"
#include <dtl/dtl.hpp>
#include <sstream>

namespace fapo {

using nlohmann::json;

namespace {

// The end (one past the closing quote) of the JSON string starting at `start`.
qsizetype stringEnd(const QByteArray& text, qsizetype start)
{
    if (start >= text.size() || text[start] != '"')
        return -1;
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

// The end (one past the last byte) of the JSON value starting at `start`: a string, an object or array
// (strings inside skipped), or a number, true, false or null.
qsizetype valueEnd(const QByteArray& text, qsizetype start)
{
    if (start >= text.size())
        return -1;
    if (text[start] == '"')
        return stringEnd(text, start);
    if (text[start] == '{' || text[start] == '[') {
        int depth = 0;
        for (qsizetype i = start; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                i = stringEnd(text, i) - 1;
                if (i < 0)
                    return -1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = start;
    while (i < text.size() && !QByteArrayView(",}] \t\r\n").contains(text[i]))
        ++i;
    return i > start ? i : -1;
}

QByteArray jsonString(const QString& s) { return QByteArray::fromStdString(json(s.toStdString()).dump()); }

std::optional<QByteArray> failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// An app's prompt lives in "prompts"; the step ("rewrite", or "rewrite#2" for a later call) names it.
std::optional<QByteArray> rewriteAppPrompt(const JsonDocument& doc, const QByteArray& source, const Pipeline& pipeline,
                                           const QString& stepId, const QString& newPrompt, QString* error)
{
    const std::string name = stepId.section(QLatin1Char('#'), 0, 0).toStdString();
    const std::string base = jsonPointer(jsonPointer("", "prompts"), name);
    const auto object = doc.offsetOf(base);
    if (!object || source[*object] != '{')
        return failWith(error, QStringLiteral("%1: no prompt \"%2\"").arg(pipeline.path, QString::fromStdString(name)));
    QByteArray out = source;
    if (const auto at = doc.offsetOf(jsonPointer(base, "template"))) {
        const qsizetype end = stringEnd(source, *at);
        if (end < 0)
            return failWith(
                error, QStringLiteral("%1: prompt \"%2\": \"template\" is not a string").arg(pipeline.path, QString::fromStdString(name)));
        out.replace(*at, end - *at, jsonString(newPrompt));
    } else {
        out.insert(*object + 1, "\"template\": " + jsonString(newPrompt) + ", ");
    }
    return out;
}

// The index of a step in the document's "steps" array, or nullopt.
std::optional<size_t> stepIndex(const JsonDocument& doc, const QString& stepId)
{
    const json& steps = doc.value().value("steps", json::array());
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i].is_object() && steps[i].value("id", std::string()) == stepId.toStdString())
            return i;
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> rewriteStepTemplates(const QByteArray& source, const Pipeline& pipeline, const QString& stepId,
                                               const QString& newPrompt, const QString& newSystem, QString* error)
{
    const auto fail = [error](const QString& message) { return failWith(error, message); };
    Diagnostic syntax;
    const auto doc = JsonDocument::parse(pipeline.path, source, &syntax);
    if (!doc)
        return fail(syntax.toString());
    if (pipeline.isApp()) // the system prompt is the program's own
        return rewriteAppPrompt(*doc, source, pipeline, stepId, newPrompt, error);
    const auto index = stepIndex(*doc, stepId);
    if (!index)
        return fail(QStringLiteral("%1: no step \"%2\"").arg(pipeline.path, stepId));
    const std::string base = jsonPointer(jsonPointer("", "steps"), *index);
    // Edits from the end of the text backwards, so earlier offsets stay valid.
    struct Edit {
        qsizetype start, end;
        QByteArray bytes;
    };
    std::vector<Edit> edits;
    for (const auto& [key, text] : { std::pair<std::string, QString> { "prompt", newPrompt }, { "system", newSystem } }) {
        if (text.isEmpty() && key == "system")
            continue;
        const auto at = doc->offsetOf(jsonPointer(base, key));
        if (at) {
            const qsizetype end = stringEnd(source, *at);
            if (end < 0)
                return fail(
                    QStringLiteral("%1: step \"%2\": \"%3\" is not a string").arg(pipeline.path, stepId, QString::fromStdString(key)));
            edits.push_back({ *at, end, jsonString(text) });
        } else {
            // No such key yet: insert it first in the step's object.
            const auto object = doc->offsetOf(base);
            if (!object || source[*object] != '{')
                return fail(QStringLiteral("%1: step \"%2\" cannot be edited in place").arg(pipeline.path, stepId));
            edits.push_back({ *object + 1, *object + 1, "\"" + QByteArray::fromStdString(key) + "\": " + jsonString(text) + ", " });
        }
    }
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.start > b.start; });
    QByteArray out = source;
    for (const Edit& e : edits)
        out.replace(e.start, e.end - e.start, e.bytes);
    return out;
}

std::optional<QByteArray> setStepValue(const QByteArray& source, const Pipeline& pipeline, const QString& stepId, const QString& key,
                                       const json& value, QString* error)
{
    Diagnostic syntax;
    const auto doc = JsonDocument::parse(pipeline.path, source, &syntax);
    if (!doc)
        return failWith(error, syntax.toString());
    const auto index = pipeline.isApp() ? std::nullopt : stepIndex(*doc, stepId);
    if (!index) // an app's knobs are its program's own
        return failWith(error, QStringLiteral("%1: no step \"%2\" to set \"%3\" on").arg(pipeline.path, stepId, key));
    const std::string base = jsonPointer(jsonPointer("", "steps"), *index);
    const QByteArray bytes = QByteArray::fromStdString(value.dump());
    QByteArray out = source;
    if (const auto at = doc->offsetOf(jsonPointer(base, key.toStdString()))) {
        const qsizetype end = valueEnd(source, *at);
        if (end < 0)
            return failWith(error, QStringLiteral("%1: step \"%2\": \"%3\" cannot be edited in place").arg(pipeline.path, stepId, key));
        out.replace(*at, end - *at, bytes);
        return out;
    }
    const auto object = doc->offsetOf(base);
    if (!object || source[*object] != '{')
        return failWith(error, QStringLiteral("%1: step \"%2\" cannot be edited in place").arg(pipeline.path, stepId));
    out.insert(*object + 1, "\"" + key.toUtf8() + "\": " + bytes + ", ");
    return out;
}

std::optional<QByteArray> applyProposal(const QByteArray& source, const Pipeline& pipeline, const Proposal& p, QString* error)
{
    switch (p.level) {
    case FixLevel::Prompt:
        return rewriteStepTemplates(source, pipeline, p.stepId, p.newPrompt, p.newSystem, error);
    case FixLevel::Parameter:
        return setStepValue(source, pipeline, p.stepId, p.field, p.newValue, error);
    case FixLevel::Structure:
        return applyStructureEdit(source, pipeline, StructureEdit::fromJson(p.newValue), error);
    }
    return failWith(error, QStringLiteral("proposal %1: unknown level").arg(p.id));
}

std::optional<Pipeline> pipelineWithProposal(const Pipeline& original, const Proposal& p, QString* error)
{
    if (p.level == FixLevel::Prompt)
        return pipelineWithRewrite(original, p.stepId, p.newPrompt, p.newSystem, error);
    const auto bytes = applyProposal(original.source, original, p, error);
    if (!bytes)
        return std::nullopt;
    PipelineLoad load = loadPipelineFromBytes(original.path, *bytes, false);
    if (!load.pipeline) {
        if (error)
            *error = load.diagnostics.empty() ? QStringLiteral("the changed pipeline does not load") : load.diagnostics.front().toString();
        return std::nullopt;
    }
    return *load.pipeline;
}

std::optional<Pipeline> pipelineWithRewrite(const Pipeline& original, const QString& stepId, const QString& newPrompt,
                                            const QString& newSystem, QString* error)
{
    // An app's version carries every prompt's text, so the next one needs none of the files.
    const Pipeline pipeline = original.isApp() ? withPromptTexts(original) : original;
    const auto bytes = rewriteStepTemplates(pipeline.source, pipeline, stepId, newPrompt, newSystem, error);
    if (!bytes)
        return std::nullopt;
    PipelineLoad load = loadPipelineFromBytes(pipeline.path, *bytes, false);
    if (!load.pipeline) {
        if (error)
            *error
                = load.diagnostics.empty() ? QStringLiteral("the rewritten pipeline does not load") : load.diagnostics.front().toString();
        return std::nullopt;
    }
    return pipeline.isApp() ? withPromptTexts(*load.pipeline) : *load.pipeline;
}

QString unifiedDiff(const QString& before, const QString& after, const QString& fromLabel, const QString& toLabel)
{
    std::vector<std::string> a, b;
    for (const QString& line : before.split(QLatin1Char('\n')))
        a.push_back(line.toStdString());
    for (const QString& line : after.split(QLatin1Char('\n')))
        b.push_back(line.toStdString());
    dtl::Diff<std::string> diff(a, b);
    diff.compose();
    diff.composeUnifiedHunks();
    std::ostringstream out;
    diff.printUnifiedFormat(out);
    const QString hunks = QString::fromStdString(out.str());
    if (hunks.isEmpty())
        return QString();
    return QStringLiteral("--- %1\n+++ %2\n").arg(fromLabel, toLabel) + hunks;
}

} // namespace fapo
