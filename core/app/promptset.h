#pragma once
// The prompt set of an app run: what the program reads from FAPO_PROMPTS, and the pipeline version
// that records it (the templates written into the pipeline's "prompts" entries, so the version's hash
// covers the texts and a stored version needs none of the files).
#include "core/formats/pipeline.h"
#include <nlohmann/json.hpp>

namespace fapo {

// {"NAME": {"template": TEXT, "version": V}}: V is the first 12 hex digits of the text's sha256.
nlohmann::json promptSetJson(const Pipeline& app);
// `app` with each prompt's text written into its entry as "template" (source, hash and prompts updated).
Pipeline withPromptTexts(const Pipeline& app);
// The id of the step that stands for the program itself (its stdin and stdout): "app", unless a prompt
// has that name.
QString appOutputStepId(const Pipeline& app);

} // namespace fapo
