#pragma once
// Train / validation / test splits: seeded and stratified (by failure cluster), so each split sees
// the same mix of failures. The optimizer model sees train examples one by one; validation and test
// only as aggregates; test is scored once per accepted version.
#include <QHash>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace fapo {

enum class Split { Train, Validation, Test };

struct Splits {
    QStringList train;
    QStringList validation;
    QStringList test;
    QHash<QString, Split> of;

    nlohmann::json toJson() const;
    static Splits fromJson(const nlohmann::json& v);
};

// `strata`: example id -> stratum ("passed", or the cluster a failure belongs to), in dataset order.
// Within each stratum, examples are ordered by a hash of (seed, id) and cut at the fractions.
Splits makeSplits(const std::vector<std::pair<QString, QString>>& strata, quint64 seed, double testFraction, double validationFraction);

} // namespace fapo
