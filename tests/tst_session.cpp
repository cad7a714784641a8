// The window's workflows without a window: a StudioSession driven directly, with fixed answers to its
// questions. Runs, trust in programs, imports, analyses (asked before spending), rounds of rewrites
// (asked before starting), decisions, edited proposals, and a session closed in the middle of a run.
#include "core/optimize/exporter.h"
#include "core/session/sessionprompter.h"
#include "core/session/studiosession.h"
#include "testfiles.h"
#include "testworlds.h"
#include "core/import/traceimport.h"
#include "core/workspace/workspace.h"
#include "otlpencode.h"
#include "rawhttpclient.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;

class TestSession : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Opens `path` and waits until its newest run is on show.
    static bool openAndShow(StudioSession& session, const QString& path)
    {
        QSignalSpy loaded(&session, &StudioSession::snapshotLoaded);
        QString error;
        if (!session.open(path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return loaded.wait(20000);
    }

    // Runs the dataset and waits for the run's snapshot.
    static bool runAndShow(StudioSession& session, const QString& dataset)
    {
        QSignalSpy finished(&session, &StudioSession::runFinished);
        QString error;
        if (!session.runDataset(dataset, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!finished.wait(30000))
            return false;
        // The run's snapshot is loaded after runFinished (an earlier load may still arrive before it).
        const qint64 runId = finished.at(0).at(0).value<RunOutcome>().runId;
        QSignalSpy loaded(&session, &StudioSession::snapshotLoaded);
        while (!session.snapshot() || session.snapshot()->run.id != runId || loaded.isEmpty())
            if (!loaded.wait(20000))
                return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void aBadPipelineSaysWhereAndNothingOpens()
    {
        FixedAnswers answers;
        StudioSession session(&answers);
        QSignalSpy opened(&session, &StudioSession::opened);
        const QString bad = writeTestFile(m_dir, QStringLiteral("bad.json"), "{\"format\": ");
        QString error;
        QVERIFY(!session.open(bad, &error));
        QVERIFY2(error.contains(bad + QStringLiteral(":1:")), qPrintable(error));
        QCOMPARE(opened.count(), 0);
        QVERIFY(!session.pipeline());
        QVERIFY(!session.runDataset(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("pipeline")), qPrintable(error));
    }

    // A person opening a workspace does not wait on its damage check: it runs on a worker, and the
    // window hears opened() or openFailed() afterwards.
    void openInBackground()
    {
        const QString good = m_dir.filePath(QStringLiteral("background.fapo"));
        {
            QString error;
            QVERIFY2(Workspace::open(good, &error), qPrintable(error));
        }
        FixedAnswers answers;
        StudioSession session(&answers);
        QSignalSpy opened(&session, &StudioSession::opened);
        QSignalSpy failed(&session, &StudioSession::openFailed);
        session.openInBackground(good);
        QCOMPARE(opened.count(), 0); // not on this thread, not yet
        QVERIFY(opened.wait(20000));
        QCOMPARE(session.workspacePath(), good);
        QCOMPARE(failed.count(), 0);

        const QString notAWorkspace = writeTestFile(m_dir, QStringLiteral("notes.fapo"), "not a database at all\n");
        session.openInBackground(notAWorkspace);
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("not a workspace")), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(session.workspacePath(), good); // what was open stays open
    }

    void runReportsProgressAndShowsTheRun()
    {
        const World w = middleWorld(m_dir.filePath(QStringLiteral("run")), 12, false);
        FixedAnswers answers;
        StudioSession session(&answers);
        QVERIFY(session.open(w.pipeline));
        QCOMPARE(session.workspacePath(), m_dir.filePath(QStringLiteral("run/pipeline.fapo")));
        QVERIFY(!session.snapshot()); // a new workspace: nothing to show yet
        QSignalSpy started(&session, &StudioSession::runStarted);
        QSignalSpy progress(&session, &StudioSession::runProgress);
        QSignalSpy busy(&session, &StudioSession::busyChanged);
        QVERIFY(runAndShow(session, w.dataset));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toInt(), 12);
        QVERIFY(progress.count() > 0);
        QCOMPARE(progress.last().at(0).value<RunProgress>().finished, 12);
        QVERIFY(!session.isRunning());
        QCOMPARE(busy.count(), 2); // started, then joined
        QCOMPARE(session.snapshot()->totals.examples, 12);
        QCOMPARE(nameOf(session.snapshot()->run.status), QStringLiteral("done"));
        QCOMPARE(answers.asked, 0); // nothing to ask: no programs, no spending
        // One run at a time.
        QString error;
        QVERIFY(session.runDataset(w.dataset, &error));
        QVERIFY(!session.runDataset(w.dataset, &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QSignalSpy finished(&session, &StudioSession::runFinished);
        QVERIFY(finished.wait(30000));
    }

    void programsRunOnlyOnceTrusted()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("cmd")));
        writeTestFile(m_dir, QStringLiteral("cmd/pipeline.json"),
                      "{\"format\": \"fapo.pipeline/1\", \"steps\": [{\"id\": \"c\", \"kind\": \"command\", \"argv\": [\"/bin/echo\", "
                      "\"hi\"]}]}");
        const QString dataset = writeTestFile(m_dir, QStringLiteral("cmd/data.jsonl"), "{\"id\": \"a\", \"input\": {}}\n");
        FixedAnswers answers;
        StudioSession session(&answers);
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("cmd/pipeline.json"))));
        QString error;
        QVERIFY(!session.runDataset(dataset, &error));
        QVERIFY2(error.contains(QStringLiteral("not trusted")), qPrintable(error));
        QCOMPARE(answers.asked, 1);
        answers.trust = true;
        QVERIFY(runAndShow(session, dataset));
        QCOMPARE(answers.asked, 2);
        // The decision is in the workspace: the same file is not asked about again.
        QVERIFY(runAndShow(session, dataset));
        QCOMPARE(answers.asked, 2);
    }

    // An app pipeline runs from the window as from fapo (its program, the proxy and the records on the
    // run's worker thread), asked about once like command steps, and shows the steps its calls found.
    void appPipelineRunsOnceTrusted()
    {
        const QString dir = m_dir.filePath(QStringLiteral("app"));
        copyTestTree(QStringLiteral(FAPO_SOURCE_DIR "/examples/app-python"), dir);
        FixedAnswers answers;
        StudioSession session(&answers);
        QVERIFY(session.open(dir + QStringLiteral("/pipeline.json")));
        const QString dataset = dir + QStringLiteral("/dataset.jsonl");
        QString error;
        QVERIFY(!session.runDataset(dataset, &error));
        QVERIFY2(error.contains(QStringLiteral("not trusted")), qPrintable(error));
        answers.trust = true;
        QVERIFY(runAndShow(session, dataset));
        QCOMPARE(answers.asked, 2);
        const RunSnapshotPtr shown = session.snapshot();
        QCOMPARE(shown->examples.size(), size_t(8));
        QCOMPARE(shown->pipeline.graph.steps,
                 (QStringList { QStringLiteral("rewrite"), QStringLiteral("lookup"), QStringLiteral("reason"), QStringLiteral("answer"),
                                QStringLiteral("app") }));
        QCOMPARE(shown->pipeline.output, QStringLiteral("app"));

        // The loop from the window: analysis names the prompt where the failures start, a round proposes
        // rewrites of it (evaluated by running the program with them), and a decision is stored.
        QSignalSpy analysed(&session, &StudioSession::analysisFinished);
        QVERIFY(session.analyze());
        QVERIFY(analysed.wait(60000));
        QStringList origins;
        for (const ExampleRow& row : session.snapshot()->examples)
            if (row.status != ExampleStatus::Passed)
                origins << row.id + QLatin1Char('=') + row.origin;
        QCOMPARE(origins, (QStringList { QStringLiteral("a3=rewrite"), QStringLiteral("a5=rewrite"), QStringLiteral("a6=rewrite") }));
        QSignalSpy optimized(&session, &StudioSession::optimizeFinished);
        QVERIFY(session.proposeRewrites());
        QVERIFY(optimized.wait(120000));
        QCOMPARE(nameOf(optimized.at(0).at(0).value<OptimizeOutcome>().status), QStringLiteral("done"));
        const ReviewState state = session.reviewState();
        QVERIFY(!state.proposals.empty());
        const Proposal* best = nullptr;
        for (const Proposal& p : state.proposals) {
            QCOMPARE(p.stepId, QStringLiteral("rewrite"));
            if (p.newPrompt.contains(QStringLiteral("Keep every name")))
                best = &p;
        }
        QVERIFY(best);
        QVERIFY(best->evalScore.has_value());
        QCOMPARE(*best->evalScore, 1.0);
        QVERIFY(session.decide(best->id, DecisionAction::Approved, QString()));
        QCOMPARE(session.workspace()->proposal(best->id)->status, ProposalStatus::Approved);
        QCOMPARE(answers.asked, 3); // trust twice, the round once; the rules settled the analysis for free

        // Export hands back the program's prompt files, the approved rewrite in them, and nothing else.
        QTemporaryDir out;
        ExportSummary summary;
        QVERIFY2(session.exportAccepted(out.path(), &summary, &error), qPrintable(error));
        QCOMPARE(summary.applied, QList<qint64> { best->id });
        QFile rewrite(out.filePath(QStringLiteral("prompts/rewrite.txt")));
        QVERIFY(rewrite.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(rewrite.readAll()).contains(QStringLiteral("Keep every name")));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("pipeline.json"))));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("app.py"))));
        StudioSession empty(&answers);
        QVERIFY(!empty.exportAccepted(out.path(), &summary, &error));
        QCOMPARE(error, QStringLiteral("Open a workspace first."));
    }

    void importedTracesOpenTheirWorkspace()
    {
        const QString trace = m_dir.filePath(QStringLiteral("import/rag.otlp.json"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("import")));
        QVERIFY(QFile::copy(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/agent-prism-rag-earnings.otlp.json"), trace));
        FixedAnswers answers;
        StudioSession session(&answers);
        QSignalSpy imported(&session, &StudioSession::importFinished);
        QSignalSpy loaded(&session, &StudioSession::snapshotLoaded);
        QVERIFY(session.importTraces(trace));
        QVERIFY(imported.wait(20000));
        QCOMPARE(session.workspacePath(), m_dir.filePath(QStringLiteral("import/rag.otlp.fapo")));
        QVERIFY(loaded.count() > 0 || loaded.wait(20000));
        QCOMPARE(session.snapshot()->run.id, imported.at(0).at(0).toLongLong());
        // A file that is not a trace export fails with its name, and nothing else changes.
        const QString junk = writeTestFile(m_dir, QStringLiteral("import/junk.json"), "[1, 2");
        QSignalSpy failed(&session, &StudioSession::importFailed);
        QVERIFY(session.importTraces(junk));
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("junk.json")), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(session.workspacePath(), m_dir.filePath(QStringLiteral("import/rag.otlp.fapo")));
        // A path that is not a file is refused at once, with its name.
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("import/missing.json"));
        QVERIFY(!session.importTraces(missing, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
    }

    void receivedTracesShowAsTheyArrive()
    {
        FixedAnswers answers;
        StudioSession session(&answers);
        QString error;
        // Off this machine only with a token.
        ReceiverOptions open;
        open.bind = QHostAddress(QHostAddress::AnyIPv4);
        open.port = 0;
        QVERIFY(!session.listenForTraces(open, m_dir.filePath(QStringLiteral("live.fapo")), &error));
        QVERIFY2(error.contains(QStringLiteral("token")), qPrintable(error));
        QVERIFY(!session.isListening());

        ReceiverOptions options;
        options.port = 0;
        QSignalSpy listening(&session, &StudioSession::listening);
        QSignalSpy traffic(&session, &StudioSession::liveTraffic);
        QVERIFY2(session.listenForTraces(options, m_dir.filePath(QStringLiteral("live.fapo")), &error), qPrintable(error));
        QCOMPARE(session.workspacePath(), m_dir.filePath(QStringLiteral("live.fapo"))); // none was open: this one is
        QVERIFY(listening.wait(10000));
        const QUrl url = listening.at(0).at(0).toUrl();
        QCOMPARE(session.listenUrl(), url);
        QVERIFY(!session.listenForTraces(options, QString(), &error)); // once at a time
        QVERIFY2(error.contains(url.toString()), qPrintable(error));

        QFile fixture(QStringLiteral(FAPO_SOURCE_DIR "/tests/data/traces/agent-prism-rag-earnings.otlp.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const nlohmann::json requests = nlohmann::json::parse(fixture.readAll().toStdString());
        QSignalSpy loaded(&session, &StudioSession::snapshotLoaded);
        qint64 runId = 0;
        size_t spans = 0;
        const auto spansOnShow = [&session] {
            const RunSnapshotPtr s = session.snapshot();
            return s ? s->run.options.value("spans", size_t(0)) : size_t(0);
        };
        for (const nlohmann::json& request : requests) {
            for (const auto& resource : request["resourceSpans"])
                for (const auto& scope : resource["scopeSpans"])
                    spans += scope["spans"].size();
            RawClient client;
            QVERIFY(client.connectTo(quint16(url.port())));
            client.send(httpPost("/v1/traces", "application/x-protobuf", otlpProtobuf(request)));
            const auto answer = client.response();
            QVERIFY(answer);
            QCOMPARE(answer->status, 200);
            // Answered 200: stored, and on show within a second or so, in the same run as before.
            while (spansOnShow() != spans)
                QVERIFY(loaded.wait(10000));
            if (runId == 0)
                runId = session.snapshot()->run.id;
            QCOMPARE(session.snapshot()->run.id, runId);
        }
        const auto file = importTraceFile(fixture.fileName(), &error);
        QVERIFY(file);
        QCOMPARE(int(session.snapshot()->examples.size()), file->traces);
        QCOMPARE(session.snapshot()->steps.size(), file->steps.size());
        QVERIFY(traffic.count() > 0 || traffic.wait(3000));

        QSignalSpy stopped(&session, &StudioSession::listenStopped);
        session.stopListening();
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.at(0).at(0).toLongLong(), qint64(file->spans.size()));
        QVERIFY(!session.isListening());
        QVERIFY(session.listenUrl().isEmpty());
        RawClient late;
        QVERIFY(!late.connectTo(quint16(url.port()))); // nothing listens any more
    }

    void analysisAsksBeforeSpending()
    {
        const World w = middleWorld(m_dir.filePath(QStringLiteral("analysis")), 24, false);
        FixedAnswers answers; // says no to spending
        StudioSession session(&answers);
        QVERIFY(session.open(w.pipeline));
        QVERIFY(runAndShow(session, w.dataset));
        QSignalSpy analysed(&session, &StudioSession::analysisFinished);
        QVERIFY(session.analyze());
        QString error;
        QVERIFY(!session.analyze(&error)); // one at a time
        QVERIFY(analysed.wait(30000));
        QVERIFY(session.snapshot()->analysis);
        QCOMPARE(session.snapshot()->analysis->id, analysed.at(0).at(0).toLongLong());
        const auto info = session.workspace()->latestAnalysis(session.snapshot()->run.id);
        QVERIFY(info);
        QCOMPARE(info->calls, 0); // rules only: nothing was spent
        QVERIFY(!session.isAnalyzing());
    }

    void roundsAskFirstAndEveryProposalWaitsForADecision()
    {
        const World w = optimizableWorld(m_dir.filePath(QStringLiteral("optimize")));
        FixedAnswers answers;
        answers.propose = false;
        StudioSession session(&answers);
        QVERIFY(session.open(w.pipeline));
        QVERIFY(runAndShow(session, w.dataset));

        // Declined: nothing is spent, no round is stored.
        QSignalSpy optimized(&session, &StudioSession::optimizeFinished);
        QVERIFY(session.proposeRewrites());
        QVERIFY(optimized.wait(30000));
        QCOMPARE(nameOf(optimized.at(0).at(0).value<OptimizeOutcome>().status), QStringLiteral("declined"));
        QCOMPARE(answers.asked, 1);
        QVERIFY(session.reviewState().rounds.empty());

        answers.propose = true;
        QSignalSpy review(&session, &StudioSession::reviewChanged);
        QVERIFY(session.proposeRewrites());
        QVERIFY(optimized.wait(60000));
        QCOMPARE(nameOf(optimized.at(1).at(0).value<OptimizeOutcome>().status), QStringLiteral("done"));
        QVERIFY(review.count() > 0);
        ReviewState state = session.reviewState();
        QCOMPARE(state.rounds.size(), size_t(1));
        QCOMPARE(state.proposals.size(), size_t(2));
        const auto pending = std::find_if(state.proposals.begin(), state.proposals.end(),
                                          [](const Proposal& p) { return p.status == ProposalStatus::Pending; });
        QVERIFY(pending != state.proposals.end());
        const qint64 id = pending->id;

        // An edit that drops a reference is stored blocked, and says why; a sound one is evaluated.
        QString error;
        QSignalSpy edits(&session, &StudioSession::proposalEdited);
        QVERIFY(session.editAndEvaluate(id, QStringLiteral("EXTRACT-FACTS {{input.context}}"), &error));
        QVERIFY(session.isOptimizing());
        QVERIFY(optimized.wait(30000));
        QCOMPARE(edits.count(), 1);
        const qint64 broken = edits.at(0).at(0).toLongLong();
        QVERIFY(broken > id);
        const OptimizeOutcome blocked = optimized.last().at(0).value<OptimizeOutcome>();
        QCOMPARE(blocked.status, RoundStatus::Failed);
        QVERIFY2(blocked.error.contains(QStringLiteral("blocked")), qPrintable(blocked.error));
        QCOMPARE(session.workspace()->proposal(broken)->status, ProposalStatus::Blocked);
        QVERIFY(!session.isOptimizing());
        QVERIFY(session.editAndEvaluate(id, QStringLiteral("EXTRACT-FACTS {{input.context}} GOAL {{plan}} (be brief)")));
        QVERIFY(optimized.wait(60000));
        QCOMPARE(edits.count(), 2);
        const qint64 edited = edits.at(1).at(0).toLongLong();
        QVERIFY(edited > broken);
        QVERIFY(session.workspace()->proposal(edited)->evalScore.has_value());

        // A decision is in the workspace when decide() returns; undo restores the proposal.
        QSignalSpy stored(&session, &StudioSession::decisionStored);
        QVERIFY(session.decide(id, DecisionAction::Approved, QString()));
        QCOMPARE(stored.count(), 1);
        auto other = Workspace::open(session.workspacePath(), &error);
        QCOMPARE(other->proposal(id)->status, ProposalStatus::Approved);
        QVERIFY(other->proposal(id)->newPipelineId > 0);
        QVERIFY(!session.decide(id, DecisionAction::Rejected, QString(), &error)); // decided already
        QVERIFY(!error.isEmpty());
        QVERIFY(session.decide(id, DecisionAction::Undone, QString()));
        QCOMPARE(other->proposal(id)->status, ProposalStatus::Pending);
        state = session.reviewState();
        QCOMPARE(state.decisions[id].size(), size_t(2));
        QCOMPARE(nameOf(state.decisions[id].back().decision), QStringLiteral("undone"));
        QCOMPARE(answers.asked, 2);
    }

    void closingInTheMiddleOfARunKeepsWhatIsDone()
    {
        const World w = middleWorld(m_dir.filePath(QStringLiteral("close")), 60, false);
        QString workspace;
        {
            FixedAnswers answers;
            StudioSession session(&answers);
            QVERIFY(session.open(w.pipeline));
            workspace = session.workspacePath();
            QSignalSpy progress(&session, &StudioSession::runProgress);
            QVERIFY(session.runDataset(w.dataset));
            QVERIFY(progress.wait(20000));
        } // the session goes with its run in flight: the job is torn down and joined
        QString error;
        auto ws = Workspace::open(workspace, &error);
        QVERIFY(ws);
        const auto runs = ws->primaryRuns();
        QCOMPARE(runs.size(), size_t(1));
        QVERIFY(runs.front().status != RunStatus::Failed);
        // A new session resumes it rather than paying for the finished examples again.
        FixedAnswers answers;
        StudioSession session(&answers);
        QVERIFY(session.open(w.pipeline));
        QVERIFY(runAndShow(session, w.dataset));
        QCOMPARE(session.snapshot()->run.id, runs.front().id);
        QCOMPARE(session.snapshot()->totals.examples, 60);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
