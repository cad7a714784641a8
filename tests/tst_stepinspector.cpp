// The step inspector: rendered prompts with their substitutions marked, plain-text output, errors,
// checks, retrieval passages against gold ids, and the empty state.
#include "widgets/inspector/passagesview.h"
#include "widgets/inspector/plaintextview.h"
#include "widgets/inspector/stepinspector.h"
#include "widgets/appearance.h"
#include "core/translations.h"
#include "models/jsontreemodel.h"
#include "core/run/stepinputs.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

using nlohmann::json;
using namespace fapo;
using Spans = QList<QPair<int, int>>;

namespace {

const QString Question = QStringLiteral("Which river runs through the town where Orlin Vasko was born?");

Step llmStep(const QString& id, const QString& system, const QString& prompt, ParseMode parse = ParseMode::Text)
{
    Step s;
    s.id = id;
    s.kind = StepKind::Llm;
    s.system = system;
    s.prompt = prompt;
    s.parse = parse;
    return s;
}

Step retrieveStep(const QString& id, const QString& query)
{
    Step s;
    s.id = id;
    s.kind = StepKind::Retrieve;
    s.query = query;
    s.topK = 3;
    return s;
}

Step rewriteStep()
{
    return llmStep(QStringLiteral("rewrite"), QStringLiteral("You write keyword search queries for an encyclopedia search engine."),
                   QStringLiteral("Question: {{input.question}}\nWrite a short keyword search query for the first thing "
                                  "this question needs to look up. Reply with the query only."));
}

Step extractStep()
{
    Step s = llmStep(QStringLiteral("extract"), QStringLiteral("You read encyclopedia passages and pull out the facts a question needs."),
                     QStringLiteral("Passages:\n{{retrieve}}\n\nQuestion: {{input.question}}\nFind the entity that links the "
                                    "question to its answer and the facts about it. Reply with JSON {\"facts\": [string], "
                                    "\"entity\": string}."),
                     ParseMode::Json);
    s.checks.push_back(Check { CheckType::JsonValid });
    return s;
}

Example example(const QString& id = QStringLiteral("q01"))
{
    Example e;
    e.id = id;
    e.input = { { "question", Question.toStdString() } };
    e.expected = { { "answer", "Tessel" } };
    e.stepExpected = json::parse("{\"retrieve\": {\"ids_include\": [\"d1\", \"d9\"]}, \"extract\": {\"contains\": \"Brask\"}}");
    return e;
}

json passages()
{
    return json::parse("[{\"id\": \"d1\", \"title\": \"Orlin Vasko\", \"text\": \"Orlin Vasko (born 1871) was a "
                       "painter known for his winter "
                       "harbour scenes. He was born in Brask. He studied at the academy in Vellory and exhibited "
                       "widely.\", \"score\": 7.412},"
                       " {\"id\": \"d4\", \"title\": \"Vellory Academy\", \"text\": \"The Vellory Academy of Fine Arts "
                       "was founded in 1820. "
                       "Its students included Orlin Vasko and Mette Ansgar.\", \"score\": 3.208},"
                       " {\"id\": \"d7\", \"title\": \"Winter harbour painting\", \"text\": \"Winter harbour scenes "
                       "were a popular genre of "
                       "northern painting in the late nineteenth century.\", \"score\": 1.954}]");
}

// Records as the runner makes them: the prompt is the template rendered with the upstream records.
StepRecord llmRecord(const Step& step, const Example& ex, const std::map<QString, StepRecord>& done, const QString& output)
{
    const StepInputs inputs(ex, done);
    StepRecord r;
    r.runId = 1;
    r.exampleId = ex.id;
    r.stepId = step.id;
    r.kind = step.kind;
    r.system = inputs.render(step.system).text;
    r.prompt = inputs.render(step.prompt).text;
    r.output = output;
    r.startedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC);
    r.durationMs = 812;
    r.inputTokens = 1234;
    r.outputTokens = 56;
    r.costUsd = 0.00123;
    r.model = QStringLiteral("claude-haiku-4-5");
    r.called = true;
    r.requestId = QStringLiteral("req_011CT8xqJ9gk2m4tWzQe7Fsa");
    r.checks = json::array();
    return r;
}

StepRecord retrieveRecord(const Step& step, const Example& ex, const std::map<QString, StepRecord>& done, const json& found)
{
    StepRecord r;
    r.exampleId = ex.id;
    r.stepId = step.id;
    r.kind = StepKind::Retrieve;
    r.prompt = StepInputs(ex, done).render(step.query).text;
    QStringList lines;
    int rank = 0;
    for (const json& p : found)
        lines << QStringLiteral("[%1] %2: %3").arg(++rank).arg(jsonAsText(p["title"]), jsonAsText(p["text"]));
    r.output = lines.join(QLatin1Char('\n'));
    r.parsed = found;
    r.durationMs = 3;
    return r;
}

// The upstream records of example q01 through `extract`.
std::map<QString, StepRecord> records(const Example& ex)
{
    std::map<QString, StepRecord> done;
    done[QStringLiteral("rewrite")] = llmRecord(rewriteStep(), ex, done, QStringLiteral("Orlin Vasko born"));
    done[QStringLiteral("retrieve")]
        = retrieveRecord(retrieveStep(QStringLiteral("retrieve"), QStringLiteral("{{rewrite}}")), ex, done, passages());
    StepRecord extract
        = llmRecord(extractStep(), ex, done, QStringLiteral("{\"facts\": [\"Orlin Vasko was born in Brask.\"], \"entity\": \"Brask\"}"));
    extract.parsed = json::parse(extract.output.toStdString());
    extract.checks = json::parse("[{\"type\": \"json_valid\", \"passed\": true, \"detail\": \"\"}]");
    done[QStringLiteral("extract")] = extract;
    return done;
}

PlainTextView* view(const StepInspector& inspector, const char* name)
{
    return inspector.findChild<PlainTextView*>(QString::fromLatin1(name));
}

QList<QPair<int, int>> sorted(QList<QPair<int, int>> spans)
{
    std::sort(spans.begin(), spans.end());
    return spans;
}

// Draws the widget as a person would see it (pictures for people: tools/gallery.cpp).
void draw(QWidget& widget)
{
    QCoreApplication::processEvents(); // pending layout requests, as the event loop would
    QVERIFY(!widget.grab().isNull());
}

} // namespace

class TestStepInspector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_translations()
    {
        // The English catalogue supplies plural forms ("%n key(s)" -> "2 keys"), as in the app.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        fapo::installTranslations(*QCoreApplication::instance());
    }
    void emptyByDefault();
    void llmPromptMarksSubstitutions();
    void fieldReferenceMarked();
    void changedTemplateIsNotMarked();
    void htmlIsShownLiterally();
    void errorIsShown();
    void verdictIsShown_data();
    void verdictIsShown();
    void failedCheckIsShown();
    void retrievePassagesMarkGold();
    void retrieveWithoutGold();
    void notRunShowsPreview();
    void commandShowsStdin();
    void parsedTabFollowsValue();
    void copyButtons();
    void legendRequestsUpstreamStep();
    void clearShowsEmptyState();
    void followsPaletteChanges();
};

void TestStepInspector::emptyByDefault()
{
    StepInspector inspector;
    QVERIFY(inspector.isEmpty());
    QCOMPARE(inspector.emptyStateText(), QStringLiteral("Select an example and a step to inspect it."));
}

void TestStepInspector::llmPromptMarksSubstitutions()
{
    const Example ex = example();
    const auto done = records(ex);
    const StepRecord& record = done.at(QStringLiteral("extract"));
    StepInspector inspector;
    inspector.showStep(extractStep(), ex, done);
    QVERIFY(!inspector.isEmpty());
    QCOMPARE(inspector.stepId(), QStringLiteral("extract"));
    QCOMPARE(inspector.statusText(), QStringLiteral("Passed"));
    QCOMPARE(inspector.renderedPromptText(), record.prompt);
    QCOMPARE(inspector.renderedSystemText(), record.system);
    QVERIFY(inspector.substitutionsMarked());

    // The marked spans are exactly the substituted values, found independently in the recorded prompt.
    const QString retrieved = done.at(QStringLiteral("retrieve")).output;
    const int at = int(record.prompt.indexOf(retrieved));
    const int q = int(record.prompt.indexOf(Question));
    QVERIFY(at > 0 && q > at);
    QCOMPARE(sorted(inspector.highlightedPromptSpans()),
             sorted({ qMakePair(at, int(retrieved.size())), qMakePair(q, int(Question.size())) }));
    QCOMPARE(inspector.promptSpanReferences(), QStringList({ QStringLiteral("retrieve"), QStringLiteral("input.question") }));
    const auto spans = inspector.highlightedPromptSpans();
    QCOMPARE(record.prompt.mid(spans[0].first, spans[0].second), retrieved);
    QCOMPARE(record.prompt.mid(spans[1].first, spans[1].second), Question);
    QVERIFY(inspector.highlightedSystemSpans().isEmpty());

    // The view really tints those characters (extra selections over the same text).
    PlainTextView* prompt = view(inspector, "renderedPrompt");
    QVERIFY(prompt);
    QCOMPARE(prompt->toPlainText(), record.prompt);
    const auto selections = prompt->extraSelections();
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections[0].cursor.selectedText(), retrieved.split(QLatin1Char('\n')).join(QChar(QChar::ParagraphSeparator)));
    QCOMPARE(selections[1].cursor.selectedText(), Question);
    QCOMPARE(prompt->labelAt(q + 3), QStringLiteral("input.question"));
    QCOMPARE(prompt->labelAt(0), QString());

    // Hovering a substituted part names its reference (escaped rich text).
    inspector.resize(700, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QTextCursor cursor(prompt->document());
    cursor.setPosition(q + 3);
    const QPoint pos = prompt->cursorRect(cursor).center();
    QHelpEvent help(QEvent::ToolTip, pos, prompt->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(prompt->viewport(), &help);
    QVERIFY(QToolTip::text().contains(QStringLiteral("input.question")));
    QToolTip::hideText();

    // The template tab marks the {{references}} as written.
    const QString tmpl = extractStep().prompt;
    QCOMPARE(inspector.templateText(), tmpl);
    const int r1 = int(tmpl.indexOf(QStringLiteral("{{retrieve}}")));
    const int r2 = int(tmpl.indexOf(QStringLiteral("{{input.question}}")));
    QCOMPARE(inspector.templateReferenceSpans(), (Spans { qMakePair(r1, 12), qMakePair(r2, 18) }));

    // Header facts.
    QCOMPARE(inspector.findChild<QLabel*>(QStringLiteral("modelValue"))->text(), QStringLiteral("claude-haiku-4-5"));
    QCOMPARE(inspector.findChild<QLabel*>(QStringLiteral("latencyValue"))->text(), QStringLiteral("812 ms"));
    QCOMPARE(inspector.findChild<QLabel*>(QStringLiteral("costValue"))->text(), QStringLiteral("$0.0012"));
    QCOMPARE(inspector.findChild<QLabel*>(QStringLiteral("tokensValue"))->text(), QStringLiteral("1,234 / 56"));
    QCOMPARE(inspector.findChild<QLabel*>(QStringLiteral("requestIdValue"))->text(), QStringLiteral("req_011CT8xqJ9gk2m4tWzQe7Fsa"));
    QVERIFY(!inspector.tabs()->isTabVisible(StepInspector::PassagesTab));
}

void TestStepInspector::fieldReferenceMarked()
{
    const Example ex = example();
    auto done = records(ex);
    const Step lookup = retrieveStep(QStringLiteral("lookup"), QStringLiteral("{{extract.entity}} river"));
    done[QStringLiteral("lookup")] = retrieveRecord(lookup, ex, done, json::array());
    StepInspector inspector;
    inspector.showStep(lookup, ex, done);
    QCOMPARE(inspector.renderedPromptText(), QStringLiteral("Brask river"));
    QCOMPARE(inspector.highlightedPromptSpans(), (Spans { qMakePair(0, 5) }));
    QCOMPARE(inspector.promptSpanReferences(), QStringList({ QStringLiteral("extract.entity") }));
    QVERIFY(inspector.tabs()->isTabVisible(StepInspector::PassagesTab));
    QCOMPARE(inspector.passagesView()->passageCount(), 0);
}

void TestStepInspector::changedTemplateIsNotMarked()
{
    const Example ex = example();
    auto done = records(ex);
    done[QStringLiteral("extract")].prompt = QStringLiteral("An older prompt: ") + Question;
    StepInspector inspector;
    inspector.showStep(extractStep(), ex, done);
    // The recorded text is the truth; nothing is marked when the template no longer reproduces it.
    QCOMPARE(inspector.renderedPromptText(), QStringLiteral("An older prompt: ") + Question);
    QVERIFY(!inspector.substitutionsMarked());
    QVERIFY(inspector.highlightedPromptSpans().isEmpty());
    auto* notice = inspector.findChild<QLabel*>(QStringLiteral("promptNotice"));
    QVERIFY(!notice->isHidden());
    QVERIFY(notice->text().contains(QStringLiteral("not marked")));
}

void TestStepInspector::htmlIsShownLiterally()
{
    const QString html = QStringLiteral("<b>bold</b><script>alert(1)</script>");
    const Example ex = example(QStringLiteral("<i>q99</i>"));
    auto done = records(ex);
    StepRecord& record = done[QStringLiteral("extract")];
    record.output = html;
    record.parsed = json { { "answer", html.toStdString() } };
    record.error = QStringLiteral("bad JSON near <b>here</b> &amp;");
    record.model = QStringLiteral("<u>model</u>");
    record.passed = false;
    record.checks = json::array({ { { "type", "json_valid" }, { "passed", false }, { "detail", html.toStdString() } } });
    StepInspector inspector;
    inspector.resize(700, 600);
    inspector.show();
    inspector.showStep(extractStep(), ex, done);

    QCOMPARE(inspector.outputText(), html);
    QCOMPARE(view(inspector, "outputText")->toPlainText(), html);
    QCOMPARE(inspector.errorText(), record.error);
    QCOMPARE(view(inspector, "errorText")->toPlainText(), record.error);
    QCOMPARE(inspector.findChild<QLabel*>(QStringLiteral("modelValue"))->text(), record.model);
    QVERIFY(inspector.findChild<QLabel*>(QStringLiteral("exampleLabel"))->text().contains(ex.id));
    QCOMPARE(inspector.checksList()->topLevelItem(0)->text(2), html);
    const QModelIndex answer = inspector.parsedModel()->index(0, JsonTreeModel::ValueColumn);
    QCOMPARE(answer.data().toString(), html);

    // No widget interprets trace text as markup: every label is plain text, and there is no rich text editor.
    const auto labels = inspector.findChildren<QLabel*>();
    QVERIFY(!labels.isEmpty());
    for (QLabel* label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    QVERIFY(inspector.findChildren<QTextEdit*>().isEmpty());
    for (QPlainTextEdit* edit : inspector.findChildren<QPlainTextEdit*>())
        QVERIFY(edit->isReadOnly());
}

// The header says what the step had to do with the example's failure, not a bare "Passed".
void TestStepInspector::verdictIsShown_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("analysed");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("verdict"); // empty: no verdict chip
    QTest::addColumn<QString>("tip");
    QTest::addRow("passing example") << int(FailureRole::Passed) << true << QStringLiteral("Passed") << QString() << QString();
    QTest::addRow("origin, analysed") << int(FailureRole::Origin) << true << QStringLiteral("Own checks passed")
                                      << QStringLiteral("Failure starts here: right answer, wrong form")
                                      << QStringLiteral("Found by answer present, form wrong");
    QTest::addRow("origin, not analysed") << int(FailureRole::Origin) << false << QStringLiteral("Own checks passed")
                                          << QStringLiteral("Failure starts here") << QStringLiteral("No analysis yet");
    QTest::addRow("carried") << int(FailureRole::Carried) << true << QStringLiteral("Own checks passed")
                             << QStringLiteral("Carried from rewrite") << QStringLiteral("carried the failure");
    QTest::addRow("not involved") << int(FailureRole::NotInvolved) << true << QStringLiteral("Own checks passed")
                                  << QStringLiteral("Failure starts at rewrite") << QStringLiteral("not involved");
}

void TestStepInspector::verdictIsShown()
{
    QFETCH(int, role);
    QFETCH(bool, analysed);
    QFETCH(QString, status);
    QFETCH(QString, verdict);
    QFETCH(QString, tip);
    const Example ex = example();
    const auto done = records(ex);
    StepInspector inspector;
    StepVerdict v { FailureRole(role), QStringLiteral("rewrite"), std::nullopt, FailureClass::Format };
    if (analysed)
        v.method = VerdictMethod::Format;
    inspector.showStep(extractStep(), ex, done, { v, FailureRole(role) != FailureRole::Passed });
    QCOMPARE(inspector.findChild<QLabel*>(QStringLiteral("statusChip"))->text(), status);
    const auto* chip = inspector.findChild<QLabel*>(QStringLiteral("verdictChip"));
    QCOMPARE(chip->isHidden(), verdict.isEmpty());
    if (!verdict.isEmpty()) {
        QCOMPARE(chip->text(), verdict);
        QVERIFY2(chip->toolTip().contains(tip), qPrintable(chip->toolTip()));
    }
    // From any step but the origin, one click leads to where the failure starts.
    auto* link = inspector.findChild<QToolButton*>(QStringLiteral("originLink"));
    const bool elsewhere = FailureRole(role) == FailureRole::Carried || FailureRole(role) == FailureRole::NotInvolved;
    QCOMPARE(!link->isHidden(), elsewhere);
    if (elsewhere) {
        QSignalSpy requested(&inspector, &StepInspector::stepRequested);
        link->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("rewrite"));
    }
}

void TestStepInspector::errorIsShown()
{
    const Example ex = example();
    auto done = records(ex);
    StepRecord& record = done[QStringLiteral("extract")];
    record.output.clear();
    record.parsed = json();
    record.error = QStringLiteral("overloaded_error: the API is temporarily overloaded (HTTP 529) after 3 retries");
    record.passed = false;
    StepInspector inspector;
    inspector.resize(600, 500);
    inspector.show();
    inspector.showStep(extractStep(), ex, done);
    QCOMPARE(inspector.status(), StepInspector::Status::Error);
    QCOMPARE(inspector.statusText(), QStringLiteral("Error"));
    QCOMPARE(inspector.findChild<QLabel*>(QStringLiteral("statusChip"))->text(), QStringLiteral("Error"));
    QCOMPARE(inspector.errorText(), record.error);
    QVERIFY(!inspector.findChild<QWidget*>(QStringLiteral("errorBox"))->isHidden());
    QCOMPARE(inspector.outputText(), QString());
    QVERIFY(!inspector.hasParsedValue());

    // A step without error hides the box.
    inspector.showStep(extractStep(), ex, records(ex));
    QVERIFY(inspector.findChild<QWidget*>(QStringLiteral("errorBox"))->isHidden());
    QCOMPARE(inspector.errorText(), QString());
}

void TestStepInspector::failedCheckIsShown()
{
    const Example ex = example();
    auto done = records(ex);
    StepRecord& record = done[QStringLiteral("extract")];
    record.passed = false;
    record.checks = json::parse("[{\"type\": \"json_valid\", \"passed\": true, \"detail\": \"\"},"
                                " {\"type\": \"contains\", \"passed\": false, \"detail\": \"\\\"Tessel\\\" not found\"}]");
    StepInspector inspector;
    inspector.showStep(extractStep(), ex, done);
    QCOMPARE(inspector.statusText(), QStringLiteral("Check failed"));
    QCOMPARE(inspector.checksList()->topLevelItemCount(), 2);
    QCOMPARE(inspector.checksList()->topLevelItem(1)->text(0), QStringLiteral("contains"));
    QCOMPARE(inspector.checksList()->topLevelItem(1)->text(1), QStringLiteral("failed"));
    QCOMPARE(inspector.checksList()->topLevelItem(1)->text(2), QStringLiteral("\"Tessel\" not found"));
    QCOMPARE(inspector.checksList()->topLevelItem(0)->text(1), QStringLiteral("passed"));
    QCOMPARE(inspector.tabs()->tabText(StepInspector::ChecksTab), QStringLiteral("Checks 1/2"));
    // The example's gold for this step is shown next to the checks.
    QVERIFY(view(inspector, "stepExpected")->text().contains(QStringLiteral("Brask")));
}

void TestStepInspector::retrievePassagesMarkGold()
{
    const Example ex = example();
    const auto done = records(ex);
    StepInspector inspector;
    inspector.showStep(retrieveStep(QStringLiteral("retrieve"), QStringLiteral("{{rewrite}}")), ex, done);
    QCOMPARE(inspector.renderedPromptText(), QStringLiteral("Orlin Vasko born"));
    QCOMPARE(inspector.highlightedPromptSpans(), (Spans { qMakePair(0, 16) }));
    QVERIFY(inspector.tabs()->isTabVisible(StepInspector::PassagesTab));
    PassagesView* view = inspector.passagesView();
    QCOMPARE(view->passageCount(), 3);
    QCOMPARE(view->retrievedIds(), QStringList({ QStringLiteral("d1"), QStringLiteral("d4"), QStringLiteral("d7") }));
    QVERIFY(view->isGold(0));
    QVERIFY(!view->isGold(1));
    QVERIFY(!view->isGold(2));
    QCOMPARE(view->table()->topLevelItem(0)->text(PassagesView::GoldColumn).contains(QStringLiteral("gold")), true);
    QCOMPARE(view->table()->topLevelItem(0)->text(PassagesView::RankColumn), QStringLiteral("1"));
    QCOMPARE(view->table()->topLevelItem(0)->text(PassagesView::ScoreColumn), QStringLiteral("7.412"));
    QCOMPARE(view->missingGold(), QStringList({ QStringLiteral("d9") }));
    QVERIFY(view->missingGoldText().contains(QStringLiteral("d9")));
    QVERIFY(!view->findChild<QLabel*>(QStringLiteral("missingGold"))->isHidden());
    QVERIFY(view->summaryText().contains(QStringLiteral("1 of 2")));
    QVERIFY(!view->table()->isColumnHidden(PassagesView::GoldColumn));
    view->selectPassage(1);
    QVERIFY(view->previewText().startsWith(QStringLiteral("The Vellory Academy")));
    QCOMPARE(inspector.tabs()->tabText(StepInspector::PassagesTab), QStringLiteral("Passages (3)"));

    // Another step kind has no passages tab.
    inspector.showStep(extractStep(), ex, done);
    QVERIFY(!inspector.tabs()->isTabVisible(StepInspector::PassagesTab));
}

void TestStepInspector::retrieveWithoutGold()
{
    Example ex = example();
    ex.stepExpected = json::object();
    const auto done = records(ex);
    StepInspector inspector;
    inspector.showStep(retrieveStep(QStringLiteral("retrieve"), QStringLiteral("{{rewrite}}")), ex, done);
    PassagesView* view = inspector.passagesView();
    QCOMPARE(view->passageCount(), 3);
    QVERIFY(view->missingGold().isEmpty());
    QCOMPARE(view->missingGoldText(), QString());
    QVERIFY(!view->isGold(0));
    QVERIFY(view->table()->isColumnHidden(PassagesView::GoldColumn));
    QVERIFY(view->summaryText().contains(QStringLiteral("no gold")));
}

void TestStepInspector::notRunShowsPreview()
{
    const Example ex = example();
    auto done = records(ex);
    done.erase(QStringLiteral("extract"));
    StepInspector inspector;
    inspector.showStep(extractStep(), ex, done);
    QCOMPARE(inspector.status(), StepInspector::Status::NotRun);
    QCOMPARE(inspector.statusText(), QStringLiteral("Not run"));
    // A preview rendered from the upstream records, still marked.
    QVERIFY(inspector.renderedPromptText().contains(Question));
    QCOMPARE(inspector.highlightedPromptSpans().size(), 2);
    QVERIFY(!inspector.findChild<QLabel*>(QStringLiteral("promptNotice"))->isHidden());
    QCOMPARE(inspector.outputText(), QString());
    QVERIFY(!inspector.hasParsedValue());
    QVERIFY(!inspector.tabs()->isTabEnabled(StepInspector::ParsedTab));
}

void TestStepInspector::commandShowsStdin()
{
    const Example ex = example();
    auto done = records(ex);
    Step command;
    command.id = QStringLiteral("score");
    command.kind = StepKind::Command;
    command.argv = { QStringLiteral("python3"), QStringLiteral("score.py") };
    command.inputs = { QStringLiteral("extract.entity") };
    StepRecord r;
    r.stepId = command.id;
    r.kind = StepKind::Command;
    r.prompt = QStringLiteral("{\"id\":\"q01\",\"input\":{\"question\":\"Q\"},\"inputs\":{\"extract.entity\":\"Brask\"}}");
    r.output = QStringLiteral("0.5");
    done[command.id] = r;
    StepInspector inspector;
    inspector.showStep(command, ex, done);
    QCOMPARE(inspector.renderedPromptText(), QString::fromStdString(json::parse(r.prompt.toStdString()).dump(2)));
    QVERIFY(inspector.templateText().contains(QStringLiteral("python3 score.py")));
    QCOMPARE(inspector.outputText(), QStringLiteral("0.5"));
}

void TestStepInspector::parsedTabFollowsValue()
{
    const Example ex = example();
    const auto done = records(ex);
    StepInspector inspector;
    inspector.showStep(rewriteStep(), ex, done);
    QVERIFY(!inspector.hasParsedValue());
    QVERIFY(!inspector.tabs()->isTabEnabled(StepInspector::ParsedTab));
    inspector.showStep(extractStep(), ex, done);
    QVERIFY(inspector.hasParsedValue());
    QVERIFY(inspector.tabs()->isTabEnabled(StepInspector::ParsedTab));
    QCOMPARE(inspector.parsedModel()->rowCount(), 2);
    QCOMPARE(inspector.parsedJsonText(), QString::fromStdString(done.at(QStringLiteral("extract")).parsed.dump(2)));
}

void TestStepInspector::copyButtons()
{
    const Example ex = example();
    const auto done = records(ex);
    const StepRecord& record = done.at(QStringLiteral("extract"));
    StepInspector inspector;
    inspector.showStep(extractStep(), ex, done);
    QClipboard* clipboard = QGuiApplication::clipboard();
    const auto click = [&](const char* name) {
        auto* button = inspector.findChild<QToolButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY(button->isEnabled());
        button->click();
    };
    click("renderedPromptCopy");
    QCOMPARE(clipboard->text(), record.prompt);
    click("renderedSystemCopy");
    QCOMPARE(clipboard->text(), record.system);
    click("outputTextCopy");
    QCOMPARE(clipboard->text(), record.output);
    click("parsedCopy");
    QCOMPARE(clipboard->text(), QString::fromStdString(record.parsed.dump(2)));
}

void TestStepInspector::legendRequestsUpstreamStep()
{
    const Example ex = example();
    StepInspector inspector;
    inspector.showStep(extractStep(), ex, records(ex));
    QSignalSpy spy(&inspector, &StepInspector::stepRequested);
    auto* chip = inspector.findChild<QToolButton*>(QStringLiteral("legend:retrieve"));
    QVERIFY(chip);
    chip->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("retrieve"));

    // A receiver may show the requested step right away, replacing the chip that was clicked.
    const auto done = records(ex);
    connect(&inspector, &StepInspector::stepRequested, &inspector,
            [&](const QString& id) { inspector.showStep(retrieveStep(id, QStringLiteral("{{rewrite}}")), ex, done); });
    inspector.showStep(extractStep(), ex, done);
    inspector.findChild<QToolButton*>(QStringLiteral("legend:retrieve"))->click();
    QCOMPARE(inspector.stepId(), QStringLiteral("retrieve"));
    QCoreApplication::processEvents();
    QVERIFY(!inspector.findChild<QToolButton*>(QStringLiteral("legend:retrieve")));
    QVERIFY(inspector.findChild<QToolButton*>(QStringLiteral("legend:rewrite")));
}

void TestStepInspector::clearShowsEmptyState()
{
    const Example ex = example();
    StepInspector inspector;
    inspector.showStep(extractStep(), ex, records(ex));
    QVERIFY(!inspector.isEmpty());
    inspector.clear();
    QVERIFY(inspector.isEmpty());
    QCOMPARE(inspector.emptyStateText(), QStringLiteral("Select an example and a step to inspect it."));
    QCOMPARE(inspector.renderedPromptText(), QString());
    QCOMPARE(inspector.outputText(), QString());
    QVERIFY(!inspector.hasParsedValue());
    QCOMPARE(inspector.passagesView()->passageCount(), 0);
    inspector.resize(520, 400);
    inspector.show();
    QVERIFY(inspector.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
}

void TestStepInspector::followsPaletteChanges()
{
    // Switching the application to a dark palette while a step is shown restyles chips, notices and tints.
    const Example ex = example();
    StepInspector inspector;
    inspector.resize(520, 760);
    inspector.show();
    inspector.showStep(extractStep(), ex, records(ex));
    auto* chip = inspector.findChild<QLabel*>(QStringLiteral("statusChip"));
    const QString lightStyle = chip->styleSheet();
    const QColor lightTint = view(inspector, "renderedPrompt")->extraSelections().at(0).format.background().color();
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(chip->styleSheet() != lightStyle);
    QVERIFY(view(inspector, "renderedPrompt")->extraSelections().at(0).format.background().color() != lightTint);
    draw(inspector);
    QApplication::setPalette(original);
    QCoreApplication::processEvents();
    QCOMPARE(chip->styleSheet(), lightStyle);
}

QTEST_MAIN(TestStepInspector)
#include "tst_stepinspector.moc"
