// Templates, datasets and corpora: parsing, rendering and every bad-input message.
#include "core/formats/dataset.h"
#include "core/formats/jsonstring.h"
#include "core/formats/pipelineloader.h"
#include "core/formats/templatetext.h"
#include "core/run/stepinputs.h"
#include "testfiles.h"
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using nlohmann::json;

class TestFormats : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes) { return fapo::test::writeTestFile(m_dir, name, bytes); }

private Q_SLOTS:
    // A string's JSON text is byte for byte what nlohmann::json's dump() writes, which readers parse.
    void jsonStringIsWhatDumpWrites_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain") << QByteArray("why is the sky blue?");
        QTest::newRow("quotes and backslashes") << QByteArray("\"a\\b\" \\\\ \"\"");
        QTest::newRow("named controls") << QByteArray("\b\f\n\r\t");
        QTest::newRow("escape at both ends") << QByteArray("\nmiddle\x01");
        QTest::newRow("slash and DEL stay") << QByteArray("a/b\x7f");
        QTest::newRow("multi-byte UTF-8 stays") << QString::fromUtf8("\u00e9 \u4e2d\u6587 \U0001F600 \u2028").toUtf8();
        QByteArray ascii; // every ASCII character, NUL included
        for (int c = 0; c < 0x80; ++c)
            ascii.append(char(c));
        QTest::newRow("every ASCII character") << ascii;
        QRandomGenerator random(14); // fixed: the same texts on every run
        for (int i = 0; i < 20; ++i) {
            QString s;
            for (int n = 0; n < 200; ++n) {
                const quint32 kind = random.bounded(4);
                const char32_t c = kind == 0 ? random.bounded(0x20u)
                    : kind == 1              ? 0x20 + random.bounded(0x60u)
                    : kind == 2              ? 0xa0 + random.bounded(0xd000u)
                                             : 0x10000 + random.bounded(0x10000u);
                s += QString::fromUcs4(&c, 1);
            }
            QTest::addRow("random %d", i) << s.toUtf8();
        }
    }

    void jsonStringIsWhatDumpWrites()
    {
        QFETCH(QByteArray, text);
        QByteArray written("prefix ");
        appendJsonString(&written, text);
        QCOMPARE(written, "prefix " + QByteArray::fromStdString(nlohmann::json(text.toStdString()).dump()));
    }

    void parseTemplate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("refs");
        QTest::addColumn<QString>("error");
        QTest::addRow("none") << QStringLiteral("plain {single} braces") << QStringList() << QString();
        QTest::addRow("input") << QStringLiteral("Q: {{input.question}}") << QStringList { QStringLiteral("input.question") } << QString();
        QTest::addRow("spaces") << QStringLiteral("{{ rewrite }} and {{answer.text}}")
                                << QStringList { QStringLiteral("rewrite"), QStringLiteral("answer.text") } << QString();
        QTest::addRow("dotted") << QStringLiteral("{{retrieve.0.title}}") << QStringList { QStringLiteral("retrieve.0.title") }
                                << QString();
        QTest::addRow("unclosed") << QStringLiteral("a {{input.q") << QStringList() << QStringLiteral("not closed");
        QTest::addRow("not a ref") << QStringLiteral("{{two words}}") << QStringList() << QStringLiteral("is not a reference");
        QTest::addRow("upper") << QStringLiteral("{{Rewrite}}") << QStringList() << QStringLiteral("is not a reference");
        QTest::addRow("bare input") << QStringLiteral("{{input}}") << QStringList() << QStringLiteral("needs a field");
    }

    void parseTemplate()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, refs);
        QFETCH(QString, error);
        const TemplateParse parsed = fapo::parseTemplate(text);
        if (!error.isEmpty()) {
            QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
            QVERIFY(parsed.errorOffset >= 0);
            return;
        }
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QStringList got;
        for (const TemplateRef& r : parsed.refs)
            got << r.text;
        QCOMPARE(got, refs);
    }

    void renderMarksSubstitutions()
    {
        Example ex;
        ex.input = json { { "question", "Who <b>is</b> it?" }, { "n", 3 } };
        std::map<QString, StepRecord> done;
        StepRecord answer;
        answer.output = QStringLiteral("{\"answer\": \"Tessel\"}");
        answer.parsed = json { { "answer", "Tessel" }, { "facts", { "a", "b" } } };
        done[QStringLiteral("answer")] = answer;
        const StepInputs inputs(ex, done);
        const RenderedText r = inputs.render(QStringLiteral("Q={{input.question}} n={{input.n}} a={{answer.answer}} f={{answer.facts.1}} "
                                                            "raw={{answer}} missing=[{{answer.nope}}]"));
        QCOMPARE(r.text, QStringLiteral("Q=Who <b>is</b> it? n=3 a=Tessel f=b raw={\"answer\": \"Tessel\"} missing=[]"));
        QCOMPARE(r.spans.size(), size_t(6));
        QCOMPARE(r.text.mid(r.spans[0].start, r.spans[0].length), QStringLiteral("Who <b>is</b> it?"));
        QCOMPARE(r.spans[2].ref, QStringLiteral("answer.answer"));
        QCOMPARE(r.text.mid(r.spans[2].start, r.spans[2].length), QStringLiteral("Tessel"));
    }

    void dataset()
    {
        const QString path = write(QStringLiteral("ok.jsonl"),
                                   "{\"id\": \"q1\", \"input\": {\"question\": \"a\"}, \"expected\": {\"answer\": \"x\"}, "
                                   "\"step_expected\": {\"retrieve\": {\"ids_include\": [\"d1\"]}}}\r\n\n"
                                   "{\"input\": {\"question\": \"b\"}}\n{\"id\": 7, \"input\": {\"question\": \"c\"}}");
        Diagnostics diags;
        const auto ds = loadDataset(path, &diags);
        QVERIFY(ds);
        QCOMPARE(ds->examples.size(), size_t(3));
        QCOMPARE(ds->examples[0].id, QStringLiteral("q1"));
        QCOMPARE(ds->examples[1].id, QStringLiteral("3")); // no id: the line number
        QCOMPARE(ds->examples[2].id, QStringLiteral("7"));
        QCOMPARE(ds->examples[0].stepExpected["retrieve"]["ids_include"][0], "d1");
        QCOMPARE(ds->hash.size(), 64);
    }

    void badDataset_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("syntax") << QByteArray("{\"input\": {}}\n{\"input\": {\"q\": }}") << QStringLiteral("invalid JSON") << 2 << 17;
        QTest::addRow("not object") << QByteArray("[1]") << QStringLiteral("one JSON object") << 1 << 1;
        QTest::addRow("no input") << QByteArray("{\"id\": \"a\"}") << QStringLiteral("needs \"input\"") << 1 << 1;
        QTest::addRow("input type") << QByteArray("{\"id\": \"a\", \"input\": \"q\"}") << QStringLiteral("needs \"input\"") << 1 << 22;
        QTest::addRow("duplicate") << QByteArray("{\"id\": \"a\", \"input\": {}}\n{\"id\": \"a\", \"input\": {}}")
                                   << QStringLiteral("duplicate example id \"a\" (first on line 1)") << 2 << 8;
        QTest::addRow("id type") << QByteArray("{\"id\": [1], \"input\": {}}") << QStringLiteral("\"id\" must be a string or an integer")
                                 << 1 << 8;
        QTest::addRow("gold type") << QByteArray("{\"input\": {}, \"step_expected\": 3}") << QStringLiteral("keyed by step id") << 1 << 32;
        QTest::addRow("empty") << QByteArray("\n\n") << QStringLiteral("no examples") << 0 << 0;
        QTest::addRow("number overflow") << QByteArray("{\"input\": {}}\n{\"input\": {\"n\": 1e400}}")
                                         << QStringLiteral("number overflow parsing '1e400'") << 2 << 21;
        QTest::addRow("deep") << "{\"input\": " + QByteArray(300, '[') << QStringLiteral("nested deeper than 256 levels") << 1 << 266;
    }

    void badDataset()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString path = write(QStringLiteral("bad.jsonl"), text);
        Diagnostics diags;
        QVERIFY(!loadDataset(path, &diags));
        QVERIFY(!diags.empty());
        QVERIFY2(diags[0].message.contains(message), qPrintable(diags[0].toString()));
        QCOMPARE(diags[0].file, path);
        QCOMPARE(diags[0].line, line);
        QCOMPARE(diags[0].column, column);
    }

    void badCorpus_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addRow("no id") << QByteArray("{\"text\": \"x\"}") << QStringLiteral("needs an \"id\"") << 1;
        QTest::addRow("no text") << QByteArray("{\"id\": \"d1\", \"text\": \"x\"}\n{\"id\": \"d2\"}") << QStringLiteral("needs \"text\"")
                                 << 2;
        QTest::addRow("duplicate") << QByteArray("{\"id\": \"d1\", \"text\": \"x\"}\n{\"id\": \"d1\", \"text\": \"y\"}")
                                   << QStringLiteral("duplicate document id") << 2;
        QTest::addRow("title type") << QByteArray("{\"id\": \"d1\", \"title\": 5, \"text\": \"x\"}")
                                    << QStringLiteral("\"title\" must be a string") << 1;
        QTest::addRow("truncated") << QByteArray("{\"id\": \"d1\", \"text\": \"x") << QStringLiteral("invalid JSON") << 1;
    }

    void badCorpus()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QFETCH(int, line);
        Diagnostics diags;
        QVERIFY(!loadCorpus(write(QStringLiteral("corpus.jsonl"), text), &diags));
        QVERIFY2(diags.at(0).message.contains(message), qPrintable(diags.at(0).toString()));
        QCOMPARE(diags.at(0).line, line);
    }

    // An empty corpus loads (a placeholder is allowed) but says what that means.
    void emptyCorpusIsAWarning()
    {
        Diagnostics diags;
        const auto corpus = loadCorpus(write(QStringLiteral("empty-corpus.jsonl"), "\n\n"), &diags);
        QVERIFY(corpus);
        QVERIFY(corpus->documents.empty());
        QCOMPARE(diags.size(), size_t(1));
        QCOMPARE(diags.at(0).severity, Diagnostic::Severity::Warning);
        QVERIFY2(diags.at(0).message.contains(QStringLiteral("the corpus has no documents")), qPrintable(diags.at(0).toString()));
    }

    void datasetAgainstPipeline()
    {
        write(QStringLiteral("rules.json"), "[]");
        const QString pipelinePath = write(QStringLiteral("p.json"),
                                           "{\"format\": \"fapo.pipeline/1\", \"steps\": [{\"id\": \"a\", \"kind\": "
                                           "\"transform\", \"template\": \"{{input.question}} {{input.context}}\"}]}");
        const PipelineLoad load = loadPipeline(pipelinePath);
        QVERIFY(load.pipeline);
        const QString path
            = write(QStringLiteral("d.jsonl"),
                    "{\"id\": \"ok\", \"input\": {\"question\": \"q\", \"context\": \"c\"}}\n"
                    "{\"id\": \"short\", \"input\": {\"question\": \"q\"}}\n"
                    "{\"id\": \"gold\", \"input\": {\"question\": \"q\", \"context\": \"c\"}, \"step_expected\": {\"b\": {}}}");
        Diagnostics diags;
        const auto ds = loadDataset(path, &diags);
        QVERIFY(ds);
        checkDatasetAgainstPipeline(*ds, *load.pipeline, &diags);
        QCOMPARE(diags.size(), size_t(2));
        QCOMPARE(diags[0].line, 2);
        QVERIFY(diags[0].message.contains(QStringLiteral("no input field \"context\"")));
        QCOMPARE(diags[1].line, 3);
        QVERIFY(diags[1].message.contains(QStringLiteral("names step \"b\"")));
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
