// The closed sets' names (what files, the workspace, the CLI and JSON hold) and the analysis summary's
// one stored form: every value survives the trip out and back, and text from elsewhere either parses
// exactly or not at all.
#include "core/analysis/summary.h"
#include "core/domain/enums.h"
#include <QtTest>

using namespace fapo;
using nlohmann::json;

namespace {

// Every value of E has a name, and that name parses back to it.
template <typename E> QStringList roundTripFailures()
{
    QStringList failures;
    for (const auto& [value, name] : enumNames(E {})) {
        const QString written = nameOf(value);
        if (written.isEmpty())
            failures << QStringLiteral("a value has no name");
        if (parseName<E>(written) != value)
            failures << QStringLiteral("%1 does not parse back").arg(written);
        if (parseName<E>(std::string_view(stdNameOf(value))) != value)
            failures << QStringLiteral("%1 does not parse back from std::string").arg(written);
    }
    return failures;
}

AnalysisSummary fullSummary()
{
    AnalysisSummary s;
    s.runId = 7;
    s.examples = 35;
    s.failed = 13;
    s.score = 0.629;
    s.steps = { { QStringLiteral("rewrite"), 8, 6, 0.462, 0.8 }, { QStringLiteral("answer"), 13, 5, 0.385, 0.771 } };
    s.edges = { { QStringLiteral("rewrite"), QStringLiteral("retrieve"), 6 } };
    FailureCluster c;
    c.origin = QStringLiteral("rewrite");
    c.failureClass = FailureClass::RetrievalMiss;
    c.fixLevel = FixLevel::Parameter;
    c.label = clusterLabel(c);
    c.exampleIds = { QStringLiteral("q02"), QStringLiteral("q09") };
    s.clusters = { c };
    s.status = RunStatus::Interrupted;
    s.calls = 4;
    s.costUsd = 0.0123;
    s.notes = { QStringLiteral("the critic is not configured") };
    s.methods = { { VerdictMethod::DroppedTerms, 6 }, { VerdictMethod::Format, 5 }, { VerdictMethod::Critic, 2 } };
    return s;
}

} // namespace

class TestDomainValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyValueRoundTrips()
    {
        QStringList failures;
        failures << roundTripFailures<StepKind>() << roundTripFailures<ParseMode>() << roundTripFailures<CheckType>()
                 << roundTripFailures<MetricType>() << roundTripFailures<ProviderType>() << roundTripFailures<RunStatus>()
                 << roundTripFailures<RunKind>() << roundTripFailures<ExampleStatus>() << roundTripFailures<AnalysisStage>()
                 << roundTripFailures<VerdictMethod>() << roundTripFailures<FailureClass>() << roundTripFailures<FixLevel>()
                 << roundTripFailures<ProposalStatus>() << roundTripFailures<DecisionAction>() << roundTripFailures<ApproveMode>()
                 << roundTripFailures<RoundStatus>();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    }

    void namesAsStored_data()
    {
        // The names are a contract (pipeline files, workspace rows, --json): pinned here, not derived.
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("expected");
        QTest::newRow("step kind") << nameOf(StepKind::Retrieve) << QStringLiteral("retrieve");
        QTest::newRow("check") << nameOf(CheckType::MaxChars) << QStringLiteral("max_chars");
        QTest::newRow("metric") << nameOf(MetricType::LlmJudge) << QStringLiteral("llm_judge");
        QTest::newRow("provider") << nameOf(ProviderType::OpenAi) << QStringLiteral("openai");
        QTest::newRow("run status") << nameOf(RunStatus::Interrupted) << QStringLiteral("interrupted");
        QTest::newRow("run kind") << nameOf(RunKind::Eval) << QStringLiteral("eval");
        QTest::newRow("method") << nameOf(VerdictMethod::AnswerSource) << QStringLiteral("answer_source");
        QTest::newRow("class") << nameOf(FailureClass::RetrievalMiss) << QStringLiteral("retrieval_miss");
        QTest::newRow("fix level") << nameOf(FixLevel::Structure) << QStringLiteral("structure");
        QTest::newRow("proposal") << nameOf(ProposalStatus::Accepted) << QStringLiteral("accepted");
        QTest::newRow("decision") << nameOf(DecisionAction::Undone) << QStringLiteral("undone");
        QTest::newRow("approve") << nameOf(ApproveMode::None) << QStringLiteral("none");
        QTest::newRow("round") << nameOf(RoundStatus::Budget) << QStringLiteral("budget");
        QTest::newRow("list") << allNames<ParseMode>() << QStringLiteral("text, json");
    }
    void namesAsStored()
    {
        QFETCH(QString, written);
        QFETCH(QString, expected);
        QCOMPARE(written, expected);
    }

    void otherTextDoesNotParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << QStringLiteral("LLM");
        QTest::newRow("padded") << QStringLiteral(" llm");
        QTest::newRow("prefix") << QStringLiteral("ll");
        QTest::newRow("longer") << QStringLiteral("llms");
        QTest::newRow("another set's name") << QStringLiteral("done");
        QTest::newRow("NUL inside") << QString::fromUtf16(u"llm\0x", 5);
    }
    void otherTextDoesNotParse()
    {
        QFETCH(QString, text);
        QVERIFY(!parseName<StepKind>(text));
        QVERIFY(!parseName<StepKind>(std::string_view(text.toStdString())));
    }

    void summaryRoundTrips()
    {
        const AnalysisSummary s = fullSummary();
        const json doc = summaryToJson(s);
        const AnalysisSummary back = summaryFromJson(json::parse(doc.dump()));
        QCOMPARE(summaryToJson(back), doc);
        QCOMPARE(back.steps.size(), size_t(2));
        QCOMPARE(back.steps[0].stepId, QStringLiteral("rewrite"));
        QCOMPARE(back.steps[0].origin, 6);
        QCOMPARE(back.clusters.front().failureClass, FailureClass::RetrievalMiss);
        QCOMPARE(back.clusters.front().fixLevel, FixLevel::Parameter);
        QCOMPARE(back.clusters.front().exampleIds, s.clusters.front().exampleIds);
        QCOMPARE(back.status, RunStatus::Interrupted);
        QCOMPARE(back.methods.at(VerdictMethod::DroppedTerms), 6);
        QCOMPARE(back.notes, s.notes);
        // Stored as the names users read in `fapo analyze --json`.
        QCOMPARE(doc["clusters"][0]["class"], json("retrieval_miss"));
        QCOMPARE(doc["methods"]["dropped_terms"], json(6));
        QVERIFY(!doc.contains("examples")); // per-example rows live in analysis_verdicts
    }

    void reportAddsExamplesAndId()
    {
        const AnalysisSummary s = fullSummary();
        std::vector<ExampleResult> results(2);
        results[0].exampleId = QStringLiteral("q01");
        results[0].status = ExampleStatus::Passed;
        results[1].exampleId = QStringLiteral("q02");
        Verdict v;
        v.exampleId = QStringLiteral("q02");
        v.origin = QStringLiteral("rewrite");
        v.method = VerdictMethod::DroppedTerms;
        v.failureClass = FailureClass::RetrievalMiss;
        const json report = analysisJson(s, results, { v }, 42);
        QCOMPARE(report["analysis_id"], json(42));
        QCOMPARE(report["examples"].size(), size_t(2));
        QVERIFY(report["examples"][0]["origin"].is_null());
        QCOMPARE(report["examples"][1]["method"], json("dropped_terms"));
        QCOMPARE(report["steps"], summaryToJson(s)["steps"]);
    }

    void damagedSummaryKeepsDefaults_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("wrong types") << QByteArray(R"({"run_id": "7", "steps": {"a": 1}, "edges": "x", "clusters": [1, "a", null],
            "notes": [3, "kept"], "methods": [], "status": 4, "score": "high"})");
        QTest::newRow("wrong field types in rows") << QByteArray(R"({"steps": [{"id": 5, "failed": "2", "blame": null}],
            "clusters": [{"class": "gremlins", "fix_level": 3, "example_ids": ["q1", 2]}]})");
        QTest::newRow("names from another version") << QByteArray(R"({"status": "paused", "methods": {"oracle": 3, "gold": 2}})");
    }
    void damagedSummaryKeepsDefaults()
    {
        QFETCH(QByteArray, doc);
        AnalysisSummary s;
        try {
            s = summaryFromJson(json::parse(doc.toStdString()));
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QCOMPARE(s.runId, qint64(0));
        QCOMPARE(s.score, 0.0);
        QCOMPARE(s.status, RunStatus::Done);
        for (const StepBlame& b : s.steps)
            QVERIFY(b.stepId.isEmpty() && b.failed == 0 && b.blame == 0.0);
        for (const FailureCluster& c : s.clusters) {
            QCOMPARE(c.failureClass, FailureClass::Unknown);
            QCOMPARE(c.fixLevel, FixLevel::Prompt);
            QCOMPARE(c.exampleIds, QStringList { QStringLiteral("q1") });
        }
        QVERIFY(!s.methods.count(VerdictMethod::Fallback));
        if (doc.contains("oracle")) {
            QCOMPARE(s.methods.size(), size_t(1)); // the unknown method is left out, the known one kept
            QCOMPARE(s.methods.at(VerdictMethod::Gold), 2);
        }
        if (doc.contains("kept"))
            QCOMPARE(s.notes, QStringList { QStringLiteral("kept") });
    }
};

QTEST_GUILESS_MAIN(TestDomainValues)
#include "tst_domainvalues.moc"
