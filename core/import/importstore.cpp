#include "core/import/importstore.h"
#include "core/formats/jsonstring.h"
#include "core/formats/pipelineloader.h"
#include "core/workspace/bulkrows.h"
#include "core/workspace/keyorder.h"
#include "core/workspace/workspace.h"
#include <QCryptographicHash>
#include <QtEndian>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <spdlog/spdlog.h>
#include <thread>

namespace fapo {

using nlohmann::json;

QString importedStepId(const QString& name)
{
    QString id = name.toLower();
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9_]+"));
    id.replace(invalid, QStringLiteral("_"));
    while (id.startsWith(QLatin1Char('_')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('_')))
        id.chop(1);
    if (id.isEmpty() || !id.at(0).isLetter())
        id.prepend(QStringLiteral("s_"));
    if (id == QLatin1String("input"))
        id = QStringLiteral("input_step");
    return id;
}

namespace {

// A pipeline whose graph is the imported one: llm steps keep their model, retrieval stays retrieval,
// everything else is a transform; templates only carry the references that make the edges.
json pipelineFor(const ImportResult& r, const QHash<QString, QString>& ids, const QString& name)
{
    QHash<QString, QString> kinds;
    QHash<QString, QString> models;
    for (const ImportedSpan& s : r.spans) {
        if (!kinds.contains(s.stepId))
            kinds.insert(s.stepId, s.kind);
        if (!s.model.isEmpty() && !models.contains(s.stepId))
            models.insert(s.stepId, s.model);
    }
    QHash<QString, QStringList> refsTo; // step -> its inputs' references, in edge order
    for (const GraphEdge& e : r.edges)
        refsTo[e.to] << QStringLiteral("{{%1}}").arg(ids.value(e.from));
    json modelList = json::object();
    json steps = json::array();
    for (const QString& step : r.steps) {
        const QString references = refsTo.value(step).join(QLatin1Char('\n'));
        const QString kind = kinds.value(step);
        json s = { { "id", ids.value(step).toStdString() }, { "description", step.toStdString() } };
        if (kind == QLatin1String("llm")) {
            const QString modelName = QStringLiteral("m%1").arg(modelList.size() + 1);
            modelList[modelName.toStdString()] = { { "provider", "scripted" },
                                                   { "rules", "imported" },
                                                   { "model", models.value(step, QStringLiteral("unknown")).toStdString() } };
            s["kind"] = "llm";
            s["model"] = modelName.toStdString();
            s["prompt"] = references.isEmpty() ? std::string("(imported)") : references.toStdString();
        } else if (kind == QLatin1String("retrieve")) {
            s["kind"] = "retrieve";
            s["corpus"] = "imported";
            s["query"] = references.toStdString();
        } else {
            s["kind"] = "transform";
            s["template"] = references.toStdString();
        }
        steps.push_back(s);
    }
    return { { "format", "fapo.pipeline/1" },
             { "name", name.toStdString() },
             { "description", "imported traces" },
             { "models", modelList },
             { "steps", steps },
             { "output", ids.value(r.steps.last()).toStdString() } };
}

} // namespace

std::optional<ImportLayout> importLayout(const ImportResult& r, const QString& sourcePath, QString* error)
{
    if (r.steps.isEmpty()) {
        *error = QStringLiteral("%1: no spans to import").arg(sourcePath);
        return std::nullopt;
    }
    ImportLayout layout;
    QSet<QString> used;
    for (const QString& step : r.steps) {
        QString id = importedStepId(step);
        for (int n = 2; used.contains(id); ++n)
            id = importedStepId(step) + QStringLiteral("_%1").arg(n);
        used.insert(id);
        layout.ids.insert(step, id);
    }
    const QFileInfo info(sourcePath);
    layout.pipelineSource = QByteArray::fromStdString(pipelineFor(r, layout.ids, info.fileName()).dump(2));
    PipelineLoad load = loadPipelineFromBytes(info.absoluteFilePath() + QStringLiteral(".pipeline.json"), layout.pipelineSource, false);
    if (!load.pipeline) {
        *error
            = load.diagnostics.empty() ? QStringLiteral("the imported steps do not form a pipeline") : load.diagnostics.front().toString();
        return std::nullopt;
    }
    layout.pipeline = std::move(load.pipeline);
    QHash<QString, StepKind> kinds; // by stored id (Pipeline::step() looks through the list)
    for (const Step& declared : layout.pipeline->steps)
        kinds.insert(declared.id, declared.kind);
    for (const QString& step : r.steps) {
        const QString id = layout.ids.value(step);
        layout.columns.insert(step, { id.toUtf8(), QByteArray::fromStdString(stdNameOf(kinds.value(id, StepKind::Transform))) });
    }
    layout.outputStep = r.steps.last();
    return layout;
}

bool ImportLayout::sameRowsAs(const ImportLayout& other) const
{
    if (outputStep != other.outputStep || columns.size() != other.columns.size())
        return false;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const auto o = other.columns.constFind(it.key());
        if (o == other.columns.cend() || o->id != it->id || o->kind != it->kind)
            return false;
    }
    return true;
}

std::vector<ImportedTrace> tracesOf(const ImportResult& r)
{
    std::vector<ImportedTrace> traces;
    QHash<QString, size_t> index;
    size_t last = 0;
    for (const ImportedSpan& s : r.spans) {
        // Spans of one trace mostly come together: the trace before is looked at first.
        if (traces.empty() || traces[last].spans.back()->traceId != s.traceId) {
            auto it = index.constFind(s.traceId);
            if (it == index.cend()) {
                it = index.insert(s.traceId, traces.size());
                ImportedTrace t;
                t.exampleId = s.traceId;
                traces.push_back(std::move(t));
            }
            last = *it;
        }
        traces[last].spans.push_back(&s);
    }
    // Spans without a trace id are one trace, "traceN" by its place; never a name a trace has already
    // (each example's id is unique in a dataset and a run).
    if (const auto unnamed = index.constFind(QString()); unnamed != index.cend()) {
        QString id = QStringLiteral("trace%1").arg(*unnamed + 1);
        while (index.contains(id))
            id += QLatin1Char('_');
        traces[*unnamed].exampleId = id;
    }
    return traces;
}

namespace {

// The traces' indexes in example id order: the order rows are stored in (each table's key leads with it).
std::vector<size_t> tracesInIdOrder(const std::vector<ImportedTrace>& traces)
{
    return indexesInOrder(traces.size(), [&traces](size_t a, size_t b) { return traces[a].exampleId < traces[b].exampleId; });
}

// What an example's input holds of its trace (UTF-8): the root span's input, its first 4000 characters
// (UTF-16 code units). Valid UTF-8 of at most 4000 bytes is all of it.
QByteArray traceInputText(const ImportedTrace& trace)
{
    const ImportedSpan* root = trace.spans.front();
    for (const ImportedSpan* s : trace.spans)
        if (s->parentId.isEmpty()) {
            root = s;
            break;
        }
    constexpr qsizetype kMaxChars = 4000;
    if (root->input.size() <= kMaxChars && root->input.isValidUtf8())
        return root->input;
    return root->inputText().left(kMaxChars).toUtf8();
}

} // namespace

Example traceExample(const ImportedTrace& trace, int line)
{
    Example e;
    e.id = trace.exampleId;
    e.line = line;
    e.input = json { { "trace", traceInputText(trace).toStdString() } };
    return e;
}

std::vector<DatasetRow> traceDatasetRows(const std::vector<ImportedTrace>& traces)
{
    static constexpr char kBefore[] = "{\"trace\":";
    // What a trace's example has besides its input: what an Example has before anything is set.
    static const DatasetRow kDefaults = datasetRows({ Example {} }).front();
    std::vector<DatasetRow> rows;
    rows.reserve(traces.size());
    for (const size_t position : tracesInIdOrder(traces)) {
        const QByteArray text = traceInputText(traces[position]);
        DatasetRow row { qint64(position),      traces[position].exampleId.toUtf8(), int(position) + 1, {}, kDefaults.expected,
                         kDefaults.stepExpected };
        row.input.reserve(text.size() + qsizetype(sizeof kBefore) + 8); // a few escapes without growing
        row.input.append(kBefore, sizeof kBefore - 1);
        appendJsonString(&row.input, text);
        row.input.append('}');
        rows.push_back(std::move(row));
    }
    return rows;
}

void appendTraceRows(const ImportedTrace& trace, int position, const ImportLayout& layout, std::vector<StepRecordRow>* steps,
                     std::vector<ExampleResultRow>* examples)
{
    const QByteArray exampleId = trace.exampleId.toUtf8();
    // Spans of one step in one trace become one record: the last span's text, summed usage. Kept in
    // order of the imported step names (the rows' order).
    std::map<QString, StepRecordRow> records;
    for (const ImportedSpan* s : trace.spans) {
        StepRecordRow& rec = records[s->stepId];
        const bool first = rec.stepId.isEmpty();
        if (first) {
            const ImportLayout::Columns c = layout.columns.value(s->stepId);
            rec.exampleId = exampleId;
            rec.stepId = c.id;
            rec.kind = c.kind;
        }
        rec.prompt = s->input;
        rec.output = s->output;
        if (!s->model.isEmpty())
            rec.model = s->model.toUtf8();
        if (first || (s->startNs > 0 && s->startNs < rec.startedAtMs * 1000000))
            rec.startedAtMs = s->startNs / 1000000;
        rec.durationMs += std::max<qint64>(0, (s->endNs - s->startNs) / 1000000);
        rec.inputTokens += std::max<qint64>(0, s->inputTokens);
        rec.outputTokens += std::max<qint64>(0, s->outputTokens);
        if (s->error && rec.error.isEmpty())
            rec.error = s->statusMessage.isEmpty() ? QByteArrayLiteral("the span has an error status") : s->statusMessage.toUtf8();
    }
    ExampleResultRow result;
    result.exampleId = exampleId;
    result.position = position;
    if (const auto last = records.find(layout.outputStep); last != records.end())
        result.finalOutput = last->second.output;
    for (auto& [step, rec] : records) {
        result.passed = result.passed && rec.error.isEmpty();
        result.inputTokens += rec.inputTokens;
        result.outputTokens += rec.outputTokens;
        result.latencyMs += rec.durationMs;
        steps->push_back(std::move(rec));
    }
    examples->push_back(std::move(result));
}

namespace {

// The rows of an import, built on a second thread in batches of kBatch traces while the caller stores
// the batch before: building them (copies of every text, a step map per trace) takes about a sixth of
// what SQLite takes to write them, and that much less of the caller's time. At most two batches wait.
class RowBatches {
public:
    struct Batch {
        std::vector<StepRecordRow> steps;
        std::vector<ExampleResultRow> examples;
    };
    static constexpr size_t kBatch = 5000;

    RowBatches(const std::vector<ImportedTrace>& traces, const ImportLayout& layout)
        : m_thread([this, &traces, &layout] { build(traces, layout); })
    {
    }
    ~RowBatches()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // The next batch; nullopt after the last.
    std::optional<Batch> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return std::nullopt;
        Batch b = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return b;
    }

    // A stored batch back: its rows are let go of on the building thread, and its vectors filled again.
    // The storing thread then only stores, and no fresh memory is faulted in per batch.
    void recycle(Batch&& stored)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_spare.push_back(std::move(stored));
        }
        m_changed.notify_all();
    }

private:
    void build(const std::vector<ImportedTrace>& traces, const ImportLayout& layout)
    {
        // In example id order, each at its position in the file: the step records' two indexes lead with
        // the example id.
        const std::vector<size_t> order = tracesInIdOrder(traces);
        Batch batch;
        for (size_t k = 0; k < order.size(); ++k) {
            if (batch.examples.empty()) { // a record per span at most: no vector growing (and copying) per batch
                takeSpare(&batch);
                reserve(traces, order, k, &batch);
            }
            appendTraceRows(traces[order[k]], int(order[k]), layout, &batch.steps, &batch.examples);
            if (batch.examples.size() < kBatch && k + 1 < order.size())
                continue;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < 2 || m_stop; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(batch));
            batch = Batch {};
            m_changed.notify_all();
        }
        std::unique_lock lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
        // The last batches come back after the last is made: their rows are let go of here too, while
        // the caller finishes.
        for (;;) {
            m_changed.wait(lock, [this] { return !m_spare.empty() || m_stop; });
            if (m_spare.empty())
                return;
            Batch stored = std::move(m_spare.front());
            m_spare.pop_front();
            lock.unlock();
            stored = Batch {};
            lock.lock();
        }
    }

    void takeSpare(Batch* batch)
    {
        std::optional<Batch> spare;
        {
            const std::lock_guard lock(m_mutex);
            if (m_spare.empty())
                return;
            spare = std::move(m_spare.front());
            m_spare.pop_front();
        }
        spare->steps.clear();
        spare->examples.clear();
        *batch = std::move(*spare);
    }

    static void reserve(const std::vector<ImportedTrace>& traces, const std::vector<size_t>& order, size_t first, Batch* batch)
    {
        const size_t end = std::min(order.size(), first + kBatch);
        size_t spans = 0;
        for (size_t k = first; k < end; ++k)
            spans += traces[order[k]].spans.size();
        batch->steps.reserve(spans);
        batch->examples.reserve(end - first);
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::deque<Batch> m_spare; // stored, to be emptied and filled again
    bool m_done = false;
    bool m_stop = false;
    std::thread m_thread; // last: it starts once the members it uses exist
};

// The dataset's identity: its example rows as stored, so a re-import of the same traces finds it stored,
// whatever their outputs (those are the run's). Each text with its length, so no two datasets read alike.
// A few MB for a 100 MB import; hashing every span's output took 60-70 ms of a second core.
QString datasetHash(const std::vector<DatasetRow>& rows)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    const auto addNumber = [&hash](qint64 n) {
        const qint64 le = qToLittleEndian(n);
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&le), sizeof le));
    };
    const auto addText = [&](const QByteArray& text) {
        addNumber(text.size());
        hash.addData(text);
    };
    for (const DatasetRow& row : rows) {
        addNumber(row.position);
        addNumber(row.line);
        addText(row.exampleId);
        addText(row.input);
        addText(row.expected);
        addText(row.stepExpected);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

std::optional<qint64> storeImport(Workspace& ws, const ImportResult& r, const QString& sourcePath, QString* error)
{
    QElapsedTimer clock; // phases at --log-level debug: where a large import's time goes
    clock.start();
    const std::optional<ImportLayout> layout = importLayout(r, sourcePath, error);
    if (!layout)
        return std::nullopt;
    spdlog::debug("import: pipeline of {} steps made in {} ms", r.steps.size(), clock.restart());
    const QFileInfo info(sourcePath);
    Dataset dataset;
    dataset.path = info.absoluteFilePath();
    // One example per trace, in order of first appearance.
    const std::vector<ImportedTrace> traces = tracesOf(r);
    // The first batches of rows are built meanwhile, so storing them starts without waiting.
    RowBatches batches(traces, *layout);
    // The examples go straight to their rows: no json value per trace to build and write out again.
    const std::vector<DatasetRow> datasetExampleRows = traceDatasetRows(traces);
    dataset.hash = datasetHash(datasetExampleRows);
    spdlog::debug("import: {} examples made in {} ms", traces.size(), clock.restart());

    // The pipeline and dataset are stored by content (a later import of the same file finds them); the
    // run is removed if the import stops halfway (see RunWriter).
    const qint64 pipelineId = ws.storePipeline(*layout->pipeline);
    const qint64 datasetId = ws.storeDataset(dataset, &datasetExampleRows);
    const json options
        = { { "imported_from", info.absoluteFilePath().toStdString() }, { "format", r.format.toStdString() }, { "spans", r.spans.size() } };
    RunWriter writer(ws);
    const qint64 runId = pipelineId > 0 && datasetId > 0 ? writer.begin(pipelineId, datasetId, int(datasetExampleRows.size()), options) : 0;
    if (runId <= 0) {
        *error = QStringLiteral("cannot store the import in %1").arg(ws.path());
        return std::nullopt;
    }
    spdlog::debug("import: pipeline, dataset and run stored in {} ms", clock.restart());
    {
        const BackgroundCheckpoint checkpoint(ws);
        // Each batch one transaction: bounded memory, and per-row commits made imports crawl.
        while (std::optional<RowBatches::Batch> batch = batches.next()) {
            if (!writer.add(batch->steps, batch->examples)) {
                *error = QStringLiteral("cannot store the import in %1").arg(ws.path());
                return std::nullopt;
            }
            batches.recycle(std::move(*batch));
        }
        // Done while the last batch is still copied from the WAL, not after.
        if (!writer.commit()) {
            *error = QStringLiteral("cannot store the import in %1").arg(ws.path());
            return std::nullopt;
        }
    }
    spdlog::debug("import: rows stored in {} ms", clock.restart());
    return runId;
}

} // namespace fapo
