#pragma once
// Reads what a span means from its attributes: OpenTelemetry GenAI (current and deprecated),
// OpenInference, LangSmith/LangGraph metadata. Shared by every trace reader.
#include "core/import/trace.h"

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

// "LLM" -> "llm", "RETRIEVER" -> "retrieve", "GENERATION" -> "llm", ... ("" for an empty name).
QString normalizedKind(const QString& name);

} // namespace fapo::importdetail
