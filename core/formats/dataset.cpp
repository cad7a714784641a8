#include "core/formats/dataset.h"
#include "core/formats/jsondocument.h"
#include "core/formats/pipeline.h"
#include <QCryptographicHash>
#include <QFile>
#include <QHash>

namespace fapo {

using nlohmann::json;

namespace {

struct JsonLine {
    int line;
    JsonDocument doc;
};

std::optional<QByteArray> readFile(const QString& path, Diagnostics* diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->push_back(
            Diagnostic::make(Diagnostic::Severity::Error, path, 0, 0,
                             diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "cannot read the file: %1"), file.errorString())));
        return std::nullopt;
    }
    return file.readAll();
}

QString sha256(const QByteArray& bytes) { return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()); }

// JSON Lines: one JSON object a line, blank lines skipped, errors with line and column.
std::optional<std::vector<JsonLine>> parseJsonLines(const QString& path, const QByteArray& bytes, Diagnostics* diagnostics)
{
    std::vector<JsonLine> lines;
    int lineNo = 0;
    const size_t before = diagnostics->size();
    for (QByteArray line : bytes.split('\n')) {
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        Diagnostic error;
        auto doc = JsonDocument::parse(path, line, &error, lineNo);
        if (!doc) {
            diagnostics->push_back(error);
            continue;
        }
        if (!doc->value().is_object()) {
            diagnostics->push_back(doc->error("", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "each line must be one JSON object"))));
            continue;
        }
        lines.push_back({ lineNo, std::move(*doc) });
    }
    if (diagnostics->size() != before)
        return std::nullopt;
    return lines;
}

std::optional<QString> idOf(const JsonLine& l, Diagnostics* diagnostics)
{
    const json& v = l.doc.value();
    const auto it = v.find("id");
    if (it == v.end())
        return QString::number(l.line);
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
    diagnostics->push_back(l.doc.error("/id", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"id\" must be a string or an integer"))));
    return std::nullopt;
}

// The line's id, once per file: a repeated id is reported with the line that used it first, in
// `duplicate` (a whole sentence per kind of line, so that it translates well).
std::optional<QString> uniqueIdOf(const JsonLine& l, QHash<QString, int>& seen, const char* duplicate, Diagnostics* diagnostics)
{
    const auto id = idOf(l, diagnostics);
    if (!id)
        return std::nullopt;
    if (seen.contains(*id)) {
        diagnostics->push_back(l.doc.error("/id", diag(duplicate, *id, seen.value(*id))));
        return std::nullopt;
    }
    seen.insert(*id, l.line);
    return id;
}

} // namespace

std::optional<Dataset> loadDataset(const QString& path, Diagnostics* diagnostics)
{
    const auto bytes = readFile(path, diagnostics);
    return bytes ? parseDataset(path, *bytes, diagnostics) : std::nullopt;
}

std::optional<Dataset> parseDataset(const QString& path, const QByteArray& bytes, Diagnostics* diagnostics)
{
    Dataset ds;
    ds.path = path;
    ds.hash = sha256(bytes);
    const auto lines = parseJsonLines(path, bytes, diagnostics);
    if (!lines)
        return std::nullopt;
    const size_t before = diagnostics->size();
    QHash<QString, int> seen;
    for (const JsonLine& l : *lines) {
        const json& v = l.doc.value();
        const auto id
            = uniqueIdOf(l, seen, QT_TRANSLATE_NOOP("fapo::diagnostics", "duplicate example id \"%1\" (first on line %2)"), diagnostics);
        if (!id)
            continue;
        Example ex;
        ex.id = *id;
        ex.line = l.line;
        if (!v.contains("input") || !v["input"].is_object()) {
            diagnostics->push_back(
                l.doc.error(v.contains("input") ? "/input" : "",
                            diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "example \"%1\" needs \"input\": an object of fields"), *id)));
            continue;
        }
        ex.input = v["input"];
        ex.expected = v.value("expected", json());
        if (v.contains("step_expected")) {
            if (!v["step_expected"].is_object()) {
                diagnostics->push_back(
                    l.doc.error("/step_expected",
                                diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"step_expected\" must be an object keyed by step id"))));
                continue;
            }
            ex.stepExpected = v["step_expected"];
        }
        ds.examples.push_back(std::move(ex));
    }
    if (diagnostics->size() != before)
        return std::nullopt;
    if (ds.examples.empty()) {
        diagnostics->push_back(Diagnostic::make(Diagnostic::Severity::Error, path, 0, 0,
                                                diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "the dataset has no examples"))));
        return std::nullopt;
    }
    return ds;
}

std::optional<Corpus> loadCorpus(const QString& path, Diagnostics* diagnostics)
{
    const auto bytes = readFile(path, diagnostics);
    return bytes ? parseCorpus(path, *bytes, diagnostics) : std::nullopt;
}

std::optional<Corpus> parseCorpus(const QString& path, const QByteArray& bytes, Diagnostics* diagnostics)
{
    Corpus corpus;
    corpus.path = path;
    corpus.hash = sha256(bytes);
    const auto lines = parseJsonLines(path, bytes, diagnostics);
    if (!lines)
        return std::nullopt;
    const size_t before = diagnostics->size();
    QHash<QString, int> seen;
    for (const JsonLine& l : *lines) {
        const json& v = l.doc.value();
        if (!v.contains("id")) {
            diagnostics->push_back(l.doc.error("", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "a document needs an \"id\""))));
            continue;
        }
        const auto id
            = uniqueIdOf(l, seen, QT_TRANSLATE_NOOP("fapo::diagnostics", "duplicate document id \"%1\" (first on line %2)"), diagnostics);
        if (!id)
            continue;
        if (!v.contains("text") || !v["text"].is_string()) {
            diagnostics->push_back(
                l.doc.error(v.contains("text") ? "/text" : "",
                            diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "document \"%1\" needs \"text\": a string"), *id)));
            continue;
        }
        if (v.contains("title") && !v["title"].is_string()) {
            diagnostics->push_back(l.doc.error("/title", diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "\"title\" must be a string"))));
            continue;
        }
        corpus.documents.push_back(
            { *id, QString::fromStdString(v.value("title", std::string())), QString::fromStdString(v["text"].get<std::string>()) });
    }
    if (diagnostics->size() != before)
        return std::nullopt;
    if (corpus.documents.empty()) // allowed, but every retrieval from it will come back empty
        diagnostics->push_back(
            Diagnostic::make(Diagnostic::Severity::Warning, path, 0, 0,
                             diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "the corpus has no documents: retrieval from it finds nothing"))));
    return corpus;
}

void checkDatasetAgainstPipeline(const Dataset& dataset, const Pipeline& pipeline, Diagnostics* diagnostics)
{
    QStringList fields;
    for (const QString& node : pipeline.graph.inputNodes)
        fields << node.mid(int(qstrlen("input.")));
    for (const Example& ex : dataset.examples) {
        for (const QString& f : fields)
            if (!ex.input.contains(f.toStdString()))
                diagnostics->push_back(
                    Diagnostic::make(Diagnostic::Severity::Error, dataset.path, ex.line, 0,
                                     diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                                            "example \"%1\" has no input field \"%2\", which the pipeline reads "
                                                            "as {{input.%2}}"),
                                          ex.id, f)));
        for (auto it = ex.stepExpected.begin(); it != ex.stepExpected.end(); ++it)
            if (!pipeline.step(QString::fromStdString(it.key())))
                diagnostics->push_back(Diagnostic::make(Diagnostic::Severity::Error, dataset.path, ex.line, 0,
                                                        diag(QT_TRANSLATE_NOOP("fapo::diagnostics",
                                                                               "example \"%1\": step_expected names step \"%2\", which the "
                                                                               "pipeline does not have"),
                                                             ex.id, QString::fromStdString(it.key()))));
    }
}

} // namespace fapo
