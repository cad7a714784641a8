// ScriptedProvider (rules, substitution, JSON rules, errors) and createProvider.
#include "fakemodelserver.h"
#include "core/providers/networkpool.h"
#include "core/providers/providerfactory.h"
#include "core/providers/scriptedprovider.h"
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using json = nlohmann::json;

namespace {

ModelRequest request(const QString& prompt, const QString& system = QString())
{
    ModelRequest r;
    r.prompt = prompt;
    r.system = system;
    return r;
}

} // namespace

class TestScripted : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeRules(const QByteArray& text, const QString& name = QStringLiteral("rules.json"))
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }

    std::unique_ptr<ModelProvider> load(const json& rules, QString* error = nullptr)
    {
        ModelConfig c;
        c.name = QStringLiteral("worker");
        c.provider = ProviderType::Scripted;
        c.rulesPath = writeRules(QByteArray::fromStdString(rules.dump(2)));
        QString why;
        auto p = createProvider(c, ProviderEnvironment(), nullptr, &why);
        if (error)
            *error = why;
        return p;
    }

    std::optional<QString> reply(ModelProvider& p, const ModelRequest& r) { return static_cast<ScriptedProvider&>(p).replyFor(r); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void firstMatchingRuleWins()
    {
        auto p = load(json::array({ { { "match", "hello" }, { "reply", "first" } },
                                    { { "match", "hel+o" }, { "reply", "second" } },
                                    { { "match", "hel+o" }, { "reply", "third" } } }));
        QVERIFY(p);
        QCOMPARE(reply(*p, request(QStringLiteral("say hello"))), QStringLiteral("first"));
        QCOMPARE(reply(*p, request(QStringLiteral("say helllo"))), QStringLiteral("second"));
    }

    void groupSubstitution()
    {
        auto p = load(json::array({ { { "match", "name is (\\w+) (\\w+)" }, { "reply", "Hi $1 $2! Cost: $$5, none:[$9] all:[$0]" } } }));
        QVERIFY(p);
        QCOMPARE(reply(*p, request(QStringLiteral("My name is Ada Lovelace."))),
                 QStringLiteral("Hi Ada Lovelace! Cost: $5, none:[] all:[name is Ada Lovelace]"));
    }

    void matchesSystemAndPromptAcrossLines()
    {
        auto p = load(json::array(
            { { { "match", "^SYS\\n\\nQ: (.*)$" }, { "reply", "[$1]" } }, { { "match", "^start.*end$" }, { "reply", "spans lines" } } }));
        QVERIFY(p);
        QCOMPARE(reply(*p, request(QStringLiteral("Q: a\nb"), QStringLiteral("SYS"))), QStringLiteral("[a\nb]"));
        QCOMPARE(reply(*p, request(QStringLiteral("start\nmiddle\nend"))), QStringLiteral("spans lines"));
    }

    void jsonRulesForSchemaRequests()
    {
        auto p = load(json::array({
            { { "match", "rewrite step (\\w+)" }, { "reply", "plain text for $1" } },
            { { "match", "rewrite step (\\w+)" },
              { "json", { { "step_id", "$1" }, { "new_prompt", "Do {{input.q}} well" }, { "score", 1 } } } },
            { { "match", "only text" }, { "reply", "fallback text" } },
            { { "match", "only json" }, { "json", { { "ok", true } } } },
        }));
        QVERIFY(p);
        ModelRequest r = request(QStringLiteral("Please rewrite step classify."));
        QCOMPARE(reply(*p, r), QStringLiteral("plain text for classify"));
        r.jsonSchema = { { "type", "object" } };
        const QString structured = reply(*p, r).value_or(QString());
        QCOMPARE(json::parse(structured.toStdString()),
                 json({ { "step_id", "classify" }, { "new_prompt", "Do {{input.q}} well" }, { "score", 1 } }));
        // Schema request without a json rule: falls back to a reply rule; and the reverse.
        r.prompt = QStringLiteral("only text");
        QCOMPARE(reply(*p, r), QStringLiteral("fallback text"));
        QCOMPARE(reply(*p, request(QStringLiteral("only json"))), QStringLiteral("{\"ok\":true}"));
    }

    void callIsAsynchronousWithUsage()
    {
        auto p = load(json::array({ { { "match", "." }, { "reply", "twelve chars" } } }));
        QVERIFY(p);
        ModelResponse r;
        QVERIFY(runModelCall(*p, request(QStringLiteral("sixteen chars!!!")), &r));
        QVERIFY(r.ok());
        QCOMPARE(r.text, QStringLiteral("twelve chars"));
        QCOMPARE(r.usage.inputTokens, qint64(4));
        QCOMPARE(r.usage.outputTokens, qint64(3));
        QCOMPARE(r.model, QStringLiteral("scripted"));
        QVERIFY(!p->cacheIdentity().isEmpty());
        QCOMPARE(p->requestBody(request(QStringLiteral("x"))).value("prompt", ""), std::string("x"));
    }

    void noRuleMatches()
    {
        auto p = load(json::array({ { { "match", "^never$" }, { "reply", "x" } } }));
        QVERIFY(p);
        const QString longPrompt = QStringLiteral("Tell me about the weather. ") + QString(500, QLatin1Char('z'));
        ModelResponse r;
        QVERIFY(runModelCall(*p, request(longPrompt), &r));
        QCOMPARE(r.error, CallError::NoRule);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("Tell me about the weather")), qPrintable(r.errorMessage));
        QVERIFY(r.errorMessage.size() < 500);
    }

    void abortBeforeFinish()
    {
        auto p = load(json::array({ { { "match", "." }, { "reply", "x" } } }));
        QObject owner;
        ModelCall* call = p->start(request(QStringLiteral("a")), &owner);
        QSignalSpy spy(call, &ModelCall::finished);
        call->abort();
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(call->response().error, CallError::Cancelled);
    }

    void cacheIdentityFollowsRulesContent()
    {
        auto a = load(json::array({ { { "match", "." }, { "reply", "one" } } }));
        const QString first = a->cacheIdentity();
        auto b = load(json::array({ { { "match", "." }, { "reply", "two" } } }));
        QVERIFY(first != b->cacheIdentity());
    }

    void badRulesFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mention");
        QTest::newRow("bad json") << QByteArray("[\n  {\"match\": \"a\",\n   \"reply\": }\n]\n") << QStringLiteral("rules.json:3:");
        QTest::newRow("bad regex") << QByteArray("[{\"match\": \"ok\", \"reply\": \"x\"}, {\"match\": \"(unclosed\", \"reply\": \"x\"}]")
                                   << QStringLiteral("rule 2: invalid regular expression");
        QTest::newRow("no reply") << QByteArray("[{\"match\": \"a\"}]") << QStringLiteral("rule 1: needs exactly one of");
        QTest::newRow("both kinds") << QByteArray("[{\"match\": \"a\", \"reply\": \"x\", \"json\": {}}]") << QStringLiteral("rule 1");
        QTest::newRow("match not a string") << QByteArray("[{\"match\": 3, \"reply\": \"x\"}]")
                                            << QStringLiteral("\"match\" must be a string");
        QTest::newRow("not a list") << QByteArray("{\"match\": \"a\"}") << QStringLiteral("expected a JSON array");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("invalid JSON");
        QTest::newRow("number overflow") << QByteArray("[{\"match\": \"a\",\n  \"reply\": 1e400}]")
                                         << QStringLiteral("rules.json:2:16: invalid JSON: number overflow");
        QTest::newRow("deep") << QByteArray(100000, '[') << QStringLiteral("rules.json:1:257: invalid JSON: nested deeper than 256 levels");
    }

    void badRulesFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mention);
        ModelConfig c;
        c.provider = ProviderType::Scripted;
        c.rulesPath = writeRules(text);
        QString error;
        QVERIFY(!createProvider(c, ProviderEnvironment(), nullptr, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void missingRulesFile()
    {
        ModelConfig c;
        c.provider = ProviderType::Scripted;
        c.rulesPath = m_dir.filePath(QStringLiteral("nope.json"));
        QString error;
        QVERIFY(!createProvider(c, ProviderEnvironment(), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("nope.json")), qPrintable(error));
    }

    void factory()
    {
        NetworkPool pool(1);
        ModelConfig c;
        c.name = QStringLiteral("m");
        c.model = QStringLiteral("claude-haiku-5-5");
        QString error;
        c.provider = ProviderType::Anthropic;
        c.baseUrl = QStringLiteral("ftp://example.com");
        QVERIFY(!createProvider(c, ProviderEnvironment(), &pool, &error));
        QVERIFY(error.contains(QStringLiteral("ftp://example.com")));

        c.baseUrl.clear();
        ProviderEnvironment env = ProviderEnvironment::fromProcess(QProcessEnvironment());
        QVERIFY(env.anthropicApiKey.isEmpty());
        auto p = createProvider(c, env, &pool, &error);
        QVERIFY(p);
        QVERIFY(p->cacheIdentity().contains(QStringLiteral("https://api.anthropic.com")));
        QVERIFY(!p->cacheIdentity().contains(QStringLiteral("sk-")));

        QProcessEnvironment pe;
        pe.insert(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://localhost:11434/v1"));
        pe.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-secret"));
        env = ProviderEnvironment::fromProcess(pe);
        QCOMPARE(env.openaiApiKey, QStringLiteral("sk-secret"));
        c.provider = ProviderType::OpenAi;
        c.model = QStringLiteral("llama3.1:8b");
        p = createProvider(c, env, &pool, &error);
        QVERIFY(p);
        QVERIFY(p->cacheIdentity().contains(QStringLiteral("localhost:11434")));
        QVERIFY(!p->cacheIdentity().contains(QStringLiteral("sk-secret")));
        QCOMPARE(p->modelId(), QStringLiteral("llama3.1:8b"));
        QVERIFY(!createProvider(c, env, nullptr, &error)); // HTTP providers need a pool
    }
};

QTEST_GUILESS_MAIN(TestScripted)
#include "tst_scripted.moc"
