// Importing traces written by other tools: the real fixtures in tests/data/traces, the format
// variants (ids, numbers, order, JSON Lines, chunked bodies), step grouping, and broken files.
#include "core/import/otlpsax.h"
#include "core/import/otlpsimd.h"
#include "core/import/spanboundaries.h"
#include "core/import/traceimport.h"
#include <QDir>
#include <QFile>
#include <QtTest>
#include <limits>

using namespace fapo;
using nlohmann::json;

namespace {

const QString kFixtures = QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/");
const QString kData = QStringLiteral(FAPO_SOURCE_DIR "/tests/data/import/");

// One whole-document read with the fast (simdjson) or the streaming (nlohmann SAX) reader.
struct DocumentRead {
    bool ok = false;
    std::vector<ImportedSpan> spans;
    std::vector<ImportProblem> problems;
    json skeleton;
    std::vector<size_t> resourceSpans; // spans per resource, as the streaming reads note them
};

// `splitFrom`: the fast reader reads the spans in two halves from this size on (0: always).
DocumentRead readDocumentWith(bool fast, const QByteArray& text, qsizetype splitFrom = qsizetype(16) << 20, bool* walkedInTwo = nullptr)
{
    QByteArray padded;
    padded.reserve(text.size() + importdetail::fastReadPadding());
    padded.append(text);
    DocumentRead r;
    importdetail::ReadContext ctx;
    ctx.text = &padded;
    ctx.spans = &r.spans;
    ctx.problems = &r.problems;
    r.ok = fast ? importdetail::readJsonObjectFast(padded.constData(), padded.size(), false, ctx, &r.skeleton, splitFrom, walkedInTwo)
                : importdetail::streamJsonDocument(padded.constData(), padded.constData() + padded.size(), false, ctx, &r.skeleton);
    r.resourceSpans = ctx.streamedResourceSpans;
    return r;
}

// The fast read of JSON Lines alone (`padded` has the padding it needs), in two halves from `splitFrom` bytes on.
struct LinesRead {
    std::vector<ImportedSpan> spans;
    std::vector<ImportProblem> problems;
    importdetail::ReadContext ctx;
    std::vector<importdetail::JsonLinesRecord> records;
    bool ok = false;

    LinesRead(const QByteArray& padded, qsizetype splitFrom)
    {
        ctx.text = &padded;
        ctx.spans = &spans;
        ctx.problems = &problems;
        ok = importdetail::readJsonLinesFast(padded.constData(), padded.size(), false, ctx, &records, splitFrom);
    }
    LinesRead(const LinesRead&) = delete; // ctx points into it
};

QString spanText(const ImportedSpan& s)
{
    return QStringList { s.traceId,
                         s.spanId,
                         s.parentId,
                         s.name,
                         s.stepName,
                         s.kind,
                         QString::number(s.startNs),
                         QString::number(s.endNs),
                         s.error ? QStringLiteral("error") : QStringLiteral("ok"),
                         s.statusMessage,
                         s.model,
                         s.inputText(),
                         s.outputText(),
                         QString::number(s.inputTokens),
                         QString::number(s.outputTokens),
                         QString::fromUtf8(s.attributes) }
        .join(QLatin1Char('|'));
}

// Two reads gave the same spans and the same problems (messages and places).
void compareReads(const std::vector<ImportedSpan>& spans, const std::vector<ImportProblem>& problems,
                  const std::vector<ImportedSpan>& expectedSpans, const std::vector<ImportProblem>& expectedProblems)
{
    QCOMPARE(spans.size(), expectedSpans.size());
    for (size_t i = 0; i < spans.size(); ++i)
        QCOMPARE(spanText(spans[i]), spanText(expectedSpans[i]));
    QCOMPARE(problems.size(), expectedProblems.size());
    for (size_t i = 0; i < problems.size(); ++i) {
        QCOMPARE(problems[i].message, expectedProblems[i].message);
        QCOMPARE(problems[i].offset, expectedProblems[i].offset);
    }
}

ImportResult importOk(const QString& path)
{
    QString error;
    const auto r = importTraceFile(path, &error);
    if (!r)
        qFatal("import of %s failed: %s", qPrintable(path), qPrintable(error));
    return *r;
}

ImportResult importBytes(const QByteArray& bytes)
{
    QString error;
    const auto r = importTraceBytes(bytes, QStringLiteral("bytes"), &error);
    if (!r)
        qFatal("import failed: %s", qPrintable(error));
    return *r;
}

QByteArray bytesOf(const json& j) { return QByteArray::fromStdString(j.dump()); }

// OTLP as exporters write it, keys in their order: each span starts with "traceId", and so does each of
// its `links` (the boundaries between links look like those between spans).
using ordered = nlohmann::ordered_json;

std::string hexId(int n, int digits) { return QByteArray::number(n, 16).rightJustified(digits, '0').toStdString(); }

ordered exporterSpan(int i, int links)
{
    ordered s;
    s["traceId"] = i % 9 == 5 ? "not-hex" : hexId(i / 4 + 1, 32);
    s["spanId"] = hexId(i + 1, 16);
    s["parentSpanId"] = i % 4 ? hexId(i - i % 4 + 1, 16) : "";
    s["name"] = "step" + std::to_string(i % 4);
    s["startTimeUnixNano"] = std::to_string(1700000000000000000LL + i);
    s["endTimeUnixNano"] = std::to_string(1700000000000000500LL + i);
    s["attributes"] = ordered::array({ { { "key", "input.value" }, { "value", { { "stringValue", "question " + std::to_string(i) } } } } });
    if (links > 0) {
        s["links"] = ordered::array();
        for (int k = 0; k < links; ++k)
            s["links"].push_back({ { "traceId", hexId(k + 7, 32) }, { "spanId", hexId(k + 9, 16) } });
    }
    s["status"] = ordered::object();
    return s;
}

ordered exporterSpans(int from, int count, int links = 0)
{
    ordered spans = ordered::array();
    for (int i = from; i < from + count; ++i)
        spans.push_back(exporterSpan(i, links));
    return spans;
}

ordered exporterResource(const std::string& example, std::vector<ordered> spanArrays)
{
    ordered scopes = ordered::array();
    for (ordered& spans : spanArrays)
        scopes.push_back({ { "scope", { { "name", "test" } } }, { "spans", std::move(spans) } });
    const ordered exampleAttribute = { { "key", "fapo.example.id" }, { "value", { { "stringValue", example } } } };
    return { { "resource", { { "attributes", ordered::array({ exampleAttribute }) } } }, { "scopeSpans", std::move(scopes) } };
}

QByteArray exporterRequest(std::vector<ordered> resources, int indent = -1)
{
    ordered request;
    request["resourceSpans"] = ordered::array();
    for (ordered& r : resources)
        request["resourceSpans"].push_back(std::move(r));
    return QByteArray::fromStdString(request.dump(indent));
}

const ImportedStep* step(const ImportResult& r, const QString& id)
{
    for (const ImportedStep& s : r.stepInfo)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ImportedSpan* span(const ImportResult& r, const QString& name, int nth = 0)
{
    for (const ImportedSpan& s : r.spans)
        if (s.name == name && nth-- == 0)
            return &s;
    return nullptr;
}

bool hasEdge(const ImportResult& r, const QString& from, const QString& to)
{
    return std::find(r.edges.begin(), r.edges.end(), GraphEdge { from, to }) != r.edges.end();
}

QStringList graphSignature(const ImportResult& r)
{
    QStringList out = r.steps;
    for (const GraphEdge& e : r.edges)
        out << e.from + QStringLiteral("->") + e.to;
    for (const ImportedStep& s : r.stepInfo)
        out << QStringLiteral("%1:%2:%3:%4").arg(s.id, s.kind).arg(s.count).arg(s.failed);
    return out;
}

json otlpSpan(const std::string& trace, const std::string& id, const std::string& parent, const std::string& name, std::uint64_t start,
              json extra = json::object())
{
    json s = { { "traceId", trace },
               { "spanId", id },
               { "name", name },
               { "startTimeUnixNano", std::to_string(start) },
               { "endTimeUnixNano", std::to_string(start + 100) } };
    if (!parent.empty())
        s["parentSpanId"] = parent;
    s.update(extra);
    return s;
}

json otlpRequest(const json& spans)
{
    return { { "resourceSpans",
               json::array({ { { "resource", json::object() }, { "scopeSpans", json::array({ { { "spans", spans } } }) } } }) } };
}

const std::string kTrace = "0af7651916cd43dd8448eb211c80319c";

json sampleSpans()
{
    return json::array({
        otlpSpan(kTrace, "b7ad6b7169203331", "", "pipeline", 1000),
        otlpSpan(kTrace, "00f067aa0ba902b7", "b7ad6b7169203331", "retrieve", 1100,
                 { { "attributes",
                     json::array({ { { "key", "openinference.span.kind" }, { "value", { { "stringValue", "RETRIEVER" } } } } }) } }),
        otlpSpan(kTrace, "5fb397be34d26b51", "b7ad6b7169203331", "generate", 1300,
                 { { "kind", "SPAN_KIND_CLIENT" },
                   { "status", { { "code", 2 } } },
                   { "attributes",
                     json::array({ { { "key", "gen_ai.request.model" }, { "value", { { "stringValue", "claude-haiku-5-5" } } } },
                                   { { "key", "gen_ai.usage.input_tokens" }, { "value", { { "intValue", "12" } } } } }) } }),
    });
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QDir(kFixtures).exists(QStringLiteral("SOURCES.md")), qPrintable(kFixtures)); }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("spans");
        QTest::addColumn<int>("traces");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("problems");
        QTest::addRow("otel-proto") << "otel-proto-example.json"
                                    << "otlp" << 1 << 1 << 1 << 0;
        QTest::addRow("agent-prism") << "agent-prism-rag-earnings.otlp.json"
                                     << "otlp" << 18 << 1 << 18 << 0;
        QTest::addRow("langfuse-langgraph") << "langfuse-langgraph-python.trace.json"
                                            << "langfuse" << 9 << 1 << 4 << 0;
        QTest::addRow("langfuse-claude") << "langfuse-claude-agent.trace.json"
                                         << "langfuse" << 7 << 1 << 4 << 0;
        QTest::addRow("phoenix") << "phoenix-pxi-turn.spans.json"
                                 << "phoenix" << 18 << 1 << 18 << 0;
        QTest::addRow("promptfoo") << "promptfoo-production-traces.otlp.json"
                                   << "otlp" << 6 << 2 << 1 << 1;
        QTest::addRow("genai-current") << "oi-genai-otel-client-span-tool-calls.json"
                                       << "attributes" << 1 << 1 << 1 << 0;
        QTest::addRow("genai-deprecated") << "oi-genai-otel-deprecated-client-span-tool-calls.json"
                                          << "attributes" << 1 << 1 << 1 << 0;
        QTest::addRow("openinference") << "oi-genai-openinference-client-span-tool-calls.json"
                                       << "attributes" << 1 << 1 << 1 << 0;
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, spans);
        const ImportResult r = importOk(kFixtures + file);
        QCOMPARE(r.format, format);
        QCOMPARE(int(r.spans.size()), spans);
        QTEST(r.traces, "traces");
        QTEST(int(r.steps.size()), "steps");
        QTEST(int(r.problems.size()), "problems");
        // Every span is in exactly one listed step; the edges form a DAG in graph order.
        QCOMPARE(r.stepInfo.size(), size_t(r.steps.size()));
        int counted = 0;
        for (size_t i = 0; i < r.stepInfo.size(); ++i) {
            QCOMPARE(r.stepInfo[i].id, r.steps[qsizetype(i)]);
            counted += r.stepInfo[i].count;
        }
        QCOMPARE(counted, spans);
        for (const ImportedSpan& s : r.spans)
            QVERIFY2(r.steps.contains(s.stepId), qPrintable(s.stepId));
        for (const GraphEdge& e : r.edges) {
            QVERIFY(e.from != e.to);
            QVERIFY2(r.steps.indexOf(e.from) < r.steps.indexOf(e.to), qPrintable(e.from + QStringLiteral("->") + e.to));
        }
        // Importing twice gives the same graph (stable order).
        QCOMPARE(graphSignature(importOk(kFixtures + file)), graphSignature(r));
    }

    void agentPrismRag()
    {
        const ImportResult r = importOk(kFixtures + QStringLiteral("agent-prism-rag-earnings.otlp.json"));
        const ImportedStep* retriever = step(r, QStringLiteral("VectorStoreRetriever"));
        QVERIFY(retriever);
        QCOMPARE(retriever->kind, QStringLiteral("retrieve"));
        const ImportedSpan* llm = span(r, QStringLiteral("ChatOpenAI"));
        QVERIFY(llm);
        QCOMPARE(llm->kind, QStringLiteral("llm"));
        QVERIFY(!llm->model.isEmpty());
        QVERIFY(!llm->output.isEmpty());
        // base64 ids become lower-case hex, and parents resolve across the three batches
        QCOMPARE(llm->spanId.size(), 16);
        QCOMPARE(llm->traceId.size(), 32);
        QCOMPARE(span(r, QStringLiteral("main"))->spanId, QStringLiteral("c8fddf8a758b15ca")); // "yP3finWLFco="
        QVERIFY(hasEdge(r, QStringLiteral("main"), QStringLiteral("retrieval_chain")));
        QVERIFY(hasEdge(r, QStringLiteral("VectorStoreRetriever"), QStringLiteral("ChatOpenAI"))); // documents flow into the prompt
        QCOMPARE(r.steps.first(), QStringLiteral("main"));
    }

    void promptfooInvalidTraceId()
    {
        const ImportResult r = importOk(kFixtures + QStringLiteral("promptfoo-production-traces.otlp.json"));
        QCOMPARE(int(r.spans.size()), 6);
        QCOMPARE(r.traces, 2);
        QCOMPARE(int(r.problems.size()), 1);
        QVERIFY(r.problems[0].message.contains(QLatin1String("B2C3D4E5F67890123456789ABCDEF01")));
        QCOMPARE(r.problems[0].line, 146);
        // the chained turns are one step
        QCOMPARE(r.stepInfo[0].id, QStringLiteral("conversation.turn"));
        QCOMPARE(r.stepInfo[0].count, 6);
        QCOMPARE(r.spans[0].traceId, QStringLiteral("a1b2c3d4e5f67890123456789abcdef0"));
    }

    void otelProtoExact()
    {
        const ImportResult r = importOk(kFixtures + QStringLiteral("otel-proto-example.json"));
        const ImportedSpan& s = r.spans.at(0);
        QCOMPARE(s.startNs, Q_INT64_C(1544712660000000000));
        QCOMPARE(s.endNs, Q_INT64_C(1544712661000000000));
        QCOMPARE(s.traceId, QStringLiteral("5b8efff798038103d269b633813fc60c"));
        QCOMPARE(s.spanId, QStringLiteral("eee19b7ec3c1b174"));
        QCOMPARE(s.parentId, QStringLiteral("eee19b7ec3c1b173")); // outside the file: a root
        QCOMPARE(s.stepId, QStringLiteral("I'm a server span"));
        QCOMPARE(s.attributeMap().value("otel.span.kind", ""), "server");
        QCOMPARE(s.attributeMap().value("my.span.attr", ""), "some value");
    }

    void phoenixKinds()
    {
        const ImportResult r = importOk(kFixtures + QStringLiteral("phoenix-pxi-turn.spans.json"));
        QSet<QString> kinds;
        for (const ImportedSpan& s : r.spans)
            kinds.insert(s.kind);
        QVERIFY(kinds.contains(QStringLiteral("llm")));
        QVERIFY(kinds.contains(QStringLiteral("tool")));
        QVERIFY(kinds.contains(QStringLiteral("agent")));
        QCOMPARE(step(r, QStringLiteral("add_spans_to_dataset"))->failed, 1);
        // the model called again after a tool is a later stage
        QVERIFY(step(r, QStringLiteral("claude-fable-5")));
        QVERIFY(step(r, QStringLiteral("claude-fable-5#2")));
        QVERIFY(hasEdge(r, QStringLiteral("claude-fable-5"), QStringLiteral("list_datasets")));
        QVERIFY(hasEdge(r, QStringLiteral("list_datasets"), QStringLiteral("claude-fable-5#2")));
        const ImportedSpan* llm = span(r, QStringLiteral("claude-fable-5"));
        QVERIFY(llm->inputTokens > 0);
        QVERIFY(!llm->input.isEmpty());
    }

    void langfuseLangGraph()
    {
        const ImportResult r = importOk(kFixtures + QStringLiteral("langfuse-langgraph-python.trace.json"));
        QCOMPARE(r.steps,
                 QStringList({ QStringLiteral("LangGraph"), QStringLiteral("agent"), QStringLiteral("tools"), QStringLiteral("agent#2") }));
        QCOMPARE(step(r, QStringLiteral("agent"))->count, 3); // node span, its LLM call, should_continue
        QCOMPARE(step(r, QStringLiteral("agent"))->kind, QStringLiteral("llm"));
        QVERIFY(hasEdge(r, QStringLiteral("agent"), QStringLiteral("tools")));
        QVERIFY(hasEdge(r, QStringLiteral("tools"), QStringLiteral("agent#2")));
        const ImportedSpan* gen = span(r, QStringLiteral("ChatOpenAI"));
        QVERIFY(gen);
        QCOMPARE(gen->kind, QStringLiteral("llm"));
        QCOMPARE(gen->model, QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(gen->inputTokens, 60);
        QCOMPARE(gen->outputTokens, 15);
        // input was a JSON string of messages: rendered as text, no JSON escapes left
        QVERIFY2(gen->inputText().contains(QLatin1String("user: Be helpful!")), qPrintable(gen->inputText()));
        QVERIFY(!gen->inputText().contains(QLatin1String("\\\"")));
        QVERIFY2(gen->outputText().contains(QLatin1String("[tool_call Web-Search")), qPrintable(gen->outputText()));
        const ImportedSpan* agent = span(r, QStringLiteral("agent"));
        QVERIFY2(agent->inputText().startsWith(QLatin1String("human: Search the web")), qPrintable(agent->inputText().left(200)));
    }

    void langfuseClaudeAgent()
    {
        const ImportResult r = importOk(kFixtures + QStringLiteral("langfuse-claude-agent.trace.json"));
        QCOMPARE(step(r, QStringLiteral("claude.assistant.turn"))->count, 3);
        QCOMPARE(step(r, QStringLiteral("claude.assistant.turn#2"))->count, 1);
        QCOMPARE(step(r, QStringLiteral("mcp__weather__get_weather"))->kind, QStringLiteral("tool"));
        QCOMPARE(step(r, QStringLiteral("mcp__weather__get_weather"))->count, 2);
        QVERIFY(hasEdge(r, QStringLiteral("mcp__weather__get_weather"), QStringLiteral("claude.assistant.turn#2")));
        QCOMPARE(span(r, QStringLiteral("claude.assistant.turn"))->model, QStringLiteral("claude-sonnet-4-5-20250929"));
    }

    void genAiGenerationsAgree()
    {
        const ImportedSpan current = importOk(kFixtures + QStringLiteral("oi-genai-otel-client-span-tool-calls.json")).spans.at(0);
        const ImportedSpan deprecated
            = importOk(kFixtures + QStringLiteral("oi-genai-otel-deprecated-client-span-tool-calls.json")).spans.at(0);
        const ImportedSpan oi = importOk(kFixtures + QStringLiteral("oi-genai-openinference-client-span-tool-calls.json")).spans.at(0);
        for (const ImportedSpan* s : { &current, &deprecated, &oi }) {
            QCOMPARE(s->kind, QStringLiteral("llm"));
            QCOMPARE(s->model, QStringLiteral("gpt-4-0613"));
            QCOMPARE(s->inputTokens, 97);
            QCOMPARE(s->outputTokens, 52);
            QCOMPARE(s->outputText(), QStringLiteral("The weather in Paris is currently rainy with a temperature of 57°F."));
        }
        QCOMPARE(current.input, deprecated.input);
        QCOMPARE(oi.input, current.input);
        QCOMPARE(current.inputText(),
                 QStringLiteral("user: Weather in Paris?\nassistant: Absolutely! Let me check the weather for you. "
                                "[tool_call get_weather {\"location\":\"Paris\"}]\ntool: rainy, 57°F"));
        QCOMPARE(current.name, QStringLiteral("chat gpt-4-0613"));
    }

    void childrenBeforeParents()
    {
        const json spans = sampleSpans();
        json reversed = json::array();
        for (auto it = spans.rbegin(); it != spans.rend(); ++it)
            reversed.push_back(*it);
        const ImportResult sorted = importBytes(bytesOf(otlpRequest(spans)));
        const ImportResult backwards = importBytes(bytesOf(otlpRequest(reversed)));
        QCOMPARE(graphSignature(backwards), graphSignature(sorted));
        QCOMPARE(sorted.steps, QStringList({ QStringLiteral("pipeline"), QStringLiteral("retrieve"), QStringLiteral("generate") }));
        QVERIFY(hasEdge(sorted, QStringLiteral("pipeline"), QStringLiteral("generate")));
        QVERIFY(hasEdge(sorted, QStringLiteral("retrieve"), QStringLiteral("generate")));
        QCOMPARE(step(sorted, QStringLiteral("retrieve"))->kind, QStringLiteral("retrieve"));
        const ImportedStep* gen = step(sorted, QStringLiteral("generate"));
        QCOMPARE(gen->kind, QStringLiteral("llm"));
        QCOMPARE(gen->failed, 1);
        QCOMPARE(span(sorted, QStringLiteral("generate"))->inputTokens, 12);
        QCOMPARE(span(sorted, QStringLiteral("generate"))->attributeMap().value("otel.span.kind", ""), "client");
    }

    void base64AndHexIdsAgree()
    {
        json hex = sampleSpans();
        json b64 = sampleSpans();
        const auto toBase64
            = [](const std::string& h) { return QByteArray::fromHex(QByteArray::fromStdString(h)).toBase64().toStdString(); };
        for (json& s : b64) {
            for (const char* key : { "traceId", "spanId", "parentSpanId" })
                if (s.contains(key))
                    s[key] = toBase64(s[key].get<std::string>());
        }
        for (json& s : hex) { // upper-case hex is hex too
            s["traceId"] = QByteArray::fromStdString(s["traceId"].get<std::string>()).toUpper().toStdString();
            s["kind"] = 3; // numbers and names mean the same
            s["status"] = { { "code", "STATUS_CODE_OK" } };
        }
        hex[2]["status"] = { { "code", "STATUS_CODE_ERROR" } };
        const ImportResult a = importBytes(bytesOf(otlpRequest(hex)));
        const ImportResult b = importBytes(bytesOf(otlpRequest(b64)));
        QCOMPARE(a.problems.size(), size_t(0));
        QCOMPARE(b.problems.size(), size_t(0));
        for (size_t i = 0; i < a.spans.size(); ++i) {
            QCOMPARE(a.spans[i].traceId, QString::fromStdString(kTrace));
            QCOMPARE(b.spans[i].traceId, a.spans[i].traceId);
            QCOMPARE(b.spans[i].spanId, a.spans[i].spanId);
            QCOMPARE(b.spans[i].parentId, a.spans[i].parentId);
        }
        QCOMPARE(graphSignature(b), graphSignature(a));
    }

    void otlpValuesAndErrors()
    {
        const json attrs = json::array({
            { { "key", "flag" }, { "value", { { "boolValue", "true" } } } },
            { { "key", "ratio" }, { "value", { { "doubleValue", 0.25 } } } },
            { { "key", "n" }, { "value", { { "intValue", 7 } } } },
            { { "key", "tags" },
              { "value", { { "arrayValue", { { "values", json::array({ { { "stringValue", "a" } }, { { "intValue", "2" } } }) } } } } } },
            { { "key", "metadata" },
              { "value",
                { { "kvlistValue",
                    { { "values",
                        json::array({ { { "key", "langgraph_node" }, { "value", { { "stringValue", "planner" } } } } }) } } } } } },
        });
        json s = otlpSpan(
            kTrace, "b7ad6b7169203331", "", "RunnableSequence", 5,
            { { "attributes", attrs },
              { "status", { { "code", "STATUS_CODE_ERROR" } } },
              { "events",
                json::array(
                    { { { "name", "exception" },
                        { "attributes",
                          json::array({ { { "key", "exception.message" }, { "value", { { "stringValue", "boom" } } } } }) } } }) } });
        const ImportResult r = importBytes(bytesOf(otlpRequest(json::array({ s }))));
        const ImportedSpan& span = r.spans.at(0);
        QVERIFY(span.error);
        QCOMPARE(span.statusMessage, QStringLiteral("boom"));
        QCOMPARE(span.attributeMap().value("flag", false), true);
        QCOMPARE(span.attributeMap().value("ratio", 0.0), 0.25);
        QCOMPARE(span.attributeMap().value("n", 0), 7);
        QCOMPARE(span.attributeMap()["tags"], json::array({ "a", 2 }));
        QCOMPARE(span.stepId, QStringLiteral("planner")); // langgraph_node inside metadata
        QCOMPARE(r.stepInfo.at(0).failed, 1);

        // many bad ids: each reported once, the list capped with a count of the rest
        json spans = json::array();
        for (int i = 0; i < 300; ++i)
            spans.push_back(otlpSpan("bad-trace-" + std::to_string(i), "also-bad-" + std::to_string(i), "", "x", 1));
        const ImportResult bad = importBytes(bytesOf(otlpRequest(spans)));
        QCOMPARE(int(bad.spans.size()), 300);
        QCOMPARE(bad.traces, 300);
        QCOMPARE(int(bad.problems.size()), 201);
        QCOMPARE(bad.problems.back().message, QStringLiteral("400 more problems not listed"));
    }

    void langfuseToolText()
    {
        const ImportResult r = importOk(kFixtures + QStringLiteral("langfuse-claude-agent.trace.json"));
        bool found = false;
        for (const ImportedSpan& s : r.spans)
            found = found || s.outputText() == QStringLiteral("Weather in Berlin: Cloudy, 59°F");
        QVERIFY(found);
    }

    void chunkedHttpBody()
    {
        QFile f(kFixtures + QStringLiteral("agent-prism-rag-earnings.otlp.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        QByteArray body;
        for (qsizetype at = 0; at < whole.size(); at += 1000)
            body.append(whole.mid(at, 1000)); // as chunks of a streamed OTLP/HTTP request arrive
        const ImportResult r = importBytes(body);
        QCOMPARE(int(r.spans.size()), 18);
        QCOMPARE(graphSignature(r), graphSignature(importOk(f.fileName())));
    }

    // Storing an import reads spans without their attributes (SpanAttributes::Drop): everything else is
    // what the full read gives, for every fixture (and the one whose resource adds fapo.* attributes).
    // The plain read of a span (what the fast reads use when attributes are not kept) takes the common
    // span and gives what the general read gives; anything it does not take is left to the general read
    // (false, nothing added). Each row of plain-spans.json is one span; `plain` says which read takes it.
    void plainSpanReadIsTheGeneralRead_data()
    {
        QTest::addColumn<QByteArray>("span");
        QTest::addColumn<bool>("plain");
        QFile f(kData + QStringLiteral("plain-spans.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const json& row : json::parse(f.readAll().toStdString()))
            QTest::newRow(row["name"].get<std::string>().c_str())
                << QByteArray::fromStdString(row["span"].get<std::string>()) << row["plain"].get<bool>();
    }

    void plainSpanReadIsTheGeneralRead()
    {
        QFETCH(QByteArray, span);
        QFETCH(bool, plain);
        const json parsed = json::parse(span.toStdString());
        // Both reads see a span before this one, as in a file (texts are shared with recent spans).
        const json before = json::parse(R"({"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b173","name":"chat m"})");
        std::vector<ImportedSpan> plainSpans, generalSpans;
        std::vector<ImportProblem> plainProblems, generalProblems;
        importdetail::ReadContext p, g;
        p.spans = &plainSpans;
        p.problems = &plainProblems;
        g.spans = &generalSpans;
        g.problems = &generalProblems;
        p.keepAttributes = g.keepAttributes = false;
        importdetail::readOtlpSpanObject(before, p);
        importdetail::readOtlpSpanObject(before, g);
        QByteArray padded = span;
        padded.reserve(span.size() + importdetail::fastReadPadding());
        QCOMPARE(importdetail::readPlainOtlpSpan(padded.constData(), span.size(), p), plain);
        importdetail::readOtlpSpanObject(parsed, g);
        QCOMPARE(plainSpans.size(), size_t(plain ? 2 : 1));
        if (!plain)
            return;
        QCOMPARE(spanText(plainSpans.back()), spanText(generalSpans.back()));
        QVERIFY(plainProblems.empty());
        QVERIFY(generalProblems.empty());
    }

    void droppedAttributesChangeNothingElse_data() { fixtures_data(); }

    void droppedAttributesChangeNothingElse()
    {
        QFETCH(QString, file);
        for (const QString& path : QStringList { kFixtures + file, kData + QStringLiteral("corners/fapo-resource.otlp.json") }) {
            QString error;
            const auto kept = importTraceFile(path, &error);
            QVERIFY2(kept, qPrintable(error));
            const auto dropped = importTraceFile(path, &error, nullptr, SpanAttributes::Drop);
            QVERIFY2(dropped, qPrintable(error));
            QCOMPARE(dropped->spans.size(), kept->spans.size());
            bool anyAttributes = false;
            for (size_t i = 0; i < kept->spans.size(); ++i) {
                QVERIFY(dropped->spans[i].attributes.isEmpty());
                anyAttributes = anyAttributes || !kept->spans[i].attributes.isEmpty();
                ImportedSpan withoutAttributes = kept->spans[i];
                withoutAttributes.attributes.clear();
                QCOMPARE(spanText(dropped->spans[i]), spanText(withoutAttributes));
            }
            QVERIFY(anyAttributes); // each of these files has some
            QCOMPARE(graphSignature(*dropped), graphSignature(*kept));
            QCOMPARE(dropped->problems.size(), kept->problems.size());
        }
    }

    // A resource's fapo.* attributes (an app example's spans carry fapo.example.id there) reach each of
    // its spans, whether the resource comes before or after them and whichever read takes the file; a
    // span's own value wins, and other resource attributes are not kept.
    void resourceFapoAttributesReachSpans_data()
    {
        QTest::addColumn<QString>("read");
        QTest::newRow("file (fast)") << QStringLiteral("file");
        QTest::newRow("bytes (streamed)") << QStringLiteral("bytes");
        QTest::newRow("general (DOM)") << QStringLiteral("general");
        QTest::newRow("JSON Lines (fast)") << QStringLiteral("lines");
        QTest::newRow("JSON Lines (general)") << QStringLiteral("lines-general");
    }

    void resourceFapoAttributesReachSpans()
    {
        QFETCH(QString, read);
        const QString path = kData + QStringLiteral("corners/fapo-resource.otlp.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QByteArray lines;
        const json document = json::parse(text.toStdString());
        for (const json& resource : document["resourceSpans"])
            lines += bytesOf({ { "resourceSpans", json::array({ resource }) } }) + '\n';
        QTemporaryDir dir;
        QFile linesFile(dir.filePath(QStringLiteral("spans.jsonl")));
        QVERIFY(linesFile.open(QIODevice::WriteOnly) && linesFile.write(lines) == lines.size());
        linesFile.close();
        QString error;
        std::optional<ImportResult> r;
        if (read == QLatin1String("file"))
            r = importTraceFile(path, &error);
        else if (read == QLatin1String("bytes"))
            r = importTraceBytes(text, path, &error);
        else if (read == QLatin1String("general"))
            r = importdetail::importTraceBytesGeneral(text, path, &error);
        else if (read == QLatin1String("lines"))
            r = importTraceFile(linesFile.fileName(), &error);
        else
            r = importdetail::importTraceBytesGeneral(lines, path, &error);
        QVERIFY2(r, qPrintable(error));
        QStringList seen;
        for (const ImportedSpan& s : r->spans) {
            const json a = s.attributeMap();
            seen << QStringLiteral("%1=%2/%3/%4")
                        .arg(s.name, QString::fromStdString(a.value("fapo.example.id", std::string("-"))),
                             QString::fromStdString(a.value("fapo.run.id", std::string("-"))),
                             a.contains("service.name") ? QStringLiteral("svc") : QString());
        }
        QCOMPARE(seen.join(QLatin1Char(' ')), QStringLiteral("retrieve=e1/7/ tool=own/7/ answer=e2/-/ plain=-/-/"));
    }

    void otlpJsonLines()
    {
        const json spans = sampleSpans();
        const QByteArray lines
            = bytesOf(otlpRequest(json::array({ spans[0], spans[1] }))) + '\n' + bytesOf(otlpRequest(json::array({ spans[2] }))) + '\n';
        const ImportResult r = importBytes(lines);
        QCOMPARE(r.format, QStringLiteral("otlp-jsonl"));
        QCOMPARE(graphSignature(r), graphSignature(importBytes(bytesOf(otlpRequest(spans)))));
        // a JSON array of batches is the same again
        const ImportResult batches = importBytes(
            bytesOf(json::array({ otlpRequest(json::array({ spans[2] })), otlpRequest(json::array({ spans[0], spans[1] })) })));
        QCOMPARE(graphSignature(batches), graphSignature(r));
    }

    void phoenixJsonLines()
    {
        QFile f(kFixtures + QStringLiteral("phoenix-pxi-turn.spans.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const json spans = json::parse(f.readAll().toStdString());
        QByteArray lines;
        for (const json& s : spans)
            lines += bytesOf(s) + '\n';
        const ImportResult r = importBytes(lines);
        QCOMPARE(r.format, QStringLiteral("phoenix-jsonl"));
        QCOMPARE(graphSignature(r), graphSignature(importOk(f.fileName())));
    }

    void nameAtTwoStages()
    {
        const ImportResult r = importOk(kData + QStringLiteral("two-stages.fapo.jsonl"));
        QCOMPARE(r.format, QStringLiteral("fapo-jsonl"));
        QCOMPARE(r.traces, 2);
        QCOMPARE(r.steps,
                 QStringList({ QStringLiteral("pipeline"), QStringLiteral("haiku"), QStringLiteral("search"), QStringLiteral("haiku#2"),
                               QStringLiteral("rewrite"), QStringLiteral("answer") }));
        QCOMPARE(r.edges.at(0), (GraphEdge { QStringLiteral("haiku"), QStringLiteral("search") })); // data flow first
        QVERIFY(hasEdge(r, QStringLiteral("search"), QStringLiteral("haiku#2")));
        QVERIFY(hasEdge(r, QStringLiteral("rewrite"), QStringLiteral("answer")));
        QVERIFY(!hasEdge(r, QStringLiteral("haiku#2"), QStringLiteral("haiku")));
        QCOMPARE(step(r, QStringLiteral("haiku#2"))->failed, 1);
        QCOMPARE(span(r, QStringLiteral("haiku"), 1)->statusMessage, QStringLiteral("rate limited"));
        QCOMPARE(span(r, QStringLiteral("haiku"))->model, QStringLiteral("claude-haiku-5-5"));
        // a run that repeats the same stage twice in a row keeps one stage
        const json repeated = json::array({
            { { "trace_id", "t" }, { "span_id", "1" }, { "name", "a" } },
            { { "trace_id", "t" }, { "span_id", "2" }, { "name", "a" } },
            { { "trace_id", "t" }, { "span_id", "3" }, { "name", "b" } },
            { { "trace_id", "t" }, { "span_id", "4" }, { "name", "a" }, { "attributes", { { "fapo.step", "final" } } } },
        });
        QByteArray jsonl;
        for (const json& line : repeated)
            jsonl += bytesOf(line) + '\n';
        const ImportResult rr = importBytes(jsonl);
        QCOMPARE(rr.steps, QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("final") }));
        QCOMPARE(step(rr, QStringLiteral("a"))->count, 2);
    }

    // The fast reader must give exactly what the streaming reader gives, on every fixture that is one
    // object and on documents written to hit its corners.
    void fastAndStreamingReadsAgree_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const QFileInfo& info : QDir(kFixtures).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(info.filePath()));
            const QByteArray text = f.readAll();
            if (text.trimmed().startsWith('{'))
                QTest::addRow("%s", qPrintable(info.fileName())) << text;
        }
        // Written to hit the fast reader's corners (escapes, AnyValue kinds, odd spans, extra keys).
        for (const QFileInfo& info :
             QDir(kData + QStringLiteral("corners")).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(info.filePath()));
            QTest::addRow("corners/%s", qPrintable(info.fileName())) << f.readAll();
        }
        // Many problems: more than are listed, the same invalid ids again and again, spans without ids.
        json spans = json::array();
        for (int i = 0; i < 600; ++i) {
            json span = { { "traceId", i % 3 == 0 ? "bad" + std::to_string(i % 7) : "0af7651916cd43dd8448eb211c80319c" },
                          { "name", "step" + std::to_string(i % 4) },
                          { "attributes",
                            json::array(
                                { { { "key", "input.value" }, { "value", { { "stringValue", "question " + std::to_string(i) } } } } }) } };
            if (i % 2 != 0)
                span["spanId"] = QByteArray::number(i + 1, 16).rightJustified(16, '0').toStdString();
            spans.push_back(span);
        }
        QTest::addRow("many problems") << bytesOf(
            { { "resourceSpans", json::array({ { { "scopeSpans", json::array({ { { "spans", spans } } }) } } }) } });
    }

    void fastAndStreamingReadsAgree()
    {
        QFETCH(QByteArray, text);
        const DocumentRead streamed = readDocumentWith(false, text);
        QVERIFY(streamed.ok);
        // In one pass, and in two halves on two threads (as large files are read).
        for (const qsizetype splitFrom : { qsizetype(16) << 20, qsizetype(0) }) {
            const DocumentRead fast = readDocumentWith(true, text, splitFrom);
            QVERIFY(fast.ok);
            compareReads(fast.spans, fast.problems, streamed.spans, streamed.problems);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(QString::fromStdString(fast.skeleton.dump()), QString::fromStdString(streamed.skeleton.dump()));
        }
    }

    // Where a large document can be cut: the text only (the walks check the cut).
    void spanBoundariesAreFoundInTheText()
    {
        using importdetail::quotedFirstSpanKey;
        QCOMPARE(quotedFirstSpanKey(R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"a"}]}]}]})"), std::string("\"traceId\""));
        QCOMPARE(quotedFirstSpanKey("{\"spans\" :\n [\n  {\n   \"name\": 1}]}"), std::string("\"name\""));
        // "spans" as a value, and an empty spans array, come before the first span.
        QCOMPARE(quotedFirstSpanKey(R"({"name":"spans","x":{"spans":[]},"spans":[{"spanId":"b"}]})"), std::string("\"spanId\""));
        QCOMPARE(quotedFirstSpanKey("{\"spans\":[{\"trace\\u0049d\":\"a\"}]}"), std::string());
        QCOMPARE(quotedFirstSpanKey(R"({"spans":[1,{"traceId":"a"}]})"), std::string());
        QCOMPARE(quotedFirstSpanKey(R"({"spans":{"traceId":"a"}})"), std::string());

        const auto boundary = [](const std::string& text, size_t from) -> std::pair<qsizetype, qsizetype> {
            const char* b = text.data();
            const auto found = importdetail::nextObjectBoundary(b, b + from, b + text.size(), "\"traceId\"");
            using Pair = std::pair<qsizetype, qsizetype>;
            return found ? Pair(found->close - b, found->open - b) : Pair(-1, -1);
        };
        const std::string compact = R"([{"traceId":1},{"traceId":2}])";
        QCOMPARE(boundary(compact, 0), (std::pair<qsizetype, qsizetype>(13, 15)));
        QCOMPARE(boundary(compact, 16), (std::pair<qsizetype, qsizetype>(-1, -1))); // the second object starts before 16
        QCOMPARE(boundary("[{\"traceId\":1} ,\n\t{ \"traceId\":2}]", 0), (std::pair<qsizetype, qsizetype>(13, 18)));
        // Not between two objects of an array: a first element, a member's value, a key in a string.
        QCOMPARE(boundary(R"([{"traceId":1}])", 0), (std::pair<qsizetype, qsizetype>(-1, -1)));
        QCOMPARE(boundary(R"({"a":{},"b":{"traceId":1}})", 0), (std::pair<qsizetype, qsizetype>(-1, -1)));
        QCOMPARE(boundary("[{\"a\":\"},{\\\"traceId\\\"\"}]", 0), (std::pair<qsizetype, qsizetype>(-1, -1)));

        const auto closers
            = [](const std::string& text) { return importdetail::onlyRequestClosersFollow(text.data(), text.data() + text.size()); };
        const auto ends
            = [](const std::string& text) { return importdetail::endsWithRequestClosers(text.data(), text.data() + text.size()); };
        QVERIFY(closers("]}]}]}") && closers(" ]\n}\t] } ]}\n") && ends("{\"a\":1}]}]}]}\n"));
        QVERIFY(!closers("]}]}]") && !closers("]}]}]}]") && !closers("]},{}]}]}") && !ends("]}]}]}}") && !ends("}]}]}"));
    }

    // A large document is walked in two parts at once when its spans end it; the result is the whole walk's
    // and the streaming read's. Other shapes are walked whole, with the same result.
    void largeDocumentsAreWalkedInTwo_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("inTwo");
        QTest::addColumn<bool>("valid");
        const QByteArray oneArray = exporterRequest({ exporterResource("e1", { exporterSpans(0, 40) }) });
        QTest::newRow("one spans array") << oneArray << true << true;
        QTest::newRow("pretty-printed") << exporterRequest({ exporterResource("e1", { exporterSpans(0, 40) }) }, 2) << true << true;
        // A third into the text, where the cut is looked for, are the 40 links of one span: the cut must not
        // fall between two of them.
        ordered linked = exporterSpans(0, 40, 2);
        linked[10] = exporterSpan(10, 40);
        QTest::newRow("links, which start as spans do") << exporterRequest({ exporterResource("e1", { linked }) }) << true << true;
        QTest::newRow("several resources before the cut") << exporterRequest(
            { exporterResource("e1", { exporterSpans(0, 3) }), exporterResource("e2", { exporterSpans(3, 2), exporterSpans(5, 40) }) })
                                                          << true << true;
        // Where the links go on past what the walk looks through, the document is walked whole: past 64
        // boundaries between links where the cut is looked for, or inside one span after the cut.
        ordered linksAtTheCut = exporterSpans(0, 40);
        linksAtTheCut[10] = exporterSpan(10, 150);
        QTest::newRow("more links at the cut than the cut looks past")
            << exporterRequest({ exporterResource("e1", { linksAtTheCut }) }) << false << true;
        ordered linksAfterTheCut = exporterSpans(0, 40);
        linksAfterTheCut[35] = exporterSpan(35, 150);
        QTest::newRow("more links in a span after the cut than its read looks past")
            << exporterRequest({ exporterResource("e1", { linksAfterTheCut }) }) << false << true;
        QTest::newRow("two scopes across the cut")
            << exporterRequest({ exporterResource("e1", { exporterSpans(0, 30), exporterSpans(30, 10) }) }) << false << true;
        QTest::newRow("two resources across the cut")
            << exporterRequest({ exporterResource("e1", { exporterSpans(0, 30) }), exporterResource("e2", { exporterSpans(30, 10) }) })
            << false << true;
        QByteArray memberAfter = oneArray;
        memberAfter.insert(memberAfter.size() - 1, ",\"schemaUrl\":\"x\"");
        QTest::newRow("a member after resourceSpans") << memberAfter << false << true;
        QByteArray notAnObject = oneArray;
        notAnObject.insert(notAnObject.lastIndexOf("},{\"traceId\"") + 1, ",null");
        QTest::newRow("a span that is not an object after the cut") << notAnObject << false << true;
        QByteArray escapedKey = oneArray;
        escapedKey.replace(escapedKey.indexOf("\"traceId\""), 9, "\"trace\\u0049d\"");
        QTest::newRow("the first span's key escaped") << escapedKey << false << true;
        QByteArray broken = oneArray;
        broken[broken.lastIndexOf("\"spanId\":") + 8] = ';';
        // The walk takes what only the read of the span then refuses; a bracket too many stops the walk.
        QTest::newRow("a syntax error after the cut") << broken << true << false;
        QByteArray unbalanced = oneArray;
        unbalanced.insert(unbalanced.lastIndexOf("\"status\""), ']');
        QTest::newRow("a bracket too many after the cut") << unbalanced << false << false;
    }

    void largeDocumentsAreWalkedInTwo()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, inTwo);
        QFETCH(bool, valid);
        bool walkedInTwo = !inTwo;
        const DocumentRead split = readDocumentWith(true, text, 0, &walkedInTwo);
        QCOMPARE(walkedInTwo, inTwo);
        QCOMPARE(split.ok, valid);
        if (!valid)
            return;
        const DocumentRead streamed = readDocumentWith(false, text);
        QVERIFY(streamed.ok);
        compareReads(split.spans, split.problems, streamed.spans, streamed.problems);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QString::fromStdString(split.skeleton.dump()), QString::fromStdString(streamed.skeleton.dump()));
        QCOMPARE(split.resourceSpans, streamed.resourceSpans);
    }

    // JSON Lines whose first line is longer than the 16 MB looked at for its end are still JSON Lines:
    // with a line break near the end of the file, and with none there (every line long).
    void longJsonLinesAreJsonLines_data()
    {
        QTest::addColumn<int>("lastLineBytes");
        QTest::newRow("a short last line") << 100;
        QTest::newRow("long lines only") << (17 << 20);
    }

    void longJsonLinesAreJsonLines()
    {
        QFETCH(int, lastLineBytes);
        const auto line = [](int i, int bytes) -> QByteArray {
            ordered request = ordered::parse(exporterRequest({ exporterResource("e1", { exporterSpans(i, 1) }) }).toStdString());
            request["resourceSpans"][0]["scopeSpans"][0]["spans"][0]["attributes"][0]["value"]["stringValue"]
                = std::string(size_t(bytes), 'x');
            return QByteArray::fromStdString(request.dump()) + '\n';
        };
        const ImportResult r = importBytes(line(0, 17 << 20) + line(1, lastLineBytes));
        QCOMPARE(r.format, QStringLiteral("otlp-jsonl"));
        QCOMPARE(r.spans.size(), size_t(2));
        QCOMPARE(r.spans[0].input.size(), qsizetype(17 << 20));
        QCOMPARE(r.spans[1].input.size(), qsizetype(lastLineBytes));
    }

    // Impossible spans are imported, and said: a span that is its own parent, one that ends before it
    // starts (two- and three-span parent cycles are reported as cycles).
    void impossibleSpansAreReported_data()
    {
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<QString>("problem");
        QTest::newRow("its own parent") << QByteArray(R"({"trace_id": "t", "span_id": "a", "parent_id": "a", "name": "x"})")
                                        << QStringLiteral("span \"a\" of trace \"t\" is its own parent");
        QTest::newRow("ends before it starts") << QByteArray(
            R"({"trace_id": "t", "span_id": "a", "name": "x", "start_ns": 1700000000500000000, "end_ns": 1700000000000000000})")
                                               << QStringLiteral("span \"a\" of trace \"t\" ends before it starts");
        QTest::newRow("a two-span cycle") << QByteArray(R"({"trace_id": "t", "span_id": "a", "parent_id": "b", "name": "x"})"
                                                        "\n"
                                                        R"({"trace_id": "t", "span_id": "b", "parent_id": "a", "name": "y"})")
                                          << QStringLiteral("form a parent cycle");
    }

    void impossibleSpansAreReported()
    {
        QFETCH(QByteArray, jsonl);
        QFETCH(QString, problem);
        const ImportResult r = importBytes(jsonl + '\n');
        QVERIFY(!r.spans.empty());
        QStringList messages;
        for (const ImportProblem& p : r.problems)
            messages << p.message;
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(problem), qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(r.problems.size(), size_t(1));
    }

    // OTLP JSON Lines: the fast read (simdjson, line by line) gives what the general read (nlohmann, line
    // by line) gives: the same spans, problems at the same lines and offsets, the same graph, or the
    // same fatal error. Lines it does not take go to the general read whole.
    void fastAndGeneralJsonLinesAgree_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("fastTakesIt");
        // Every OTLP document written to hit corners (escapes, AnyValue kinds, odd spans) and every OTLP
        // fixture, one per line as it is (its newlines are whitespace), with a blank line and a CRLF.
        QList<QByteArray> documents;
        for (const QString& dir : QStringList { kData + QStringLiteral("corners"), kFixtures })
            for (const QFileInfo& info : QDir(dir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
                QFile f(info.filePath());
                if (!f.open(QIODevice::ReadOnly))
                    qFatal("cannot read %s", qPrintable(info.filePath()));
                const QByteArray text = f.readAll();
                const json doc = json::parse(text.toStdString());
                if (doc.is_object() && doc.contains("resourceSpans"))
                    documents << QByteArray(text).replace('\n', ' ').replace('\r', ' ');
                else if (doc.is_array() && !doc.empty() && doc.front().contains("resourceSpans"))
                    for (const json& request : doc)
                        documents << bytesOf(request);
            }
        QTest::addRow("documents as lines") << documents.join("\n") + "\n\n  \r\n" + documents.first() + "\r\n" << true;
        // Each fixture's spans two per request, last requests first (children before parents).
        QByteArray split;
        for (const QByteArray& d : documents) {
            const json doc = json::parse(d.toStdString());
            for (const json& resource : doc["resourceSpans"]) {
                std::vector<json> requests;
                for (const json& scope : resource.value("scopeSpans", json::array())) {
                    const json spans = scope.value("spans", json::array());
                    for (size_t i = 0; i < spans.size(); i += 2) {
                        json part = json::array();
                        for (size_t j = i; j < std::min(spans.size(), i + 2); ++j)
                            part.push_back(spans[j]);
                        json r = resource;
                        r["scopeSpans"] = json::array({ { { "scope", scope.value("scope", json::object()) }, { "spans", part } } });
                        requests.push_back({ { "resourceSpans", json::array({ r }) } });
                    }
                }
                for (auto it = requests.rbegin(); it != requests.rend(); ++it)
                    split += bytesOf(*it) + '\n';
            }
        }
        QTest::addRow("two spans per request, last first") << split << true;
        // Many problems over many lines: more than are listed, the same invalid ids again, spans without
        // ids, and a span that is not an object.
        QByteArray problems;
        for (int line = 0; line < 60; ++line) {
            json spans = json::array();
            for (int k = 0; k < 10; ++k) {
                const int i = line * 10 + k;
                json span = { { "traceId", i % 3 == 0 ? "bad" + std::to_string(i % 7) : "0af7651916cd43dd8448eb211c80319c" },
                              { "name", "step" + std::to_string(i % 4) } };
                if (i % 2 != 0)
                    span["spanId"] = QByteArray::number(i + 1, 16).rightJustified(16, '0').toStdString();
                spans.push_back(span);
            }
            if (line == 7)
                spans.push_back(42);
            problems += bytesOf(otlpRequest(spans)) + '\n';
        }
        QTest::addRow("many problems") << problems << true;
        const QByteArray first = bytesOf(otlpRequest(sampleSpans()));
        // A problem is located in its own line, even where its text appeared on an earlier line.
        const json earlier
            = { { "traceId", "0af7651916cd43dd8448eb211c80319c" }, { "spanId", "00f067aa0ba902b7" }, { "name", "not-an-id" } };
        const json invalid = { { "traceId", "not-an-id" }, { "spanId", "00f067aa0ba902b8" }, { "name", "b" } };
        QTest::addRow("an invalid id seen earlier as a name")
            << bytesOf(otlpRequest(json::array({ earlier }))) + '\n' + bytesOf(otlpRequest(json::array({ invalid }))) + '\n'
            << true;
        QTest::addRow("a fapo record between") << first + '\n' + bytesOf({ { "trace_id", "t" }, { "span_id", "s" }, { "name", "x" } })
                + '\n' + first << false;
        QTest::addRow("resourceSpans not a list on line 3") << first + '\n' + first + "\n{\"resourceSpans\": {}}\n" + first << true;
        QTest::addRow("garbage after line 2's object") << first + '\n' + first + " x\n" + first << false;
        QTest::addRow("an array on line 2") << first + "\n[1, 2]\n" << false;
        QTest::addRow("truncated last line") << first + '\n' + first.left(first.size() / 2) << false;
    }

    void fastAndGeneralJsonLinesAgree()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, fastTakesIt);
        // Whether the fast read takes the file (else the general read does all of it).
        QByteArray padded;
        padded.reserve(text.size() + importdetail::fastReadPadding());
        padded.append(text);
        const LinesRead once(padded, qsizetype(16) << 20);
        QCOMPARE(once.ok, fastTakesIt);
        // Walked and read in two halves on two threads (as large files are): what one pass gives.
        const LinesRead halves(padded, 0);
        QCOMPARE(halves.ok, fastTakesIt);
        if (fastTakesIt) {
            QCOMPARE(halves.records.size(), once.records.size());
            for (size_t i = 0; i < once.records.size(); ++i) {
                QCOMPARE(halves.records[i].line, once.records[i].line);
                QCOMPARE(halves.records[i].offset, once.records[i].offset);
                QCOMPARE(QString::fromStdString(halves.records[i].skeleton.dump()),
                         QString::fromStdString(once.records[i].skeleton.dump()));
            }
            QCOMPARE(halves.ctx.streamedResourceSpans, once.ctx.streamedResourceSpans);
            compareReads(halves.spans, halves.problems, once.spans, once.problems);
            if (QTest::currentTestFailed())
                return;
        }

        QString generalError, fastError;
        const auto general = importdetail::importTraceBytesGeneral(text, QStringLiteral("t.jsonl"), &generalError);
        const auto fast = importTraceBytes(text, QStringLiteral("t.jsonl"), &fastError);
        QCOMPARE(fastError, generalError);
        QCOMPARE(bool(fast), bool(general));
        if (!fast)
            return;
        QCOMPARE(fast->format, general->format);
        QCOMPARE(fast->spans.size(), general->spans.size());
        for (size_t i = 0; i < fast->spans.size(); ++i)
            QCOMPARE(spanText(fast->spans[i]), spanText(general->spans[i]));
        QCOMPARE(fast->problems.size(), general->problems.size());
        for (size_t i = 0; i < fast->problems.size(); ++i) {
            QCOMPARE(fast->problems[i].message, general->problems[i].message);
            QCOMPARE(fast->problems[i].line, general->problems[i].line);
            QCOMPARE(fast->problems[i].offset, general->problems[i].offset);
        }
        QCOMPARE(graphSignature(*fast), graphSignature(*general));
    }

    // A large file goes the way the benchmark's does: mapped with zero padding after its end (here the file
    // ends exactly on a page, so the padding is a page of its own), read in two halves on two threads that
    // drop the pages behind them. It must give what the streaming read of the same bytes gives.
    void largeMappedFileReadInHalves()
    {
        json spans = json::array();
        const std::string text(400, 'x');
        for (int i = 0; spans.size() < 40000; ++i)
            spans.push_back(
                { { "traceId", QByteArray::number(i / 4 + 1, 16).rightJustified(32, '0').toStdString() },
                  { "spanId", QByteArray::number(i + 1, 16).rightJustified(16, '0').toStdString() },
                  { "name", "step" + std::to_string(i % 4) },
                  { "attributes",
                    json::array({ { { "key", "output.value" }, { "value", { { "stringValue", text + std::to_string(i) } } } } }) } });
        QByteArray bytes = bytesOf({ { "resourceSpans", json::array({ { { "scopeSpans", json::array({ { { "spans", spans } } }) } } }) } });
        QVERIFY(bytes.size() > (qsizetype(16) << 20)); // past the size from which the halves are read on two threads
        bytes += QByteArray(4096 - bytes.size() % 4096, ' ');
        const QString path = QDir::temp().filePath(QStringLiteral("fapo-large-%1.otlp.json").arg(QCoreApplication::applicationPid()));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        const ImportResult mapped = importOk(path);
        QFile::remove(path);
        const DocumentRead streamed = readDocumentWith(false, bytes);
        QVERIFY(streamed.ok);
        QCOMPARE(mapped.spans.size(), streamed.spans.size());
        for (size_t i = 0; i < mapped.spans.size(); i += 997)
            QCOMPARE(spanText(mapped.spans[i]), spanText(streamed.spans[i]));
        QCOMPARE(spanText(mapped.spans.back()), spanText(streamed.spans.back()));
        QCOMPARE(mapped.traces, 10000);
    }

    // What the fast reader does not take it leaves to the streaming one; the import still works.
    void fastReaderDeclines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("array") << QByteArray("[{\"resourceSpans\": []}]");
        QTest::addRow("duplicate spans key") << QByteArray("{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [], \"spans\": []}]}]}");
        QTest::addRow("both scope keys") << QByteArray("{\"resourceSpans\": [{\"scopeSpans\": [], \"instrumentationLibrarySpans\": []}]}");
        QTest::addRow("duplicate attributes") << QByteArray("{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"spanId\": "
                                                            "\"b7ad6b7169203331\", \"attributes\": [], \"attributes\": []}]}]}]}");
        QTest::addRow("trailing text") << QByteArray("{\"resourceSpans\": []} x");
        QTest::addRow("bad literal in a skipped value") << QByteArray("{\"resourceSpans\": [], \"x\": [tru]}");
        QTest::addRow("huge integer") << QByteArray("{\"resourceSpans\": [], \"x\": 123456789012345678901234567890}");
    }

    void fastReaderDeclines()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!readDocumentWith(true, text).ok);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("message");
        QFile f(kData + QStringLiteral("truncated.otlp.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing truncated.otlp.json");
        QTest::addRow("truncated") << f.readAll() << 31 << 23 << qint64(700) << "truncated JSON";
        QTest::addRow("not json") << QByteArray("trace_id,span_id\nt1,s1\n") << 1 << 3 << qint64(2) << "invalid JSON";
        QTest::addRow("wrong shape") << QByteArray("{\"spans\": []}") << 1 << 1 << qint64(0)
                                     << "expected an OTLP ExportTraceServiceRequest";
        QTest::addRow("scalar") << QByteArray("42") << 1 << 1 << qint64(0) << "got a JSON number";
        QTest::addRow("bad resourceSpans") << QByteArray("{\"resourceSpans\": 3}") << 1 << 1 << qint64(0) << "must be an array";
        QTest::addRow("empty") << QByteArray("\n  \n") << 1 << 1 << qint64(0) << "empty";
        QTest::addRow("binary") << QByteArray("{\"a\"\0\1", 6) << 0 << 0 << qint64(4) << "not a text file";
        QTest::addRow("jsonl unknown line") << QByteArray("{\"trace_id\": \"t\", \"span_id\": \"1\"}\n{\"x\": 1}\n") << 2 << 1 << qint64(34)
                                            << "line 2 is not a trace record";
    }

    void broken()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        ImportProblem detail;
        QVERIFY(!importTraceBytes(bytes, QStringLiteral("in.json"), &error, &detail));
        QFETCH(QString, message);
        QVERIFY2(error.contains(message), qPrintable(error));
        QTEST(detail.line, "line");
        QTEST(detail.column, "column");
        QTEST(detail.offset, "offset");
        if (detail.line > 0)
            QVERIFY2(error.startsWith(QStringLiteral("in.json:%1:%2: error: ").arg(detail.line).arg(detail.column)), qPrintable(error));
        else
            QVERIFY2(error.startsWith(QStringLiteral("in.json: byte %1: error: ").arg(detail.offset)), qPrintable(error));
    }

    void numberOverflowIsRefused()
    {
        // nlohmann reports a number beyond a double without a position; it must still be refused, not abort.
        const QByteArray bytes("{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"0af7651916cd43dd8448eb211c80319c\", "
                               "\"spanId\": \"b7ad6b7169203331\", \"name\": \"x\", \"startTimeUnixNano\": 1e999}]}]}]}");
        QString error;
        QVERIFY(!importTraceBytes(bytes, QStringLiteral("in.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("in.json: error: unreadable JSON value")), qPrintable(error));
    }

    // Found by fuzz_trace_import: a date past 2262 overflowed the nanoseconds (undefined behaviour).
    void isoTimesOutsideNanosecondRangeAreClamped_data()
    {
        QTest::addColumn<QByteArray>("startTime");
        QTest::addColumn<qint64>("startNs");
        QTest::addRow("year 4048") << QByteArray("4048-01-01T00:00:00Z") << std::numeric_limits<qint64>::max();
        QTest::addRow("before the epoch") << QByteArray("1900-01-01T00:00:00Z") << qint64(0);
        QTest::addRow("in range") << QByteArray("2025-08-22T10:00:00.250Z") << qint64(1755856800250) * 1000000;
    }

    void isoTimesOutsideNanosecondRangeAreClamped()
    {
        QFETCH(QByteArray, startTime);
        const QByteArray bytes = "{\"trace\": {\"id\": \"t1\", \"name\": \"x\"}, \"observations\": [{\"id\": \"o1\", "
                                 "\"type\": \"GENERATION\", \"name\": \"gen\", \"input\": \"q\", \"output\": \"a\", \"startTime\": \""
            + startTime + "\"}]}";
        QString error;
        const auto result = importTraceBytes(bytes, QStringLiteral("in.json"), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->spans.size(), size_t(1));
        QTEST(result->spans.front().startNs, "startNs");
    }

    void jsonLinesBadLine()
    {
        QString error;
        ImportProblem detail;
        QVERIFY(!importTraceFile(kData + QStringLiteral("bad-line.fapo.jsonl"), &error, &detail));
        QCOMPARE(detail.line, 3);
        QVERIFY2(error.contains(QLatin1String("bad-line.fapo.jsonl:3:")), qPrintable(error));
        QVERIFY(!importTraceFile(kData + QStringLiteral("missing.json"), &error));
        QVERIFY(error.contains(QLatin1String("cannot read")));
    }

    void largeFileIsLinear()
    {
        // 20000 spans in 2000 traces, each trace a chain of repeated names: must finish quickly.
        QByteArray jsonl;
        for (int t = 0; t < 2000; ++t)
            for (int i = 0; i < 10; ++i)
                jsonl += bytesOf({ { "trace_id", "t" + std::to_string(t) },
                                   { "span_id", std::to_string(i) },
                                   { "parent_id", i % 5 == 0 ? "" : std::to_string(i - 1) },
                                   { "name", i % 2 ? "llm" : "tool" },
                                   { "input", std::string(300, 'x') + std::to_string(i) },
                                   { "output", std::string(300, 'x') + std::to_string(i + 1) } })
                    + '\n';
        QElapsedTimer timer;
        timer.start();
        const ImportResult r = importBytes(jsonl);
        QCOMPARE(int(r.spans.size()), 20000);
        QCOMPARE(r.traces, 2000);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
