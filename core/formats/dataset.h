#pragma once
// Dataset (JSONL, one example a line) and corpus (JSONL, one document a line) files.
#include "core/formats/diagnostic.h"
#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace fapo {

struct Pipeline;

struct Example {
    QString id; // "id" field, or the line number when missing
    int line = 0;
    nlohmann::json input = nlohmann::json::object();
    nlohmann::json expected; // null when absent
    nlohmann::json stepExpected = nlohmann::json::object(); // step id -> gold (ids_include, contains, regex, equals)
};

struct Dataset {
    QString path;
    QString hash; // sha256 of the bytes
    std::vector<Example> examples;
};

struct Document {
    QString id;
    QString title;
    QString text;
};

struct Corpus {
    QString path;
    QString hash; // sha256 of the bytes: the search index is built once per content
    std::vector<Document> documents;
};

std::optional<Dataset> loadDataset(const QString& path, Diagnostics* diagnostics);
std::optional<Corpus> loadCorpus(const QString& path, Diagnostics* diagnostics);
// The same for bytes already read; `path` names them in diagnostics.
std::optional<Dataset> parseDataset(const QString& path, const QByteArray& bytes, Diagnostics* diagnostics);
std::optional<Corpus> parseCorpus(const QString& path, const QByteArray& bytes, Diagnostics* diagnostics);

// Checks that every example carries the inputs the pipeline reads and that step gold names real steps.
void checkDatasetAgainstPipeline(const Dataset& dataset, const Pipeline& pipeline, Diagnostics* diagnostics);

} // namespace fapo
