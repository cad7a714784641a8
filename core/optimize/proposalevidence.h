#pragma once
// The evidence a proposal carries, as stored in its JSON: example id lists, scores over a split, the
// side effects of a rewrite on output length and diversity, and the proposals of a round for the
// `fapo optimize --json` document.
#include "core/workspace/proposalrecords.h"
#include "core/workspace/records.h"
#include <QStringList>
#include <map>
#include <nlohmann/json.hpp>

namespace fapo {

class Workspace;

// A run's step records by example id, then step id.
std::map<QString, std::map<QString, StepRecord>> recordsByExample(const Workspace& ws, qint64 runId);
nlohmann::json idsJson(const QStringList& ids);
nlohmann::json optionalJson(const std::optional<double>& v);
// The mean score of `ids` in `results` (an error scores 0; ids without a result are left out).
double meanScore(const std::map<QString, ExampleResult>& results, const QStringList& ids);
// Mean length of a step's output and the share of distinct final outputs, over `ids`.
nlohmann::json sideEffects(const std::map<QString, std::map<QString, StepRecord>>& records, const QString& step, const QString& output,
                           const QStringList& ids);
// What `ids` cost per example in run `runId` at list prices, every step's tokens counted whether the call
// was paid or answered from the cache: what the version costs, not what the run paid. A record the run
// copied from its base run carries no tokens (it was not paid again), so those come from the run it
// was copied from, back along the chain of base runs.
double listCostPerExample(const Workspace& ws, qint64 runId, const QStringList& ids);
// {"before", "after", "ratio"} per example, ratio 1 when the baseline cost nothing.
nlohmann::json costChange(double before, double after);
// A parameter's value as a person reads and types it: a name without quotes, a number as written.
QString valueText(const nlohmann::json& value);
// "top_k 1 -> 3" for a parameter proposal, "insert +bridge +hop2 ~notes" for a structural one (added,
// changed, removed steps); empty for a rewrite.
QString changeSummary(const Proposal& p);
// The proposals of a round as the report lists them (with why each was rejected or blocked).
nlohmann::json proposalsJson(const std::vector<Proposal>& proposals);

} // namespace fapo
