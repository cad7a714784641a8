#include "core/run/commandtrust.h"
#include "core/workspace/workspace.h"
#include <QCryptographicHash>

namespace fapo {

QString pipelineFileHash(const Pipeline& pipeline)
{
    return QString::fromLatin1(QCryptographicHash::hash(pipeline.source, QCryptographicHash::Sha256).toHex());
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
