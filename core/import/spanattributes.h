#pragma once
// Reads what a span means from its attributes: OpenTelemetry GenAI (current and deprecated),
// OpenInference, LangSmith/LangGraph metadata. Shared by every trace reader.
#include "core/import/trace.h"
#include <string_view>
#include <vector>

namespace fapo::importdetail {

// Adds `value` under `prefix` to the flat object `out`: objects and arrays of objects become dotted keys
// ("a.b", "list.0.c"); scalars and arrays of scalars are kept. A "metadata" string holding a JSON object
// is flattened too, since LangChain and Langfuse store it that way.
void flattenInto(nlohmann::json& out, const std::string& prefix, const nlohmann::json& value);

// A string holding JSON (possibly a JSON string holding JSON, several times) becomes that JSON value.
nlohmann::json unwrapJson(const nlohmann::json& value);

// The readable text of a value: strings as they are, chat messages as "role: text" lines,
// {"text"}/{"content"} objects by that field, anything else as compact JSON.
QString textOf(const nlohmann::json& value);
// textOf as UTF-8 (a plain string's bytes as they are).
QByteArray textUtf8(const nlohmann::json& value);

// Messages (GenAI parts-based, OpenAI/Anthropic/LangChain style) as text; roles prefixed when asked.
QString renderMessages(const nlohmann::json& messages, bool withRoles);

// A flat attribute as text ("" when absent); numbers and booleans as JSON.
QString attributeText(const nlohmann::json& attributes, const char* key);
// A flat attribute as an integer (numbers or numeric strings); -1 when absent or not a number.
qint64 attributeInteger(const nlohmann::json& attributes, const char* key);

// Fills what the reader left empty (kind "", model "", input/output "", tokens -1, stepName "")
// from the span's flat attributes and span.name.
void interpretAttributes(ImportedSpan& span, const nlohmann::json& attributes);

// One attribute of a span whose attribute values are all plain scalars, as the fast OTLP read finds
// them: views into the file's text (or into text it unescaped), no JSON map.
struct PlainAttribute {
    enum class Type { String, Integer, Boolean };
    std::string_view key;
    Type type = Type::String;
    std::string_view text; // String
    qint64 number = 0; // Integer; Boolean: 0 or 1
};

// interpretAttributes for plain attributes (later duplicates already replaced earlier ones), with the
// same rules in the same order, for a span whose input and output are still empty. The input and output
// texts come back as views into the attributes, for the caller to keep (sharing equal texts). False when
// a rule needs the JSON map (messages, JSON inside a text, retrieved documents): then the span must be
// read through interpretAttributes; `span` may have changed.
bool interpretPlainAttributes(ImportedSpan& span, const std::vector<PlainAttribute>& attributes, std::string_view* input,
                              std::string_view* output);

// "LLM" -> "llm", "RETRIEVER" -> "retrieve", "GENERATION" -> "llm", ... ("" for an empty name).
QString normalizedKind(const QString& name);

} // namespace fapo::importdetail
