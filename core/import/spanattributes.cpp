#include "core/import/spanattributes.h"
#include "core/formats/jsonspace.h"
#include <map>
#include <optional>

namespace fapo::importdetail {

using nlohmann::json;

namespace {

constexpr int kMaxUnwrap = 8;

QString qs(const std::string& s) { return QString::fromStdString(s); }

bool looksLikeJson(std::string_view s)
{
    for (char c : s) {
        if (isJsonSpace(c))
            continue;
        return c == '{' || c == '[' || c == '"';
    }
    return false;
}

QString scalarText(const json& v)
{
    if (v.is_string())
        return qs(v.get<std::string>());
    if (v.is_null())
        return {};
    return qs(v.dump(-1, ' ', false, json::error_handler_t::replace));
}

QString dumpText(const json& v) { return qs(v.dump(-1, ' ', false, json::error_handler_t::replace)); }

QString toolCallText(const QString& name, const json& arguments)
{
    const json args = arguments.is_string() ? arguments : json(arguments);
    return QStringLiteral("[tool_call %1 %2]").arg(name, args.is_string() ? qs(args.get<std::string>()) : dumpText(args));
}

// The pieces of one message: its text parts, tool calls and tool results, in order.
QStringList messagePieces(const json& m)
{
    QStringList pieces;
    if (!m.is_object()) {
        pieces << textOf(m);
        return pieces;
    }
    if (const auto parts = m.find("parts"); parts != m.end() && parts->is_array()) {
        for (const json& p : *parts) {
            if (!p.is_object()) {
                pieces << textOf(p);
                continue;
            }
            const std::string type = p.value("type", std::string());
            if (type == "tool_call")
                pieces << toolCallText(scalarText(p.value("name", json())), p.value("arguments", json()));
            else if (type == "tool_call_response")
                pieces << textOf(p.value("response", json()));
            else if (p.contains("content"))
                pieces << textOf(p["content"]);
            else if (p.contains("text"))
                pieces << textOf(p["text"]);
        }
    }
    if (const auto c = m.find("content"); c != m.end() && !c->is_null()) {
        if (c->is_array()) {
            for (const json& block : *c) {
                if (block.is_object() && block.contains("text"))
                    pieces << textOf(block["text"]);
                else if (block.is_object() && block.value("type", std::string()) == "tool_use")
                    pieces << toolCallText(scalarText(block.value("name", json())), block.value("input", json()));
                else
                    pieces << textOf(block);
            }
        } else {
            pieces << textOf(*c);
        }
    }
    const json* calls = nullptr;
    if (const auto tc = m.find("tool_calls"); tc != m.end() && tc->is_array())
        calls = &*tc;
    else if (const auto ak = m.find("additional_kwargs");
             ak != m.end() && ak->is_object() && ak->contains("tool_calls") && (*ak)["tool_calls"].is_array())
        calls = &(*ak)["tool_calls"];
    if (calls) {
        for (const json& call : *calls) {
            if (!call.is_object())
                continue;
            const json fn = call.value("function", json::object());
            const json name = fn.is_object() && fn.contains("name") ? fn["name"] : call.value("name", json());
            const json args = fn.is_object() && fn.contains("arguments") ? fn["arguments"] : call.value("args", json());
            pieces << toolCallText(scalarText(name), args);
        }
    }
    pieces.removeAll(QString());
    return pieces;
}

bool isMessageList(const json& v)
{
    if (!v.is_array() || v.empty())
        return false;
    for (const json& m : v)
        if (!m.is_object() || !(m.contains("role") || (m.contains("type") && m.contains("content"))))
            return false;
    return true;
}

const json::object_t& members(const json& v)
{
    static const json::object_t empty;
    return v.is_object() ? v.get_ref<const json::object_t&>() : empty;
}

bool hasPrefix(const json& attributes, const std::string& prefix)
{
    const auto& m = members(attributes);
    const auto it = m.lower_bound(prefix);
    return it != m.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

// OpenInference "llm.input_messages.N.message.*" (flattened) as GenAI-style messages with parts.
json openInferenceMessages(const json& attributes, const std::string& prefix)
{
    struct Message {
        std::string role;
        std::string content;
        std::map<int, std::string> contents;
        std::map<int, std::pair<std::string, json>> calls;
    };
    std::map<int, Message> messages;
    const auto& all = members(attributes);
    for (auto it = all.lower_bound(prefix); it != all.end(); ++it) {
        const std::string& key = it->first;
        const json& value = it->second;
        if (key.compare(0, prefix.size(), prefix) != 0)
            break;
        size_t pos = prefix.size();
        const size_t dot = key.find('.', pos);
        if (dot == std::string::npos)
            continue;
        bool ok = false;
        const int index = QByteArray::fromStdString(key.substr(pos, dot - pos)).toInt(&ok);
        if (!ok)
            continue;
        const std::string rest = key.substr(dot + 1);
        Message& m = messages[index];
        const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
        if (rest == "message.role") {
            m.role = text;
        } else if (rest == "message.content") {
            m.content = text;
        } else if (rest.rfind("message.contents.", 0) == 0 && rest.size() > 17) {
            const std::string tail = rest.substr(17);
            const size_t d = tail.find('.');
            if (d != std::string::npos && tail.substr(d + 1) == "message_content.text")
                m.contents[QByteArray::fromStdString(tail.substr(0, d)).toInt()] = text;
        } else if (rest.rfind("message.tool_calls.", 0) == 0 && rest.size() > 19) {
            const std::string tail = rest.substr(19);
            const size_t d = tail.find('.');
            if (d == std::string::npos)
                continue;
            const int k = QByteArray::fromStdString(tail.substr(0, d)).toInt();
            const std::string field = tail.substr(d + 1);
            if (field == "tool_call.function.name")
                m.calls[k].first = text;
            else if (field == "tool_call.function.arguments")
                m.calls[k].second = value;
        }
    }
    json out = json::array();
    for (const auto& [index, m] : messages) {
        json parts = json::array();
        if (!m.content.empty())
            parts.push_back({ { "type", "text" }, { "content", m.content } });
        for (const auto& [k, text] : m.contents)
            parts.push_back({ { "type", "text" }, { "content", text } });
        for (const auto& [k, call] : m.calls)
            parts.push_back({ { "type", "tool_call" }, { "name", call.first }, { "arguments", call.second } });
        out.push_back({ { "role", m.role }, { "parts", parts } });
    }
    return out;
}

// Old GenAI / OpenLLMetry style: gen_ai.prompt.N.role / gen_ai.prompt.N.content.
json indexedMessages(const json& attributes, const std::string& prefix)
{
    std::map<int, json> messages;
    const auto& all = members(attributes);
    for (auto it = all.lower_bound(prefix); it != all.end(); ++it) {
        const std::string& key = it->first;
        if (key.compare(0, prefix.size(), prefix) != 0)
            break;
        const size_t dot = key.find('.', prefix.size());
        if (dot == std::string::npos)
            continue;
        bool ok = false;
        const int index = QByteArray::fromStdString(key.substr(prefix.size(), dot - prefix.size())).toInt(&ok);
        if (!ok)
            continue;
        const std::string field = key.substr(dot + 1);
        if (field == "role" || field == "content")
            messages[index][field] = it->second;
    }
    json out = json::array();
    for (auto& [i, m] : messages)
        out.push_back(m);
    return out;
}

// The two shapes a span's attributes come in, read alike by the rules below: the flat JSON map, and the
// plain attributes of the fast read.
struct JsonAttributes {
    const json& a;
    QString text(const char* key) const { return attributeText(a, key); }
    qint64 integer(const char* key) const { return attributeInteger(a, key); }
    bool contains(const char* key) const { return a.contains(key); }
    bool hasPrefix(const char* prefix) const;
    std::optional<std::string_view> plainString(const char* key) const;
};

struct PlainAttributes {
    const std::vector<PlainAttribute>& a;
    const PlainAttribute* find(std::string_view key) const
    {
        for (const PlainAttribute& p : a)
            if (p.key == key)
                return &p;
        return nullptr;
    }
    // As attributeText: numbers and booleans as JSON writes them.
    QString text(const char* key) const
    {
        const PlainAttribute* p = find(key);
        if (!p)
            return {};
        switch (p->type) {
        case PlainAttribute::Type::String:
            return QString::fromUtf8(p->text.data(), qsizetype(p->text.size()));
        case PlainAttribute::Type::Integer:
            return QString::number(p->number);
        case PlainAttribute::Type::Boolean:
            return p->number ? QStringLiteral("true") : QStringLiteral("false");
        }
        return {};
    }
    // As attributeInteger.
    qint64 integer(const char* key) const
    {
        const PlainAttribute* p = find(key);
        if (!p || p->type == PlainAttribute::Type::Boolean)
            return -1;
        if (p->type == PlainAttribute::Type::Integer)
            return p->number;
        bool ok = false;
        const qint64 n = QString::fromUtf8(p->text.data(), qsizetype(p->text.size())).toLongLong(&ok);
        return ok ? n : -1;
    }
    bool contains(const char* key) const { return find(key) != nullptr; }
    bool hasPrefix(const char* prefix) const
    {
        for (const PlainAttribute& p : a)
            if (p.key.starts_with(prefix))
                return true;
        return false;
    }
    // The value under `key` when it is a string holding no JSON; nullopt otherwise.
    std::optional<std::string_view> plainString(const char* key) const
    {
        const PlainAttribute* p = find(key);
        if (!p || p->type != PlainAttribute::Type::String || looksLikeJson(p->text))
            return std::nullopt;
        return p->text;
    }
};

bool JsonAttributes::hasPrefix(const char* prefix) const { return importdetail::hasPrefix(a, prefix); }

std::optional<std::string_view> JsonAttributes::plainString(const char* key) const
{
    const auto it = a.find(key);
    if (it == a.end() || !it->is_string() || looksLikeJson(it->get_ref<const std::string&>()))
        return std::nullopt;
    return it->get_ref<const std::string&>();
}

// Where a span's input or its output comes from, in the order inputText and outputText look.
struct TextRule {
    const char* messages; // a message list: rendered
    const char* whole; // the whole text (which may hold a message list)
    std::initializer_list<const char*> parts; // prefixes of messages or documents spread over several keys: rendered
    std::initializer_list<const char*> values; // the text, the first of these present
};
const TextRule kInputRule {
    "gen_ai.input.messages", "gen_ai.prompt", { "gen_ai.prompt.", "llm.input_messages." }, { "input.value", "input" }
};
const TextRule kOutputRule { "gen_ai.output.messages",
                             "gen_ai.completion",
                             { "gen_ai.completion.", "llm.output_messages.", "retrieval.documents." },
                             { "output.value", "output" } };

// The text a rule takes verbatim: the string under the first key it looks at that is present, when that
// string holds no JSON; "" when no key is present. Nullopt when the text must be rendered (inputText,
// outputText). Both attribute shapes go through this one function, so the fast read and the general
// read choose alike.
template <typename Attributes> std::optional<std::string_view> verbatimText(const Attributes& a, const TextRule& rule)
{
    if (a.contains(rule.messages))
        return std::nullopt;
    if (a.contains(rule.whole))
        return a.plainString(rule.whole);
    for (const char* prefix : rule.parts)
        if (a.hasPrefix(prefix))
            return std::nullopt;
    for (const char* key : rule.values)
        if (a.contains(key))
            return a.plainString(key);
    return std::string_view();
}

template <typename Attributes> QString firstText(const Attributes& a, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QString t = a.text(k);
        if (!t.isEmpty())
            return t;
    }
    return {};
}

template <typename Attributes> QString kindFromAttributes(const Attributes& a)
{
    for (const char* key : { "openinference.span.kind", "langsmith.span.kind", "fapo.kind" }) {
        const QString k = normalizedKind(a.text(key));
        if (!k.isEmpty())
            return k;
    }
    const QString op = a.text("gen_ai.operation.name").toLower();
    if (op == QLatin1String("chat") || op == QLatin1String("text_completion") || op == QLatin1String("generate_content")
        || op == QLatin1String("completion"))
        return QStringLiteral("llm");
    if (op == QLatin1String("execute_tool"))
        return QStringLiteral("tool");
    if (op == QLatin1String("invoke_agent") || op == QLatin1String("create_agent"))
        return QStringLiteral("agent");
    if (op == QLatin1String("embeddings"))
        return QStringLiteral("embedding");
    if (a.hasPrefix("retrieval.documents."))
        return QStringLiteral("retrieve");
    if (a.contains("llm.model_name") || a.contains("gen_ai.request.model") || a.contains("gen_ai.response.model"))
        return QStringLiteral("llm");
    if (a.contains("tool.name") || a.contains("gen_ai.tool.name"))
        return QStringLiteral("tool");
    return {};
}

// Everything but the input and output texts: kind, model, token counts (stepName comes last, below).
template <typename Attributes> void interpretKindModelTokens(ImportedSpan& span, const Attributes& a)
{
    if (span.kind.isEmpty() || span.kind == QLatin1String("span")) {
        const QString k = kindFromAttributes(a);
        span.kind = k.isEmpty() ? QStringLiteral("span") : k;
    }
    if (span.model.isEmpty())
        span.model = firstText(a, { "gen_ai.response.model", "gen_ai.request.model", "llm.model_name", "model" });
    if (span.inputTokens < 0)
        for (const char* k : { "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.token_count.prompt" })
            if ((span.inputTokens = a.integer(k)) >= 0)
                break;
    if (span.outputTokens < 0)
        for (const char* k : { "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens", "llm.token_count.completion" })
            if ((span.outputTokens = a.integer(k)) >= 0)
                break;
}

template <typename Attributes> void interpretStepName(ImportedSpan& span, const Attributes& a)
{
    if (span.stepName.isEmpty())
        span.stepName = firstText(a, { "fapo.step", "langgraph_node", "metadata.langgraph_node", "graph.node.id" });
    if (span.stepName.isEmpty())
        span.stepName = span.name;
    if (span.stepName.isEmpty())
        span.stepName = span.kind;
}

QString inputText(const json& a)
{
    if (a.contains("gen_ai.input.messages"))
        return renderMessages(unwrapJson(a["gen_ai.input.messages"]), true);
    if (a.contains("gen_ai.prompt"))
        return textOf(a["gen_ai.prompt"]);
    if (hasPrefix(a, "gen_ai.prompt."))
        return renderMessages(indexedMessages(a, "gen_ai.prompt."), true);
    if (hasPrefix(a, "llm.input_messages."))
        return renderMessages(openInferenceMessages(a, "llm.input_messages."), true);
    for (const char* key : { "input.value", "input" })
        if (a.contains(key))
            return textOf(a[key]);
    return {};
}

QString outputText(const json& a)
{
    if (a.contains("gen_ai.output.messages"))
        return renderMessages(unwrapJson(a["gen_ai.output.messages"]), false);
    if (a.contains("gen_ai.completion")) {
        const json v = unwrapJson(a["gen_ai.completion"]);
        return isMessageList(v) ? renderMessages(v, false) : textOf(v);
    }
    if (hasPrefix(a, "gen_ai.completion."))
        return renderMessages(indexedMessages(a, "gen_ai.completion."), false);
    if (hasPrefix(a, "llm.output_messages."))
        return renderMessages(openInferenceMessages(a, "llm.output_messages."), false);
    if (hasPrefix(a, "retrieval.documents.")) {
        QStringList docs;
        const auto& all = members(a);
        for (auto it = all.lower_bound("retrieval.documents."); it != all.end(); ++it) {
            const std::string& key = it->first;
            if (key.rfind("retrieval.documents.", 0) != 0)
                break;
            if (key.size() > 17 && key.compare(key.size() - 17, 17, ".document.content") == 0)
                docs << scalarText(it->second);
        }
        if (!docs.isEmpty())
            return docs.join(QLatin1Char('\n'));
    }
    for (const char* key : { "output.value", "output" })
        if (a.contains(key))
            return textOf(a[key]);
    return {};
}

// UTF-8 without the spare capacity QString::toUtf8 leaves (it reserves for the worst case).
QByteArray utf8(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.capacity() - bytes.size() > 32)
        bytes.squeeze();
    return bytes;
}

// inputText and outputText as UTF-8: a verbatim text's bytes without a detour through UTF-16.
QByteArray inputBytes(const json& a)
{
    const std::optional<std::string_view> verbatim = verbatimText(JsonAttributes { a }, kInputRule);
    return verbatim ? QByteArray(verbatim->data(), qsizetype(verbatim->size())) : utf8(inputText(a));
}

QByteArray outputBytes(const json& a)
{
    const std::optional<std::string_view> verbatim = verbatimText(JsonAttributes { a }, kOutputRule);
    return verbatim ? QByteArray(verbatim->data(), qsizetype(verbatim->size())) : utf8(outputText(a));
}

} // namespace

void flattenInto(json& out, const std::string& prefix, const json& value)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            flattenInto(out, prefix.empty() ? it.key() : prefix + '.' + it.key(), it.value());
        if (value.empty() && !prefix.empty())
            out[prefix] = value;
        return;
    }
    if (value.is_array()) {
        bool scalars = true;
        for (const json& e : value)
            scalars = scalars && !e.is_structured();
        if (scalars) {
            out[prefix] = value;
            return;
        }
        for (size_t i = 0; i < value.size(); ++i)
            flattenInto(out, prefix + '.' + std::to_string(i), value[i]);
        return;
    }
    const bool metadata = prefix == "metadata" || (prefix.size() > 9 && prefix.compare(prefix.size() - 9, 9, ".metadata") == 0);
    if (metadata && value.is_string() && looksLikeJson(value.get<std::string>())) {
        const json inner = unwrapJson(value);
        if (inner.is_object()) {
            flattenInto(out, prefix, inner);
            return;
        }
    }
    out[prefix] = value;
}

json unwrapJson(const json& value)
{
    json v = value;
    for (int i = 0; i < kMaxUnwrap && v.is_string(); ++i) {
        const std::string& s = v.get_ref<const std::string&>();
        if (!looksLikeJson(s))
            break;
        json parsed = json::parse(s, nullptr, false);
        if (parsed.is_discarded())
            break;
        v = std::move(parsed);
    }
    return v;
}

QString textOf(const json& value)
{
    const json v = unwrapJson(value);
    if (v.is_string() || v.is_null() || v.is_primitive())
        return scalarText(v);
    if (isMessageList(v))
        return renderMessages(v, true);
    if (v.is_object()) {
        if (const auto m = v.find("messages"); m != v.end() && m->is_array())
            return renderMessages(*m, true);
        if (v.contains("role") || v.contains("parts"))
            return renderMessages(json::array({ v }), true);
        for (const char* key : { "text", "content", "prompt", "query", "input", "output", "result" })
            if (const auto t = v.find(key); t != v.end() && !t->is_null() && v.size() <= 3)
                return textOf(*t);
    }
    if (v.is_array()) {
        // strings, or content blocks [{"type": "text", "text": ...}]
        bool texts = true;
        for (const json& e : v)
            texts = texts && (e.is_string() || (e.is_object() && e.contains("text") && e["text"].is_string()));
        if (texts) {
            QStringList parts;
            for (const json& e : v)
                parts << scalarText(e.is_string() ? e : e["text"]);
            return parts.join(QLatin1Char('\n'));
        }
    }
    return dumpText(v);
}

QByteArray textUtf8(const json& value)
{
    if (value.is_string() && !looksLikeJson(value.get_ref<const std::string&>()))
        return QByteArray::fromStdString(value.get_ref<const std::string&>());
    return utf8(textOf(value));
}

QString renderMessages(const json& messages, bool withRoles)
{
    if (!messages.is_array())
        return textOf(messages);
    QStringList lines;
    for (const json& m : messages) {
        const QString text = messagePieces(m).join(QLatin1Char(' '));
        QString role;
        if (m.is_object())
            role = scalarText(m.contains("role") ? m["role"] : m.value("type", json()));
        lines << (withRoles && !role.isEmpty() ? role + QStringLiteral(": ") + text : text);
    }
    return lines.join(QLatin1Char('\n'));
}

QString attributeText(const json& attributes, const char* key)
{
    const auto it = attributes.find(key);
    return it == attributes.end() ? QString() : scalarText(*it);
}

qint64 attributeInteger(const json& attributes, const char* key)
{
    const auto it = attributes.find(key);
    if (it == attributes.end())
        return -1;
    if (it->is_number_integer())
        return it->get<qint64>();
    if (it->is_number())
        return qint64(it->get<double>());
    if (it->is_string()) {
        bool ok = false;
        const qint64 n = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}

QString normalizedKind(const QString& name)
{
    const QString k = name.trimmed().toLower();
    if (k == QLatin1String("retriever") || k == QLatin1String("retrieval"))
        return QStringLiteral("retrieve");
    if (k == QLatin1String("generation") || k == QLatin1String("chat"))
        return QStringLiteral("llm");
    if (k == QLatin1String("unknown"))
        return {};
    return k;
}

void interpretAttributes(ImportedSpan& span, const json& a)
{
    const JsonAttributes attributes { a };
    interpretKindModelTokens(span, attributes);
    if (span.input.isEmpty())
        span.input = inputBytes(a);
    if (span.output.isEmpty())
        span.output = outputBytes(a);
    interpretStepName(span, attributes);
}

bool interpretPlainAttributes(ImportedSpan& span, const std::vector<PlainAttribute>& plain, std::string_view* input,
                              std::string_view* output)
{
    const PlainAttributes a { plain };
    if (!span.input.isEmpty() || !span.output.isEmpty())
        return false;
    // A text rendered from several attributes (messages, documents) or from JSON needs the map.
    const std::optional<std::string_view> in = verbatimText(a, kInputRule);
    const std::optional<std::string_view> out = verbatimText(a, kOutputRule);
    if (!in || !out)
        return false;
    *input = *in;
    *output = *out;
    interpretKindModelTokens(span, a);
    interpretStepName(span, a);
    return true;
}

} // namespace fapo::importdetail
