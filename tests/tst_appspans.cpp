// How an app example's calls and spans become its steps (core/app/appspans.h): which name a call gets
// (span attributes, then the template match, then its model) and which spans become steps of their own.
#include "core/app/appspans.h"
#include <QTest>

using namespace fapo;
using nlohmann::json;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // ms

std::vector<PromptFile> prompts()
{
    PromptFile plan;
    plan.name = QStringLiteral("plan");
    plan.text = QStringLiteral("Plan the steps for {{q}}\n");
    PromptFile rewrite;
    rewrite.name = QStringLiteral("rewrite");
    rewrite.text = QStringLiteral("Rewrite {{q}} keeping every name.");
    return { plan, rewrite };
}

// [{"name", "kind", "start", "end" (ms after kT0), "attributes": {flat}}]
std::vector<ImportedSpan> spansOf(const json& list)
{
    std::vector<ImportedSpan> spans;
    for (const json& s : list) {
        ImportedSpan span;
        span.name = QString::fromStdString(s.value("name", std::string("span")));
        span.stepName = span.name;
        span.kind = QString::fromStdString(s.value("kind", std::string("chain")));
        span.startNs = (kT0 + s.value("start", 0)) * 1'000'000;
        span.endNs = (kT0 + s.value("end", 0)) * 1'000'000;
        span.input = "in";
        span.output = "out";
        if (s.contains("attributes"))
            span.attributes = QByteArray::fromStdString(s["attributes"].dump());
        spans.push_back(span);
    }
    return spans;
}

// [{"start", "duration" (ms), "matched", "model"}]
std::vector<AppCall> callsOf(const json& list)
{
    std::vector<AppCall> calls;
    for (const json& c : list) {
        AppCall call;
        call.record.runId = 3;
        call.record.exampleId = QStringLiteral("e1");
        call.record.startedAt = QDateTime::fromMSecsSinceEpoch(kT0 + c.value("start", 0), Qt::UTC);
        call.record.durationMs = c.value("duration", 0);
        call.record.model = QStringLiteral("claude-x-1-20990101"); // what the reply said
        call.matchedPrompt = QString::fromStdString(c.value("matched", std::string()));
        call.modelName = modelCallName(QStringLiteral("claude-x-1")); // what the request asked for
        calls.push_back(call);
    }
    return calls;
}

QStringList ids(const char* spaced) { return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts); }

} // namespace

class TestAppSpans : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<QByteArray>("spans");
        QTest::addColumn<QByteArray>("calls");
        QTest::addColumn<QStringList>("expected"); // step ids by start time
        QTest::addColumn<QStringList>("unnamed");
        const QByteArray planCall = R"([{"start": 10, "duration": 40, "matched": "plan"}])";
        const QByteArray bareCall = R"([{"start": 10, "duration": 40}])";
        QTest::newRow("no spans: the template") << QByteArray("[]") << planCall << ids("plan") << QStringList();
        QTest::newRow("nothing names it: its model") << QByteArray("[]") << bareCall << ids("claude_x_1#1") << ids("claude_x_1#1");
        QTest::newRow("fapo.prompt beats the template")
            << QByteArray(R"([{"start": 0, "end": 60, "attributes": {"fapo.prompt": "rewrite"}}])") << planCall << ids("rewrite")
            << QStringList();
        QTest::newRow("langfuse.observation.prompt.name")
            << QByteArray(R"([{"start": 0, "end": 60, "kind": "llm", "attributes": {"langfuse.observation.prompt.name": "rewrite"}}])")
            << bareCall << ids("rewrite") << QStringList();
        QTest::newRow("gen_ai.prompt.name") << QByteArray(
            R"([{"start": 0, "end": 60, "kind": "llm", "attributes": {"gen_ai.prompt.name": "plan"}}])")
                                            << bareCall << ids("plan") << QStringList();
        QTest::newRow("llm.prompt_template.template equal to a template") << QByteArray(
            R"([{"start": 0, "end": 60, "kind": "llm", "attributes": {"llm.prompt_template.template": "Rewrite {{q}} keeping every name."}}])")
                                                                          << bareCall << ids("rewrite") << QStringList();
        QTest::newRow("a template that is not one of the prompts")
            << QByteArray(R"([{"start": 0, "end": 60, "kind": "llm", "attributes": {"llm.prompt_template.template": "Rewrite {{q}}"}}])")
            << bareCall << ids("claude_x_1#1") << ids("claude_x_1#1");
        QTest::newRow("the innermost span that names one")
            << QByteArray(R"([{"start": 0, "end": 200, "attributes": {"fapo.prompt": "plan"}},
                              {"start": 5, "end": 100, "kind": "llm", "attributes": {"fapo.prompt": "rewrite"}}])")
            << planCall << ids("rewrite") << QStringList();
        QTest::newRow("an inner span without a name leaves it to the outer") << QByteArray(
            R"([{"start": 0, "end": 200, "attributes": {"fapo.prompt": "rewrite"}}, {"start": 5, "end": 100, "kind": "llm"}])")
                                                                             << planCall << ids("rewrite") << QStringList();
        QTest::newRow("a prompt name that is not declared")
            << QByteArray(R"([{"start": 0, "end": 60, "attributes": {"fapo.prompt": "summarise"}}])") << planCall << ids("plan")
            << QStringList();
        QTest::newRow("a span around no call is a step of its own")
            << QByteArray(R"([{"name": "VectorStore Retriever", "kind": "retrieve", "start": 0, "end": 8}])") << planCall
            << ids("vectorstore_retriever plan") << QStringList();
        QTest::newRow("a span that ended before the call names nothing")
            << QByteArray(R"([{"name": "tidy", "start": 0, "end": 5, "attributes": {"fapo.prompt": "rewrite"}}])") << planCall
            << ids("tidy plan") << QStringList();
        QTest::newRow("a span around everything is no step")
            << QByteArray(R"([{"name": "main", "start": 0, "end": 500}, {"name": "lookup", "kind": "retrieve", "start": 100, "end": 120}])")
            << QByteArray(R"([{"start": 10, "duration": 40, "matched": "plan"}, {"start": 150, "duration": 40, "matched": "plan"}])")
            << ids("plan lookup plan#2") << QStringList();
        QTest::newRow("a span step does not take the program's id")
            << QByteArray(R"([{"name": "app", "start": 60, "end": 70}])") << planCall << ids("plan app#2") << QStringList();
    }

    void steps()
    {
        QFETCH(QByteArray, spans);
        QFETCH(QByteArray, calls);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unnamed);
        const AppExampleSteps steps = appExampleSteps(3, QStringLiteral("e1"), callsOf(json::parse(calls.toStdString())),
                                                      spansOf(json::parse(spans.toStdString())), prompts(), { QStringLiteral("app") });
        QStringList ids;
        for (const StepRecord& r : steps.records) {
            ids << r.stepId;
            QCOMPARE(r.runId, qint64(3));
            QCOMPARE(r.exampleId, QStringLiteral("e1"));
        }
        QCOMPARE(ids, expected);
        QCOMPARE(steps.unnamedCalls, unnamed);
    }

    // A span step keeps what the span said: kind, input, output, error, times, model, tokens.
    void spanStepRecord()
    {
        std::vector<ImportedSpan> spans = spansOf(json::parse(R"([{"name": "search", "kind": "retrieve", "start": 3, "end": 45}])"));
        spans[0].error = true;
        spans[0].statusMessage = QStringLiteral("index offline");
        spans[0].inputTokens = 7;
        const AppExampleSteps steps = appExampleSteps(3, QStringLiteral("e1"), {}, spans, prompts(), {});
        QCOMPARE(steps.records.size(), size_t(1));
        const StepRecord& r = steps.records.front();
        QCOMPARE(r.kind, StepKind::Retrieve);
        QCOMPARE(r.prompt, QStringLiteral("in"));
        QCOMPARE(r.output, QStringLiteral("out"));
        QCOMPARE(r.error, QStringLiteral("index offline"));
        QVERIFY(!r.passed);
        QVERIFY(!r.called);
        QCOMPARE(r.startedAt.toMSecsSinceEpoch(), kT0 + 3);
        QCOMPARE(r.durationMs, qint64(42));
        QCOMPARE(r.inputTokens, qint64(7));
        QCOMPARE(r.outputTokens, qint64(0));
    }

    // The sink keeps spans by the example their resource named, and drops another run's.
    void sinkSortsByExample()
    {
        AppSpanSink sink(5);
        ImportResult batch;
        for (const char* attributes :
             { R"({"fapo.run.id": "5", "fapo.example.id": "a"})", R"({"fapo.run.id": "6", "fapo.example.id": "a"})",
               R"({"fapo.example.id": "b"})", R"({"service.name": "x"})" }) {
            ImportedSpan s;
            s.attributes = attributes;
            batch.spans.push_back(s);
        }
        bool stored = false;
        sink.accept(std::move(batch), [&](bool ok) { stored = ok; });
        QVERIFY(stored);
        QCOMPARE(sink.take(QStringLiteral("a")).size(), size_t(1));
        QCOMPARE(sink.take(QStringLiteral("a")).size(), size_t(0)); // handed over once
        QCOMPARE(sink.take(QStringLiteral("b")).size(), size_t(1));
        QCOMPARE(sink.ignored(), qint64(2));
        // A span that arrives after its example was taken is dropped, not kept for nobody.
        ImportResult late;
        ImportedSpan s;
        s.attributes = R"({"fapo.example.id": "a"})";
        late.spans.push_back(s);
        sink.accept(std::move(late), [](bool) {});
        QCOMPARE(sink.ignored(), qint64(3));
        QCOMPARE(sink.take(QStringLiteral("a")).size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestAppSpans)
#include "tst_appspans.moc"
