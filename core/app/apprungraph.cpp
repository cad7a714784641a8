#include "core/app/apprungraph.h"
#include "core/app/promptset.h"
#include "core/workspace/workspace.h"
#include <QHash>
#include <nlohmann/json.hpp>
#include <QSet>
#include <algorithm>

namespace fapo {

namespace {

constexpr int kMinFlowText = 20; // as import (importgraph.cpp)
constexpr int kNeedleChars = 200;

bool flowsInto(const StepRecord& from, const QString& text)
{
    const QString output = from.output.trimmed();
    return output.size() >= kMinFlowText && text.contains(QStringView(output).left(kNeedleChars));
}

QString promptOf(const QString& stepId) { return stepId.section(QLatin1Char('#'), 0, 0); }

} // namespace

Pipeline appRunPipeline(const Pipeline& app, const std::vector<StepRecord>& records)
{
    const QString program = appOutputStepId(app);
    std::map<QString, std::vector<const StepRecord*>> byExample;
    for (const StepRecord& r : records)
        byExample[r.exampleId].push_back(&r);

    QStringList order; // steps by first appearance
    QHash<QString, int> rank; // within the examples that show them
    QSet<QString> edgeSet;
    std::vector<GraphEdge> edges;
    const auto addEdge = [&](const QString& from, const QString& to) {
        const QString key = from + QChar(0) + to;
        if (from != to && !edgeSet.contains(key)) {
            edgeSet.insert(key);
            edges.push_back({ from, to });
        }
    };
    std::map<QString, const StepRecord*> firstOf; // a record of each step, for its model
    QStringList inputs; // "input.FIELD", as the program's stdin showed them
    std::vector<GraphEdge> inputEdges;
    QSet<QString> inputEdgeSet;
    for (auto& [exampleId, list] : byExample) {
        std::stable_sort(list.begin(), list.end(), [](const StepRecord* a, const StepRecord* b) { return a->startedAt < b->startedAt; });
        std::vector<const StepRecord*> calls;
        const StepRecord* programRecord = nullptr;
        for (const StepRecord* r : list) {
            if (r->stepId == program)
                programRecord = r;
            else
                calls.push_back(r);
        }
        for (size_t j = 0; j < calls.size(); ++j) {
            const StepRecord& to = *calls[j];
            if (!firstOf.count(to.stepId)) {
                firstOf[to.stepId] = &to;
                order << to.stepId;
            }
            std::vector<size_t> sources;
            for (size_t i = 0; i < j; ++i)
                if (flowsInto(*calls[i], to.prompt) || flowsInto(*calls[i], to.system))
                    sources.push_back(i);
            // Direct flow only: a source whose text reached this call through a later source is not linked.
            bool linked = false;
            for (size_t s : sources) {
                const bool indirect = std::any_of(sources.begin(), sources.end(), [&](size_t p) {
                    return p > s && (flowsInto(*calls[s], calls[p]->prompt) || flowsInto(*calls[s], calls[p]->system));
                });
                if (!indirect) {
                    addEdge(calls[s]->stepId, to.stepId);
                    linked = true;
                }
            }
            if (!linked && j > 0)
                addEdge(calls[j - 1]->stepId, to.stepId);
        }
        // The example's input fields, and the calls whose request carries one of them.
        const nlohmann::json stdinLine
            = programRecord ? nlohmann::json::parse(programRecord->prompt.toStdString(), nullptr, false) : nlohmann::json();
        if (stdinLine.is_object() && stdinLine.contains("input") && stdinLine["input"].is_object())
            for (const auto& [field, value] : stdinLine["input"].items()) {
                const QString node = QStringLiteral("input.") + QString::fromStdString(field);
                if (!inputs.contains(node))
                    inputs << node;
                const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()).trimmed() : QString();
                if (text.size() < 3)
                    continue;
                for (const StepRecord* c : calls)
                    if ((c->prompt.contains(text) || c->system.contains(text)) && !inputEdgeSet.contains(node + c->stepId)) {
                        inputEdgeSet.insert(node + c->stepId);
                        inputEdges.push_back({ node, c->stepId });
                    }
            }
        if (programRecord && !calls.empty()) {
            bool linked = false;
            for (const StepRecord* c : calls)
                if (flowsInto(*c, programRecord->output)) {
                    addEdge(c->stepId, program);
                    linked = true;
                }
            if (!linked)
                addEdge(calls.back()->stepId, program);
        }
    }
    if (order.isEmpty())
        return app;

    Pipeline p = app;
    p.steps.clear();
    p.graph = StepGraph();
    p.output = program;
    order << program;
    for (int i = 0; i < order.size(); ++i)
        rank.insert(order[i], i);
    QHash<QString, const PromptFile*> prompts;
    for (const PromptFile& f : app.prompts)
        prompts.insert(f.name, &f);
    for (const QString& id : order) {
        Step s;
        s.id = id;
        if (id == program) {
            s.kind = StepKind::Command;
            s.argv = app.app->command;
            s.timeoutMs = app.app->timeoutMs;
            s.parse = app.app->parse;
            s.description = app.app->command.join(QLatin1Char(' '));
        } else if (firstOf[id]->kind != StepKind::Llm) {
            s.kind = firstOf[id]->kind; // a span of the program's own work (appspans.h)
            s.optimize = false;
        } else {
            s.kind = StepKind::Llm;
            s.model = app.app->model;
            const PromptFile* prompt = prompts.value(promptOf(id));
            // A proposal targets a prompt by its name: its first call stands for it.
            s.optimize = prompt && prompt->optimize && !id.contains(QLatin1Char('#'));
            s.prompt = prompt ? prompt->text : QString();
            s.promptName = prompt ? prompt->name : QString();
            s.description = prompt ? prompt->file : QStringLiteral("%1").arg(firstOf[id]->model);
        }
        p.steps.push_back(s);
        p.graph.steps << id;
    }
    p.graph.inputNodes = inputs;
    p.graph.edges = inputEdges;
    for (const GraphEdge& e : edges)
        if (rank.value(e.from) < rank.value(e.to)) // forward only: the graph stays acyclic
            p.graph.edges.push_back(e);
    return p;
}

std::optional<Pipeline> pipelineOfRun(const Workspace& workspace, const RunInfo& run, QString* error)
{
    auto pipeline = workspace.pipelineVersion(run.pipelineId, error);
    if (pipeline && pipeline->isApp())
        return appRunPipeline(*pipeline, workspace.stepRecords(run.id));
    return pipeline;
}

} // namespace fapo
