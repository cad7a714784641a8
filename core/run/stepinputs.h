#pragma once
// Resolves template references for one example: dataset inputs and finished steps' outputs.
#include "core/formats/dataset.h"
#include "core/formats/templatetext.h"
#include "core/workspace/records.h"
#include <map>

namespace fapo {

class StepInputs {
public:
    StepInputs(const Example& example, const std::map<QString, StepRecord>& done)
        : m_example(example)
        , m_done(done)
    {
    }
    // The text a reference stands for: strings as they are, other JSON values serialised.
    QString value(const TemplateRef& ref) const;
    RenderedText render(const QString& templateText) const;

private:
    const Example& m_example;
    const std::map<QString, StepRecord>& m_done;
};

// Follows a dotted path ("answer", "facts.0") into a JSON value; null when absent.
nlohmann::json jsonAtPath(const nlohmann::json& value, const QString& dottedPath);
QString jsonAsText(const nlohmann::json& value);

} // namespace fapo
