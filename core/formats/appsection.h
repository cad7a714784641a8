#pragma once
// The "app" and "prompts" sections of an app pipeline (spec: live-traces-and-apps.md, section 2), read
// with a pointed diagnostic for each mistake: an empty command, a model entry "models" does not define, a
// prompt file that is missing. Kept apart from the step reader: an app pipeline has no "steps".
#include "core/formats/jsonfieldreader.h"
#include "core/formats/pipeline.h"

namespace fapo {

class AppSectionReader : public JsonFieldReader {
public:
    using JsonFieldReader::JsonFieldReader;
    // Reads root["app"] and root["prompts"] into `p` (its models already read), and gives p one llm step
    // per prompt for the views. Returns false when the sections are unusable.
    bool read(const nlohmann::json& root, Pipeline& p);

private:
    void readApp(const nlohmann::json& v, Pipeline& p);
    void readPrompts(const nlohmann::json& root, Pipeline& p);
};

} // namespace fapo
