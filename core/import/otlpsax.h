#pragma once
// Streaming read of a whole-document OTLP JSON trace: nlohmann's SAX parser drives a handler that follows
// resourceSpans[] -> scopeSpans[] -> spans[] and converts each span as soon as its object is complete, so
// memory holds the spans kept plus one span's JSON, not the whole document's DOM.
#include "core/import/spanreaders.h"

namespace fapo::importdetail {

// Parses [begin, end) as one JSON document. Each element of an OTLP `spans` array (in an object with
// "resourceSpans", or in an array whose first entry is one) is read into ctx when complete and left out of
// *skeleton (those arrays stay empty there); everything else is built into *skeleton, which the caller
// then reads as a whole document (for OTLP this only checks the shape). False, with ctx possibly partly
// filled, when the text is not exactly one valid JSON document or has an unusual shape (a NUL byte,
// duplicate OTLP keys, both scopeSpans and instrumentationLibrarySpans): then read it the DOM way.
// `mappedFile`: [begin, end) is a read-only file mapping whose pages may be dropped from memory once read.
bool streamJsonDocument(const char* begin, const char* end, bool mappedFile, ReadContext& ctx, nlohmann::json* skeleton);

} // namespace fapo::importdetail
