// The review panel in the window, offscreen: the queue of a round's proposals, the word diff and the
// evidence shown as plain text, Approve stored before the panel shows it, undo and redo through the
// QUndoStack, the next round starting from the approved version, and an edited prompt re-evaluated.
#include "widgets/comparepanel.h"
#include "widgets/examplespanel.h"
#include "fapoprocess.h"
#include "widgets/mainwindow.h"
#include "core/session/studiosession.h"
#include "models/proposalsmodel.h"
#include "widgets/review/reviewpanel.h"
#include "widgets/review/roundschart.h"
#include "widgets/review/structurediffview.h"
#include "widgets/graph/graphscene.h"
#include "models/stepgraphmodel.h"
#include "core/formats/pipelineloader.h"
#include "core/optimize/pipelineedit.h"
#include "testworlds.h"
#include "guitest.h"
#include "core/workspace/workspace.h"
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;

class TestReview : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fapo::test::prepareGuiTest();
    }

    void approveUndoAndTheNextRound()
    {
        const World w = optimizableWorld(m_dir.filePath(QStringLiteral("world")));
        const FapoResult r = runFapo({ QStringLiteral("optimize"), w.pipeline, QStringLiteral("--dataset"), w.dataset,
                                       QStringLiteral("--approve"), QStringLiteral("none"), QStringLiteral("--quiet") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QString workspace = m_dir.filePath(QStringLiteral("world/pipeline.fapo"));

        MainWindow window(MainWindow::Mode::Unattended);
        window.resize(1400, 900);
        window.show();
        ReviewPanel* panel = window.reviewPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(window.session(), &StudioSession::snapshotLoaded);
        QVERIFY(window.openFile(w.pipeline));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(panel->model()->rowCount(), 2);
        // The first pending proposal is selected: its diff and evidence, as plain text.
        const qint64 id = panel->currentProposal();
        QVERIFY(id > 0);
        QCOMPARE(panel->model()->proposal(panel->model()->rowOf(id))->status, ProposalStatus::Pending);
        QCOMPARE(panel->beforeText(), QStringLiteral("EXTRACT {{input.context}} GOAL {{plan}}"));
        QCOMPARE(panel->afterText(), QStringLiteral("EXTRACT-FACTS {{input.context}} GOAL {{plan}}"));
        QVERIFY2(panel->evidenceText().startsWith(QLatin1String("On the validation set ")), qPrintable(panel->evidenceText()));
        QVERIFY(panel->approveButton()->isEnabled());

        // A fixed example opens the evaluation run in the window, compared with the run it was made from.
        const Proposal shown = *panel->model()->proposal(panel->model()->rowOf(id)); // a copy: the queue reloads
        const nlohmann::json fixed = shown.evidence["validation"]["fixed"];
        QVERIFY(!fixed.empty());
        const QString example = QString::fromStdString(fixed[0].get<std::string>());
        QSignalSpy compared(window.comparePanel(), &ComparePanel::compared);
        Q_EMIT panel->exampleRequested(example, shown.evalRunId);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.snapshot()->run.id, shown.evalRunId);
        QCOMPARE(window.examplesPanel()->currentExample(), example);
        QVERIFY(compared.wait(20000));
        QCOMPARE(window.comparePanel()->comparison().baseRun, shown.baselineRunId);
        QVERIFY(window.comparePanel()->comparison().fixed.contains(example));

        // Approve: in the workspace (another connection sees it) when the panel shows it.
        QSignalSpy stored(window.session(), &StudioSession::decisionStored);
        QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
        QCOMPARE(stored.count(), 1);
        QString error;
        auto ws = Workspace::open(workspace, &error);
        QCOMPARE(ws->proposal(id)->status, ProposalStatus::Approved);
        QVERIFY(ws->proposal(id)->newPipelineId > 0);
        QVERIFY(!panel->approveButton()->isEnabled());
        // Undo and redo go through the workspace too.
        window.undoStack()->undo();
        QCOMPARE(ws->proposal(id)->status, ProposalStatus::Pending);
        QCOMPARE(nameOf(ws->decisions(id).back().decision), QStringLiteral("undone"));
        QVERIFY(panel->approveButton()->isEnabled());
        window.undoStack()->redo();
        QCOMPARE(ws->proposal(id)->status, ProposalStatus::Approved);
        const qint64 version = ws->proposal(id)->newPipelineId;
        QCOMPARE(ws->pipelineVersion(version, &error)->step(QStringLiteral("extract"))->prompt,
                 QStringLiteral("EXTRACT-FACTS {{input.context}} GOAL {{plan}}"));

        // The next round starts from the approved version: every failure is gone, nothing to rewrite.
        QSignalSpy optimized(window.session(), &StudioSession::optimizeFinished);
        QVERIFY(window.proposeRewrites());
        QVERIFY(optimized.wait(60000));
        const auto rounds = ws->rounds();
        QCOMPARE(rounds.size(), size_t(2));
        QCOMPARE(rounds.back().pipelineId, version);
        QCOMPARE(rounds.back().validationScore.value_or(0.0), 1.0);
        QCOMPARE(window.roundsChart()->roundCount(), 2);
    }

    void editedPromptIsCheckedAndEvaluated()
    {
        const World w = optimizableWorld(m_dir.filePath(QStringLiteral("edit")));
        QCOMPARE(runFapo({ QStringLiteral("optimize"), w.pipeline, QStringLiteral("--dataset"), w.dataset, QStringLiteral("--approve"),
                           QStringLiteral("none"), QStringLiteral("--quiet") })
                     .code,
                 0);
        MainWindow window(MainWindow::Mode::Unattended);
        window.show();
        QSignalSpy loaded(window.session(), &StudioSession::snapshotLoaded);
        QVERIFY(window.openFile(w.pipeline));
        QVERIFY(loaded.wait(20000));
        const qint64 original = window.reviewPanel()->currentProposal();
        // An edit that drops a reference is blocked, before any evaluation.
        QSignalSpy optimized(window.session(), &StudioSession::optimizeFinished);
        QSignalSpy edits(window.session(), &StudioSession::proposalEdited);
        QVERIFY(window.editAndEvaluate(original, QStringLiteral("EXTRACT-FACTS {{input.context}}")));
        QVERIFY(optimized.wait(30000));
        const qint64 broken = edits.value(0).value(0).toLongLong();
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("edit/pipeline.fapo")), &error);
        QCOMPARE(ws->proposal(broken)->status, ProposalStatus::Blocked);
        QVERIFY(ws->proposal(broken)->reason.startsWith(QLatin1String("references")));
        // A sound edit is evaluated on the validation set and waits for a decision.
        QVERIFY(window.editAndEvaluate(original, QStringLiteral("EXTRACT-FACTS {{input.context}} GOAL {{plan}} (be brief)")));
        QVERIFY(optimized.wait(60000));
        const qint64 edited = edits.value(1).value(0).toLongLong();
        QVERIFY(edited > broken);
        const auto p = ws->proposal(edited);
        QCOMPARE(p->status, ProposalStatus::Pending);
        QVERIFY(p->evalScore.has_value());
        QVERIFY(*p->evalScore > *p->baselineScore);
        QVERIFY(p->rationale.contains(QStringLiteral("from proposal %1").arg(original)));
        QCOMPARE(window.reviewPanel()->currentProposal(), edited);
    }

    // The queue says how far each proposal's evaluation got and why, filters by that stage, and asks
    // before a person approves a rewrite that never showed a gain on the validation set.
    void stagesFilterAndConfirmation()
    {
        const auto proposal = [](qint64 id, ProposalStatus status) {
            Proposal p;
            p.id = id;
            p.stepId = QStringLiteral("extract");
            p.oldPrompt = QStringLiteral("EXTRACT {{input.context}} GOAL {{plan}}");
            p.newPrompt = QStringLiteral("EXTRACT-FACTS {{input.context}} GOAL {{plan}}");
            p.status = status;
            return p;
        };
        Proposal blocked = proposal(1, ProposalStatus::Blocked);
        blocked.checks
            = nlohmann::json::array({ { { "name", "placeholders" }, { "passed", false }, { "detail", "{{plan}} is missing" } } });
        blocked.reason = QStringLiteral("placeholders: {{plan}} is missing");
        Proposal screened = proposal(2, ProposalStatus::Pending);
        screened.evidence["minibatch"] = { { "baseline", 0.5 }, { "candidate", 0.5 }, { "examples", 6 } };
        screened.evidence["validation_skipped"] = true;
        Proposal validated = proposal(3, ProposalStatus::Pending);
        validated.baselineScore = 0.5;
        validated.evalScore = 0.75;
        validated.evidence["validation"] = { { "gain", 0.25 },
                                             { "p_value", 0.03 },
                                             { "examples", 12 },
                                             { "fixed", { "q1", "q2", "q3" } },
                                             { "regressed", nlohmann::json::array() } };
        Proposal policyRejected = validated;
        policyRejected.id = 4;
        policyRejected.status = ProposalStatus::Rejected;
        policyRejected.reason = QStringLiteral("gain 0.250 is not significant");
        Proposal unusable = proposal(5, ProposalStatus::Rejected);
        unusable.newPrompt = unusable.oldPrompt;
        unusable.reason = QStringLiteral("the reply breaks the schema: <b>no</b> new_prompt");

        ReviewPanel panel;
        panel.resize(900, 700);
        panel.show();
        QAbstractItemModelTester tester(panel.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList asked;
        bool answer = false;
        panel.setConfirmation([&](const QString&, const QString& text) {
            asked << text;
            return answer;
        });
        QSignalSpy decided(&panel, &ReviewPanel::decisionRequested);
        panel.setProposals({ blocked, screened, validated, policyRejected, unusable }, {});

        const auto stage = [&](int row) { return panel.model()->index(row, ProposalsModel::StageColumn).data().toString(); };
        QCOMPARE(stage(0), QStringLiteral("blocked: placeholders"));
        QCOMPARE(stage(1), QStringLiteral("screened out: 0.500 → 0.500 on 6"));
        QCOMPARE(stage(2), QStringLiteral("validated: +0.250, p = 0.030"));
        QCOMPARE(stage(3), QStringLiteral("validated: +0.250, p = 0.030"));
        QCOMPARE(stage(4), QStringLiteral("blocked: unusable reply"));
        const QString rejectedWhy = panel.model()->index(3, ProposalsModel::StageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(rejectedWhy.contains(QLatin1String("3 fixed, 0 regressed")) && rejectedWhy.contains(QLatin1String("not significant")),
                 qPrintable(rejectedWhy));
        // Model text in a tool tip is escaped, never rendered.
        QVERIFY(panel.model()->index(4, ProposalsModel::StageColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("&lt;b&gt;")));

        // The filter lists the stages reached, with counts.
        QStringList filters;
        for (int i = 0; i < panel.stageFilter()->count(); ++i)
            filters << panel.stageFilter()->itemText(i);
        QCOMPARE(filters,
                 (QStringList { QStringLiteral("All stages (5)"), QStringLiteral("blocked (2)"), QStringLiteral("screened out (1)"),
                                QStringLiteral("validated (2)") }));
        panel.stageFilter()->setCurrentIndex(2);
        QCOMPARE(panel.queueModel()->rowCount(), 1);
        QCOMPARE(panel.currentProposal(), qint64(2));
        QVERIFY(panel.evidenceText().startsWith(QLatin1String("On a minibatch of 6 training examples it scored 0.500 against 0.500")));

        // Approving the screened-out proposal asks first, saying what the evidence is; "no" decides nothing.
        QVERIFY(panel.approveButton()->isEnabled());
        panel.approveButton()->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("never ran on the validation set")), qPrintable(asked.first()));
        QCOMPARE(decided.count(), 0);
        answer = true;
        panel.approveButton()->click();
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.first().first().toLongLong(), qint64(2));

        // A validated proposal needs no confirmation; selecting one the filter hides shows every stage again.
        panel.selectProposal(3);
        QCOMPARE(panel.stageFilter()->currentIndex(), 0);
        QCOMPARE(panel.currentProposal(), qint64(3));
        panel.approveButton()->click();
        QCOMPARE(asked.size(), 2); // no new question: both were about proposal 2
        QCOMPARE(decided.count(), 2);
        QCOMPARE(decided.last().first().toLongLong(), qint64(3));
    }

    // A parameter proposal shows the setting it changes, old beside new, and what an example costs
    // with it; it can be edited (as its value) like a rewrite.
    void parameterProposalShowsItsSettingAndCost()
    {
        Proposal p;
        p.id = 9;
        p.level = FixLevel::Parameter;
        p.stepId = QStringLiteral("search");
        p.field = QStringLiteral("top_k");
        p.oldValue = 1;
        p.newValue = 3;
        p.status = ProposalStatus::Pending;
        p.rationale = QStringLiteral("Retrieval misses although the query keeps every name.");
        p.baselineScore = 0.33;
        p.evalScore = 1.0;
        p.evidence["validation"] = { { "gain", 0.67 }, { "p_value", 0.001 }, { "examples", 18 }, { "fixed", { "d1", "d2" } } };
        p.evidence["cost"] = { { "before", 0.0004 }, { "after", 0.0006 }, { "ratio", 1.5 } };
        ReviewPanel panel;
        panel.resize(900, 700);
        panel.show();
        QAbstractItemModelTester tester(panel.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setProposals({ p }, {});
        panel.selectProposal(9);
        QCOMPARE(panel.model()->index(0, ProposalsModel::StepColumn).data().toString(), QStringLiteral("search · top_k 1 → 3"));
        QCOMPARE(panel.beforeText(), QStringLiteral("top_k: 1"));
        QCOMPARE(panel.afterText(), QStringLiteral("top_k: 3"));
        QVERIFY2(panel.evidenceText().contains(QStringLiteral("cost per example $0.00040 → $0.00060 (1.50×)")),
                 qPrintable(panel.evidenceText()));
        QSignalSpy edit(&panel, &ReviewPanel::editRequested);
        bool clicked = false;
        for (QPushButton* b : panel.findChildren<QPushButton*>())
            if (b->text().contains(QLatin1String("Edit")) && b->isEnabled()) {
                b->click();
                clicked = true;
                break;
            }
        QVERIFY(clicked);
        QCOMPARE(edit.count(), 1);
    }

    // A structural proposal shows the graph before and after side by side: the new step marked "new",
    // the changed one "changed", the added edges marked; the steps' JSON below.
    void structuralProposalShowsTheGraphDiff()
    {
        QTemporaryDir dir;
        writeBytes(dir.filePath(QStringLiteral("c.jsonl")), "{\"id\": \"1\", \"title\": \"t\", \"text\": \"x\"}\n");
        writeBytes(dir.filePath(QStringLiteral("r.json")), "[]");
        const QByteArray source
            = "{\"format\": \"fapo.pipeline/1\", \"name\": \"t\", \"models\": {\"worker\": {\"provider\": \"scripted\", "
              "\"rules\": \"r.json\"}}, \"steps\": ["
              "{\"id\": \"search\", \"kind\": \"retrieve\", \"corpus\": \"c.jsonl\", \"query\": \"{{input.q}}\"},"
              "{\"id\": \"notes\", \"kind\": \"transform\", \"template\": \"{{search}}\"},"
              "{\"id\": \"answer\", \"kind\": \"llm\", \"prompt\": \"A {{notes}}\"}], \"output\": \"answer\"}";
        const PipelineLoad load = loadPipelineFromBytes(dir.filePath(QStringLiteral("p.json")), source, false);
        QVERIFY(load.pipeline);
        Proposal p;
        p.id = 12;
        p.level = FixLevel::Structure;
        p.stepId = QStringLiteral("notes");
        p.field = QStringLiteral("insert");
        p.status = ProposalStatus::Pending;
        p.newValue
            = { { "operation", "insert" },
                { "steps",
                  nlohmann::json::array(
                      { nlohmann::json { { "id", "hop2" }, { "kind", "retrieve" }, { "corpus", "c.jsonl" }, { "query", "{{search}}" } },
                        nlohmann::json { { "id", "notes" }, { "kind", "transform" }, { "template", "{{search}} {{hop2}}" } } }) },
                { "remove", nlohmann::json::array() } };
        p.oldValue = nlohmann::json::array({ nlohmann::json { { "id", "notes" }, { "kind", "transform" }, { "template", "{{search}}" } } });
        ReviewPanel panel;
        panel.resize(1000, 900);
        panel.show();
        panel.setVersionResolver([&](const Proposal& proposal) -> std::optional<std::pair<Pipeline, Pipeline>> {
            QString error;
            const auto after = pipelineWithProposal(*load.pipeline, proposal, &error);
            if (!after)
                return std::nullopt;
            return std::make_pair(*load.pipeline, *after);
        });
        QSignalSpy laidOut(panel.structureDiff(), &StructureDiffView::laidOut);
        panel.setProposals({ p }, {});
        panel.selectProposal(12);
        QVERIFY(panel.structureDiff()->isVisible());
        QVERIFY(laidOut.count() > 0 || laidOut.wait(20000));
        StepGraphModel* after = panel.structureDiff()->afterScene()->model();
        StepGraphModel* before = panel.structureDiff()->beforeScene()->model();
        QCOMPARE(NodeChange(after->nodeData(after->nodeForName(QStringLiteral("hop2")), NodeRole::Change).toInt()), NodeChange::Added);
        QCOMPARE(NodeChange(after->nodeData(after->nodeForName(QStringLiteral("notes")), NodeRole::Change).toInt()), NodeChange::Changed);
        QCOMPARE(NodeChange(before->nodeData(before->nodeForName(QStringLiteral("notes")), NodeRole::Change).toInt()), NodeChange::Changed);
        QCOMPARE(NodeChange(after->nodeData(after->nodeForName(QStringLiteral("answer")), NodeRole::Change).toInt()), NodeChange::None);
        QCOMPARE(before->nodeForName(QStringLiteral("hop2")), -1);
        int added = 0;
        for (const EdgeId& e : after->edges())
            added += after->edgeData(e, EdgeRole::Added).toBool() ? 1 : 0;
        QCOMPARE(added, 2); // search -> hop2, hop2 -> notes
        QVERIFY2(panel.afterText().contains(QLatin1String("{{search}} {{hop2}}")), qPrintable(panel.afterText()));
        QVERIFY(panel.model()->index(0, ProposalsModel::StepColumn).data().toString().contains(QLatin1String("insert +hop2 ~notes")));
        if (qEnvironmentVariableIsSet("FAPO_REVIEW_PNG")) // to look at it: FAPO_REVIEW_PNG=/tmp/x.png
            panel.grab().save(qEnvironmentVariable("FAPO_REVIEW_PNG"));
        // A rewrite hides the graph diff again.
        Proposal rewrite;
        rewrite.id = 13;
        rewrite.stepId = QStringLiteral("answer");
        rewrite.oldPrompt = QStringLiteral("A {{notes}}");
        rewrite.newPrompt = QStringLiteral("Answer from {{notes}}");
        panel.setProposals({ p, rewrite }, {});
        panel.selectProposal(13);
        QVERIFY(!panel.structureDiff()->isVisible());
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
