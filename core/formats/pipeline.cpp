#include "core/formats/pipeline.h"

namespace fapo {

std::vector<std::pair<QString, QString>> Step::templates() const
{
    switch (kind) {
    case StepKind::Llm:
        return { { QStringLiteral("system"), system }, { QStringLiteral("prompt"), prompt } };
    case StepKind::Retrieve:
        return { { QStringLiteral("query"), query } };
    case StepKind::Transform:
        return { { QStringLiteral("template"), templateText } };
    case StepKind::Command:
        return {};
    }
    return {};
}

const Step* Pipeline::step(const QString& id) const
{
    for (const Step& s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ModelConfig* Pipeline::modelFor(const Step& step) const
{
    const auto it = models.find(step.model);
    return it == models.end() ? nullptr : &it->second;
}

} // namespace fapo
