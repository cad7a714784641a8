#pragma once
// Worlds for attribution and optimisation tests whose true failure origin is known by construction.
#include <QSet>
#include <QString>
#include <nlohmann/json.hpp>
#include <vector>

namespace fapo::test {

struct World {
    QString pipeline;
    QString dataset;
    QSet<QString> faulty; // examples whose failure starts at the known origin
};

// Made-up names, so no rule can know them in advance.
QString madeUpName(int i, int salt);
QByteArray jsonl(const std::vector<nlohmann::json>& rows);
void writeBytes(const QString& path, const QByteArray& bytes);
// Copies tests/data/analysis/WORLD (pipeline and rules) into `dir`.
void copyWorldFiles(const QString& world, const QString& dir);

// plan -> extract -> answer over a scripted model: every third context carries a rumour that extract
// prefers over the fact, and only the final answer shows it. `n` questions, step gold optional.
World middleWorld(const QString& dir, int n, bool withGold);

// The middle world (60 questions) with a scripted optimizer: candidate 1 of 2 rewrites extract to
// prefer stated facts (the worker model follows it); candidate 2 copies a dataset answer into the prompt.
World optimizableWorld(const QString& dir);

} // namespace fapo::test
