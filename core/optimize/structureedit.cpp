#include "core/optimize/structureedit.h"
#include "core/eval/jsonextract.h"
#include "core/formats/jsondocument.h"

namespace fapo {

using nlohmann::json;

namespace {

std::optional<QByteArray> failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// One past the end of the JSON object or array that starts at `start` (strings skipped).
qsizetype containerEnd(const QByteArray& text, qsizetype start)
{
    int depth = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\')
                    ++i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

bool reads(const QByteArray& stepBytes, const QString& id)
{
    // A template reference is {{ID}} or {{ID.FIELD}}; a command step's "inputs" names "ID" or "ID.FIELD".
    const QByteArray name = id.toUtf8();
    if (stepBytes.contains(QByteArray("{{" + name + "}}")) || stepBytes.contains(QByteArray("{{" + name + ".")))
        return true;
    const json step = json::parse(stepBytes.constData(), stepBytes.constData() + stepBytes.size(), nullptr, false);
    if (step.is_object() && step.contains("inputs") && step["inputs"].is_array())
        for (const json& input : step["inputs"])
            if (input.is_string() && QString::fromStdString(input.get<std::string>()).section(QLatin1Char('.'), 0, 0) == id)
                return true;
    return false;
}

struct Entry {
    QString id;
    QByteArray bytes;
};

} // namespace

json StructureEdit::toJson() const
{
    json removed = json::array();
    for (const QString& id : remove)
        removed.push_back(id.toStdString());
    return json { { "operation", operation.toStdString() }, { "steps", steps }, { "remove", removed } };
}

StructureEdit StructureEdit::fromJson(const json& value)
{
    StructureEdit e;
    if (!value.is_object())
        return e;
    e.operation = QString::fromStdString(value.value("operation", std::string()));
    e.steps = value.value("steps", json::array());
    for (const json& id : value.value("remove", json::array()))
        if (id.is_string())
            e.remove << QString::fromStdString(id.get<std::string>());
    return e;
}

QStringList StructureEdit::stepIds() const
{
    QStringList ids;
    for (const json& s : steps)
        if (s.is_object() && s.contains("id") && s["id"].is_string())
            ids << QString::fromStdString(s["id"].get<std::string>());
    return ids;
}

std::optional<StructureEdit> parseStructureEdit(const QString& text, QString* rationale, QString* error)
{
    QString why;
    const auto v = extractJson(text, &why);
    const auto fail = [error](const QString& message) -> std::optional<StructureEdit> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!v)
        return fail(QStringLiteral("the reply is not JSON: ") + why);
    if (!v->is_object())
        return fail(QStringLiteral("the reply is not a JSON object"));
    for (const char* key : { "operation", "rationale" })
        if (!v->contains(key) || !(*v)[key].is_string())
            return fail(QStringLiteral("\"%1\" is missing or not a string").arg(QLatin1String(key)));
    const QString operation = QString::fromStdString((*v)["operation"].get<std::string>());
    if (!QStringList { QStringLiteral("insert"), QStringLiteral("split"), QStringLiteral("reroute") }.contains(operation))
        return fail(QStringLiteral("\"operation\" is \"%1\", not insert, split or reroute").arg(operation));
    if (!v->contains("steps") || !(*v)["steps"].is_array() || (*v)["steps"].empty())
        return fail(QStringLiteral("\"steps\" is missing or empty"));
    QStringList seen;
    for (const json& s : (*v)["steps"]) {
        if (!s.is_object() || !s.contains("id") || !s["id"].is_string() || !s.contains("kind") || !s["kind"].is_string())
            return fail(QStringLiteral("every entry of \"steps\" must be a step object with a string \"id\" and \"kind\""));
        const QString id = QString::fromStdString(s["id"].get<std::string>());
        if (seen.contains(id))
            return fail(QStringLiteral("\"steps\" names \"%1\" twice").arg(id));
        seen << id;
    }
    StructureEdit e;
    e.operation = operation;
    e.steps = (*v)["steps"];
    if (v->contains("remove")) {
        if (!(*v)["remove"].is_array())
            return fail(QStringLiteral("\"remove\" is not an array of step ids"));
        for (const json& id : (*v)["remove"]) {
            if (!id.is_string())
                return fail(QStringLiteral("\"remove\" is not an array of step ids"));
            e.remove << QString::fromStdString(id.get<std::string>());
        }
    }
    if (rationale)
        *rationale = QString::fromStdString((*v)["rationale"].get<std::string>());
    return e;
}

std::optional<QByteArray> applyStructureEdit(const QByteArray& source, const Pipeline& pipeline, const StructureEdit& edit, QString* error)
{
    if (pipeline.isApp()) // an app's steps are its program's
        return failWith(error, QStringLiteral("%1: an app pipeline's steps are its program's; they cannot be edited").arg(pipeline.path));
    Diagnostic syntax;
    const auto doc = JsonDocument::parse(pipeline.path, source, &syntax);
    if (!doc)
        return failWith(error, syntax.toString());
    const auto arrayStart = doc->offsetOf(jsonPointer("", "steps"));
    if (!arrayStart || source[*arrayStart] != '[')
        return failWith(error, QStringLiteral("%1: \"steps\" is not an array").arg(pipeline.path));
    const qsizetype arrayEnd = containerEnd(source, *arrayStart);
    const json& steps = doc->value().value("steps", json::array());
    std::vector<Entry> entries;
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    for (size_t i = 0; i < steps.size(); ++i) {
        const auto at = doc->offsetOf(jsonPointer(jsonPointer("", "steps"), i));
        const qsizetype end = at ? containerEnd(source, *at) : -1;
        if (!at || end < 0 || !steps[i].is_object())
            return failWith(error, QStringLiteral("%1: step %2 cannot be edited in place").arg(pipeline.path).arg(i + 1));
        entries.push_back({ QString::fromStdString(steps[i].value("id", std::string())), source.mid(*at, end - *at) });
        spans.emplace_back(*at, end);
    }
    // The layout between steps, as the file has it.
    const QByteArray separator = spans.size() > 1 ? source.mid(spans[0].second, spans[1].first - spans[0].second) : QByteArray(", ");
    const QByteArray lead = spans.empty() ? QByteArray() : source.mid(*arrayStart + 1, spans.front().first - *arrayStart - 1);
    const QByteArray trail = spans.empty() ? QByteArray() : source.mid(spans.back().second, arrayEnd - 1 - spans.back().second);

    for (const QString& id : edit.remove) {
        const auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; });
        if (it == entries.end())
            return failWith(error, QStringLiteral("the edit removes \"%1\", which is not a step").arg(id));
        entries.erase(it);
    }
    std::vector<Entry> added;
    for (const json& s : edit.steps) {
        const QString id = QString::fromStdString(s.value("id", std::string()));
        const QByteArray bytes = QByteArray::fromStdString(s.dump());
        const auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; });
        if (it != entries.end())
            it->bytes = bytes;
        else
            added.push_back({ id, bytes });
    }
    // Each new step goes just after the last step it reads (first, when it reads only inputs), once the
    // new steps it reads are in place; references then point backwards as the loader wants.
    while (!added.empty()) {
        auto next = std::find_if(added.begin(), added.end(), [&](const Entry& a) {
            return std::none_of(added.begin(), added.end(), [&](const Entry& b) { return b.id != a.id && reads(a.bytes, b.id); });
        });
        if (next == added.end()) { // a loop among the new steps: at the end, where validation names it
            entries.insert(entries.end(), added.begin(), added.end());
            break;
        }
        size_t at = 0;
        for (size_t i = 0; i < entries.size(); ++i)
            if (reads(next->bytes, entries[i].id))
                at = i + 1;
        entries.insert(entries.begin() + qsizetype(at), *next);
        added.erase(next);
    }
    QByteArray body;
    for (size_t i = 0; i < entries.size(); ++i)
        body += QByteArray((i > 0 ? separator : QByteArray()) + entries[i].bytes);
    QByteArray out = source;
    out.replace(*arrayStart + 1, arrayEnd - 1 - (*arrayStart + 1), QByteArray(lead + body + trail));
    return out;
}

json stepsBefore(const Pipeline& pipeline, const StructureEdit& edit)
{
    const StructureDelta delta = structureDelta(pipeline, edit);
    const json source = json::parse(pipeline.source.constData(), pipeline.source.constData() + pipeline.source.size(), nullptr, false);
    json out = json::array();
    if (!source.is_object())
        return out;
    for (const json& s : source.value("steps", json::array()))
        if (s.is_object() && s.contains("id") && s["id"].is_string()) {
            const QString id = QString::fromStdString(s["id"].get<std::string>());
            if (delta.changed.contains(id) || delta.removed.contains(id))
                out.push_back(s);
        }
    return out;
}

StructureDelta structureDelta(const Pipeline& before, const StructureEdit& edit)
{
    StructureDelta d;
    for (const QString& id : edit.stepIds())
        (before.step(id) ? d.changed : d.added) << id;
    d.removed = edit.remove;
    return d;
}

} // namespace fapo
