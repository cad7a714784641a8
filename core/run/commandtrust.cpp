#include "core/run/commandtrust.h"
#include <nlohmann/json.hpp>
#include "core/workspace/workspace.h"
#include <QCryptographicHash>

namespace fapo {

QString pipelineFileHash(const Pipeline& pipeline)
{
    QByteArray bytes = pipeline.source;
    if (pipeline.isApp()) {
        // An app is trusted for its program, whatever prompt set it runs: the versions of its runs,
        // replays and candidates carry their prompt texts (promptset.h) and must not ask again.
        nlohmann::json doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
        if (doc.is_object() && doc.contains("prompts") && doc["prompts"].is_object()) {
            for (auto& [name, entry] : doc["prompts"].items())
                if (entry.is_object())
                    entry.erase("template");
            bytes = QByteArray::fromStdString(doc.dump());
        }
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList commandPrograms(const Pipeline& pipeline)
{
    QStringList programs;
    if (pipeline.isApp()) // the program that is the pipeline
        programs << pipeline.app->command.join(QLatin1Char(' '));
    for (const Step& s : pipeline.steps)
        if (s.kind == StepKind::Command)
            programs << s.id + QStringLiteral(": ") + s.argv.join(QLatin1Char(' '));
    return programs;
}

bool commandsTrusted(const Workspace& workspace, const Pipeline& pipeline)
{
    return commandPrograms(pipeline).isEmpty() || workspace.isTrusted(pipelineFileHash(pipeline));
}

} // namespace fapo
