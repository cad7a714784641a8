#pragma once
// Stores an imported trace file in a workspace as a run, so imported traces appear in the same graph,
// tables and inspector as fapo's own runs: each trace is an example, each step a pipeline step.
#include "core/formats/dataset.h"
#include "core/formats/pipeline.h"
#include "core/import/trace.h"
#include "core/workspace/bulkrows.h"
#include <QHash>
#include <optional>

namespace fapo {

class Workspace;
struct DatasetRow;

// Returns the new run's id. The steps become a stored pipeline version whose ids are the imported
// step names made valid ("VectorStoreRetriever" -> "vectorstoreretriever", "agent#2" -> "agent_2").
std::optional<qint64> storeImport(Workspace& workspace, const ImportResult& result, const QString& sourcePath, QString* error);

// The step id an imported step name becomes.
QString importedStepId(const QString& name);

// The pieces of storeImport, shared with the live receiver's store (which writes a trace again when
// more of its spans arrive).

// How a grouping's steps are stored: their ids, their kinds, and the pipeline whose graph is the
// imported one (its text, and loaded).
struct ImportLayout {
    struct Columns {
        QByteArray id; // UTF-8, as the rows store it
        QByteArray kind; // StepKind's name
    };
    QHash<QString, QString> ids; // imported step id -> stored step id
    QHash<QString, Columns> columns; // imported step id -> its row columns
    QByteArray pipelineSource;
    std::optional<Pipeline> pipeline;
    QString outputStep; // imported step id of the last step: its output is each example's final output

    // True when a trace's rows are the same under both (same ids, kinds and output step).
    bool sameRowsAs(const ImportLayout& other) const;
};
// `sourcePath` names the pipeline ("FILE.pipeline.json"). Nullopt with *error for a grouping without steps.
std::optional<ImportLayout> importLayout(const ImportResult& result, const QString& sourcePath, QString* error);

// One trace of an import: an example.
struct ImportedTrace {
    QString exampleId; // the trace id ("traceN" for spans without one)
    std::vector<const ImportedSpan*> spans; // in file order
};
// The traces in order of first appearance (pointing into result.spans).
std::vector<ImportedTrace> tracesOf(const ImportResult& result);
// The dataset example of a trace: its root span's input.
Example traceExample(const ImportedTrace& trace, int line);
// The rows datasetRows (workspace.h) makes of the traces' examples (traceExample, each on line
// position + 1), made without the examples.
std::vector<DatasetRow> traceDatasetRows(const std::vector<ImportedTrace>& traces);
// A trace's rows: one step record per step (the last span's texts, summed usage) and its result.
void appendTraceRows(const ImportedTrace& trace, int position, const ImportLayout& layout, std::vector<StepRecordRow>* steps,
                     std::vector<ExampleResultRow>* examples);

} // namespace fapo
