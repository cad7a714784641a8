#pragma once
// `fapo export --out DIR`: the accepted prompts. DIR/pipeline.json is the pipeline with every
// approved or accepted rewrite applied (all other bytes as loaded), DIR/prompts/STEP.txt (and
// STEP.system.txt) each model step's final prompt, DIR/changes.diff a unified diff of the pipeline
// file, DIR/report.md the rounds, decisions (who, when, why) and scores. The exported pipeline is
// validated again; the user's own pipeline file is never touched. An app pipeline's export is its prompt
// files instead, each at its own relative path (DIR/prompts/rewrite.txt), with DIR/prompts.json (the prompt
// set as FAPO_PROMPTS gives it), changes.diff (of the prompt files) and report.md; its pipeline file and
// program are not written.
#include "core/workspace/workspace.h"

namespace fapo {

struct ExportSummary {
    QString outDir;
    QStringList files; // relative to outDir
    QList<qint64> applied; // proposals applied, in order
    QList<qint64> left; // pending, rejected and blocked proposals, not applied
};

// `original` is the version the rewrites start from (0: the version of the first round or proposal).
bool exportAccepted(const Workspace& workspace, const QString& outDir, qint64 original, ExportSummary* summary, QString* error);

} // namespace fapo
