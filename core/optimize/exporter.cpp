#include "core/optimize/exporter.h"
#include "core/app/promptset.h"
#include "core/formats/pipelineloader.h"
#include "core/optimize/pipelineedit.h"
#include "core/optimize/proposalevidence.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace fapo {

namespace {

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString score(const std::optional<double>& v) { return v ? QString::number(*v, 'f', 3) : QStringLiteral("–"); }

// Markdown that shows text as written: fenced, with a fence longer than any run of backticks in it.
QString fenced(const QString& text)
{
    int longest = 0, run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    return fence + QStringLiteral("text\n") + text + QLatin1Char('\n') + fence + QLatin1Char('\n');
}

QString report(const Workspace& ws, const Pipeline& original, const Pipeline& final, const std::vector<Proposal>& proposals)
{
    QStringList md;
    md << QStringLiteral("# FAPO export: %1").arg(final.name.isEmpty() ? QFileInfo(original.path).fileName() : final.name) << QString();
    md << QStringLiteral("Exported from `%1`.").arg(QFileInfo(ws.path()).fileName()) << QString();
    const std::vector<RoundInfo> rounds = ws.rounds();
    if (!rounds.empty()) {
        md << QStringLiteral("## Rounds") << QString();
        md << QStringLiteral(
            "| round | target step | level | baseline run | validation score | test score | calls | cost (USD) | status |");
        md << QStringLiteral("|---|---|---|---|---|---|---|---|---|");
        for (const RoundInfo& r : rounds)
            md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                      .arg(r.round)
                      .arg(r.targetStep.isEmpty() ? QStringLiteral("–") : r.targetStep, nameOf(r.level))
                      .arg(r.baselineRunId)
                      .arg(score(r.validationScore), score(r.testScore))
                      .arg(r.calls)
                      .arg(r.costUsd, 0, 'f', 4)
                      .arg(nameOf(r.status));
        md << QString();
        for (const RoundInfo& r : rounds)
            if (!r.escalation.isEmpty())
                md << QStringLiteral("Round %1 proposed %2 changes: %3.").arg(r.round).arg(nameOf(r.level), r.escalation);
        md << QString();
    }
    md << QStringLiteral("## Proposals and decisions") << QString();
    if (proposals.empty())
        md << QStringLiteral("No proposals yet: the exported pipeline is the original.") << QString();
    for (const Proposal& p : proposals) {
        md << QStringLiteral("### Proposal %1: %2 (%3)").arg(p.id).arg(p.stepId, nameOf(p.status)) << QString();
        if (p.level == FixLevel::Parameter)
            md << QStringLiteral("- parameter change: `%1.%2` from `%3` to `%4`")
                      .arg(p.stepId, p.field, QString::fromStdString(p.oldValue.dump()), QString::fromStdString(p.newValue.dump()));
        if (const nlohmann::json cost = p.evidence.value("cost", nlohmann::json()); cost.is_object())
            md << QStringLiteral("- cost per example at list prices: $%1 before, $%2 after (%3x)")
                      .arg(cost.value("before", 0.0), 0, 'f', 5)
                      .arg(cost.value("after", 0.0), 0, 'f', 5)
                      .arg(cost.value("ratio", 1.0), 0, 'f', 2);
        md << QStringLiteral("- validation score: %1 before, %2 after").arg(score(p.baselineScore), score(p.evalScore));
        if (p.holdoutScore)
            md << QStringLiteral("- held-out score: %1 before, %2 after").arg(score(p.holdoutBaseline), score(p.holdoutScore));
        const nlohmann::json& v = p.evidence.value("validation", nlohmann::json::object());
        if (v.contains("p_value"))
            md << QStringLiteral("- fixed %1, regressed %2, sign test p = %3")
                      .arg(v.value("fixed", nlohmann::json::array()).size())
                      .arg(v.value("regressed", nlohmann::json::array()).size())
                      .arg(v.value("p_value", 1.0), 0, 'f', 3);
        if (!p.reason.isEmpty())
            md << QStringLiteral("- reason: %1").arg(p.reason);
        for (const Decision& d : ws.decisions(p.id))
            md << QStringLiteral("- %1 by %2 at %3%4")
                      .arg(nameOf(d.decision), d.who.isEmpty() ? QStringLiteral("unknown") : d.who, d.at.toUTC().toString(Qt::ISODate),
                           d.note.isEmpty() ? QString() : QStringLiteral(": ") + d.note);
        md << QString() << QStringLiteral("Rationale:") << QString() << fenced(p.rationale);
        if (p.level == FixLevel::Prompt && (p.status != ProposalStatus::Rejected || !p.newPrompt.isEmpty()))
            md << QStringLiteral("New prompt:") << QString() << fenced(p.newPrompt);
        if (p.level == FixLevel::Structure && p.newValue.is_object())
            md << QStringLiteral("Structural change (`+` added, `~` changed, `-` removed): %1").arg(changeSummary(p)) << QString()
               << QStringLiteral("New and changed steps:") << QString()
               << fenced(QString::fromStdString(p.newValue.value("steps", nlohmann::json::array()).dump(2)));
    }
    md << QStringLiteral("## Final prompts") << QString();
    for (const PromptFile& f : final.prompts) { // an app's prompt files
        const auto before
            = std::find_if(original.prompts.begin(), original.prompts.end(), [&](const PromptFile& o) { return o.name == f.name; });
        const bool changed = before == original.prompts.end() || before->text != f.text;
        md << QStringLiteral("- `%1`%2: %3").arg(f.name, changed ? QStringLiteral(" (rewritten)") : QString(), f.file);
    }
    for (const Step& s : final.steps)
        if (s.kind == StepKind::Llm && !final.isApp()) {
            const Step* before = original.step(s.id);
            const bool changed = !before || before->prompt != s.prompt || before->system != s.system;
            md << QStringLiteral("- `%1`%2: prompts/%1.txt").arg(s.id, changed ? QStringLiteral(" (rewritten)") : QString());
        }
    QStringList settings; // accepted parameter changes, as the exported file has them
    for (const Proposal& p : proposals)
        if (p.isApplied() && p.level == FixLevel::Parameter)
            settings << QStringLiteral("- `%1.%2`: `%3` (was `%4`, proposal %5)")
                            .arg(p.stepId, p.field, QString::fromStdString(p.newValue.dump()), QString::fromStdString(p.oldValue.dump()))
                            .arg(p.id);
    if (!settings.isEmpty())
        md << QString() << QStringLiteral("## Changed settings") << QString() << settings;
    return md.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// An app's prompts go back as the files its program reads, each at its own path under DIR; the pipeline
// file does not change (it names the files).
bool exportAppPrompts(const Workspace& ws, const QString& outDir, const Pipeline& original, const Pipeline& final,
                      const std::vector<Proposal>& proposals, ExportSummary* summary, QString* error)
{
    QString diff;
    for (const PromptFile& f : final.prompts) {
        const QString target = QDir(outDir).absoluteFilePath(f.file);
        if (QFileInfo(target).absoluteFilePath() == QFileInfo(QFileInfo(original.path).absoluteDir().filePath(f.file)).absoluteFilePath()) {
            *error = QStringLiteral("%1: export would overwrite the program's own prompt file; choose another --out").arg(target);
            return false;
        }
        if (!writeFile(target, f.text.toUtf8(), error))
            return false;
        summary->files << f.file;
        const auto before
            = std::find_if(original.prompts.begin(), original.prompts.end(), [&](const PromptFile& o) { return o.name == f.name; });
        diff += unifiedDiff(before == original.prompts.end() ? QString() : before->text, f.text, QStringLiteral("a/") + f.file,
                            QStringLiteral("b/") + f.file);
    }
    if (!writeFile(QDir(outDir).filePath(QStringLiteral("prompts.json")), QByteArray::fromStdString(promptSetJson(final).dump(2)) + '\n',
                   error))
        return false;
    summary->files << QStringLiteral("prompts.json");
    if (!writeFile(QDir(outDir).filePath(QStringLiteral("changes.diff")), diff.toUtf8(), error))
        return false;
    summary->files << QStringLiteral("changes.diff");
    if (!writeFile(QDir(outDir).filePath(QStringLiteral("report.md")), report(ws, original, final, proposals).toUtf8(), error))
        return false;
    summary->files << QStringLiteral("report.md");
    return true;
}

} // namespace

bool exportAccepted(const Workspace& ws, const QString& outDir, qint64 originalId, ExportSummary* summary, QString* error)
{
    const std::vector<Proposal> proposals = ws.proposals();
    if (originalId <= 0) {
        const auto rounds = ws.rounds();
        originalId = !rounds.empty() ? rounds.front().pipelineId : !proposals.empty() ? proposals.front().pipelineId : 0;
    }
    if (originalId <= 0) {
        const auto runs = ws.primaryRuns();
        if (!runs.empty())
            originalId = runs.front().pipelineId;
    }
    if (originalId <= 0) {
        *error = QStringLiteral("%1: nothing to export (no runs, rounds or proposals)").arg(ws.path());
        return false;
    }
    const auto original = ws.pipelineVersion(originalId, error);
    if (!original)
        return false;
    // Applied rewrites, oldest first, each on the bytes so far: a later one for the same step wins.
    QByteArray bytes = original->source;
    Pipeline current = *original;
    summary->outDir = outDir;
    for (const Proposal& p : proposals) {
        if (!p.isApplied()) {
            summary->left << p.id;
            continue;
        }
        QString why;
        const auto next = applyProposal(bytes, current, p, &why);
        if (!next) {
            *error = QStringLiteral("proposal %1 no longer applies: %2").arg(p.id).arg(why);
            return false;
        }
        PipelineLoad load = loadPipelineFromBytes(original->path, *next, false);
        if (!load.pipeline) {
            *error = QStringLiteral("proposal %1 makes a pipeline that does not load: %2")
                         .arg(p.id)
                         .arg(load.diagnostics.empty() ? QString() : load.diagnostics.front().toString());
            return false;
        }
        bytes = *next;
        current = *load.pipeline;
        summary->applied << p.id;
    }
    if (original->isApp())
        return exportAppPrompts(ws, outDir, *original, current, proposals, summary, error);
    // Validated again, as a user would load it; and never written over the user's own file.
    const QString pipelinePath = QDir(outDir).filePath(QStringLiteral("pipeline.json"));
    if (QFileInfo(pipelinePath).absoluteFilePath() == QFileInfo(original->path).absoluteFilePath()) {
        *error = QStringLiteral("%1: export would overwrite the pipeline file itself; choose another --out").arg(pipelinePath);
        return false;
    }
    PipelineLoad check = loadPipelineFromBytes(pipelinePath, bytes, false);
    if (!check.pipeline) {
        *error = QStringLiteral("the exported pipeline does not validate: %1")
                     .arg(check.diagnostics.empty() ? QString() : check.diagnostics.front().toString());
        return false;
    }
    if (!writeFile(pipelinePath, bytes, error))
        return false;
    summary->files << QStringLiteral("pipeline.json");
    for (const Step& s : current.steps) {
        if (s.kind != StepKind::Llm)
            continue;
        const QString name = QStringLiteral("prompts/%1.txt").arg(s.id);
        if (!writeFile(QDir(outDir).filePath(name), s.prompt.toUtf8(), error))
            return false;
        summary->files << name;
        if (!s.system.isEmpty()) {
            const QString system = QStringLiteral("prompts/%1.system.txt").arg(s.id);
            if (!writeFile(QDir(outDir).filePath(system), s.system.toUtf8(), error))
                return false;
            summary->files << system;
        }
    }
    const QString file = QFileInfo(original->path).fileName();
    const QString diff = unifiedDiff(QString::fromUtf8(original->source), QString::fromUtf8(bytes), QStringLiteral("a/") + file,
                                     QStringLiteral("b/") + file);
    if (!writeFile(QDir(outDir).filePath(QStringLiteral("changes.diff")), diff.toUtf8(), error))
        return false;
    summary->files << QStringLiteral("changes.diff");
    if (!writeFile(QDir(outDir).filePath(QStringLiteral("report.md")), report(ws, *original, current, proposals).toUtf8(), error))
        return false;
    summary->files << QStringLiteral("report.md");
    return true;
}

} // namespace fapo
