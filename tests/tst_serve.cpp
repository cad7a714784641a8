// fapo serve end to end: a real receiver process on 127.0.0.1, fed protobuf and JSON over HTTP; what it
// stores is what `fapo import` makes of the same spans (also when a trace's spans arrive over several
// requests, children first), `fapo runs` shows it while the server runs, and Ctrl-C (SIGTERM) ends it
// with the summary. Usage errors exit 2.
#include "fapoprocess.h"
#include "otlpencode.h"
#include "rawhttpclient.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo::test;
using nlohmann::json;

namespace {

const QString kFixtures = QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/");

class ServeProcess {
public:
    bool start(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_process.setProcessEnvironment(env);
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        m_process.start(QStringLiteral(FAPO_FAPO_BIN), QStringList { QStringLiteral("serve") } + args);
        while (!m_out.contains('\n')) {
            if (!output.wait(10000))
                return false;
            m_out += m_process.readAllStandardOutput();
        }
        const QByteArray first = m_out.left(m_out.indexOf('\n'));
        m_out.remove(0, first.size() + 1);
        const json listening = json::parse(first.toStdString(), nullptr, false);
        if (!listening.is_object() || !listening.contains("listening"))
            return false;
        const QUrl url(QString::fromStdString(listening["listening"].get<std::string>()));
        port = quint16(url.port());
        return url.scheme() == QLatin1String("http") && url.host() == QLatin1String("127.0.0.1") && port > 0;
    }

    // SIGTERM, as Ctrl-C would; the summary it prints, and its exit code.
    std::pair<int, json> stop()
    {
        QSignalSpy finished(&m_process, &QProcess::finished);
        m_process.terminate();
        if (!finished.wait(30000))
            return { -1, json() };
        m_out += m_process.readAllStandardOutput();
        return { m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
                 json::parse(m_out.toStdString(), nullptr, false) };
    }

    quint16 port = 0;

private:
    QProcess m_process;
    QByteArray m_out;
};

json fileJson(const QString& name)
{
    QFile f(kFixtures + name);
    return f.open(QIODevice::ReadOnly) ? json::parse(f.readAll().toStdString()) : json();
}

// What `fapo import` makes of a file: the step graph to compare with.
json importOf(const QString& file, const QString& workspace)
{
    const FapoResult r = runFapo({ QStringLiteral("import"), file, QStringLiteral("--workspace"), workspace, QStringLiteral("--json") });
    return r.code == 0 ? r.document() : json();
}

QString sameGraph(const json& live, const json& imported)
{
    for (const char* key : { "traces", "spans", "steps", "edges" })
        if (live.value(key, json()) != imported.value(key, json()))
            return QStringLiteral("%1 differ:\nlive %2\nimport %3")
                .arg(QLatin1String(key), QString::fromStdString(live.value(key, json()).dump()),
                     QString::fromStdString(imported.value(key, json()).dump()));
    return {};
}

} // namespace

class TestServe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storesWhatImportMakesOfTheSameSpans()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("live.fapo"));
        ServeProcess server;
        QVERIFY(server.start(
            { QStringLiteral("--workspace"), workspace, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--json") }));
        // The fixture's three requests, as protobuf, on one keep-alive connection.
        RawClient client;
        QVERIFY(client.connectTo(server.port));
        const json requests = fileJson(QStringLiteral("agent-prism-rag-earnings.otlp.json"));
        QCOMPARE(requests.size(), size_t(3));
        for (const json& request : requests) {
            client.send(httpPost("/v1/traces", "application/x-protobuf", otlpProtobuf(request)));
            const auto r = client.response();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
        }
        // Answered 200 means stored: fapo runs sees it while the server still runs.
        const FapoResult runs = runFapo({ QStringLiteral("runs"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json") });
        QCOMPARE(runs.code, 0);
        const json list = runs.document()["runs"];
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(list[0]["kind"], "import");

        const auto [code, summary] = server.stop();
        QCOMPARE(code, 0);
        for (const char* key : { "runs", "traces", "spans", "steps", "edges", "problems" })
            QVERIFY2(summary.contains(key), key);
        QCOMPARE(summary["runs"].size(), size_t(1));
        QCOMPARE(summary["runs"][0], list[0]["id"]);
        QCOMPARE(list[0]["spans"], summary["spans"]);
        const json imported
            = importOf(kFixtures + QStringLiteral("agent-prism-rag-earnings.otlp.json"), dir.filePath(QStringLiteral("file.fapo")));
        const QString diff = sameGraph(summary, imported);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aTraceSentChildrenFirstIsOneExample()
    {
        // plan -> retrieve -> answer, one trace; sent answer first, then retrieve, then plan, as JSON.
        const auto span = [](const char* id, const char* parent, const char* name, int start) {
            json s = { { "traceId", "0af7651916cd43dd8448eb211c80319c" },
                       { "spanId", id },
                       { "name", name },
                       { "startTimeUnixNano", std::to_string(1700000000000000000LL + start * 1000000LL) },
                       { "endTimeUnixNano", std::to_string(1700000000000000000LL + (start + 5) * 1000000LL) },
                       { "attributes",
                         json::array(
                             { { { "key", "input.value" }, { "value", { { "stringValue", std::string("question for ") + name } } } },
                               { { "key", "output.value" }, { "value", { { "stringValue", std::string("answer of ") + name } } } } }) } };
            if (parent)
                s["parentSpanId"] = parent;
            return s;
        };
        const json spans
            = json::array({ span("00f067aa0ba902b7", nullptr, "plan", 0), span("00f067aa0ba902b8", "00f067aa0ba902b7", "retrieve", 10),
                            span("00f067aa0ba902b9", "00f067aa0ba902b8", "answer", 20) });
        const auto request = [](const json& list) {
            return json { { "resourceSpans", { { { "scopeSpans", { { { "spans", list } } } } } } } };
        };
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("trace.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(request(spans).dump()));
        file.close();

        ServeProcess server;
        QVERIFY(server.start({ QStringLiteral("--workspace"), dir.filePath(QStringLiteral("live.fapo")), QStringLiteral("--port"),
                               QStringLiteral("0"), QStringLiteral("--json"), QStringLiteral("--quiet") }));
        for (int i = 2; i >= 0; --i) {
            RawClient client; // a connection each, as a batching exporter might
            QVERIFY(client.connectTo(server.port));
            client.send(
                httpPost("/v1/traces", "application/json", QByteArray::fromStdString(request(json::array({ spans[size_t(i)] })).dump())));
            const auto r = client.response();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
        }
        const auto [code, summary] = server.stop();
        QCOMPARE(code, 0);
        QCOMPARE(summary["traces"], 1);
        const json imported = importOf(file.fileName(), dir.filePath(QStringLiteral("file.fapo")));
        const QString diff = sameGraph(summary, imported);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no workspace") << QStringList {} << 2 << QStringLiteral("usage:");
        QTest::newRow("open to the network without a token")
            << QStringList { QStringLiteral("--workspace"), QStringLiteral("W.fapo"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0") }
            << 2 << QStringLiteral("--token");
        QTest::newRow("not a port") << QStringList { QStringLiteral("--workspace"), QStringLiteral("W.fapo"), QStringLiteral("--port"),
                                                     QStringLiteral("70000") }
                                    << 2 << QStringLiteral("--port");
        QTest::newRow("not an address") << QStringList { QStringLiteral("--workspace"), QStringLiteral("W.fapo"), QStringLiteral("--bind"),
                                                         QStringLiteral("localhost:1") }
                                        << 2 << QStringLiteral("--bind");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (QString& a : args)
            if (a == QLatin1String("W.fapo"))
                a = dir.filePath(a);
        const FapoResult r = runFapo(QStringList { QStringLiteral("serve") } + args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void aPortInUseIsAFailure()
    {
        QTemporaryDir dir;
        ServeProcess first;
        QVERIFY(first.start({ QStringLiteral("--workspace"), dir.filePath(QStringLiteral("a.fapo")), QStringLiteral("--port"),
                              QStringLiteral("0"), QStringLiteral("--json") }));
        const FapoResult second = runFapo({ QStringLiteral("serve"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("b.fapo")),
                                            QStringLiteral("--port"), QString::number(first.port) });
        QCOMPARE(second.code, 1);
        QVERIFY2(second.err.contains("cannot listen"), second.err.constData());
        QCOMPARE(first.stop().first, 0);
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
