#pragma once
// Rows of the rewrite loop: rounds, proposals and the decisions people take on them.
#include "core/domain/enums.h"
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace fapo {

struct Proposal {
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 pipelineId = 0; // the version the rewrite applies to
    qint64 baselineRunId = 0; // the run it is measured against
    QString stepId;
    // prompt: a rewrite of the step's templates; parameter: one knob of the step (`field`) set from
    // oldValue to newValue; structure: an edit of the step graph (later).
    FixLevel level = FixLevel::Prompt;
    QString field = QStringLiteral("prompt"); // the template rewritten (prompt), or the knob (top_k, max_tokens, model, parse)
    nlohmann::json oldValue; // parameter proposals: the knob's value before and after
    nlohmann::json newValue;
    QString oldPrompt;
    QString newPrompt;
    QString oldSystem;
    QString newSystem; // empty: unchanged
    QString rationale;
    ProposalStatus status = ProposalStatus::Pending;
    QString reason; // why blocked or rejected by the policy
    nlohmann::json checks = nlohmann::json::array(); // [{name, passed, detail}]
    qint64 evalRunId = 0;
    std::optional<double> evalScore; // validation score with the rewrite
    std::optional<double> baselineScore; // validation score before
    std::optional<double> holdoutScore;
    std::optional<double> holdoutBaseline;
    nlohmann::json evidence = nlohmann::json::object(); // fixed/regressed, p-value, side effects, minibatch
    qint64 newPipelineId = 0; // the version an approval made
    QDateTime createdAt;

    bool isApplied() const { return status == ProposalStatus::Approved || status == ProposalStatus::Accepted; }
};

// Why a decision was not taken.
enum class DecisionRefusal {
    None,
    Unknown, // no such proposal, or nothing to undo
    Blocked, // a review check blocked it; it can never be approved
    DecidedMeanwhile, // not in the status the person saw: someone (or something) decided it since
    NotStored, // the workspace could not store it
};

struct Decision {
    qint64 id = 0;
    qint64 proposalId = 0;
    DecisionAction decision = DecisionAction::Approved;
    QString who;
    QDateTime at;
    QString note;
    ProposalStatus previousStatus = ProposalStatus::Pending;
};

struct RoundInfo {
    qint64 id = 0;
    QString optimization; // groups the rounds of one `fapo optimize` (or window session)
    int round = 1;
    qint64 pipelineId = 0;
    qint64 baselineRunId = 0;
    qint64 analysisId = 0;
    QString targetStep;
    FixLevel level = FixLevel::Prompt; // what kind of change the round proposed
    QString escalation; // why the round proposes at that level (empty: prompts, as usual)
    RoundStatus status = RoundStatus::Running; // running | done | budget | failed | interrupted
    std::optional<double> validationScore; // of the version the round ends with
    std::optional<double> testScore;
    qint64 calls = 0;
    double costUsd = 0.0;
    nlohmann::json splits = nlohmann::json::object(); // {"train": [...], "validation": [...], "test": [...]}
    QDateTime createdAt;
};

} // namespace fapo
