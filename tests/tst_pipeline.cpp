// Pipeline loading and validation: every rule of the format, with the position each error names.
#include "core/formats/pipelineloader.h"
#include "testfiles.h"
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace fapo;

class TestPipeline : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes) { return fapo::test::writeTestFile(m_dir, name, bytes); }

    // The first diagnostic whose message contains `message`; when none does, `why` lists them all.
    static const Diagnostic* findDiagnostic(const Diagnostics& all, const QString& message, QString* why)
    {
        for (const Diagnostic& d : all)
            if (d.message.contains(message))
                return &d;
        QStringList lines;
        for (const Diagnostic& d : all)
            lines << d.toString();
        *why = QStringLiteral("no diagnostic contains \"%1\"; got:\n%2").arg(message, lines.join(QLatin1Char('\n')));
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(QStringLiteral("corpus.jsonl"), R"({"id":"d1","title":"T","text":"x"})");
        write(QStringLiteral("rules.json"), R"([{"match":".*","reply":"ok"}])");
    }

    void validPipeline()
    {
        const QString path = write(QStringLiteral("ok.json"), R"({
  "format": "fapo.pipeline/1", "name": "qa",
  "models": {"worker": {"provider": "scripted", "rules": "rules.json"}},
  "steps": [
    {"id": "rewrite", "kind": "llm", "prompt": "Q: {{input.question}}"},
    {"id": "retrieve", "kind": "retrieve", "corpus": "corpus.jsonl", "query": "{{ rewrite }}", "top_k": 2},
    {"id": "answer", "kind": "llm", "prompt": "{{retrieve}} {{input.question}} {{retrieve.0.title}}", "parse": "json",
     "checks": [{"type": "json_valid"}, {"type": "max_chars", "value": 100}]},
    {"id": "final", "kind": "transform", "template": "{{answer.answer}}"}
  ],
  "metrics": [{"name": "em", "type": "exact_match", "expected": "answer"}, {"type": "f1"}]
})");
        const PipelineLoad load = loadPipeline(path);
        QVERIFY2(load.pipeline, load.diagnostics.empty() ? "" : qPrintable(load.diagnostics.front().toString()));
        const Pipeline& p = *load.pipeline;
        QCOMPARE(p.name, QStringLiteral("qa"));
        QCOMPARE(p.steps.size(), size_t(4));
        QCOMPARE(p.output, QStringLiteral("final"));
        QCOMPARE(p.graph.inputNodes, QStringList { QStringLiteral("input.question") });
        const auto edges = std::vector<GraphEdge>({ { QStringLiteral("input.question"), QStringLiteral("rewrite") },
                                                    { QStringLiteral("rewrite"), QStringLiteral("retrieve") },
                                                    { QStringLiteral("retrieve"), QStringLiteral("answer") },
                                                    { QStringLiteral("input.question"), QStringLiteral("answer") },
                                                    { QStringLiteral("answer"), QStringLiteral("final") } });
        QCOMPARE(p.graph.edges, edges);
        QCOMPARE(p.graph.affectedBy(QStringLiteral("retrieve")),
                 (QStringList { QStringLiteral("retrieve"), QStringLiteral("answer"), QStringLiteral("final") }));
        QCOMPARE(p.steps[1].corpusPath, m_dir.filePath(QStringLiteral("corpus.jsonl")));
        QVERIFY(p.metrics[0].gate); // the first metric gates by default
        QVERIFY(!p.metrics[1].gate);
        QCOMPARE(p.metrics[1].name, QStringLiteral("f1"));
        QCOMPARE(p.models.at(QStringLiteral("optimizer")).model, QStringLiteral("claude-sonnet-5-5"));
        QCOMPARE(nameOf(p.models.at(QStringLiteral("critic")).provider), QStringLiteral("anthropic"));
        QCOMPARE(p.hash.size(), 64);
    }

    // An app pipeline: the user's program, the prompt files it reads by name, no steps of its own.
    void appPipeline()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("prompts"));
        write(QStringLiteral("prompts/plan.txt"), "Plan how to answer: {{question}}");
        write(QStringLiteral("prompts/reason.txt"), "Reason over {{passages}} to answer {{question}}");
        const QString path = write(QStringLiteral("app.json"), R"({
  "format": "fapo.pipeline/1", "name": "river-app",
  "app": {"command": ["node", "app.mjs"], "timeout_ms": 5000, "parse": "json", "model": "worker"},
  "prompts": {
    "plan": {"file": "prompts/plan.txt"},
    "reason": {"file": "prompts/reason.txt", "optimize": false}
  },
  "models": {"worker": {"provider": "scripted", "rules": "rules.json"}},
  "metrics": [{"name": "em", "type": "exact_match", "output": "answer", "expected": "answer"}]
})");
        const PipelineLoad load = loadPipeline(path);
        QVERIFY2(load.pipeline, load.diagnostics.empty() ? "" : qPrintable(load.diagnostics.front().toString()));
        const Pipeline& p = *load.pipeline;
        QVERIFY(p.isApp());
        QCOMPARE(p.app->command, (QStringList { QStringLiteral("node"), QStringLiteral("app.mjs") }));
        QCOMPARE(p.app->timeoutMs, 5000);
        QCOMPARE(p.app->parse, ParseMode::Json);
        QCOMPARE(p.app->model, QStringLiteral("worker"));
        QCOMPARE(p.prompts.size(), size_t(2));
        QCOMPARE(p.prompts[0].name, QStringLiteral("plan"));
        QCOMPARE(p.prompts[0].path, m_dir.filePath(QStringLiteral("prompts/plan.txt")));
        QCOMPARE(p.prompts[1].text, QStringLiteral("Reason over {{passages}} to answer {{question}}"));
        QVERIFY(p.prompts[0].optimize);
        QVERIFY(!p.prompts[1].optimize);
        // Until a run finds the program's steps, the views show one llm step per prompt; the program's own
        // {{placeholders}} are not references to steps, so there are no edges.
        QCOMPARE(p.graph.steps, (QStringList { QStringLiteral("plan"), QStringLiteral("reason") }));
        QCOMPARE(p.steps[1].prompt, p.prompts[1].text);
        QVERIFY(p.graph.edges.empty());
        QVERIFY(p.graph.inputNodes.isEmpty());
        QCOMPARE(p.metrics.size(), size_t(1));
    }

    void invalidApp_data()
    {
        QTest::addColumn<QByteArray>("app"); // the "app" value, or the whole file after '!'
        QTest::addColumn<QByteArray>("prompts"); // the "prompts" value
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        const QByteArray okApp = R"({"command": ["python3", "app.py"]})";
        const QByteArray okPrompts = R"({"plan": {"file": "prompts/plan.txt"}})";
        QTest::addRow("empty command") << QByteArray(R"({"command": []})") << okPrompts << QStringLiteral("\"command\" is empty") << 3;
        QTest::addRow("no command") << QByteArray(R"({"parse": "json"})") << okPrompts << QStringLiteral("needs a \"command\"") << 3;
        QTest::addRow("command not a list") << QByteArray(R"({"command": "python3 app.py"})") << okPrompts
                                            << QStringLiteral("must be a list of strings") << 3;
        QTest::addRow("unknown model") << QByteArray(R"({"command": ["x"], "model": "nope"})") << okPrompts
                                       << QStringLiteral("model \"nope\", which \"models\" does not define") << 3;
        QTest::addRow("bad parse") << QByteArray(R"({"command": ["x"], "parse": "yaml"})") << okPrompts
                                   << QStringLiteral("must be \"text\" or \"json\"") << 3;
        QTest::addRow("missing prompt file") << okApp << QByteArray(R"({"plan": {"file": "prompts/nope.txt"}})")
                                             << QStringLiteral("\"prompts/nope.txt\" not found") << 4;
        QTest::addRow("prompt without file") << okApp << QByteArray(R"({"plan": {"optimize": false}})") << QStringLiteral("\"file\"") << 4;
        QTest::addRow("bad prompt name") << okApp << QByteArray(R"({"Plan Step": {"file": "prompts/plan.txt"}})")
                                         << QStringLiteral("prompt name \"Plan Step\" must match") << 4;
        QTest::addRow("no prompts") << okApp << QByteArray(R"({})") << QStringLiteral("at least one") << 4;
        QTest::addRow("app not an object") << QByteArray(R"(["python3"])") << okPrompts << QStringLiteral("\"app\" must be an object") << 3;
        QTest::addRow("steps beside app") << QByteArray("!{\n\"format\": \"fapo.pipeline/1\",\n\"app\": {\"command\": [\"x\"]},\n"
                                                        "\"prompts\": {\"plan\": {\"file\": \"prompts/plan.txt\"}},\n\"steps\": []\n}")
                                          << QByteArray() << QStringLiteral("an app pipeline has no \"steps\"") << 5;
        QTest::addRow("prompts without app") << QByteArray("!{\n\"format\": \"fapo.pipeline/1\",\n\"prompts\": {},\n\"steps\": "
                                                           "[{\"id\": \"a\", \"kind\": \"transform\", \"template\": \"x\"}]\n}")
                                             << QByteArray() << QStringLiteral("\"prompts\" belongs to an app pipeline") << 3;
    }

    void invalidApp()
    {
        QFETCH(QByteArray, app);
        QFETCH(QByteArray, prompts);
        QFETCH(QString, message);
        QFETCH(int, line);
        QDir(m_dir.path()).mkpath(QStringLiteral("prompts"));
        write(QStringLiteral("prompts/plan.txt"), "Plan: {{question}}");
        const QByteArray text = app.startsWith('!') ? app.mid(1)
                                                    : "{\n  \"format\": \"fapo.pipeline/1\",\n  \"app\": " + app + ",\n  \"prompts\": "
                + prompts + ",\n  \"models\": {\"worker\": {\"provider\": \"scripted\", \"rules\": \"rules.json\"}}\n}";
        const QString path = write(QStringLiteral("badapp.json"), text);
        const PipelineLoad load = loadPipeline(path);
        QVERIFY(!load.pipeline);
        QString why;
        const Diagnostic* it = findDiagnostic(load.diagnostics, message, &why);
        QVERIFY2(it, qPrintable(why));
        QCOMPARE(it->line, line);
        QCOMPARE(it->severity, Diagnostic::Severity::Error);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("body"); // the "steps" list, or a whole file when it starts with '!'
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::addRow("syntax error") << QByteArray("!{\n  \"format\": \"fapo.pipeline/1\",\n  \"steps\": [,]\n}")
                                      << QStringLiteral("invalid JSON") << 3 << 13;
        QTest::addRow("truncated") << QByteArray("!{\"format\": \"fapo.pipeline/1\", \"steps\": [") << QStringLiteral("invalid JSON") << 1
                                   << 0;
        QTest::addRow("not an object") << QByteArray("![1, 2]") << QStringLiteral("one JSON object") << 1 << 1;
        // A number beyond a double used to abort (nlohmann's out_of_range escaped; the position is its last
        // character); too deep a nesting crashed or took memory growing with the square of the depth.
        QTest::addRow("number overflow") << QByteArray("!{\"format\": \"fapo.pipeline/1\",\n \"steps\": 1e400}")
                                         << QStringLiteral("invalid JSON: number overflow parsing '1e400'") << 2 << 15;
        QTest::addRow("negative overflow") << QByteArray("!{\"format\": \"fapo.pipeline/1\", \"steps\": [-1e400]}")
                                           << QStringLiteral("number overflow") << 1 << 46;
        QTest::addRow("nested 257 deep") << "!{\"format\": \"fapo.pipeline/1\", \"steps\": " + QByteArray(256, '[')
                                         << QStringLiteral("nested deeper than 256 levels") << 1 << 295;
        QTest::addRow("nested 50000 deep") << "!" + QByteArray(50000, '[') << QStringLiteral("nested deeper than 256 levels") << 1 << 257;
        QTest::addRow("wrong format") << QByteArray("!{\"format\": \"fapo.pipeline/9\", \"steps\": []}")
                                      << QStringLiteral("unsupported format") << 1 << 12;
        QTest::addRow("no steps") << QByteArray("[]") << QStringLiteral("non-empty list") << 3 << 12;
        QTest::addRow("duplicate id") << QByteArray(R"([
{"id": "a", "kind": "transform", "template": "x"},
{"id": "a", "kind": "transform", "template": "y"}])")
                                      << QStringLiteral("duplicate step id \"a\" (first defined at line 4)") << 5 << 8;
        QTest::addRow("bad id") << QByteArray(R"([{"id": "Answer", "kind": "transform", "template": "x"}])")
                                << QStringLiteral("must match [a-z][a-z0-9_]*") << 3 << 20;
        QTest::addRow("reserved id") << QByteArray(R"([{"id": "input", "kind": "transform", "template": "x"}])")
                                     << QStringLiteral("reserved") << 3 << 20;
        QTest::addRow("unknown kind") << QByteArray(R"([{"id": "a", "kind": "python", "template": "x"}])")
                                      << QStringLiteral("unknown kind \"python\"") << 3 << 33;
        QTest::addRow("unknown reference") << QByteArray(R"([{"id": "a", "kind": "transform", "template": "{{nope}}"}])")
                                           << QStringLiteral("refers to {{nope}}, but no step is called \"nope\"") << 3 << 58;
        QTest::addRow("later step") << QByteArray(R"([
{"id": "a", "kind": "transform", "template": "{{b}}"},
{"id": "b", "kind": "transform", "template": "x"}])")
                                    << QStringLiteral("a later step") << 4 << 1;
        QTest::addRow("cycle") << QByteArray(R"([
{"id": "a", "kind": "transform", "template": "{{b}}"},
{"id": "b", "kind": "transform", "template": "{{a}}"}])")
                               << QStringLiteral("cycle between steps: a -> b -> a") << 5 << 1;
        QTest::addRow("self cycle") << QByteArray(R"([{"id": "a", "kind": "transform", "template": "{{a}}"}])")
                                    << QStringLiteral("cycle between steps: a -> a") << 3 << 13;
        QTest::addRow("field of text step") << QByteArray(R"([
{"id": "a", "kind": "transform", "template": "x"},
{"id": "b", "kind": "transform", "template": "{{a.answer}}"}])")
                                            << QStringLiteral("does not parse JSON") << 5 << 46;
        QTest::addRow("unclosed braces") << QByteArray("[{\"id\": \"a\", \"kind\": \"transform\", \"template\": \"{{input.q\"}]")
                                         << QStringLiteral("not closed") << 3 << 58;
        QTest::addRow("bare input") << QByteArray(R"([{"id": "a", "kind": "transform", "template": "{{input}}"}])")
                                    << QStringLiteral("\"input\" needs a field") << 3 << 58;
        QTest::addRow("unknown model") << QByteArray(R"([{"id": "a", "kind": "llm", "model": "big", "prompt": "x"}])")
                                       << QStringLiteral("uses model \"big\", which \"models\" does not define") << 3 << 49;
        QTest::addRow("wrong type") << QByteArray(R"([{"id": "a", "kind": "llm", "prompt": 42}])")
                                    << QStringLiteral("\"prompt\" must be a string, not an integer") << 3 << 50;
        QTest::addRow("top_k type") << QByteArray(
            R"([{"id": "r", "kind": "retrieve", "corpus": "corpus.jsonl", "query": "q", "top_k": "3"}])")
                                    << QStringLiteral("\"top_k\" must be an integer") << 3 << 94;
        QTest::addRow("top_k zero") << QByteArray(
            R"([{"id": "r", "kind": "retrieve", "corpus": "corpus.jsonl", "query": "q", "top_k": 0}])")
                                    << QStringLiteral("at least 1") << 3 << 94;
        QTest::addRow("missing corpus") << QByteArray(R"([{"id": "r", "kind": "retrieve", "corpus": "gone.jsonl", "query": "q"}])")
                                        << QStringLiteral("corpus \"gone.jsonl\" not found") << 3 << 55;
        QTest::addRow("missing prompt") << QByteArray(R"([{"id": "a", "kind": "llm"}])") << QStringLiteral("needs the field \"prompt\"")
                                        << 3 << 13;
        QTest::addRow("bad check") << QByteArray(R"([{"id": "a", "kind": "transform", "template": "x", "checks": [{"type": "shorter"}]}])")
                                   << QStringLiteral("unknown check type \"shorter\"") << 3 << 83;
        QTest::addRow("bad regex") << QByteArray(
            R"([{"id": "a", "kind": "transform", "template": "x", "checks": [{"type": "regex", "pattern": "a{2,1}"}]}])")
                                   << QStringLiteral("invalid regular expression") << 3 << 103;
        QTest::addRow("command argv") << QByteArray(R"([{"id": "c", "kind": "command", "argv": "ls"}])")
                                      << QStringLiteral("\"argv\" must be a list of strings") << 3 << 52;
        QTest::addRow("command input ref") << QByteArray(R"([{"id": "c", "kind": "command", "argv": ["cat"], "inputs": ["ghost"]}])")
                                           << QStringLiteral("no step is called \"ghost\"") << 3 << 72;
        QTest::addRow("parse value") << QByteArray(R"([{"id": "a", "kind": "transform", "template": "x", "parse": "yaml"}])")
                                     << QStringLiteral("\"parse\" must be \"text\" or \"json\"") << 3 << 72;
        QTest::addRow("negative temperature") << QByteArray(R"([{"id": "a", "kind": "llm", "prompt": "x", "temperature": -1}])")
                                              << QStringLiteral("\"temperature\" must be between 0 and 2, not -1") << 3 << 70;
        QTest::addRow("NUL after the document")
            << QByteArray("!{\"format\": \"fapo.pipeline/1\", \"steps\": []}\n\0garbage", 52) << QStringLiteral("a NUL byte") << 2 << 1;
    }

    // A step left out for its own error is not then reported missing by every step that reads it.
    void noFollowOnErrors_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<QString>("message");
        QTest::addRow("bad top_k") << QByteArray(R"([{"id": "r", "kind": "retrieve", "corpus": "corpus.jsonl", "query": "q", "top_k": "x"},
                                                    {"id": "a", "kind": "transform", "template": "{{r}}"}])")
                                   << QStringLiteral("\"top_k\" must be an integer");
        QTest::addRow("no kind") << QByteArray(R"([{"id": "r", "template": "x"},
                                                  {"id": "a", "kind": "transform", "template": "{{r}}"}])")
                                 << QStringLiteral("needs the field \"kind\"");
        QTest::addRow("unknown kind") << QByteArray(R"([{"id": "r", "kind": "python"},
                                                       {"id": "a", "kind": "transform", "template": "{{r}}"}])")
                                      << QStringLiteral("unknown kind \"python\"");
    }

    void noFollowOnErrors()
    {
        QFETCH(QByteArray, steps);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("followon.json"), "{\"format\": \"fapo.pipeline/1\", \"steps\": " + steps + "}");
        const PipelineLoad load = loadPipeline(path);
        QVERIFY(!load.pipeline);
        QStringList errors;
        for (const Diagnostic& d : load.diagnostics)
            if (d.severity == Diagnostic::Severity::Error)
                errors << d.toString();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(message), qPrintable(errors.first()));
    }

    void invalid()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        QByteArray text = body.startsWith('!') ? body.mid(1)
                                               : QByteArray("{\n  \"format\": \"fapo.pipeline/1\", \"models\": {\"worker\": "
                                                            "{\"provider\": \"scripted\", \"rules\": \"rules.json\"}},\n  \"steps\": ")
                + body + "\n}";
        const QString path = write(QStringLiteral("bad.json"), text);
        const PipelineLoad load = loadPipeline(path);
        QVERIFY(!load.pipeline);
        QVERIFY(hasErrors(load.diagnostics));
        QString why;
        const Diagnostic* it = findDiagnostic(load.diagnostics, message, &why);
        QVERIFY2(it, qPrintable(why));
        QCOMPARE(it->file, path);
        QCOMPARE(it->line, line);
        if (column > 0)
            QCOMPARE(it->column, column);
        QVERIFY(it->toString().startsWith(path + QLatin1Char(':') + QString::number(line)));
    }

    void modelRules_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown provider") << QByteArray(R"({"provider": "gemini", "model": "x"})")
                                          << QStringLiteral("unknown provider \"gemini\"");
        QTest::addRow("no model id") << QByteArray(R"({"provider": "anthropic"})") << QStringLiteral("needs the field \"model\"");
        QTest::addRow("missing rules") << QByteArray(R"({"provider": "scripted", "rules": "nope.json"})")
                                       << QStringLiteral("rules file \"nope.json\" not found");
        QTest::addRow("key in file") << QByteArray(R"({"provider": "anthropic", "model": "m", "api_key": "sk-1"})")
                                     << QStringLiteral("never go in a pipeline file");
        QTest::addRow("bad url") << QByteArray(R"({"provider": "openai", "model": "m", "base_url": "ftp:\/\/x"})")
                                 << QStringLiteral("http(s) URL");
        QTest::addRow("max_tokens type") << QByteArray(R"({"provider": "anthropic", "model": "m", "max_tokens": 1.5})")
                                         << QStringLiteral("\"max_tokens\" must be an integer");
        QTest::addRow("temperature too high") << QByteArray(R"({"provider": "openai", "model": "m", "temperature": 7})")
                                              << QStringLiteral("\"temperature\" must be between 0 and 2, not 7");
    }

    void modelRules()
    {
        QFETCH(QByteArray, model);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("model.json"),
                                   "{\"format\": \"fapo.pipeline/1\", \"models\": {\"worker\": " + model
                                       + "}, \"steps\": [{\"id\": \"a\", \"kind\": \"llm\", \"prompt\": \"x\"}]}");
        const PipelineLoad load = loadPipeline(path);
        QVERIFY(!load.pipeline);
        QVERIFY(std::any_of(load.diagnostics.begin(), load.diagnostics.end(),
                            [&](const Diagnostic& d) { return d.message.contains(message) && d.line == 1 && d.column > 1; }));
    }

    void unknownFieldIsAWarning()
    {
        const QString path
            = write(QStringLiteral("warn.json"),
                    R"({"format": "fapo.pipeline/1", "steps": [{"id": "a", "kind": "transform", "template": "x", "promt": "y"}]})");
        const PipelineLoad load = loadPipeline(path);
        QVERIFY(load.pipeline);
        QCOMPARE(load.diagnostics.size(), size_t(1));
        QCOMPARE(load.diagnostics[0].severity, Diagnostic::Severity::Warning);
        QVERIFY(load.diagnostics[0].message.contains(QStringLiteral("\"promt\"")));
    }

    void unreadableFile()
    {
        const PipelineLoad load = loadPipeline(m_dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!load.pipeline);
        QVERIFY(load.diagnostics.at(0).message.contains(QStringLiteral("cannot read")));
    }

    // A diagnostic keeps its English message (for --json and logs) and is translated only when shown;
    // the pieces it is made of ("step \"x\"", "an integer") are translated too, ids and fields are not.
    void localizedMessage()
    {
        const QString path = write(QStringLiteral("typed.json"),
                                   R"({"format": "fapo.pipeline/1", "steps": [{"id": "answer", "kind": "llm", "prompt": 42}]})");
        const PipelineLoad load = loadPipeline(path);
        QVERIFY(!load.pipeline);
        QCOMPARE(load.diagnostics.size(), size_t(1));
        const Diagnostic& d = load.diagnostics[0];
        const QString english = QStringLiteral("step \"answer\": \"prompt\" must be a string, not an integer");
        QCOMPARE(d.message, english);
        QCOMPARE(d.localizedMessage(), english); // no translator installed
        QCOMPARE(d.toLocalizedString(), d.toString());

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/fapo_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QString localized = d.localizedMessage();
        const QString shown = d.toLocalizedString();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(d.message, english);
        QVERIFY(localized != english);
        QVERIFY(localized.contains(QStringLiteral("\"answer\"")));
        QVERIFY(localized.contains(QStringLiteral("\"prompt\"")));
        QCOMPARE(localized, QStringLiteral("Schritt \"answer\": \"prompt\" muss eine Zeichenkette sein, ist aber eine ganze Zahl"));
        QCOMPARE(shown, QStringLiteral("%1:%2:%3: Fehler: %4").arg(path).arg(d.line).arg(d.column).arg(localized));
    }

    // Arguments are put in once: a value that holds "%1" is not substituted again.
    void diagnosticTextArguments()
    {
        const DiagnosticText t
            = diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "%1 needs the field \"%2\""),
                   diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "step %1"), QStringLiteral("\"%2\"")), QStringLiteral("id"));
        QCOMPARE(t.english, QStringLiteral("step \"%2\" needs the field \"id\""));
        QCOMPARE(t.localized(), t.english);
        QCOMPARE(diag(QT_TRANSLATE_NOOP("fapo::diagnostics", "duplicate step id %1 (first defined at line %2)"), QStringLiteral("\"a\""), 3)
                     .english,
                 QStringLiteral("duplicate step id \"a\" (first defined at line 3)"));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
