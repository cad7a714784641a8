// Structural proposals: a two-hop world where neither a rewrite nor a retrieval depth can help (the
// question names a film, the answer sits in a passage about its director) and a second retrieval hop
// can; the round escalates from settings to structure, the valid edit is accepted and exported, the
// one that changes the output step is blocked with its reason. And the pieces on their own: the edit
// applied to a file's bytes, the checks, the reply's schema.
#include "fakemodelserver.h"
#include "fapoprocess.h"
#include "testworlds.h"
#include "core/formats/pipelineloader.h"
#include "core/optimize/pipelineedit.h"
#include "core/optimize/proposaledit.h"
#include "core/optimize/reviewchecks.h"
#include "core/optimize/structureedit.h"
#include "core/workspace/workspace.h"
#include <QDir>
#include <optional>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The second hop, as the scripted optimizer proposes it: a step that names the bridge entity, a
// retrieval for it, and the notes reading both hops.
json secondHop()
{
    return { { "operation", "insert" },
             { "steps",
               { { { "id", "bridge" }, { "kind", "llm" }, { "prompt", "BRIDGE {{search}}" } },
                 { { "id", "hop2" }, { "kind", "retrieve" }, { "corpus", "corpus.jsonl" }, { "query", "{{bridge}}" }, { "top_k", 1 } },
                 { { "id", "notes" }, { "kind", "transform" }, { "template", "{{search}}\n{{hop2}}" } } } },
             { "rationale", "The answer is about the director the film passage names: look the director up." } };
}

} // namespace

class TestStructure : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString fresh(const QString& name)
    {
        const QString dir = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_counter).arg(name));
        QDir().mkpath(dir);
        return dir;
    }

    static const QByteArray& smallPipeline()
    {
        static const QByteArray source
            = "{\n  \"format\": \"fapo.pipeline/1\", \"name\": \"t\",\n"
              "  \"models\": {\"worker\": {\"provider\": \"scripted\", \"rules\": \"r.json\"}},\n"
              "  \"steps\": [\n"
              "    {\"id\": \"rewrite\", \"kind\": \"llm\", \"prompt\": \"R {{input.q}}\"},\n"
              "    {\"id\": \"search\", \"kind\": \"retrieve\", \"corpus\": \"c.jsonl\", \"query\": \"{{rewrite}}\", "
              "\"top_k\": 1},\n"
              "    {\"id\": \"notes\", \"kind\": \"transform\", \"template\": \"{{search}}\"},\n"
              "    {\"id\": \"fixed\", \"kind\": \"llm\", \"prompt\": \"F {{notes}}\", \"optimize\": false},\n"
              "    {\"id\": \"answer\", \"kind\": \"llm\", \"prompt\": \"A {{fixed}} {{input.q}}\"}\n"
              "  ],\n  \"output\": \"answer\",\n"
              "  \"metrics\": [{\"type\": \"exact_match\", \"expected\": \"answer\"}]\n}\n";
        return source;
    }

    Pipeline loadSmall(const QString& dir)
    {
        writeBytes(dir + QStringLiteral("/c.jsonl"), "{\"id\": \"1\", \"title\": \"t\", \"text\": \"x\"}\n");
        writeBytes(dir + QStringLiteral("/r.json"), "[]");
        PipelineLoad load = loadPipelineFromBytes(dir + QStringLiteral("/p.json"), smallPipeline(), false);
        return load.pipeline ? *load.pipeline : Pipeline {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondHopIsProposedAfterSettingsFail()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        int structuralAsked = 0;
        server.setDefaultHandler([&](const FakeRequest& r) {
            const QString prompt = r.prompt();
            if (r.json.contains("output_config")) {
                ++structuralAsked;
                json reply = secondHop();
                if (prompt.contains(QLatin1String("candidate 2 of 2"))) { // reroutes through the output step: blocked
                    reply["operation"] = "reroute";
                    reply["steps"] = json::array({ json { { "id", "answer" },
                                                          { "kind", "llm" },
                                                          { "prompt", "ANSWER from notes:\n{{search}}\nQuestion: {{input.question}}" } } });
                }
                return FakeReply::forRequest(r, QString::fromStdString(reply.dump()));
            }
            static const QRegularExpression director(QStringLiteral("directed by (\\w+)")), born(QStringLiteral("born in (\\w+)"));
            if (prompt.startsWith(QLatin1String("REWRITE ")))
                return FakeReply::forRequest(r, prompt.mid(8).trimmed());
            if (prompt.startsWith(QLatin1String("BRIDGE "))) {
                const auto m = director.match(prompt);
                return FakeReply::forRequest(r, m.hasMatch() ? m.captured(1) : QStringLiteral("unknown"));
            }
            const auto m = born.match(prompt);
            return FakeReply::forRequest(r, m.hasMatch() ? m.captured(1) : QStringLiteral("unknown"));
        });
        const QString dir = fresh(QStringLiteral("hops"));
        const json model { { "provider", "anthropic" },
                           { "model", "claude-haiku-5-5" },
                           { "base_url", server.baseUrl().toStdString() },
                           { "max_retries", 0 } };
        const json pipeline {
            { "format", "fapo.pipeline/1" },
            { "name", "hops" },
            { "models", { { "worker", model }, { "optimizer", model } } },
            { "steps",
              { { { "id", "rewrite" }, { "kind", "llm" }, { "prompt", "REWRITE {{input.question}}" } },
                { { "id", "search" }, { "kind", "retrieve" }, { "corpus", "corpus.jsonl" }, { "query", "{{rewrite}}" }, { "top_k", 1 } },
                { { "id", "notes" }, { "kind", "transform" }, { "template", "{{search}}" } },
                { { "id", "answer" }, { "kind", "llm" }, { "prompt", "ANSWER from notes:\n{{notes}}\nQuestion: {{input.question}}" } } } },
            { "output", "answer" },
            { "metrics", { { { "type", "exact_match" }, { "expected", "answer" } } } }
        };
        const QString pipelinePath = dir + QStringLiteral("/pipeline.json");
        writeBytes(pipelinePath, QByteArray::fromStdString(pipeline.dump(2)));
        const QByteArray original = readBytes(pipelinePath);
        std::vector<json> rows, corpus;
        for (int i = 0; i < 45; ++i) {
            const std::string film = madeUpName(i, 3).toStdString(), person = madeUpName(i, 7).toStdString(),
                              city = madeUpName(i, 9).toStdString();
            // A third of the questions name the director: one hop is enough for them.
            const std::string question = i % 3 == 0 ? "Where was " + person + " born?" : "Where was the director of " + film + " born?";
            rows.push_back(
                { { "id", "h" + std::to_string(i) }, { "input", { { "question", question } } }, { "expected", { { "answer", city } } } });
            corpus.push_back(
                { { "id", "f" + std::to_string(i) }, { "title", film }, { "text", film + " was directed by " + person + "." } });
            corpus.push_back({ { "id", "p" + std::to_string(i) }, { "title", person }, { "text", person + " was born in " + city + "." } });
        }
        writeBytes(dir + QStringLiteral("/dataset.jsonl"), jsonl(rows));
        writeBytes(dir + QStringLiteral("/corpus.jsonl"), jsonl(corpus));
        QProcessEnvironment env;
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key"));
        const FapoResult r
            = runFapo({ QStringLiteral("optimize"), pipelinePath, QStringLiteral("--dataset"), dir + QStringLiteral("/dataset.jsonl"),
                        QStringLiteral("--approve"), QStringLiteral("auto"), QStringLiteral("--rounds"), QStringLiteral("2"),
                        QStringLiteral("--json"), QStringLiteral("--quiet") },
                      env);
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = r.document();
        QCOMPARE(doc["rounds"].size(), size_t(2));
        QCOMPARE(doc["rounds"][0]["level"].get<std::string>(), std::string("parameter")); // retrieval misses: settings first
        QCOMPARE(doc["rounds"][1]["level"].get<std::string>(), std::string("structure"));
        QVERIFY2(doc["rounds"][1]["escalation"].get<std::string>().find("parameter proposals") != std::string::npos,
                 doc["rounds"][1].dump().c_str());
        QCOMPARE(structuralAsked, 2);
        QCOMPARE(doc["final_score"].get<double>(), 1.0);
        QCOMPARE(readBytes(pipelinePath), original);

        QString error;
        auto ws = Workspace::open(dir + QStringLiteral("/pipeline.fapo"), &error);
        QVERIFY2(ws, qPrintable(error));
        std::optional<Proposal> accepted, blocked;
        for (const Proposal& p : ws->proposals()) {
            if (p.level != FixLevel::Structure)
                QVERIFY2(!p.isApplied(), qPrintable(QStringLiteral("%1 %2").arg(p.field, QString::fromStdString(p.newValue.dump()))));
            else if (p.status == ProposalStatus::Accepted)
                accepted = p;
            else if (p.status == ProposalStatus::Blocked)
                blocked = p;
        }
        QVERIFY(accepted && blocked);
        QCOMPARE(accepted->field, QStringLiteral("insert"));
        QVERIFY2(blocked->reason.startsWith(QLatin1String("protected: the edit changes the final output step \"answer\"")),
                 qPrintable(blocked->reason));
        QVERIFY(!blocked->evalScore); // blocked before any evaluation money was spent
        // The growth is stated: two steps, one more model call per example.
        bool stated = false;
        for (const json& c : accepted->checks)
            stated = stated
                || (c["name"] == "growth" && c["detail"].get<std::string>().find("model calls per example 2 -> 3") != std::string::npos);
        QVERIFY2(stated, accepted->checks.dump().c_str());
        // Evaluated from the first changed step: the query writer and first search are copies.
        for (const StepRecord& rec : ws->stepRecords(accepted->evalRunId))
            if (rec.stepId == QLatin1String("rewrite") || rec.stepId == QLatin1String("search"))
                QVERIFY2(rec.sourceRunId > 0, qPrintable(rec.stepId));

        // A person edits the blocked one (as its JSON) into a valid edit: checked again, pending.
        json edited = secondHop();
        edited.erase("rationale");
        edited["steps"][1]["top_k"] = 2;
        const auto copy = storeEditedProposal(*ws, blocked->id, QString::fromStdString(edited.dump(2)), QStringLiteral("ada"), &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->proposal.status, ProposalStatus::Pending);
        QCOMPARE(copy->proposal.level, FixLevel::Structure);
        QCOMPARE(copy->proposal.newValue["steps"][1]["top_k"].get<int>(), 2);
        QVERIFY(!storeEditedProposal(*ws, blocked->id, QStringLiteral("{\"operation\": \"rewire\"}"), QStringLiteral("ada"), &error));
        QVERIFY2(error.contains(QLatin1String("not a structural edit")), qPrintable(error));

        const FapoResult listed = runFapo({ QStringLiteral("proposals"), pipelinePath });
        QVERIFY2(listed.out.contains("insert +bridge +hop2 ~notes"), listed.out.constData());

        // Export: the new steps in place, the output step and everything outside "steps" as written.
        const QString out = fresh(QStringLiteral("export"));
        const FapoResult exported = runFapo({ QStringLiteral("export"), pipelinePath, QStringLiteral("--out"), out });
        QVERIFY2(exported.code == 0, exported.err.constData());
        const QByteArray bytes = readBytes(out + QStringLiteral("/pipeline.json"));
        const PipelineLoad load = loadPipelineFromBytes(out + QStringLiteral("/pipeline.json"), bytes, false);
        QVERIFY(load.pipeline);
        QCOMPARE(load.pipeline->graph.steps,
                 (QStringList { QStringLiteral("rewrite"), QStringLiteral("search"), QStringLiteral("bridge"), QStringLiteral("hop2"),
                                QStringLiteral("notes"), QStringLiteral("answer") }));
        const int answerAt = original.indexOf("{\n      \"id\": \"answer\"");
        QVERIFY(answerAt > 0);
        QVERIFY(bytes.contains(original.mid(answerAt))); // the output step and all after it, byte for byte
        QVERIFY(readBytes(out + QStringLiteral("/changes.diff")).contains("+    {\"id\":\"bridge\""));
        QVERIFY(readBytes(out + QStringLiteral("/report.md"))
                    .contains("Structural change (`+` added, `~` changed, `-` removed): insert +bridge +hop2 ~notes"));
    }

    void editKeepsEveryOtherByte()
    {
        const QString dir = fresh(QStringLiteral("apply"));
        const Pipeline pipeline = loadSmall(dir);
        QVERIFY(!pipeline.steps.empty());
        StructureEdit edit;
        edit.operation = QStringLiteral("insert");
        edit.steps = json::array({ json { { "id", "check" }, { "kind", "llm" }, { "prompt", "CHECK {{notes}}" } },
                                   json { { "id", "fixed2" }, { "kind", "transform" }, { "template", "{{check}}" } } });
        QString error;
        const auto bytes = applyStructureEdit(smallPipeline(), pipeline, edit, &error);
        QVERIFY2(bytes, qPrintable(error));
        // Each new step follows the last step it reads: "check" after notes, "fixed2" after check.
        QCOMPARE(
            *bytes,
            QByteArray(
                "{\n  \"format\": \"fapo.pipeline/1\", \"name\": \"t\",\n"
                "  \"models\": {\"worker\": {\"provider\": \"scripted\", \"rules\": \"r.json\"}},\n"
                "  \"steps\": [\n"
                "    {\"id\": \"rewrite\", \"kind\": \"llm\", \"prompt\": \"R {{input.q}}\"},\n"
                "    {\"id\": \"search\", \"kind\": \"retrieve\", \"corpus\": \"c.jsonl\", \"query\": \"{{rewrite}}\", \"top_k\": 1},\n"
                "    {\"id\": \"notes\", \"kind\": \"transform\", \"template\": \"{{search}}\"},\n"
                "    {\"id\":\"check\",\"kind\":\"llm\",\"prompt\":\"CHECK {{notes}}\"},\n"
                "    {\"id\":\"fixed2\",\"kind\":\"transform\",\"template\":\"{{check}}\"},\n"
                "    {\"id\": \"fixed\", \"kind\": \"llm\", \"prompt\": \"F {{notes}}\", \"optimize\": false},\n"
                "    {\"id\": \"answer\", \"kind\": \"llm\", \"prompt\": \"A {{fixed}} {{input.q}}\"}\n"
                "  ],\n  \"output\": \"answer\",\n"
                "  \"metrics\": [{\"type\": \"exact_match\", \"expected\": \"answer\"}]\n}\n"));
        // A split: one step replaced by two, the reader of the old one changed.
        StructureEdit split;
        split.operation = QStringLiteral("split");
        split.steps = json::array(
            { json { { "id", "r1" }, { "kind", "llm" }, { "prompt", "R1 {{input.q}}" } },
              json { { "id", "r2" }, { "kind", "llm" }, { "prompt", "R2 {{r1}}" } },
              json { { "id", "search" }, { "kind", "retrieve" }, { "corpus", "c.jsonl" }, { "query", "{{r2}}" }, { "top_k", 1 } } });
        split.remove = { QStringLiteral("rewrite") };
        const auto splitBytes = applyStructureEdit(smallPipeline(), pipeline, split, &error);
        QVERIFY2(splitBytes, qPrintable(error));
        const PipelineLoad load = loadPipelineFromBytes(dir + QStringLiteral("/p.json"), *splitBytes, false);
        QVERIFY2(load.pipeline, qPrintable(load.diagnostics.empty() ? QString() : load.diagnostics.front().toString()));
        QCOMPARE(load.pipeline->graph.steps.mid(0, 3),
                 (QStringList { QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("search") }));
        StructureEdit unknown = split;
        unknown.remove = { QStringLiteral("nope") };
        QVERIFY(!applyStructureEdit(smallPipeline(), pipeline, unknown, &error));
        QVERIFY2(error.contains(QLatin1String("\"nope\"")), qPrintable(error));
    }

    void structureChecks_data()
    {
        QTest::addColumn<QByteArray>("edit"); // the reply's JSON
        QTest::addColumn<QString>("failing");
        QTest::newRow("a second hop") << QByteArray(R"j({"operation": "insert", "steps": [
            {"id": "hop2", "kind": "retrieve", "corpus": "c.jsonl", "query": "{{search}}", "top_k": 2},
            {"id": "notes", "kind": "transform", "template": "{{search}} {{hop2}}"}], "rationale": "r"})j")
                                      << QString();
        QTest::newRow("changes the output") << QByteArray(R"j({"operation": "reroute", "steps": [
            {"id": "answer", "kind": "llm", "prompt": "A {{notes}} {{input.q}}"}], "rationale": "r"})j")
                                            << QStringLiteral("protected");
        QTest::newRow("changes a fixed step") << QByteArray(R"j({"operation": "reroute", "steps": [
            {"id": "fixed", "kind": "llm", "prompt": "F {{search}}"}], "rationale": "r"})j")
                                              << QStringLiteral("protected");
        QTest::newRow("reads a step that does not exist") << QByteArray(R"j({"operation": "insert", "steps": [
            {"id": "check", "kind": "llm", "prompt": "CHECK {{ghost}}"}], "rationale": "r"})j")
                                                          << QStringLiteral("validates");
        QTest::newRow("copies an answer") << QByteArray(R"j({"operation": "insert", "steps": [
            {"id": "check", "kind": "llm", "prompt": "CHECK {{notes}} (it is Tesselburg)"
    }], "rationale": "r"})j") << QStringLiteral("leakage");
        QTest::newRow("three new steps") << QByteArray(R"j({"operation": "insert", "steps": [
            {"id": "a1", "kind": "transform", "template": "{{notes}}"},
            {"id": "a2", "kind": "transform", "template": "{{a1}}"},
            {"id": "a3", "kind": "transform", "template": "{{a2}}"}], "rationale": "r"})j")
                                         << QStringLiteral("growth");
        QTest::newRow("tried before") << QByteArray(R"j({"operation": "insert", "steps": [
            {"id": "check", "kind": "llm", "prompt": "CHECK {{notes}}"}], "rationale": "r"})j")
                                      << QStringLiteral("duplicate");
    }

    void structureChecks()
    {
        QFETCH(QByteArray, edit);
        QFETCH(QString, failing);
        const QString dir = fresh(QStringLiteral("checks"));
        const Pipeline pipeline = loadSmall(dir);
        QVERIFY(!pipeline.steps.empty());
        QString rationale, error;
        const auto parsed = parseStructureEdit(QString::fromUtf8(edit), &rationale, &error);
        QVERIFY2(parsed, qPrintable(error));
        Proposal p;
        p.level = FixLevel::Structure;
        p.pipelineId = 1;
        p.stepId = QStringLiteral("rewrite");
        p.field = parsed->operation;
        p.newValue = parsed->toJson();
        p.oldValue = stepsBefore(pipeline, *parsed);
        Proposal earlier = p;
        earlier.id = 3;
        StructureEdit tried;
        tried.operation = QStringLiteral("insert");
        tried.steps = json::array({ json { { "id", "check" }, { "kind", "llm" }, { "prompt", "CHECK {{notes}}" } } });
        earlier.newValue = tried.toJson();
        Dataset dataset;
        Example e;
        e.id = QStringLiteral("q1");
        e.input = { { "q", "Where?" } };
        e.expected = { { "answer", "Tesselburg" } };
        dataset.examples.push_back(e);
        const auto checks = reviewProposal(pipeline, p, dataset, { earlier });
        QStringList failed;
        for (const ReviewCheck& c : checks)
            if (!c.passed)
                failed << c.name;
        QCOMPARE(failed.join(QLatin1Char(',')), failing);
    }

    void replySchema_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("fine") << QStringLiteral(
            R"j({"operation": "insert", "steps": [{"id": "x", "kind": "transform", "template": "{{a}}"}], "rationale": "r"})j")
                              << QString();
        QTest::newRow("not json") << QStringLiteral("no") << QStringLiteral("not JSON");
        QTest::newRow("unknown operation") << QStringLiteral(
            R"j({"operation": "rewire", "steps": [{"id": "x", "kind": "llm"}], "rationale": "r"})j")
                                           << QStringLiteral("not insert, split or reroute");
        QTest::newRow("no steps") << QStringLiteral(R"j({"operation": "insert", "steps": [], "rationale": "r"})j")
                                  << QStringLiteral("\"steps\" is missing or empty");
        QTest::newRow("a step without kind") << QStringLiteral(R"j({"operation": "insert", "steps": [{"id": "x"}], "rationale": "r"})j")
                                             << QStringLiteral("string \"id\" and \"kind\"");
        QTest::newRow("twice") << QStringLiteral(
            R"j({"operation": "insert", "steps": [{"id": "x", "kind": "llm"}, {"id": "x", "kind": "llm"}], "rationale": "r"})j")
                               << QStringLiteral("names \"x\" twice");
        QTest::newRow("no rationale") << QStringLiteral(R"j({"operation": "insert", "steps": [{"id": "x", "kind": "llm"}]})j")
                                      << QStringLiteral("\"rationale\" is missing");
        QTest::newRow("bad remove") << QStringLiteral(
            R"j({"operation": "split", "steps": [{"id": "x", "kind": "llm"}], "remove": "y", "rationale": "r"})j")
                                    << QStringLiteral("\"remove\" is not an array");
    }

    void replySchema()
    {
        QFETCH(QString, reply);
        QFETCH(QString, error);
        QString rationale, why;
        const auto edit = parseStructureEdit(reply, &rationale, &why);
        QCOMPARE(edit.has_value(), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(why.contains(error), qPrintable(why));
        else
            QCOMPARE(rationale, QStringLiteral("r"));
    }
};

QTEST_GUILESS_MAIN(TestStructure)
#include "tst_structure.moc"
