// fapo import end to end: real trace fixtures with --json and text output, and a truncated file.
#include "core/workspace/bulkrows.h"
#include "core/workspace/workspace.h"
#include "fapoprocess.h"
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

using Result = fapo::test::FapoResult;

const QString kFixtures = QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/");
const QString kData = QStringLiteral(FAPO_SOURCE_DIR "/tests/data/import/");

// Imports are stored in a workspace; keep them out of the (read-only in CI) fixture folders.
Result fapoCli(QStringList args)
{
    static QTemporaryDir workspaces;
    static int counter = 0;
    if (args.value(0) == QLatin1String("import") && args.size() > 1 && !args.contains(QStringLiteral("--workspace")))
        args << QStringLiteral("--workspace") << workspaces.filePath(QStringLiteral("import%1.fapo").arg(++counter));
    return fapo::test::runFapo(args);
}

void checkDocumentShape(const json& doc)
{
    QVERIFY(doc.is_object());
    for (const char* key : { "format", "traces", "spans", "steps", "edges", "problems" })
        QVERIFY2(doc.contains(key), key);
    for (const json& s : doc["steps"])
        for (const char* key : { "id", "kind", "count", "failed" })
            QVERIFY2(s.contains(key), key);
    for (const json& e : doc["edges"]) {
        QVERIFY(e.contains("from"));
        QVERIFY(e.contains("to"));
    }
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void phoenixJson()
    {
        const Result r
            = fapoCli({ QStringLiteral("import"), kFixtures + QStringLiteral("phoenix-pxi-turn.spans.json"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const json doc = r.document();
        checkDocumentShape(doc);
        QCOMPARE(doc["format"], "phoenix");
        QCOMPARE(doc["traces"], 1);
        QCOMPARE(doc["spans"], 18);
        QCOMPARE(doc["steps"].size(), size_t(18));
        QCOMPARE(doc["steps"][0]["id"], "pxi.turn");
        QCOMPARE(doc["steps"][0]["kind"], "agent");
        int failed = 0;
        for (const json& s : doc["steps"])
            failed += s["failed"].get<int>();
        QCOMPARE(failed, 1);
        QVERIFY(doc["problems"].empty());
    }

    void promptfooJsonWithProblem()
    {
        const QString file = kFixtures + QStringLiteral("promptfoo-production-traces.otlp.json");
        const Result r = fapoCli({ QStringLiteral("import"), file, QStringLiteral("--json") });
        QCOMPARE(r.code, 0); // an invalid id is a warning
        const json doc = r.document();
        checkDocumentShape(doc);
        QCOMPARE(doc["spans"], 6);
        QCOMPARE(doc["traces"], 2);
        QCOMPARE(doc["steps"].size(), size_t(1));
        QCOMPARE(doc["steps"][0]["count"], 6);
        QCOMPARE(doc["problems"].size(), size_t(1));
        QCOMPARE(doc["problems"][0]["line"], 146);
        QVERIFY(r.err.contains((file + QStringLiteral(":146:22: warning: invalid traceId")).toUtf8()));
    }

    void langfuseText()
    {
        const Result r = fapoCli({ QStringLiteral("import"), kFixtures + QStringLiteral("langfuse-langgraph-python.trace.json") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("format langfuse: 1 trace, 9 spans, 4 steps"), r.out.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 7); // summary, 4 steps, where it was stored, final newline
        QVERIFY(lines[5].startsWith("stored as run 1 in "));
        QVERIFY2(lines[4].startsWith("  agent#2 (llm, 3 spans) <- ") && lines[4].contains("tools"), lines[4].constData());
    }

    void truncatedFile()
    {
        const QString file = kData + QStringLiteral("truncated.otlp.json");
        const Result r = fapoCli({ QStringLiteral("import"), file, QStringLiteral("--json") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith((file + QStringLiteral(":31:23: error: truncated JSON")).toUtf8()), r.err.constData());
    }

    // fapo runs lists what arrived: an import is a run of kind "import" with its spans and traces.
    void runsListsImports()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("runs.fapo"));
        QCOMPARE(fapoCli({ QStringLiteral("import"), kFixtures + QStringLiteral("phoenix-pxi-turn.spans.json"),
                           QStringLiteral("--workspace"), workspace })
                     .code,
                 0);
        QCOMPARE(fapoCli({ QStringLiteral("import"), kFixtures + QStringLiteral("agent-prism-rag-earnings.otlp.json"),
                           QStringLiteral("--workspace"), workspace })
                     .code,
                 0);
        const Result r = fapoCli({ QStringLiteral("runs"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const json runs = r.document()["runs"];
        QCOMPARE(runs.size(), size_t(2));
        QCOMPARE(runs[0]["kind"], "import");
        QCOMPARE(runs[0]["spans"], 18);
        QCOMPARE(runs[0]["examples"], 1);
        QCOMPARE(runs[0]["status"], "done");
        QVERIFY(runs[1]["id"].get<qint64>() > runs[0]["id"].get<qint64>());
        QVERIFY(runs[1]["spans"].get<int>() > 0);
        for (const char* key : { "id", "kind", "status", "created", "pipeline_id", "examples", "finished", "spans", "score" })
            QVERIFY2(runs[1].contains(key), key);
        const Result text = fapoCli({ QStringLiteral("runs"), QStringLiteral("--workspace"), workspace });
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count('\n'), 3); // a heading and a line a run
        QVERIFY(text.out.contains("import"));
        // A workspace that is not there is bad input, named.
        const Result missing
            = fapoCli({ QStringLiteral("runs"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("none.fapo")) });
        QCOMPARE(missing.code, 2);
    }

    // An import killed halfway is settled by the next one: removed (and the free space it leaves offered
    // back with runs --compact), or with --keep-interrupted kept and marked interrupted.
    void unfinishedImportsAndCompaction()
    {
        QTemporaryDir dir;
        const QString trace = kFixtures + QStringLiteral("phoenix-pxi-turn.spans.json");
        const auto abandonedWorkspace = [&](const QString& name) {
            const QString path = dir.filePath(name);
            if (fapoCli({ QStringLiteral("import"), trace, QStringLiteral("--workspace"), path }).code != 0)
                qFatal("cannot import");
            QString error;
            auto ws = fapo::Workspace::open(path, &error);
            const fapo::RunInfo first = ws->runs().front();
            QProcess gone;
            gone.start(QStringLiteral("true"), {});
            gone.waitForStarted();
            const qint64 deadPid = gone.processId(); // 0 once it has finished
            gone.waitForFinished();
            const json options
                = { { "imported_from", trace.toStdString() }, { "pid", deadPid }, { "host", QSysInfo::machineHostName().toStdString() } };
            const qint64 run = ws->createRun(first.pipelineId, first.datasetId, 1, options);
            // 12 MB of rows, as a large file's first batches would be.
            std::vector<fapo::StepRecordRow> rows;
            const QByteArray output(4000, 'x');
            for (int i = 0; i < 3000; ++i)
                rows.push_back({ "t" + QByteArray::number(i), "answer", "llm", "prompt", output });
            if (!fapo::storeRows(*ws, run, rows, {}))
                qFatal("cannot store");
            return path;
        };

        const QString kept = abandonedWorkspace(QStringLiteral("kept.fapo"));
        const Result keep
            = fapoCli({ QStringLiteral("import"), trace, QStringLiteral("--workspace"), kept, QStringLiteral("--keep-interrupted") });
        QCOMPARE(keep.code, 0);
        QVERIFY2(keep.err.contains("marked 1 import a killed process left unfinished as interrupted"), keep.err.constData());
        const json runs
            = fapoCli({ QStringLiteral("runs"), QStringLiteral("--workspace"), kept, QStringLiteral("--json") }).document()["runs"];
        QCOMPARE(runs.size(), size_t(3));
        QCOMPARE(runs[1]["status"], "interrupted");

        const QString removed = abandonedWorkspace(QStringLiteral("removed.fapo"));
        const qint64 grown = QFileInfo(removed).size();
        const Result remove = fapoCli({ QStringLiteral("import"), trace, QStringLiteral("--workspace"), removed });
        QCOMPARE(remove.code, 0);
        QVERIFY2(remove.err.contains("removed 1 import a killed process left unfinished"), remove.err.constData());
        QVERIFY2(remove.err.contains("is free space left by removed runs; \"fapo runs --compact\" gives it back"), remove.err.constData());
        const Result compacted = fapoCli({ QStringLiteral("runs"), QStringLiteral("--workspace"), removed, QStringLiteral("--compact") });
        QCOMPARE(compacted.code, 0);
        QVERIFY2(compacted.err.contains("compacted"), compacted.err.constData());
        QCOMPARE(compacted.out.count('\n'), 3); // a heading and the two finished imports
        QVERIFY2(QFileInfo(removed).size() < grown / 4, qPrintable(QStringLiteral("%1 -> %2").arg(grown).arg(QFileInfo(removed).size())));
        const Result after = fapoCli({ QStringLiteral("runs"), QStringLiteral("--workspace"), removed });
        QVERIFY(!after.err.contains("free space"));
    }

    void usageErrors()
    {
        QCOMPARE(fapoCli({ QStringLiteral("import") }).code, 2);
        const Result missing = fapoCli({ QStringLiteral("import"), kData + QStringLiteral("no-such-file.json") });
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("cannot read"));
        QVERIFY(fapoCli({ QStringLiteral("--help") }).out.contains("import FILE"));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
