// How one failure's story is told: the reasons derived in core from a verdict and its evidence (the rule
// and what it matched, the replay, the critic), what the analysis saw at a step, the expected answer
// beside the actual one, and the inspector's Evidence tab and answer pane that show them.
#include "core/analysis/verdictreason.h"
#include "core/eval/answercomparison.h"
#include "core/translations.h"
#include "widgets/inspector/answerpane.h"
#include "widgets/inspector/evidencepane.h"
#include "widgets/inspector/plaintextview.h"
#include "widgets/inspector/stepinspector.h"
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using nlohmann::json;
using namespace fapo;

Q_DECLARE_METATYPE(nlohmann::json)

namespace {

// The evidence of one example as the analyzer stores it: {"steps": ExampleEvidence::toJson()} plus the
// verdict's own keys.
json evidenceWith(const json& steps, const json& extra = json::object(), const json& example = json::object())
{
    json ev = extra;
    json collected = example;
    collected["steps"] = steps;
    ev["steps"] = collected;
    return ev;
}

Verdict verdict(VerdictMethod method, const QString& origin, const json& evidence)
{
    Verdict v;
    v.exampleId = QStringLiteral("q05");
    v.origin = origin;
    v.method = method;
    v.failureClass = FailureClass::RetrievalMiss;
    v.confidence = 0.9;
    v.path = { QStringLiteral("rewrite"), QStringLiteral("retrieve"), QStringLiteral("answer") };
    v.evidence = evidence;
    return v;
}

Step llmStep(const QString& id)
{
    Step s;
    s.id = id;
    s.kind = StepKind::Llm;
    s.prompt = QStringLiteral("Question: {{input.question}}");
    s.parse = ParseMode::Json;
    return s;
}

Pipeline answerPipeline()
{
    Pipeline p;
    p.output = QStringLiteral("answer");
    Metric em;
    em.name = QStringLiteral("em");
    em.type = MetricType::ExactMatch;
    em.output = QStringLiteral("answer");
    em.expected = QStringLiteral("answer");
    em.gate = true;
    Metric f1 = em;
    f1.name = QStringLiteral("f1");
    f1.type = MetricType::F1;
    f1.gate = false;
    f1.threshold = 0.5;
    Metric numeric = em;
    numeric.name = QStringLiteral("year");
    numeric.type = MetricType::Numeric;
    numeric.gate = false;
    p.metrics = { em, f1, numeric };
    return p;
}

Example answerExample()
{
    Example e;
    e.id = QStringLiteral("q04");
    e.input = { { "question", "In what year was the founder of Crimsby Ironworks born?" } };
    e.expected = { { "answer", json::array({ "1872", "in 1872" }) } };
    return e;
}

StepRecord answerRecord(const QString& text)
{
    StepRecord r;
    r.exampleId = QStringLiteral("q04");
    r.stepId = QStringLiteral("answer");
    r.kind = StepKind::Llm;
    r.output = QStringLiteral("{\"answer\": \"%1\"}").arg(text);
    r.parsed = { { "answer", text.toStdString() } };
    r.passed = true;
    return r;
}

ExampleResult answerResult()
{
    ExampleResult r;
    r.exampleId = QStringLiteral("q04");
    r.status = ExampleStatus::Failed;
    r.metrics = json::array({ { { "name", "em" }, { "score", 0.0 }, { "passed", false }, { "detail", "no match" } },
                              { { "name", "f1" }, { "score", 0.5 }, { "passed", true }, { "detail", "token F1 0.5" } } });
    return r;
}

} // namespace

class TestFailureStory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(*QCoreApplication::instance());
    }

    // Each way of deciding an origin says what decided it, in words built from its evidence.
    void reasons_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<json>("evidence");
        QTest::addColumn<QStringList>("expected"); // each must appear in some reason, in order of the reasons

        const json goldMiss
            = { { "rewrite", { { "ran", true }, { "gold", { { "passed", false }, { "detail", "does not contain \"Vasko\"" } } } } } };
        QTest::addRow("step gold") << int(VerdictMethod::Gold) << QStringLiteral("rewrite")
                                   << evidenceWith(goldMiss, { { "seen_at", "rewrite" } })
                                   << QStringList { QStringLiteral("“rewrite” does not meet its step gold: does not contain \"Vasko\".") };
        const json checkFail = { { "retrieve", { { "ran", true }, { "failed_checks", json::array({ "min_results: 0 of 1" }) } } } };
        QTest::addRow("check, blame passed upstream")
            << int(VerdictMethod::Check) << QStringLiteral("rewrite") << evidenceWith(checkFail, { { "seen_at", "retrieve" } })
            << QStringList { QStringLiteral("“retrieve” failed its own checks: min_results: 0 of 1."),
                             QStringLiteral("“retrieve” runs no model, so the blame passes to “rewrite”") };
        QTest::addRow("dropped names") << int(VerdictMethod::DroppedTerms) << QStringLiteral("rewrite")
                                       << evidenceWith(json::object(),
                                                       { { "seen_at", "rewrite" }, { "terms_dropped", json::array({ "Orlin", "Vasko" }) } })
                                       << QStringList { QStringLiteral("“rewrite” wrote a search query without “Orlin” and “Vasko”") };
        QTest::addRow("right answer, wrong form")
            << int(VerdictMethod::Format) << QStringLiteral("answer")
            << evidenceWith(json::object(), { { "seen_at", "answer" } }, { { "metric", "\"born in 1872\" does not match \"1872\"" } })
            << QStringList { QStringLiteral("the metric fails on its form: \"born in 1872\" does not match \"1872\".") };
        QTest::addRow("answer lost") << int(VerdictMethod::AnswerLost) << QStringLiteral("extract")
                                     << evidenceWith(json::object(), { { "seen_at", "answer" } },
                                                     { { "answers", json::array({ "Tessel" }) } })
                                     << QStringList { QStringLiteral("“extract” received the expected answer (“Tessel”) in its input") };
        QTest::addRow("replay overrules the rules")
            << int(VerdictMethod::Replay) << QStringLiteral("rewrite")
            << evidenceWith(json::object(),
                            { { "seen_at", "answer" },
                              { "replayed_step", "retrieve" },
                              { "replay_run_id", 7 },
                              { "rules", { { "origin", "answer" }, { "method", "fallback" }, { "explanation", "x" } } } })
            << QStringList { QStringLiteral("Replacing the output of “retrieve” with a repaired one and running only the steps after it "
                                            "makes this example pass (replay run 7)"),
                             QStringLiteral("“retrieve” runs no model, so the blame passes to “rewrite”"),
                             QStringLiteral("The rules alone had put the origin at “answer” (first failing step).") };
        QTest::addRow("critic agrees with the rules")
            << int(VerdictMethod::Critic) << QStringLiteral("extract")
            << evidenceWith(json::object(),
                            { { "critic", { { "origin_step", "extract" }, { "confidence", 0.7 }, { "explanation", "<b>bold</b>" } } },
                              { "rules", { { "origin", "extract" }, { "method", "answer_source" } } } })
            << QStringList { QStringLiteral(
                                 "The critic model read the example's records and put the origin at “extract”, with confidence 0.90."),
                             QStringLiteral("The rules had found the same step (where passing examples find the answer).") };
        QTest::addRow("critic's reply rejected")
            << int(VerdictMethod::Fallback) << QStringLiteral("answer")
            << evidenceWith(json::object(), { { "seen_at", "answer" }, { "critic_rejected", "\"nowhere\" is not a step" } })
            << QStringList { QStringLiteral("No rule applies: the failure is put at the first step that failed or did not run, “answer”."),
                             QStringLiteral("its reply was not used: \"nowhere\" is not a step") };
    }

    void reasons()
    {
        QFETCH(int, method);
        QFETCH(QString, origin);
        QFETCH(json, evidence);
        QFETCH(QStringList, expected);
        const QStringList reasons = verdictReasons(verdict(VerdictMethod(method), origin, evidence));
        QCOMPARE(reasons.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(reasons[i].contains(expected[i]), qPrintable(reasons[i] + QStringLiteral(" | wanted: ") + expected[i]));
    }

    void criticWordsAreKeptApart()
    {
        const json ev
            = evidenceWith(json::object(), { { "critic", { { "origin_step", "extract" }, { "explanation", "<b>bold</b> claim" } } } });
        QCOMPARE(criticExplanation(verdict(VerdictMethod::Critic, QStringLiteral("extract"), ev)), QStringLiteral("<b>bold</b> claim"));
        // A verdict the critic did not decide has none, even when its evidence holds an old reply.
        QVERIFY(criticExplanation(verdict(VerdictMethod::Replay, QStringLiteral("extract"), ev)).isEmpty());
    }

    // What the analysis saw at one step, each fact marked for or against the step.
    void stepFacts_data()
    {
        QTest::addColumn<json>("step");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("tones"); // 1 for, 0 against, -1 neither
        QTest::addRow("retrieval missed its gold")
            << json { { "ran", true },
                      { "gold", { { "passed", false }, { "detail", "missing d17" } } },
                      { "answer_in_input", false },
                      { "answer_in_output", false },
                      { "input_shares", { { "rewrite", 0.25 }, { "input.question", 0.75 } } } }
            << QStringList { QStringLiteral("Ran and produced an output."), QStringLiteral("Misses its step gold: missing d17"),
                             QStringLiteral("The expected answer is not in its input."),
                             QStringLiteral("The expected answer is not in its output."),
                             QStringLiteral("Its input came from: input.question 75%, rewrite 25%") }
            << QList<int> { -1, 0, -1, -1, -1 };
        QTest::addRow("answer lost") << json { { "ran", true }, { "answer_in_input", true }, { "answer_in_output", false } }
                                     << QStringList { QStringLiteral("Ran and produced an output."),
                                                      QStringLiteral("The expected answer is in its input."),
                                                      QStringLiteral("The expected answer is not in its output.") }
                                     << QList<int> { -1, -1, 0 };
        QTest::addRow("not run") << json { { "ran", false }, { "not_run", true } }
                                 << QStringList { QStringLiteral("Did not run: a step before it failed.") } << QList<int> { 0 };
        QTest::addRow("dropped names, failed check")
            << json { { "ran", true },
                      { "failed_checks", json::array({ "max_chars: 900 > 400" }) },
                      { "terms_dropped", json::array({ "Vasko" }) } }
            << QStringList { QStringLiteral("Ran and produced an output."), QStringLiteral("Failed checks: max_chars: 900 > 400"),
                             QStringLiteral("Names and numbers of the question missing from its output: “Vasko”") }
            << QList<int> { -1, 0, 0 };
    }

    void stepFacts()
    {
        QFETCH(json, step);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, tones);
        const Verdict v = verdict(VerdictMethod::Gold, QStringLiteral("rewrite"), evidenceWith({ { "retrieve", step } }));
        const std::vector<EvidenceFact> facts = stepEvidenceFacts(v, QStringLiteral("retrieve"));
        QStringList gotTexts;
        QList<int> gotTones;
        for (const EvidenceFact& f : facts) {
            gotTexts << f.text;
            gotTones << (f.good ? int(*f.good) : -1);
        }
        QCOMPARE(gotTexts, texts);
        QCOMPARE(gotTones, tones);
        QVERIFY(stepEvidenceFacts(v, QStringLiteral("extract")).empty()); // nothing recorded there
    }

    // The expected answer beside what each metric read from the output, with the run's own scores.
    void answerComparison()
    {
        const Pipeline p = answerPipeline();
        const StepRecord record = answerRecord(QStringLiteral("born in 1872"));
        const std::vector<MetricComparison> c = compareAnswer(p, answerExample(), answerResult(), &record);
        QCOMPARE(c.size(), size_t(3));
        QCOMPARE(c[0].name, QStringLiteral("em"));
        QVERIFY(c[0].gate);
        QVERIFY(!c[1].gate);
        QCOMPARE(c[0].expected, (QStringList { QStringLiteral("1872"), QStringLiteral("in 1872") }));
        QCOMPARE(c[0].actual, std::optional<QString>(QStringLiteral("born in 1872")));
        QCOMPARE(c[0].score, std::optional<double>(0.0));
        QVERIFY(!c[0].passed);
        QCOMPARE(c[0].detail, QStringLiteral("no match"));
        QCOMPARE(c[1].score, std::optional<double>(0.5));
        QVERIFY(c[1].passed);
        QVERIFY(!c[2].score); // the run stored no result for it

        // The output step did not run (or failed): nothing was read, and it says why.
        StepRecord failed = record;
        failed.error = QStringLiteral("overloaded_error (HTTP 529)");
        const std::vector<MetricComparison> broken = compareAnswer(p, answerExample(), answerResult(), &failed);
        QVERIFY(!broken[0].actual);
        QCOMPARE(broken[0].actualError, failed.error);
        QVERIFY(!compareAnswer(p, answerExample(), answerResult(), nullptr)[0].actual);
        // No reference for the metric: said, not guessed.
        Example noExpected = answerExample();
        noExpected.expected = json();
        const std::vector<MetricComparison> none = compareAnswer(p, noExpected, answerResult(), &record);
        QVERIFY(none[0].expected.isEmpty());
        QVERIFY(!none[0].expectedError.isEmpty());
    }

    // The inspector's Evidence tab on a step that carried the failure: the headline, the path with a
    // button per step, the reasons and what the analysis saw there; the critic's words as plain text.
    void evidenceTab()
    {
        const json steps = { { "retrieve", { { "ran", true }, { "gold", { { "passed", false }, { "detail", "missing d17" } } } } } };
        Verdict v = verdict(
            VerdictMethod::Critic, QStringLiteral("rewrite"),
            evidenceWith(steps, { { "critic", { { "origin_step", "rewrite" }, { "explanation", "<i>dropped</i> the name" } } } }));
        ExampleOutcome outcome;
        outcome.verdict = { FailureRole::Carried, QStringLiteral("rewrite"), VerdictMethod::Critic, FailureClass::RetrievalMiss };
        outcome.failed = true;
        outcome.analysis = v;

        StepInspector inspector;
        inspector.resize(640, 700);
        inspector.show();
        Example ex;
        ex.id = QStringLiteral("q05");
        Step retrieve;
        retrieve.id = QStringLiteral("retrieve");
        retrieve.kind = StepKind::Retrieve;
        retrieve.query = QStringLiteral("{{rewrite}}");
        inspector.showStep(retrieve, ex, {}, outcome);
        EvidencePane* pane = inspector.evidencePane();
        QVERIFY(inspector.tabs()->isTabEnabled(StepInspector::EvidenceTab));
        QCOMPARE(pane->headline(),
                 QStringLiteral("The failure of q05 starts at “rewrite” and passes through “retrieve” on its way to the output."));
        QCOMPARE(pane->pathSteps(), (QStringList { QStringLiteral("rewrite"), QStringLiteral("retrieve"), QStringLiteral("answer") }));
        QCOMPARE(pane->reasons().size(), 1);
        QVERIFY(pane->reasons().first().startsWith(QLatin1String("The critic model read the example's records")));
        QCOMPARE(pane->criticText(), QStringLiteral("<i>dropped</i> the name")); // literally, never as markup
        QVERIFY(pane->stepFacts().contains(QStringLiteral("Misses its step gold: missing d17")));
        for (QLabel* label : pane->findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);

        // A step on the path is one click away.
        QSignalSpy requested(&inspector, &StepInspector::stepRequested);
        const auto buttons = pane->findChildren<QToolButton*>(QStringLiteral("pathStep"));
        QCOMPARE(buttons.size(), 3);
        QVERIFY(buttons[1]->isChecked()); // the step on show
        buttons[0]->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("rewrite"));

        // The origin itself; then a failure not yet analysed; then a passing example (nothing to explain).
        outcome.verdict.role = FailureRole::Origin;
        Step rewrite = llmStep(QStringLiteral("rewrite"));
        inspector.showStep(rewrite, ex, {}, outcome);
        QCOMPARE(pane->headline(), QStringLiteral("The failure of q05 starts here, at “rewrite”."));
        outcome.analysis.reset();
        inspector.showStep(rewrite, ex, {}, outcome);
        QVERIFY(pane->reasons().first().startsWith(QLatin1String("No analysis of this run yet")));
        QCOMPARE(pane->pathSteps(), QStringList { QStringLiteral("rewrite") });
        inspector.showStep(rewrite, ex, {}, ExampleOutcome {});
        QVERIFY(!inspector.tabs()->isTabEnabled(StepInspector::EvidenceTab));
        QCOMPARE(pane->headline(), QStringLiteral("q05 passed: there is no failure to explain."));
        QVERIFY(pane->pathSteps().isEmpty());
    }

    // The output step's Output tab: expected beside actual for each metric, with its result.
    void answerPane()
    {
        const Pipeline p = answerPipeline();
        const StepRecord record = answerRecord(QStringLiteral("born in 1872"));
        ExampleOutcome outcome;
        outcome.failed = true;
        outcome.verdict = { FailureRole::Origin, QStringLiteral("answer"), VerdictMethod::Format, FailureClass::Format };
        outcome.answer = compareAnswer(p, answerExample(), answerResult(), &record);
        StepInspector inspector;
        inspector.resize(640, 700);
        inspector.show();
        inspector.showStep(llmStep(QStringLiteral("answer")), answerExample(), { { QStringLiteral("answer"), record } }, outcome);
        AnswerPane* pane = inspector.answerPane();
        QVERIFY(!pane->isHidden()); // on the Output tab
        QCOMPARE(pane->expectedTexts(),
                 (QStringList { QStringLiteral("1872\nin 1872"), QStringLiteral("1872\nin 1872"), QStringLiteral("1872\nin 1872") }));
        QCOMPARE(pane->actualTexts().first(), QStringLiteral("born in 1872"));
        QCOMPARE(pane->resultTexts(),
                 (QStringList { QStringLiteral("✗ failed (0.00)"), QStringLiteral("✓ passed (0.50)"), QStringLiteral("not scored") }));
        // Any other step: no answer pane.
        outcome.answer.clear();
        inspector.showStep(llmStep(QStringLiteral("extract")), answerExample(), {}, outcome);
        QVERIFY(pane->isHidden());
    }
};

QTEST_MAIN(TestFailureStory)
#include "tst_failurestory.moc"
