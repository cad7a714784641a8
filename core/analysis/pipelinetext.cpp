#include "core/analysis/pipelinetext.h"

namespace fapo {

QString excerpt(const QString& text, int limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit) + QStringLiteral("\n[... %1 more characters]").arg(text.size() - limit);
}

QString describeSteps(const Pipeline& pipeline)
{
    QStringList lines;
    for (const Step& s : pipeline.steps) {
        QStringList reads = pipeline.graph.upstreamSteps(s.id);
        lines << QStringLiteral("- %1 (%2%3)")
                     .arg(s.id, nameOf(s.kind),
                          reads.isEmpty() ? QString() : QStringLiteral(", reads ") + reads.join(QStringLiteral(", ")));
        for (const auto& [field, text] : s.templates())
            if (!text.isEmpty())
                lines << QStringLiteral("  %1: %2").arg(field, excerpt(text, 600));
    }
    lines << QStringLiteral("Final output: %1").arg(pipeline.output);
    return lines.join(QLatin1Char('\n'));
}

QString describeChain(const Pipeline& pipeline, const std::map<QString, StepRecord>& records)
{
    QStringList parts;
    for (const Step& s : pipeline.steps) {
        const auto it = records.find(s.id);
        if (it == records.end())
            continue;
        const StepRecord& r = it->second;
        QString part = QStringLiteral("### %1\nInput:\n%2\nOutput:\n%3").arg(s.id, excerpt(r.prompt), excerpt(r.output));
        if (!r.error.isEmpty())
            part += QStringLiteral("\nError: ") + r.error;
        parts << part;
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace fapo
