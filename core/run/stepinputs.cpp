#include "core/run/stepinputs.h"

namespace fapo {

using nlohmann::json;

json jsonAtPath(const json& value, const QString& dottedPath)
{
    const json* cur = &value;
    for (const QString& part : dottedPath.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        if (cur->is_object()) {
            const auto it = cur->find(part.toStdString());
            if (it == cur->end())
                return json();
            cur = &*it;
        } else if (cur->is_array()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            if (!ok || index < 0 || size_t(index) >= cur->size())
                return json();
            cur = &(*cur)[size_t(index)];
        } else {
            return json();
        }
    }
    return *cur;
}

QString jsonAsText(const json& value)
{
    if (value.is_null())
        return QString();
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

QString StepInputs::value(const TemplateRef& ref) const
{
    if (ref.isInput())
        return jsonAsText(jsonAtPath(m_example.input, ref.field));
    const auto it = m_done.find(ref.source);
    if (it == m_done.end())
        return QString();
    if (ref.field.isEmpty())
        return it->second.output;
    return jsonAsText(jsonAtPath(it->second.parsed, ref.field));
}

RenderedText StepInputs::render(const QString& templateText) const
{
    return renderTemplate(templateText, [this](const TemplateRef& ref) { return value(ref); });
}

} // namespace fapo
