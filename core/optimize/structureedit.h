#pragma once
// Structural proposals: an edit of the pipeline's step graph (insert a step, split one, reroute an
// input) as the optimizer model returns it, and its application to the pipeline file's bytes. Only the
// "steps" array changes; a step the edit does not name keeps its bytes, and every byte outside the
// array stays as it was.
#include "core/formats/pipeline.h"
#include <QByteArray>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace fapo {

struct StructureEdit {
    QString operation; // insert | split | reroute
    nlohmann::json steps = nlohmann::json::array(); // step objects: a known id replaces that step, a new id is added
    QStringList remove; // ids of steps taken out (a split replaces one step by two)

    nlohmann::json toJson() const; // {"operation", "steps", "remove"}: a proposal's new value
    static StructureEdit fromJson(const nlohmann::json& value);
    QStringList stepIds() const; // ids of the steps the edit writes, in its order
};

// The optimizer model's reply ("a proposed structural change"): `operation`, `steps`, `rationale`,
// optional `remove`. Nullopt with the reason when it breaks the schema.
std::optional<StructureEdit> parseStructureEdit(const QString& text, QString* rationale, QString* error);

// The edit applied to the pipeline file's bytes. A new step goes just after the last step it reads
// (first, when it reads only inputs), so references keep pointing backwards.
std::optional<QByteArray> applyStructureEdit(const QByteArray& source, const Pipeline& pipeline, const StructureEdit& edit, QString* error);

// What the edit does to a pipeline: steps added, changed (existing ids) and removed.
struct StructureDelta {
    QStringList added;
    QStringList changed;
    QStringList removed;
};
StructureDelta structureDelta(const Pipeline& before, const StructureEdit& edit);
// The step objects of `pipeline`'s file that the edit changes or removes, as they are now: what a
// reviewer compares the new ones with.
nlohmann::json stepsBefore(const Pipeline& pipeline, const StructureEdit& edit);

} // namespace fapo
