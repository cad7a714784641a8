#pragma once
// Rows of the workspace as value types: what the runner stores and views read.
#include "core/domain/enums.h"
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>

namespace fapo {

// One example's pass through one step.
struct StepRecord {
    qint64 runId = 0;
    QString exampleId;
    QString stepId;
    StepKind kind = StepKind::Llm;
    QString system; // rendered
    QString prompt; // rendered prompt / query / template / stdin
    QString output; // output text
    nlohmann::json parsed; // parsed value (null when none)
    QString error; // empty when the step produced an output
    nlohmann::json checks = nlohmann::json::array(); // [{type, passed, detail}]
    bool passed = true; // no error and every check passed
    QDateTime startedAt;
    qint64 durationMs = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    double costUsd = 0.0;
    QString model;
    bool cacheHit = false;
    bool called = false; // a model was asked (from the cache or over the network)
    QString requestId;
    qint64 sourceRunId = 0; // > 0: copied unchanged from that run (not run again, not paid again)
};

struct ExampleResult {
    qint64 runId = 0;
    QString exampleId;
    int position = 0; // order in the dataset
    ExampleStatus status = ExampleStatus::Failed;
    double score = 0.0;
    nlohmann::json metrics = nlohmann::json::array(); // [{name, type, score, passed, detail}]
    QString error;
    QString finalOutput;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0.0;
    qint64 latencyMs = 0;
    QString cells; // the example's step states, packed (runview/cellstate.h); empty: not stored
};

struct RunInfo {
    qint64 id = 0;
    qint64 pipelineId = 0;
    qint64 datasetId = 0;
    RunStatus status = RunStatus::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString error;
    int exampleCount = 0;
    nlohmann::json options;
    RunKind kind = RunKind::Run;
    qint64 baseRunId = 0; // the run whose records a replay or evaluation reuses
};

struct RunTotals {
    int examples = 0; // finished examples
    int passed = 0;
    int failed = 0;
    int errors = 0;
    double score = 0.0; // mean example score over finished examples
    qint64 calls = 0; // model calls answered over the network
    qint64 cacheHits = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0.0;
};

} // namespace fapo
