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
// The proposals of a round as the report lists them (with why each was rejected or blocked).
nlohmann::json proposalsJson(const std::vector<Proposal>& proposals);

} // namespace fapo
