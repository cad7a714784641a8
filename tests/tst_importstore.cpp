// Imported traces stored as runs: one example per trace, one record per step and trace, the
// imported graph as the pipeline's, error spans as failed steps.
#include "core/import/importstore.h"
#include "core/import/unfinishedimports.h"
#include "core/import/traceimport.h"
#include "core/runview/runsnapshot.h"
#include "core/workspace/bulkrows.h"
#include "core/workspace/workspace.h"
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using nlohmann::json;

class TestImportStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    static QString fixture(const char* name) { return QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/") + QLatin1String(name); }

private Q_SLOTS:
    void stepIds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addRow("camel") << QStringLiteral("VectorStoreRetriever") << QStringLiteral("vectorstoreretriever");
        QTest::addRow("dots") << QStringLiteral("conversation.turn") << QStringLiteral("conversation_turn");
        QTest::addRow("stage") << QStringLiteral("agent#2") << QStringLiteral("agent_2");
        QTest::addRow("digit") << QStringLiteral("1st step") << QStringLiteral("s_1st_step");
        QTest::addRow("reserved") << QStringLiteral("input") << QStringLiteral("input_step");
        QTest::addRow("symbols") << QStringLiteral("!!!") << QStringLiteral("s_");
    }

    void stepIds()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QCOMPARE(importedStepId(name), id);
    }

    // An example's input is the first 4000 characters (UTF-16 code units) of its root span's input, as
    // text: however the bytes are laid out, and with invalid UTF-8 replaced.
    void exampleInputIsTheRootsFirstCharacters_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        const QString e = QString(QChar(0x00e9));
        const QString g = QString::fromUtf8("\xf0\x9f\x98\x80"); // two UTF-16 code units
        QTest::newRow("short") << QByteArray("why?") << QStringLiteral("why?");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("4000 bytes") << QByteArray(4000, 'a') << QString(4000, QLatin1Char('a'));
        QTest::newRow("4001 bytes") << QByteArray(4001, 'a') << QString(4000, QLatin1Char('a'));
        QTest::newRow("3000 two-byte characters") << e.repeated(3000).toUtf8() << e.repeated(3000);
        QTest::newRow("4001 two-byte characters") << e.repeated(4001).toUtf8() << e.repeated(4000);
        // The half pair left is not text: UTF-8 has no encoding for it, and the example takes a replacement.
        QTest::newRow("a pair cut in half") << (QByteArray(3999, 'a') + g.toUtf8())
                                            << QString::fromStdString(QString(QString(3999, QLatin1Char('a')) + g.left(1)).toStdString());
        QTest::newRow("invalid UTF-8") << QByteArray("a\xff"
                                                     "b")
                                       << QString::fromUtf8(QByteArray("a\xff"
                                                                       "b"));
        const QByteArray escaped("\"quoted\" back\\slash \x01\x1f\b\f\n\r\t \x7f \xe2\x80\xa8 /");
        QTest::newRow("what JSON escapes") << escaped << QString::fromUtf8(escaped);
    }

    void exampleInputIsTheRootsFirstCharacters()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        ImportResult r;
        ImportedSpan child;
        child.traceId = QStringLiteral("t");
        child.spanId = QStringLiteral("c");
        child.parentId = QStringLiteral("root");
        child.input = "not the root's";
        ImportedSpan root = child;
        root.spanId = QStringLiteral("root");
        root.parentId.clear();
        root.input = input;
        r.spans = { child, root };
        const std::vector<ImportedTrace> traces = tracesOf(r);
        QCOMPARE(traces.size(), size_t(1));
        const Example example = traceExample(traces.front(), 1);
        QCOMPARE(example.input.at("trace").get<std::string>(), expected.toStdString()); // bytes: valid UTF-8 only
        // The import stores the same row without making the example.
        const std::vector<DatasetRow> rows = traceDatasetRows(traces);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows.front().input, datasetRows({ example }).front().input);
    }

    // What the import stores of its traces' examples is what storing the examples themselves stores: for
    // every fixture, and for traces whose order by id is not their order in the file.
    void datasetRowsOfTracesAreTheExamplesRows_data()
    {
        QTest::addColumn<QString>("file");
        for (const QFileInfo& f : QDir(fixture("")).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
    }

    void datasetRowsOfTracesAreTheExamplesRows()
    {
        QFETCH(QString, file);
        QString error;
        const auto result = importTraceFile(file, &error, nullptr, SpanAttributes::Drop);
        QVERIFY2(result, qPrintable(error));
        ImportResult shuffled = *result; // the same spans, trace ids reversed in order of appearance
        QStringList ids;
        for (const ImportedTrace& t : tracesOf(*result))
            ids << t.exampleId;
        for (ImportedSpan& s : shuffled.spans)
            if (!s.traceId.isEmpty())
                s.traceId = QStringLiteral("t%1").arg(ids.size() - ids.indexOf(s.traceId), 3, 10, QLatin1Char('0'));
        for (const ImportResult* r : std::array<const ImportResult*, 2> { &*result, &shuffled }) {
            const std::vector<ImportedTrace> traces = tracesOf(*r);
            std::vector<Example> examples;
            for (const ImportedTrace& t : traces)
                examples.push_back(traceExample(t, int(examples.size()) + 1));
            const std::vector<DatasetRow> expected = datasetRows(examples);
            const std::vector<DatasetRow> rows = traceDatasetRows(traces);
            QCOMPARE(rows.size(), expected.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                QCOMPARE(rows[i].position, expected[i].position);
                QCOMPARE(rows[i].exampleId, expected[i].exampleId);
                QCOMPARE(rows[i].line, expected[i].line);
                QCOMPARE(rows[i].input, expected[i].input);
                QCOMPARE(rows[i].expected, expected[i].expected);
                QCOMPARE(rows[i].stepExpected, expected[i].stepExpected);
            }
        }
    }

    // Traces are the examples in order of their first span, however their spans interleave.
    void tracesAreInOrderOfFirstSpan()
    {
        ImportResult r;
        for (const char* id : { "b", "b", "a", "b", "c", "a", "", "c", "", "trace4" }) {
            ImportedSpan s;
            s.traceId = QString::fromLatin1(id);
            s.spanId = QString::number(r.spans.size());
            r.spans.push_back(s);
        }
        const std::vector<ImportedTrace> traces = tracesOf(r);
        QStringList order;
        for (const ImportedTrace& t : traces) {
            QStringList spans;
            for (const ImportedSpan* s : t.spans)
                spans << s->spanId;
            order << t.exampleId + QLatin1Char(':') + spans.join(QLatin1Char(','));
        }
        // Spans without a trace id are one trace, named by its place but never as another trace is.
        QCOMPARE(order,
                 QStringList({ QStringLiteral("b:0,1,3"), QStringLiteral("a:2,5"), QStringLiteral("c:4,7"), QStringLiteral("trace4_:6,8"),
                               QStringLiteral("trace4:9") }));
    }

    // So a file whose spans without trace id come first, and a trace named as their place ("trace1"),
    // is stored with both examples.
    void unnamedTraceKeepsItsOwnExample()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unnamed.otlp.json"));
        const json spans = json::array({ { { "spanId", "0000000000000001" }, { "name", "first" } },
                                         { { "traceId", "trace1" }, { "spanId", "0000000000000002" }, { "name", "second" } } });
        const json doc = { { "resourceSpans", json::array({ { { "scopeSpans", json::array({ { { "spans", spans } } }) } } }) } };
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(doc.dump()));
        f.close();
        QString error;
        const auto result = importTraceFile(path, &error, nullptr, SpanAttributes::Drop);
        QVERIFY2(result, qPrintable(error));
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.fapo")), &error);
        QVERIFY2(ws, qPrintable(error));
        const auto run = storeImport(*ws, *result, path, &error);
        QVERIFY2(run, qPrintable(error));
        QStringList ids;
        for (const ExampleResult& e : ws->exampleResults(*run))
            ids << e.exampleId;
        ids.sort();
        QCOMPARE(ids, QStringList({ QStringLiteral("trace1"), QStringLiteral("trace1_") }));
    }

    // A dataset is its examples (ids, inputs, order): importing the same traces again, or with other
    // outputs, finds it stored; another input, or the same traces in another order, is another dataset.
    void aDatasetIsItsExamples()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString& name, const char* firstInput, const char* firstOutput, bool reversed = false) {
            const auto attribute = [](const char* key, const char* value) {
                return json { { "key", key }, { "value", { { "stringValue", value } } } };
            };
            std::vector<std::tuple<const char*, const char*, const char*>> traces { { "a1", firstInput, firstOutput },
                                                                                    { "b2", "q2", "a2" } };
            if (reversed)
                std::reverse(traces.begin(), traces.end());
            json spans = json::array();
            for (const auto& [trace, input, output] : traces)
                spans.push_back({ { "traceId", trace },
                                  { "spanId", "0000000000000001" },
                                  { "name", "answer" },
                                  { "attributes", json::array({ attribute("input.value", input), attribute("output.value", output) }) } });
            const json doc = { { "resourceSpans", json::array({ { { "scopeSpans", json::array({ { { "spans", spans } } }) } } }) } };
            const QString path = dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(QByteArray::fromStdString(doc.dump()));
            return path;
        };
        QString error;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.fapo")), &error);
        QVERIFY2(ws, qPrintable(error));
        const auto datasetOf = [&](const QString& path) -> qint64 {
            const auto result = importTraceFile(path, &error, nullptr, SpanAttributes::Drop);
            const auto run = result ? storeImport(*ws, *result, path, &error) : std::nullopt;
            return run ? ws->run(*run)->datasetId : -1;
        };
        const qint64 first = datasetOf(write(QStringLiteral("a.json"), "q1", "a1"));
        QVERIFY2(first > 0, qPrintable(error));
        QCOMPARE(datasetOf(write(QStringLiteral("again.json"), "q1", "a1")), first);
        QCOMPARE(datasetOf(write(QStringLiteral("outputs.json"), "q1", "another answer")), first);
        const qint64 other = datasetOf(write(QStringLiteral("inputs.json"), "another question", "a1"));
        QVERIFY2(other > 0, qPrintable(error));
        QVERIFY(other != first);
        const qint64 reordered = datasetOf(write(QStringLiteral("reordered.json"), "q1", "a1", true));
        QVERIFY2(reordered > 0, qPrintable(error));
        QVERIFY(reordered != first && reordered != other);
        QCOMPARE(int(ws->examples(first).size()), 2);
        QCOMPARE(ws->examples(other).front().input, json({ { "trace", "another question" } }));
        QCOMPARE(ws->examples(reordered).front().id, QStringLiteral("b2"));
    }

    void fixturesBecomeRuns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("traces");
        QTest::addRow("agent-prism") << fixture("agent-prism-rag-earnings.otlp.json") << 1;
        QTest::addRow("promptfoo") << fixture("promptfoo-production-traces.otlp.json") << 2;
        QTest::addRow("langfuse") << fixture("langfuse-langgraph-python.trace.json") << 1;
        QTest::addRow("phoenix") << fixture("phoenix-pxi-turn.spans.json") << 1;
    }

    void fixturesBecomeRuns()
    {
        QFETCH(QString, file);
        QFETCH(int, traces);
        QString error;
        const auto result = importTraceFile(file, &error);
        QVERIFY2(result, qPrintable(error));
        auto ws = Workspace::open(m_dir.filePath(QFileInfo(file).baseName() + QStringLiteral(".fapo")), &error);
        const auto runId = storeImport(*ws, *result, file, &error);
        QVERIFY2(runId, qPrintable(error));
        const auto snapshot = RunSnapshot::load(*ws, *runId, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(int(snapshot->examples.size()), traces);
        QCOMPARE(snapshot->steps.size(), result->steps.size());
        QCOMPARE(snapshot->pipeline.graph.edges.size(), result->edges.size());
        int failedSpans = 0;
        for (const ImportedStep& s : result->stepInfo)
            failedSpans += s.failed;
        int failedCells = 0;
        for (CellState c : snapshot->cells)
            failedCells += c == CellState::Error;
        QVERIFY(failedCells <= failedSpans);
        QCOMPARE(failedCells > 0, failedSpans > 0);
        const int failedExamples = int(std::count_if(snapshot->examples.begin(), snapshot->examples.end(),
                                                     [](const ExampleRow& r) { return r.status != ExampleStatus::Passed; }));
        QCOMPARE(failedExamples > 0, failedSpans > 0);
        // Every step of every trace that has spans there has a record with the span's text.
        const auto records = ws->stepRecords(*runId);
        QVERIFY(!records.empty());
        const bool spansHaveOutput
            = std::any_of(result->spans.begin(), result->spans.end(), [](const ImportedSpan& sp) { return !sp.output.isEmpty(); });
        QCOMPARE(std::any_of(records.begin(), records.end(), [](const StepRecord& r) { return !r.output.isEmpty(); }), spansHaveOutput);
        // Each step keeps the name the trace gave it (ids are made valid; the original is the description).
        QCOMPARE(int(snapshot->pipeline.steps.size()), int(result->steps.size()));
        for (size_t i = 0; i < snapshot->pipeline.steps.size(); ++i)
            QCOMPARE(snapshot->pipeline.steps[i].description, result->steps[int(i)]);
    }

    // A large import is stored in batches of 5,000 traces, each built on a second thread while the one
    // before is written: every trace an example at its place in the file, every step a record with its
    // span's text. The trace ids are in no order (as real ones are; the rows go in sorted by id). A write
    // failing halfway stops it, the builder waiting to hand over its next batch included, and leaves no run.
    void largeImportsAreStoredInBatches()
    {
        constexpr int kTraces = 16001; // four batches, the last of one trace
        // Distinct for t < 4294967291 (a prime), and far from sorted.
        const auto traceIdOf
            = [](int t) { return QByteArray::number(quint64(t) * 2654435761u % 4294967291u + 1, 16).rightJustified(32, '0'); };
        const QString file = m_dir.filePath(QStringLiteral("large.otlp.jsonl"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            json spans = json::array();
            for (int t = 0; t < kTraces; ++t) {
                const std::string trace = traceIdOf(t).toStdString();
                const auto span = [&](int n, int parent, const char* name, const std::string& in, const std::string& out) {
                    json s = { { "traceId", trace },
                               { "spanId", QByteArray::number(t * 4 + n + 1, 16).rightJustified(16, '0').toStdString() },
                               { "name", name },
                               { "startTimeUnixNano", std::to_string(1700000000000000000LL + t * 1000 + n) },
                               { "endTimeUnixNano", std::to_string(1700000000000000000LL + t * 1000 + n + 1) },
                               { "attributes",
                                 json::array({ { { "key", "input.value" }, { "value", { { "stringValue", in } } } },
                                               { { "key", "output.value" }, { "value", { { "stringValue", out } } } } }) } };
                    if (parent >= 0)
                        s["parentSpanId"] = QByteArray::number(t * 4 + parent + 1, 16).rightJustified(16, '0').toStdString();
                    spans.push_back(s);
                };
                const std::string question = "question " + std::to_string(t);
                span(0, -1, "pipeline", question, "answer " + std::to_string(t));
                span(1, 0, "retrieve", question, "passages for " + question);
                span(2, 0, "answer", "passages for " + question, "answer " + std::to_string(t));
                if (spans.size() >= 300 || t + 1 == kTraces) {
                    const json request
                        = { { "resourceSpans", json::array({ { { "scopeSpans", json::array({ { { "spans", spans } } }) } } }) } };
                    f.write(QByteArray::fromStdString(request.dump()) + '\n');
                    spans = json::array();
                }
            }
        }
        QString error;
        const auto result = importTraceFile(file, &error, nullptr, SpanAttributes::Drop);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->traces, kTraces);
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("large.fapo")), &error);
        QVERIFY2(ws, qPrintable(error));
        const auto runId = storeImport(*ws, *result, file, &error);
        QVERIFY2(runId, qPrintable(error));
        const auto snapshot = RunSnapshot::load(*ws, *runId, &error, false);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(int(snapshot->examples.size()), kTraces);
        const auto dataset = ws->dataset(ws->run(*runId)->datasetId);
        QVERIFY(dataset);
        QCOMPARE(int(dataset->examples.size()), kTraces);
        for (int t = 0; t < kTraces; t += 1999) {
            const ExampleRow& row = snapshot->examples[size_t(t)];
            QCOMPARE(row.id, QString::fromLatin1(traceIdOf(t)));
            QCOMPARE(row.position, t);
            QCOMPARE(dataset->examples[size_t(t)].id, row.id);
            const auto records = ws->stepRecords(*runId, row.id);
            QCOMPARE(int(records.size()), 3);
            for (const StepRecord& r : records)
                if (r.stepId == QLatin1String("answer"))
                    QCOMPARE(r.output, QStringLiteral("answer %1").arg(t));
        }
        QCOMPARE(int(ws->stepRecords(*runId).size()), 3 * kTraces);

        // The second batch fails at its 2,001st example (as a full disk would).
        const size_t runs = ws->runs().size();
        QSqlQuery q(ws->database());
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER full_disk AFTER INSERT ON examples WHEN NEW.position = 7000 "
                                       "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!storeImport(*ws, *result, file, &error));
        QVERIFY2(error.contains(QLatin1String("cannot store the import")), qPrintable(error));
        QCOMPARE(ws->runs().size(), runs);
    }

    // An import killed halfway leaves its run "running" with part of its rows. The next import settles
    // it (its process is gone): removed, or kept and marked interrupted, as the person chooses. Finished
    // imports and the unfinished one of a process that still runs are left alone. An import that fails
    // leaves nothing behind.
    void unfinishedImportsAreSettled_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::addRow("removed") << false;
        QTest::addRow("kept as interrupted") << true;
    }

    void unfinishedImportsAreSettled()
    {
        QFETCH(bool, keep);
        QString error;
        const QString file = fixture("agent-prism-rag-earnings.otlp.json");
        const auto result = importTraceFile(file, &error);
        QVERIFY(result);
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("interrupted-%1.fapo").arg(keep)), &error);
        const auto finished = storeImport(*ws, *result, file, &error);
        QVERIFY(finished);

        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QProcess alive;
        alive.start(QStringLiteral("sleep"), { QStringLiteral("30") });
        QVERIFY(alive.waitForStarted());
        const auto leftRunning = [&](qint64 pid, const QString& host) {
            const auto runInfo = ws->run(*finished);
            const json options = { { "imported_from", file.toStdString() }, { "pid", pid }, { "host", host.toStdString() } };
            const qint64 run = ws->createRun(runInfo->pipelineId, runInfo->datasetId, 1, options);
            StepRecordRow step { "t", "answer", "llm", "prompt", "half" };
            if (!storeRows(*ws, run, { step }, { { "t", 0 } }))
                qFatal("cannot store");
            return run;
        };
        const qint64 killed = leftRunning(deadPid, QSysInfo::machineHostName());
        const qint64 stillImporting = leftRunning(alive.processId(), QSysInfo::machineHostName());
        const qint64 otherHost = leftRunning(deadPid, QStringLiteral("another-machine")); // not ours to judge

        const SettledImports settled
            = settleUnfinishedImports(*ws, keep ? UnfinishedImports::KeepAsInterrupted : UnfinishedImports::Remove);
        QCOMPARE(settled.removed, keep ? 0 : 1);
        QCOMPARE(settled.kept, keep ? 1 : 0);
        if (keep) {
            QCOMPARE(ws->run(killed)->status, RunStatus::Interrupted);
            QCOMPARE(ws->stepRecords(killed).size(), size_t(1)); // what arrived is still there to look at
        } else {
            QVERIFY(!ws->run(killed));
            QVERIFY(ws->stepRecords(killed).empty());
        }
        QCOMPARE(ws->run(stillImporting)->status, RunStatus::Running);
        QCOMPARE(ws->run(otherHost)->status, RunStatus::Running);
        QCOMPARE(ws->run(*finished)->status, RunStatus::Done);
        // Settled once: the next import finds nothing more to do.
        const SettledImports again = settleUnfinishedImports(*ws, UnfinishedImports::Remove);
        QCOMPARE(again.removed + again.kept, 0);
        alive.kill();
        alive.waitForFinished();

        // A failed import (here: nothing to store) adds no run.
        const size_t runs = ws->runs().size();
        QVERIFY(!storeImport(*ws, ImportResult {}, file, &error));
        QCOMPARE(ws->runs().size(), runs);
    }
};

QTEST_GUILESS_MAIN(TestImportStore)
#include "tst_importstore.moc"
