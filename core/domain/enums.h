#pragma once
// Every closed set of the domain, as an enum class with the one name it has in files, the workspace,
// the command line and JSON. Parse once where text comes in (loader, CLI options, SQL rows, JSON),
// compare enums everywhere else, and write names with nameOf().
//
// Adding a value: add it to the enum and to its table below; nameOf() and parseName() follow.
#include <QString>
#include <QStringView>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace fapo {

template <typename E, std::size_t N> using NameTable = std::array<std::pair<E, std::string_view>, N>;

// --- pipeline files ---

enum class StepKind { Llm, Retrieve, Transform, Command };
constexpr NameTable<StepKind, 4> enumNames(StepKind)
{
    return { { { StepKind::Llm, "llm" },
               { StepKind::Retrieve, "retrieve" },
               { StepKind::Transform, "transform" },
               { StepKind::Command, "command" } } };
}

// How a step's output text is read: as it is, or as one JSON value.
enum class ParseMode { Text, Json };
constexpr NameTable<ParseMode, 2> enumNames(ParseMode) { return { { { ParseMode::Text, "text" }, { ParseMode::Json, "json" } } }; }

enum class CheckType { JsonValid, Regex, MaxChars, MinChars, Contains, NotEmpty };
constexpr NameTable<CheckType, 6> enumNames(CheckType)
{
    return { { { CheckType::JsonValid, "json_valid" },
               { CheckType::Regex, "regex" },
               { CheckType::MaxChars, "max_chars" },
               { CheckType::MinChars, "min_chars" },
               { CheckType::Contains, "contains" },
               { CheckType::NotEmpty, "not_empty" } } };
}

enum class MetricType { ExactMatch, F1, Contains, Regex, JsonValid, Numeric, LlmJudge };
constexpr NameTable<MetricType, 7> enumNames(MetricType)
{
    return { { { MetricType::ExactMatch, "exact_match" },
               { MetricType::F1, "f1" },
               { MetricType::Contains, "contains" },
               { MetricType::Regex, "regex" },
               { MetricType::JsonValid, "json_valid" },
               { MetricType::Numeric, "numeric" },
               { MetricType::LlmJudge, "llm_judge" } } };
}

// The protocol a model entry speaks (openai: any OpenAI-compatible server).
enum class ProviderType { Anthropic, OpenAi, Scripted };
constexpr NameTable<ProviderType, 3> enumNames(ProviderType)
{
    return { { { ProviderType::Anthropic, "anthropic" }, { ProviderType::OpenAi, "openai" }, { ProviderType::Scripted, "scripted" } } };
}

// --- runs ---

enum class RunStatus { Running, Done, Failed, Interrupted };
constexpr NameTable<RunStatus, 4> enumNames(RunStatus)
{
    return { { { RunStatus::Running, "running" },
               { RunStatus::Done, "done" },
               { RunStatus::Failed, "failed" },
               { RunStatus::Interrupted, "interrupted" } } };
}

// run: of a pipeline on a dataset; replay: of failed examples with a repaired step output (analysis);
// eval: of a candidate prompt (optimizer).
enum class RunKind { Run, Replay, Eval };
constexpr NameTable<RunKind, 3> enumNames(RunKind)
{
    return { { { RunKind::Run, "run" }, { RunKind::Replay, "replay" }, { RunKind::Eval, "eval" } } };
}

enum class ExampleStatus { Passed, Failed, Error };
constexpr NameTable<ExampleStatus, 3> enumNames(ExampleStatus)
{
    return { { { ExampleStatus::Passed, "passed" }, { ExampleStatus::Failed, "failed" }, { ExampleStatus::Error, "error" } } };
}

// --- analysis ---

enum class AnalysisStage { Rules, Replay, Critic, Storing };
constexpr NameTable<AnalysisStage, 4> enumNames(AnalysisStage)
{
    return { { { AnalysisStage::Rules, "rules" },
               { AnalysisStage::Replay, "replay" },
               { AnalysisStage::Critic, "critic" },
               { AnalysisStage::Storing, "storing" } } };
}

// How the origin of a failure was found.
enum class VerdictMethod { Gold, Cascade, Check, Format, AnswerLost, DroppedTerms, AnswerSource, Replay, Critic, Fallback };
constexpr NameTable<VerdictMethod, 10> enumNames(VerdictMethod)
{
    return { { { VerdictMethod::Gold, "gold" },
               { VerdictMethod::Cascade, "cascade" },
               { VerdictMethod::Check, "check" },
               { VerdictMethod::Format, "format" },
               { VerdictMethod::AnswerLost, "answer_lost" },
               { VerdictMethod::DroppedTerms, "dropped_terms" },
               { VerdictMethod::AnswerSource, "answer_source" },
               { VerdictMethod::Replay, "replay" },
               { VerdictMethod::Critic, "critic" },
               { VerdictMethod::Fallback, "fallback" } } };
}

enum class FailureClass { RetrievalMiss, Cascade, CheckFailed, WrongOutput, Format, Reasoning, Error, Unknown };
constexpr NameTable<FailureClass, 8> enumNames(FailureClass)
{
    return { { { FailureClass::RetrievalMiss, "retrieval_miss" },
               { FailureClass::Cascade, "cascade" },
               { FailureClass::CheckFailed, "check_failed" },
               { FailureClass::WrongOutput, "wrong_output" },
               { FailureClass::Format, "format" },
               { FailureClass::Reasoning, "reasoning" },
               { FailureClass::Error, "error" },
               { FailureClass::Unknown, "unknown" } } };
}

// The smallest kind of change that can fix a failure.
enum class FixLevel { Prompt, Parameter, Structure };
constexpr NameTable<FixLevel, 3> enumNames(FixLevel)
{
    return { { { FixLevel::Prompt, "prompt" }, { FixLevel::Parameter, "parameter" }, { FixLevel::Structure, "structure" } } };
}

// A step's part in one example's failure: where it starts, the steps that carried it from there to the
// output (the output included), steps that failed their own checks or errored off that path, and the
// rest. Every step of a passing example has the role passed.
enum class FailureRole : quint8 { Passed, Origin, Carried, OwnFailure, NotInvolved };
constexpr NameTable<FailureRole, 5> enumNames(FailureRole)
{
    return { { { FailureRole::Passed, "passed" },
               { FailureRole::Origin, "origin" },
               { FailureRole::Carried, "carried" },
               { FailureRole::OwnFailure, "own_failure" },
               { FailureRole::NotInvolved, "not_involved" } } };
}

// --- the rewrite loop ---

// pending: waits for a person; approved: by a person; accepted: by --approve auto; rejected: by a
// person or the policy; blocked: failed a review check (never approvable, never exported).
enum class ProposalStatus { Pending, Approved, Accepted, Rejected, Blocked };
constexpr NameTable<ProposalStatus, 5> enumNames(ProposalStatus)
{
    return { { { ProposalStatus::Pending, "pending" },
               { ProposalStatus::Approved, "approved" },
               { ProposalStatus::Accepted, "accepted" },
               { ProposalStatus::Rejected, "rejected" },
               { ProposalStatus::Blocked, "blocked" } } };
}

// What a decision did: the first three set a proposal's status; undone put back the one before.
enum class DecisionAction { Approved, Rejected, Accepted, Undone };
constexpr NameTable<DecisionAction, 4> enumNames(DecisionAction)
{
    return { { { DecisionAction::Approved, "approved" },
               { DecisionAction::Rejected, "rejected" },
               { DecisionAction::Accepted, "accepted" },
               { DecisionAction::Undone, "undone" } } };
}

// ask: a person decides each proposal; auto: the acceptance policy accepts; none: proposals stay pending.
enum class ApproveMode { Ask, Auto, None };
constexpr NameTable<ApproveMode, 3> enumNames(ApproveMode)
{
    return { { { ApproveMode::Ask, "ask" }, { ApproveMode::Auto, "auto" }, { ApproveMode::None, "none" } } };
}

// A round, and an optimisation as a whole: nothing = no failure to fix; declined = the person said no
// before anything was spent (neither is stored as a round's status).
enum class RoundStatus { Running, Done, Budget, Failed, Interrupted, Nothing, Declined };
constexpr NameTable<RoundStatus, 7> enumNames(RoundStatus)
{
    return { { { RoundStatus::Running, "running" },
               { RoundStatus::Done, "done" },
               { RoundStatus::Budget, "budget" },
               { RoundStatus::Failed, "failed" },
               { RoundStatus::Interrupted, "interrupted" },
               { RoundStatus::Nothing, "nothing" },
               { RoundStatus::Declined, "declined" } } };
}

// --- names ---

// The value's name.
template <typename E> QString nameOf(E value)
{
    for (const auto& [v, name] : enumNames(E {}))
        if (v == value)
            return QString::fromLatin1(name.data(), qsizetype(name.size()));
    return QString();
}

template <typename E> std::string stdNameOf(E value)
{
    for (const auto& [v, name] : enumNames(E {}))
        if (v == value)
            return std::string(name);
    return std::string();
}

// The value a name stands for; nullopt for any other text (exact, case-sensitive, as in the files).
template <typename E> std::optional<E> parseName(QStringView text)
{
    for (const auto& [v, name] : enumNames(E {}))
        if (text == QLatin1String(name.data(), qsizetype(name.size())))
            return v;
    return std::nullopt;
}

template <typename E> std::optional<E> parseName(std::string_view text)
{
    for (const auto& [v, name] : enumNames(E {}))
        if (text == name)
            return v;
    return std::nullopt;
}

// Every name a value can be written as, for messages ("one of: llm, retrieve, ...").
template <typename E> QString allNames(const QString& separator = QStringLiteral(", "))
{
    QString out;
    for (const auto& [v, name] : enumNames(E {})) {
        if (!out.isEmpty())
            out += separator;
        out += QString::fromLatin1(name.data(), qsizetype(name.size()));
    }
    return out;
}

} // namespace fapo
