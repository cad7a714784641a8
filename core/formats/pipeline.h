#pragma once
// The loaded, validated pipeline: an immutable value shared by the runner, CLI and GUI.
#include "core/domain/enums.h"
#include "core/formats/stepgraph.h"
#include "core/providers/modelconfig.h"
#include <QString>
#include <QStringList>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace fapo {

// A per-step assertion ("checks" in the pipeline file).
struct Check {
    CheckType type = CheckType::NotEmpty;
    QString pattern; // regex
    QString text; // contains
    qint64 number = 0; // max_chars / min_chars
};

struct Step {
    QString id;
    StepKind kind = StepKind::Llm;
    QString description; // free text (an imported step keeps its original span name here)
    // llm
    QString model = QStringLiteral("worker");
    QString system;
    QString prompt;
    std::optional<int> maxTokens;
    std::optional<double> temperature;
    QStringList stop;
    bool optimize = true;
    // app pipelines: the prompt whose template this step's calls were filled from (by the program, so its
    // {{placeholders}} are not references to steps)
    QString promptName;
    // llm / transform / command
    ParseMode parse = ParseMode::Text;
    // retrieve
    QString corpusPath; // absolute
    QString query;
    int topK = 3;
    // transform
    QString templateText;
    // command
    QStringList argv;
    QStringList inputs; // references ("input.question", "rewrite", "rewrite.query") sent as JSON on stdin
    int timeoutMs = 30000;

    std::vector<Check> checks;

    // The templates of this step, by field name ("system", "prompt", "query", "template").
    std::vector<std::pair<QString, QString>> templates() const;
};

struct Metric {
    QString name;
    MetricType type = MetricType::ExactMatch;
    QString output; // field of the final parsed value; empty: whole text
    QString expected; // field of the example's expected
    double threshold = 1.0;
    bool gate = false;
    double tolerance = 0.0; // numeric
    QString pattern; // regex
    QString rubric; // llm_judge
};

// An app pipeline's program (spec: live-traces-and-apps.md, section 2): the user's own code is the
// pipeline; it reads its prompt templates by name from the file FAPO_PROMPTS names.
struct AppConfig {
    QStringList command; // argv, run in the pipeline file's folder
    int timeoutMs = 60000;
    ParseMode parse = ParseMode::Text; // of the program's final output (stdout)
    int concurrency = 0; // examples at once; 0: the run's --concurrency
    QString model; // a "models" entry that answers the program's model calls; empty: the endpoint it names
};

// One prompt template of an app pipeline: a file the program reads by name. Its {{placeholders}} are the
// program's to fill, not references to steps.
struct PromptFile {
    QString name;
    QString file; // as written, relative to the pipeline file
    QString path; // absolute
    QString text; // the template as read (empty when files were not checked)
    bool optimize = true;
};

struct Pipeline {
    QString path; // absolute path of the pipeline file
    QString name;
    QString description;
    QByteArray source; // bytes as loaded (export keeps them where possible)
    QString hash; // sha256 of the canonical content (versions in the workspace)
    std::map<QString, ModelConfig> models;
    std::vector<Step> steps;
    QString output; // id of the final step
    std::vector<Metric> metrics;
    StepGraph graph;
    // App pipelines: the program and its prompts. Until a run finds its steps, `steps` holds one llm step
    // per prompt (its template as the prompt), so the graph and inspector show what the program declares.
    std::optional<AppConfig> app;
    std::vector<PromptFile> prompts;

    bool isApp() const { return app.has_value(); }

    const Step* step(const QString& id) const;
    const ModelConfig* modelFor(const Step& step) const;
};

} // namespace fapo
