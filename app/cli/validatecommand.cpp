#include "validatecommand.h"
#include "clicommon.h"
#include "core/formats/dataset.h"
#include "core/formats/pipelineloader.h"
#include "core/providers/networkpool.h"
#include "core/providers/providerfactory.h"
#include <QSet>
#include <algorithm>

namespace fapo::cli {

using nlohmann::json;

namespace {

// Loads what the pipeline refers to: corpora and every model it declares. The optimizer's and the
// critic's rules files count too: a broken one would otherwise only show once `optimize` or `analyze`
// starts.
void checkReferencedFiles(const Pipeline& p, Diagnostics* diags)
{
    for (const Step& s : p.steps)
        if (s.kind == StepKind::Retrieve)
            loadCorpus(s.corpusPath, diags);
    NetworkPool pool(1);
    // The critic last: by default it is a copy of the optimizer, whose error is then said once.
    std::vector<const ModelConfig*> models;
    for (const auto& [name, config] : p.models)
        models.push_back(&config);
    std::stable_partition(models.begin(), models.end(), [](const ModelConfig* m) { return m->name != QLatin1String("critic"); });
    QSet<QString> reported;
    for (const ModelConfig* config : models) {
        QString error;
        if (!createProvider(*config, ProviderEnvironment::fromProcess(), &pool, &error) && !reported.contains(error)) {
            reported.insert(error);
            diags->push_back({ Diagnostic::Severity::Error, p.path, 0, 0, Cli::tr("model \"%1\": %2").arg(config->name, error) });
        }
    }
}

// An app pipeline: its program and the prompts it reads (its steps are found when it runs).
int printApp(const Pipeline& p, bool asJson)
{
    if (asJson) {
        json prompts = json::array();
        for (const PromptFile& prompt : p.prompts)
            prompts.push_back(
                { { "name", prompt.name.toStdString() }, { "file", prompt.file.toStdString() }, { "optimize", prompt.optimize } });
        json command = json::array();
        for (const QString& arg : p.app->command)
            command.push_back(arg.toStdString());
        printJson({ { "name", p.name.toStdString() },
                    { "app", { { "command", command }, { "timeout_ms", p.app->timeoutMs }, { "parse", stdNameOf(p.app->parse) } } },
                    { "prompts", prompts },
                    { "hash", p.hash.toStdString() } });
        return ExitOk;
    }
    printOut(Cli::tr("%1: app pipeline running %2; %n prompt(s)", nullptr, int(p.prompts.size()))
                 .arg(p.name, p.app->command.join(QLatin1Char(' '))));
    for (const PromptFile& prompt : p.prompts)
        printOut(QStringLiteral("  %1 (%2)%3").arg(prompt.name, prompt.file, prompt.optimize ? QString() : Cli::tr(", not optimized")));
    return ExitOk;
}

} // namespace

int validateCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Checks a pipeline file, its corpora and models, and prints its step graph."));
    addCommonOptions(parser);
    parser.addOption({ QStringLiteral("dataset"), Cli::tr("Also check this dataset against the pipeline."), QStringLiteral("FILE") });
    parser.addPositionalArgument(QStringLiteral("pipeline"), Cli::tr("The pipeline file (JSON)."));
    CommonOptions common;
    int code = ExitOk;
    if (!startCommand(parser, args, QStringLiteral("fapo validate PIPELINE [--dataset FILE] [--json]"), &common, &code))
        return code;

    PipelineLoad load = loadPipeline(parser.positionalArguments().first());
    Diagnostics diags = load.diagnostics;
    if (load.pipeline) {
        checkReferencedFiles(*load.pipeline, &diags);
        if (parser.isSet(QStringLiteral("dataset"))) {
            if (const auto ds = loadDataset(parser.value(QStringLiteral("dataset")), &diags))
                checkDatasetAgainstPipeline(*ds, *load.pipeline, &diags);
        }
    }
    printDiagnostics(diags);
    if (!load.pipeline || hasErrors(diags))
        return ExitBadInput;

    const Pipeline& p = *load.pipeline;
    if (p.isApp())
        return printApp(p, common.json);
    if (common.json) {
        json steps = json::array();
        for (const Step& s : p.steps)
            steps.push_back({ { "id", s.id.toStdString() }, { "kind", nameOf(s.kind).toStdString() } });
        json edges = json::array();
        for (const GraphEdge& e : p.graph.edges)
            edges.push_back({ { "from", e.from.toStdString() }, { "to", e.to.toStdString() } });
        json inputs = json::array();
        for (const QString& i : p.graph.inputNodes)
            inputs.push_back(i.toStdString());
        printJson({ { "name", p.name.toStdString() },
                    { "steps", steps },
                    { "edges", edges },
                    { "inputs", inputs },
                    { "output", p.output.toStdString() },
                    { "hash", p.hash.toStdString() } });
        return ExitOk;
    }
    printOut(Cli::tr("%1: %n step(s), %2 inputs, %3 edges; output: %4", nullptr, int(p.steps.size()))
                 .arg(p.name)
                 .arg(p.graph.inputNodes.size())
                 .arg(p.graph.edges.size())
                 .arg(p.output));
    for (const Step& s : p.steps) {
        QStringList from;
        for (const GraphEdge& e : p.graph.edges)
            if (e.to == s.id)
                from << e.from;
        QString line = QStringLiteral("  %1 (%2").arg(s.id, nameOf(s.kind));
        if (s.kind == StepKind::Llm)
            line += Cli::tr(", model %1").arg(s.model);
        line += QStringLiteral(")");
        if (!from.isEmpty())
            line += QStringLiteral(" <- ") + from.join(QStringLiteral(", "));
        printOut(line);
    }
    return ExitOk;
}

} // namespace fapo::cli
