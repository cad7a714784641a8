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

    const Step* step(const QString& id) const;
    const ModelConfig* modelFor(const Step& step) const;
};

} // namespace fapo
