#include "core/app/promptset.h"
#include "core/formats/pipelineloader.h"
#include <QCryptographicHash>

namespace fapo {

using nlohmann::json;

namespace {

std::string version(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(12).toStdString();
}

} // namespace

json promptSetJson(const Pipeline& app)
{
    json set = json::object();
    for (const PromptFile& p : app.prompts)
        set[p.name.toStdString()] = { { "template", p.text.toStdString() }, { "version", version(p.text) } };
    return set;
}

Pipeline withPromptTexts(const Pipeline& app)
{
    json doc = json::parse(app.source.constBegin(), app.source.constEnd(), nullptr, false);
    if (!doc.is_object() || !doc.contains("prompts") || !doc["prompts"].is_object())
        return app;
    for (const PromptFile& p : app.prompts) {
        json& entry = doc["prompts"][p.name.toStdString()];
        if (entry.is_object())
            entry["template"] = p.text.toStdString();
    }
    const QByteArray source = QByteArray::fromStdString(doc.dump(2));
    PipelineLoad load = loadPipelineFromBytes(app.path, source, false);
    return load.pipeline ? *load.pipeline : app;
}

QString appOutputStepId(const Pipeline& app)
{
    QString id = QStringLiteral("app");
    for (int n = 2; std::any_of(app.prompts.begin(), app.prompts.end(), [&](const PromptFile& p) { return p.name == id; }); ++n)
        id = QStringLiteral("app_%1").arg(n);
    return id;
}

} // namespace fapo
