#pragma once
// Traces written by other tools (OTLP JSON, Langfuse, Phoenix, fapo JSONL, flat GenAI/OpenInference
// attribute maps), read into one shape so they can be shown as the same step graph as fapo's own runs.
#include "core/formats/stepgraph.h"
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace fapo {

struct ImportedSpan {
    QString traceId; // lower-case hex when the source used hex or base64 ids; otherwise as written
    QString spanId;
    QString parentId; // empty for a root; a parent outside the file also makes a root
    QString name;
    QString stepName; // grouping key: fapo.step, langgraph_node, graph.node.id, else the span name
    QString stepId; // the step this span was grouped into (stepName, or "stepName#N" for a later stage)
    // An open set (vendors name their own): llm, retrieve, tool, agent, chain, embedding, event, span, ...
    // Import maps it onto StepKind when it writes the pipeline (importstore.cpp).
    QString kind;
    qint64 startNs = 0;
    qint64 endNs = 0;
    bool error = false;
    QString statusMessage;
    QString model;
    // Text as best extracted (messages rendered "role: text", one per line), in UTF-8: a large trace's
    // prompts and completions take half the memory they would as QStrings.
    QByteArray input;
    QByteArray output;
    qint64 inputTokens = -1; // -1: unknown
    qint64 outputTokens = -1;
    // Flattened ("a.b.0.c" keys), as compact JSON text; attributes whose text became `input` or `output`
    // verbatim are left out. Text, not a parsed map: a large trace's spans take a fraction of the memory.
    QByteArray attributes;

    QString inputText() const { return QString::fromUtf8(input); }
    QString outputText() const { return QString::fromUtf8(output); }

    // The attributes parsed (an empty object when there are none).
    nlohmann::json attributeMap() const
    {
        return attributes.isEmpty() ? nlohmann::json::object()
                                    : nlohmann::json::parse(attributes.constBegin(), attributes.constEnd(), nullptr, false);
    }
};

// A non-fatal problem (an invalid id, a missing field); line/column 0 and offset -1 when unknown.
struct ImportProblem {
    QString message;
    int line = 0;
    int column = 0;
    qint64 offset = -1;
};

struct ImportedStep {
    QString id;
    QString kind;
    int count = 0; // spans grouped into this step
    int failed = 0; // of those, spans with an error status
};

struct ImportResult {
    QString format; // "otlp", "otlp-jsonl", "langfuse", "phoenix", "phoenix-jsonl", "fapo-jsonl", "mixed-jsonl", "attributes"
    std::vector<ImportedSpan> spans; // in file order
    int traces = 0;
    QStringList steps; // step ids, in graph order (every edge points forward)
    std::vector<ImportedStep> stepInfo; // same order as steps
    std::vector<GraphEdge> edges; // unique, no self-edges, a DAG over steps
    std::vector<ImportProblem> problems; // warnings: the import still succeeded
};

} // namespace fapo
