// Parameter proposals end to end: a world where no rewording helps and a larger top_k does (the round
// goes straight to the parameter level, finds the value, prefers the cheapest one that fixes the same
// examples, exports it); a world where no value does anything (nothing accepted, the round escalated
// from prompts); and the pieces on their own: the search, the checks, the in-place edit of a knob.
#include "fakemodelserver.h"
#include "fapoprocess.h"
#include "testworlds.h"
#include "core/formats/pipelineloader.h"
#include "core/optimize/parametersearch.h"
#include "core/optimize/pipelineedit.h"
#include "core/optimize/reviewchecks.h"
#include "core/workspace/workspace.h"
#include <QDir>
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

json model(const FakeModelServer& server)
{
    return {
        { "provider", "anthropic" }, { "model", "claude-haiku-5-5" }, { "base_url", server.baseUrl().toStdString() }, { "max_retries", 0 }
    };
}

QProcessEnvironment keyEnv()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key"));
    return env;
}

const Proposal* proposalOf(const std::vector<Proposal>& all, const QString& field, const json& value)
{
    for (const Proposal& p : all)
        if (p.level == FixLevel::Parameter && p.field == field && p.newValue == value)
            return &p;
    return nullptr;
}

} // namespace

class TestParameters : public QObject {
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

    // rewrite -> search (top_k 1) -> answer. The query keeps every name of the question, but for two of
    // three questions two louder passages outrank the one with the answer, which comes third: only a
    // retrieval depth of 3 or more lets the answer step see it. Every fourth passage costs tokens.
    static void writeDepthWorld(const QString& dir, const FakeModelServer& server, int questions)
    {
        const json pipeline {
            { "format", "fapo.pipeline/1" },
            { "name", "depth" },
            { "models", { { "worker", model(server) }, { "optimizer", model(server) } } },
            { "steps",
              { { { "id", "rewrite" }, { "kind", "llm" }, { "prompt", "REWRITE {{input.question}}" } },
                { { "id", "search" }, { "kind", "retrieve" }, { "corpus", "corpus.jsonl" }, { "query", "{{rewrite}}" }, { "top_k", 1 } },
                { { "id", "answer" },
                  { "kind", "llm" },
                  { "prompt", "ANSWER from these passages:\n{{search}}\nQuestion: {{input.question}}" } } } },
            { "output", "answer" },
            { "metrics", { { { "type", "exact_match" }, { "expected", "answer" } } } }
        };
        writeBytes(dir + QStringLiteral("/pipeline.json"), QByteArray::fromStdString(pipeline.dump(2)));
        std::vector<json> rows, corpus;
        const std::string filler = " The archive keeps this note with many others from the same years, in a box by the window.";
        for (int i = 0; i < questions; ++i) {
            const std::string name = madeUpName(i, 5).toStdString();
            const std::string city = madeUpName(i, 9).toStdString();
            const std::string id = "d" + std::to_string(i);
            rows.push_back({ { "id", id }, { "input", { { "question", name + " origin" } } }, { "expected", { { "answer", city } } } });
            if (i % 3 == 0) { // passes at any depth: the answer is the only passage about the name
                corpus.push_back(
                    { { "id", id + "-a" }, { "title", name + " origin" }, { "text", name + " arrived from " + city + "." + filler } });
                continue;
            }
            corpus.push_back(
                { { "id", id + "-x" }, { "title", name + " origin" }, { "text", name + " origin, " + name + " origin legend." + filler } });
            corpus.push_back(
                { { "id", id + "-y" }, { "title", name }, { "text", "The origin of " + name + " is a legend; origin unknown." + filler } });
            corpus.push_back({ { "id", id + "-a" }, { "title", "Travel log" }, { "text", name + " arrived from " + city + "." + filler } });
        }
        writeBytes(dir + QStringLiteral("/dataset.jsonl"), jsonl(rows));
        writeBytes(dir + QStringLiteral("/corpus.jsonl"), jsonl(corpus));
    }

    static FakeModelServer::Handler depthWorker(int* optimizerAsked)
    {
        return [optimizerAsked](const FakeRequest& r) {
            if (r.json.contains("output_config")) { // a rewrite cannot help here: it keeps the query
                ++*optimizerAsked;
                const json rewrite { { "step_id", "rewrite" }, { "new_prompt", "REWRITE {{input.question}} " }, { "rationale", "Same." } };
                return FakeReply::forRequest(r, QString::fromStdString(rewrite.dump()));
            }
            const QString prompt = r.prompt();
            if (prompt.startsWith(QLatin1String("REWRITE ")))
                return FakeReply::forRequest(r, prompt.mid(8).trimmed());
            static const QRegularExpression from(QStringLiteral("arrived from (\\w+)"));
            const auto m = from.match(prompt);
            return FakeReply::forRequest(r, m.hasMatch() ? m.captured(1) : QStringLiteral("unknown"));
        };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void largerTopKIsFoundAndTheCheapestWins()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        int optimizerAsked = 0;
        server.setDefaultHandler(depthWorker(&optimizerAsked));
        const QString dir = fresh(QStringLiteral("depth"));
        writeDepthWorld(dir, server, 45);
        const QString pipeline = dir + QStringLiteral("/pipeline.json");
        const QByteArray original = readBytes(pipeline);
        const FapoResult r
            = runFapo({ QStringLiteral("optimize"), pipeline, QStringLiteral("--dataset"), dir + QStringLiteral("/dataset.jsonl"),
                        QStringLiteral("--approve"), QStringLiteral("auto"), QStringLiteral("--json"), QStringLiteral("--quiet") },
                      keyEnv());
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = r.document();
        QCOMPARE(doc["rounds"].size(), size_t(1));
        const json& round = doc["rounds"][0];
        QCOMPARE(round["target_step"].get<std::string>(), std::string("rewrite")); // the query writer, as the analysis blames it
        QCOMPARE(round["level"].get<std::string>(), std::string("parameter"));
        QVERIFY2(round["escalation"].get<std::string>().find("parameter") != std::string::npos, round.dump().c_str());
        QCOMPARE(optimizerAsked, 0); // no rewrite was asked for: the analysis said rewording cannot help
        QCOMPARE(doc["final_score"].get<double>(), 1.0);
        QCOMPARE(readBytes(pipeline), original); // the user's file is never modified

        QString error;
        auto ws = Workspace::open(dir + QStringLiteral("/pipeline.fapo"), &error);
        QVERIFY2(ws, qPrintable(error));
        const std::vector<Proposal> all = ws->proposals();
        QCOMPARE(all.size(), size_t(3)); // top_k 2, 3, 4: the ladder above 1
        const Proposal* two = proposalOf(all, QStringLiteral("top_k"), 2);
        const Proposal* three = proposalOf(all, QStringLiteral("top_k"), 3);
        const Proposal* four = proposalOf(all, QStringLiteral("top_k"), 4);
        QVERIFY(two && three && four);
        QCOMPARE(three->stepId, QStringLiteral("search"));
        QCOMPARE(three->oldValue, json(1));
        QCOMPARE(three->status, ProposalStatus::Accepted);
        QCOMPARE(two->status, ProposalStatus::Rejected); // the answer ranks third: two passages fix nothing
        // Four passages fix the same examples and cost more: not preferred.
        QCOMPARE(four->status, ProposalStatus::Rejected);
        QVERIFY2(four->reason.contains(QLatin1String("for less cost")), qPrintable(four->reason));
        const json cost3 = three->evidence["cost"], cost4 = four->evidence["cost"];
        QVERIFY2(cost3["ratio"].get<double>() > 1.0 && cost4["ratio"].get<double>() > cost3["ratio"].get<double>() * 1.05,
                 (cost3.dump() + cost4.dump()).c_str());
        // The decision says what the gain costs.
        const std::vector<Decision> decisions = ws->decisions(three->id);
        QCOMPARE(decisions.size(), size_t(1));
        QVERIFY2(decisions[0].note.contains(QLatin1String("cost per example")), qPrintable(decisions[0].note));
        // Evaluations re-ran the search and what follows; the query writer's records are copies, unpaid.
        for (const RunInfo& run : ws->runs()) {
            if (run.baseRunId == 0)
                continue;
            for (const StepRecord& rec : ws->stepRecords(run.id))
                if (rec.stepId == QLatin1String("rewrite"))
                    QCOMPARE(rec.sourceRunId, run.baseRunId);
        }

        // `fapo proposals` says what each changes.
        const FapoResult listed = runFapo({ QStringLiteral("proposals"), pipeline });
        QVERIFY2(listed.out.contains("top_k 1 -> 3"), listed.out.constData());
        const FapoResult listedJson = runFapo({ QStringLiteral("proposals"), pipeline, QStringLiteral("--json") });
        const json first = listedJson.document()["proposals"][0];
        QCOMPARE(first["level"].get<std::string>(), std::string("parameter"));
        QCOMPARE(first["parameter"].get<std::string>(), std::string("top_k"));
        QVERIFY(first.contains("old_value") && first.contains("new_value") && first.contains("old_prompt"));

        // Export: the new value in place, every other byte as the user wrote it, and readable reports.
        const QString out = fresh(QStringLiteral("export"));
        const FapoResult exported = runFapo({ QStringLiteral("export"), pipeline, QStringLiteral("--out"), out });
        QVERIFY2(exported.code == 0, exported.err.constData());
        const QByteArray bytes = readBytes(out + QStringLiteral("/pipeline.json"));
        QCOMPARE(QString::fromUtf8(bytes).replace(QStringLiteral("\"top_k\": 3"), QStringLiteral("\"top_k\": 1")).toUtf8(), original);
        const QByteArray diff = readBytes(out + QStringLiteral("/changes.diff"));
        QVERIFY2(diff.contains("-      \"top_k\": 1") && diff.contains("+      \"top_k\": 3"), diff.constData());
        const QByteArray report = readBytes(out + QStringLiteral("/report.md"));
        QVERIFY2(report.contains("parameter change: `search.top_k` from `1` to `3`"), report.constData());
        QVERIFY2(report.contains("## Changed settings") && report.contains("| parameter |"), report.constData());
    }

    // Half the answers are right by chance (a coin flipped by the prompt's hash): a retrieval depth or
    // another model moves scores at random. Nothing may be accepted, and the round that tries settings
    // says it escalated because the prompt round found nothing.
    void noEffectValuesAreNotAccepted()
    {
        FakeModelServer server;
        QVERIFY(server.listen());
        server.setDefaultHandler([](const FakeRequest& r) {
            if (r.json.contains("output_config")) {
                static const QRegularExpression candidate(QStringLiteral("candidate (\\d+) of"));
                const QString k = candidate.match(r.prompt()).captured(1);
                const json rewrite { { "step_id", "guess" },
                                     { "new_prompt", "GUESS (variant " + k.toStdString() + ") {{input.question}} {{search}}" },
                                     { "rationale", "Rephrased." } };
                return FakeReply::forRequest(r, QString::fromStdString(rewrite.dump()));
            }
            const QString prompt = r.prompt();
            const QString answer = prompt.section(QLatin1Char('|'), 1, 1).section(QLatin1Char(' '), 1, 1).trimmed();
            const bool heads
                = quint8(QCryptographicHash::hash(QByteArray(prompt.toUtf8() + QByteArray::fromStdString(r.json.value("model", ""))),
                                                  QCryptographicHash::Sha256)[0])
                    % 2
                == 0;
            return FakeReply::forRequest(r, heads ? answer : QStringLiteral("wrong"));
        });
        const QString dir = fresh(QStringLiteral("coin"));
        json big = model(server);
        big["model"] = "claude-sonnet-5-5";
        const json pipeline { { "format", "fapo.pipeline/1" },
                              { "name", "coin" },
                              { "models", { { "worker", model(server) }, { "big", big }, { "optimizer", model(server) } } },
                              { "steps",
                                { { { "id", "search" },
                                    { "kind", "retrieve" },
                                    { "corpus", "corpus.jsonl" },
                                    { "query", "{{input.question}}" },
                                    { "top_k", 2 } },
                                  { { "id", "guess" }, { "kind", "llm" }, { "prompt", "GUESS {{input.question}} {{search}}" } } } },
                              { "output", "guess" },
                              { "metrics", { { { "type", "exact_match" }, { "expected", "answer" } } } } };
        writeBytes(dir + QStringLiteral("/pipeline.json"), QByteArray::fromStdString(pipeline.dump(2)));
        std::vector<json> rows, corpus;
        for (int i = 0; i < 100; ++i) {
            const std::string answer = madeUpName(i, 11).toStdString();
            rows.push_back({ { "id", "c" + std::to_string(i) },
                             { "input", { { "question", "riddle " + std::to_string(i) + " | " + answer } } },
                             { "expected", { { "answer", answer } } } });
            corpus.push_back({ { "id", "p" + std::to_string(i) },
                               { "title", "riddle " + std::to_string(i) },
                               { "text", "A riddle about numbers and words." } });
        }
        writeBytes(dir + QStringLiteral("/dataset.jsonl"), jsonl(rows));
        writeBytes(dir + QStringLiteral("/corpus.jsonl"), jsonl(corpus));
        const FapoResult r = runFapo({ QStringLiteral("optimize"), dir + QStringLiteral("/pipeline.json"), QStringLiteral("--dataset"),
                                       dir + QStringLiteral("/dataset.jsonl"), QStringLiteral("--approve"), QStringLiteral("auto"),
                                       QStringLiteral("--rounds"), QStringLiteral("3"), QStringLiteral("--candidates"),
                                       QStringLiteral("36"), QStringLiteral("--json"), QStringLiteral("--quiet") },
                                     keyEnv());
        QVERIFY2(r.code == 0, r.err.constData());
        const json doc = r.document();
        QString error;
        auto ws = Workspace::open(dir + QStringLiteral("/pipeline.fapo"), &error);
        QVERIFY2(ws, qPrintable(error));
        int parameters = 0, rewrites = 0, accepted = 0;
        for (const Proposal& p : ws->proposals()) {
            accepted += p.isApplied() ? 1 : 0;
            parameters += p.level == FixLevel::Parameter ? 1 : 0;
            rewrites += p.level == FixLevel::Prompt ? 1 : 0;
        }
        QVERIFY2(parameters >= 4, qPrintable(QString::number(parameters))); // top_k 3, 4, 5 and the other model
        // At least 40 no-effect candidates, settings among them: at most 5% may pass, and here none should.
        QVERIFY(rewrites + parameters >= 40);
        QVERIFY2(accepted * 20 <= rewrites + parameters, qPrintable(QString::number(accepted)));
        QCOMPARE(accepted, 0);
        qInfo("no-effect candidates: %d rewrites and %d settings, %d accepted", rewrites, parameters, accepted);
        // Round 1 rewrote prompts; round 2 escalated to settings; round 3 to structure, where this
        // optimizer's replies (rewrites) break the structural schema and are rejected with the reason.
        QCOMPARE(doc["rounds"].size(), size_t(3));
        QCOMPARE(doc["rounds"][0]["level"].get<std::string>(), std::string("prompt"));
        QCOMPARE(doc["rounds"][1]["level"].get<std::string>(), std::string("parameter"));
        QVERIFY2(doc["rounds"][1]["escalation"].get<std::string>().find("found nothing to accept") != std::string::npos,
                 doc["rounds"][1].dump().c_str());
        QCOMPARE(doc["rounds"][2]["level"].get<std::string>(), std::string("structure"));
        for (const json& p : doc["rounds"][2]["proposals"])
            QVERIFY2(p["status"] == "rejected" && p["reason"].get<std::string>().find("breaks the schema") != std::string::npos,
                     p.dump().c_str());
        QCOMPARE(readBytes(dir + QStringLiteral("/pipeline.json")), QByteArray::fromStdString(pipeline.dump(2)));
    }

    void levelsOption_data()
    {
        QTest::addColumn<QString>("levels");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringLiteral("prompt,knobs") << 2
                                 << QStringLiteral("\"knobs\" is not prompt, parameter or structure");
        QTest::newRow("empty") << QStringLiteral(",") << 2 << QStringLiteral("--levels needs at least one");
    }

    void levelsOption()
    {
        QFETCH(QString, levels);
        QFETCH(int, code);
        QFETCH(QString, message);
        FakeModelServer server;
        QVERIFY(server.listen());
        const QString dir = fresh(QStringLiteral("levels"));
        writeDepthWorld(dir, server, 6);
        const FapoResult r = runFapo({ QStringLiteral("optimize"), dir + QStringLiteral("/pipeline.json"), QStringLiteral("--dataset"),
                                       dir + QStringLiteral("/dataset.jsonl"), QStringLiteral("--levels"), levels },
                                     keyEnv());
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void knobIsEditedInPlace_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<QByteArray>("expected"); // the step's line afterwards
        QTest::newRow("top_k")
            << QStringLiteral("s") << QStringLiteral("top_k") << QStringLiteral("5")
            << QByteArray(
                   "    {\"id\": \"s\", \"kind\": \"retrieve\", \"corpus\": \"c.jsonl\", \"query\": \"{{input.q}}\", \"top_k\":  5},");
        QTest::newRow("added key")
            << QStringLiteral("a") << QStringLiteral("max_tokens") << QStringLiteral("800")
            << QByteArray("    {\"max_tokens\": 800, \"id\": \"a\", \"kind\": \"llm\", \"prompt\": \"A {{s}}\", \"model\": \"worker\"}");
        QTest::newRow("model") << QStringLiteral("a") << QStringLiteral("model") << QStringLiteral("\"big\"")
                               << QByteArray("    {\"id\": \"a\", \"kind\": \"llm\", \"prompt\": \"A {{s}}\", \"model\": \"big\"}");
    }

    void knobIsEditedInPlace()
    {
        QFETCH(QString, step);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        const QString dir = fresh(QStringLiteral("edit"));
        writeBytes(dir + QStringLiteral("/c.jsonl"), "{\"id\": \"1\", \"title\": \"t\", \"text\": \"x\"}\n");
        writeBytes(dir + QStringLiteral("/r.json"), "[]");
        const QByteArray source
            = "{\n  \"format\": \"fapo.pipeline/1\", \"name\": \"t\",\n"
              "  \"models\": {\"worker\": {\"provider\": \"scripted\", \"rules\": \"r.json\"}, "
              "\"big\": {\"provider\": \"scripted\", \"rules\": \"r.json\"}},\n  \"steps\": [\n"
              "    {\"id\": \"s\", \"kind\": \"retrieve\", \"corpus\": \"c.jsonl\", \"query\": \"{{input.q}}\", \"top_k\":  3},\n"
              "    {\"id\": \"a\", \"kind\": \"llm\", \"prompt\": \"A {{s}}\", \"model\": \"worker\"}\n  ],\n  \"output\": \"a\"\n}\n";
        const PipelineLoad load = loadPipelineFromBytes(dir + QStringLiteral("/p.json"), source, false);
        QVERIFY2(load.pipeline, qPrintable(load.diagnostics.empty() ? QString() : load.diagnostics.front().toString()));
        QString error;
        const auto edited = setStepValue(source, *load.pipeline, step, key, json::parse(value.toStdString()), &error);
        QVERIFY2(edited, qPrintable(error));
        QList<QByteArray> before = source.split('\n'), after = edited->split('\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (int i = 0; i < before.size(); ++i)
            if (before[i] != after[i]) {
                ++changed;
                QCOMPARE(after[i], expected);
            }
        QCOMPARE(changed, 1);
        QVERIFY(loadPipelineFromBytes(dir + QStringLiteral("/p.json"), *edited, false).pipeline);
    }

    void parameterChecks_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<QString>("failing"); // the checks that block it
        QTest::newRow("fine") << QStringLiteral("s") << QStringLiteral("top_k") << QStringLiteral("5") << QString();
        QTest::newRow("not this step's knob") << QStringLiteral("a") << QStringLiteral("top_k") << QStringLiteral("5")
                                              << QStringLiteral("target");
        QTest::newRow("unknown model") << QStringLiteral("a") << QStringLiteral("model") << QStringLiteral("\"huge\"")
                                       << QStringLiteral("validates");
        QTest::newRow("zero passages") << QStringLiteral("s") << QStringLiteral("top_k") << QStringLiteral("0")
                                       << QStringLiteral("validates");
        QTest::newRow("the same value") << QStringLiteral("s") << QStringLiteral("top_k") << QStringLiteral("3")
                                        << QStringLiteral("duplicate");
        QTest::newRow("tried before") << QStringLiteral("s") << QStringLiteral("top_k") << QStringLiteral("8")
                                      << QStringLiteral("duplicate");
        QTest::newRow("marked not to optimize")
            << QStringLiteral("b") << QStringLiteral("max_tokens") << QStringLiteral("900") << QStringLiteral("target");
    }

    void parameterChecks()
    {
        QFETCH(QString, step);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, failing);
        const QString dir = fresh(QStringLiteral("checks"));
        writeBytes(dir + QStringLiteral("/c.jsonl"), "{\"id\": \"1\", \"title\": \"t\", \"text\": \"x\"}\n");
        writeBytes(dir + QStringLiteral("/r.json"), "[]");
        const QByteArray source
            = "{\"format\": \"fapo.pipeline/1\", \"name\": \"t\", \"models\": {\"worker\": {\"provider\": \"scripted\", "
              "\"rules\": \"r.json\"}}, \"steps\": ["
              "{\"id\": \"s\", \"kind\": \"retrieve\", \"corpus\": \"c.jsonl\", \"query\": \"{{input.q}}\", \"top_k\": 3},"
              "{\"id\": \"a\", \"kind\": \"llm\", \"prompt\": \"A {{s}}\"},"
              "{\"id\": \"b\", \"kind\": \"llm\", \"prompt\": \"B {{a}}\", \"optimize\": false}],"
              "\"output\": \"b\"}";
        const PipelineLoad load = loadPipelineFromBytes(dir + QStringLiteral("/p.json"), source, false);
        QVERIFY2(load.pipeline, qPrintable(load.diagnostics.empty() ? QString() : load.diagnostics.front().toString()));
        Proposal p;
        p.level = FixLevel::Parameter;
        p.pipelineId = 1;
        p.stepId = step;
        p.field = field;
        p.oldValue = field == QLatin1String("top_k") ? json(3) : json();
        p.newValue = json::parse(value.toStdString());
        Proposal earlier = p;
        earlier.id = 4;
        earlier.stepId = QStringLiteral("s");
        earlier.field = QStringLiteral("top_k");
        earlier.newValue = 8;
        earlier.status = ProposalStatus::Rejected;
        const auto checks = reviewProposal(*load.pipeline, p, Dataset {}, { earlier });
        QStringList failed;
        for (const ReviewCheck& c : checks)
            if (!c.passed)
                failed << c.name;
        QCOMPARE(failed.join(QLatin1Char(',')), failing);
    }

    // The search on its own: outputs cut at max_tokens ask for a larger limit first; retrieval depth
    // climbs the ladder; a value tried before on this version is not tried again.
    void searchFollowsTheEvidence()
    {
        const QString dir = fresh(QStringLiteral("search"));
        writeBytes(dir + QStringLiteral("/c.jsonl"), "{\"id\": \"1\", \"title\": \"t\", \"text\": \"x\"}\n");
        writeBytes(dir + QStringLiteral("/r.json"), "[]");
        const QByteArray source
            = "{\"format\": \"fapo.pipeline/1\", \"name\": \"t\", \"models\": {\"worker\": {\"provider\": \"scripted\", "
              "\"rules\": \"r.json\"}, \"optimizer\": {\"provider\": \"scripted\", \"rules\": \"r.json\"}}, \"steps\": ["
              "{\"id\": \"q\", \"kind\": \"llm\", \"prompt\": \"Q {{input.q}}\", \"max_tokens\": 50},"
              "{\"id\": \"s\", \"kind\": \"retrieve\", \"corpus\": \"c.jsonl\", \"query\": \"{{q}}\", \"top_k\": 4},"
              "{\"id\": \"a\", \"kind\": \"llm\", \"prompt\": \"A {{s}}\"}],"
              "\"output\": \"a\"}";
        const PipelineLoad load = loadPipelineFromBytes(dir + QStringLiteral("/p.json"), source, false);
        QVERIFY(load.pipeline);
        std::map<QString, std::map<QString, StepRecord>> records;
        ParameterSearch search;
        search.pipeline = &*load.pipeline;
        search.target = QStringLiteral("q");
        for (int i = 0; i < 3; ++i) {
            Verdict v;
            v.exampleId = QStringLiteral("e%1").arg(i);
            v.origin = QStringLiteral("q");
            v.failureClass = FailureClass::RetrievalMiss;
            search.failures.push_back(v);
            records[v.exampleId][QStringLiteral("q")].outputTokens = i == 0 ? 50 : 12; // one was cut
        }
        search.records = &records;
        Proposal tried;
        tried.level = FixLevel::Parameter;
        tried.stepId = QStringLiteral("s");
        tried.field = QStringLiteral("top_k");
        tried.newValue = 5;
        search.earlier = { tried };
        const std::vector<ParameterCandidate> values = parameterCandidates(search);
        QStringList got;
        for (const ParameterCandidate& c : values)
            got << QStringLiteral("%1.%2=%3").arg(c.stepId, c.parameter, QString::fromStdString(c.newValue.dump()));
        QCOMPARE(got.join(QLatin1Char(' ')), QStringLiteral("q.max_tokens=100 q.max_tokens=200 s.top_k=6 s.top_k=8"));
        QVERIFY(values[0].rationale.contains(QLatin1String("1 of 3")));
        search.limit = 2;
        QCOMPARE(parameterCandidates(search).size(), size_t(2));
        QCOMPARE(retrievalNear(*load.pipeline, QStringLiteral("a")), QStringList { QStringLiteral("s") });
    }
};

QTEST_GUILESS_MAIN(TestParameters)
#include "tst_parameters.moc"
