// The live receiver's store: a session is one run that keeps its id while it grows; each store writes
// the traces that changed (a late parent regroups its trace, a new step a new pipeline version), and
// what the run holds after any store is exactly what `fapo import` stores for the spans received so far.
// A span sent again is kept once.
#include "core/import/importgraph.h"
#include "core/import/importstore.h"
#include "core/import/traceimport.h"
#include "core/live/livetracestore.h"
#include "core/workspace/workspace.h"
#include "tablerows.h"
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using nlohmann::json;

namespace {

const QString kFixtures = QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/");

QStringList examplesOf(Workspace& ws, qint64 run)
{
    QStringList out;
    for (const Example& e : ws.examples(ws.run(run)->datasetId))
        out << QStringLiteral("%1|%2|%3").arg(e.id).arg(e.line).arg(QString::fromStdString(e.input.dump()));
    return out;
}

// What `fapo import` stores for these spans (grouped as a file of them is grouped).
qint64 importedRun(Workspace& ws, const std::vector<ImportedSpan>& spans, const QString& source)
{
    ImportResult r;
    r.format = QStringLiteral("otlp-live");
    r.spans = spans;
    for (ImportedSpan& s : r.spans)
        s.stepId.clear();
    importdetail::buildImportGraph(r);
    QString error;
    const auto run = storeImport(ws, r, source, &error);
    if (!run)
        qFatal("%s", qPrintable(error));
    return *run;
}

ImportResult batchOf(const std::vector<ImportedSpan>& spans)
{
    ImportResult b;
    b.spans = spans;
    return b;
}

} // namespace

class TestLiveTraceStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eachStoreHoldsWhatImportStores_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("batch");
        QTest::newRow("agent-prism, a span at a time") << QStringLiteral("agent-prism-rag-earnings.otlp.json") << 1;
        QTest::newRow("promptfoo, three at a time") << QStringLiteral("promptfoo-production-traces.otlp.json") << 3;
        QTest::newRow("langfuse langgraph, two at a time") << QStringLiteral("langfuse-langgraph-python.trace.json") << 2;
    }

    void eachStoreHoldsWhatImportStores()
    {
        QFETCH(QString, fixture);
        QFETCH(int, batch);
        QString error;
        const auto file = importTraceFile(kFixtures + fixture, &error);
        QVERIFY2(file, qPrintable(error));
        // Sent last span first: children before their parents, traces regrouped as parents arrive.
        std::vector<ImportedSpan> spans(file->spans.rbegin(), file->spans.rend());
        QVERIFY(spans.size() > size_t(batch));

        QTemporaryDir dir;
        auto live = Workspace::open(dir.filePath(QStringLiteral("live.fapo")), &error);
        auto imports = Workspace::open(dir.filePath(QStringLiteral("import.fapo")), &error);
        QVERIFY(live && imports);
        const QString source = QStringLiteral("http://127.0.0.1:4318");
        LiveTraceStore store(live.get(), source);
        QSignalSpy stored(&store, &LiveTraceStore::runStored);
        qint64 runId = 0;
        std::vector<ImportedSpan> sent;
        for (size_t from = 0; from < spans.size(); from += size_t(batch)) {
            const std::vector<ImportedSpan> part(spans.begin() + qsizetype(from),
                                                 spans.begin() + qsizetype(std::min(spans.size(), from + size_t(batch))));
            sent.insert(sent.end(), part.begin(), part.end());
            bool answered = false, ok = false;
            store.accept(batchOf(part), [&](bool storedOk) {
                answered = true;
                ok = storedOk;
            });
            QVERIFY(store.flush(&error));
            QVERIFY(answered && ok);
            // One run for the whole session.
            if (runId == 0)
                runId = store.runId();
            QCOMPARE(store.runId(), runId);
            QCOMPARE(stored.last().at(0).toLongLong(), runId);
            QCOMPARE(stored.last().at(1).toInt(), int(sent.size()));

            const qint64 expected = importedRun(*imports, sent, source);
            QCOMPARE(test::tableRows(*live, QStringLiteral("step_records"), runId, QStringLiteral("example_id, step_id")),
                     test::tableRows(*imports, QStringLiteral("step_records"), expected, QStringLiteral("example_id, step_id")));
            QCOMPARE(test::tableRows(*live, QStringLiteral("examples"), runId, QStringLiteral("position")),
                     test::tableRows(*imports, QStringLiteral("examples"), expected, QStringLiteral("position")));
            QCOMPARE(examplesOf(*live, runId), examplesOf(*imports, expected));
            const RunInfo liveRun = *live->run(runId);
            const RunInfo importRun = *imports->run(expected);
            QCOMPARE(liveRun.exampleCount, importRun.exampleCount);
            QCOMPARE(liveRun.options["spans"], json(sent.size()));
            QString why;
            const auto livePipeline = live->pipelineVersion(liveRun.pipelineId, &why);
            const auto importPipeline = imports->pipelineVersion(importRun.pipelineId, &why);
            QVERIFY(livePipeline && importPipeline);
            QCOMPARE(livePipeline->hash, importPipeline->hash); // the same steps and edges
        }
        QCOMPARE(live->runs().size(), size_t(1));
    }

    void aSpanSentAgainIsKeptOnce()
    {
        QString error;
        const auto file = importTraceFile(kFixtures + QStringLiteral("agent-prism-rag-earnings.otlp.json"), &error);
        QVERIFY(file);
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("live.fapo")), &error);
        LiveTraceStore store(ws.get(), QStringLiteral("test"));
        int answers = 0;
        for (int i = 0; i < 2; ++i) { // an exporter retrying a request whose 200 it did not see
            store.accept(batchOf(file->spans), [&](bool ok) { answers += ok ? 1 : 0; });
            QVERIFY(store.flush(&error));
        }
        QCOMPARE(answers, 2);
        QCOMPARE(store.stored().spans.size(), file->spans.size());
        QCOMPARE(ws->run(store.runId())->options["spans"], json(file->spans.size()));
    }
};

QTEST_GUILESS_MAIN(TestLiveTraceStore)
#include "tst_livetracestore.moc"
