#pragma once
// Why the analysis put an example's failure where it did, and what it saw at each step, in the reader's
// language. Built from the verdict's codes and its stored evidence (Verdict::explanation is the English
// that `fapo analyze` prints and stores), for the inspector's Evidence tab.
#include "core/analysis/verdict.h"
#include <QStringList>
#include <optional>
#include <vector>

namespace fapo {

// One fact the analysis saw at a step. `good`: it speaks for the step (nullopt: neither way).
struct EvidenceFact {
    QString text;
    std::optional<bool> good;
};

// What decided the verdict, sentence by sentence: the rule and the text it matched, the replay that
// fixed the example, the critic's judgement; then what an earlier stage had said, when a later one
// overruled it. The critic's own words are not included (criticExplanation gives them, untranslated).
QStringList verdictReasons(const Verdict& verdict);
// The critic model's explanation when the critic decided (model text: to be shown as plain text).
QString criticExplanation(const Verdict& verdict);
// What the analysis recorded about `step` for this example (empty when it recorded nothing).
std::vector<EvidenceFact> stepEvidenceFacts(const Verdict& verdict, const QString& step);

} // namespace fapo
