// A workspace shared by a team: copied between a file and a database, decided on by several people at
// once, written by several runs at once. Runs on workspace files (tst_teamworkspace) and on a throwaway
// PostgreSQL server (tst_teamworkspace_postgresql), where the copies go to and from a database.
#include "fapoprocess.h"
#include "testbackend.h"
#include "core/session/sessionprompter.h"
#include "core/session/studiosession.h"
#include "core/workspace/workspace.h"
#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace fapo;
using namespace fapo::test;
using nlohmann::json;

class TestTeamWorkspace : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // The bundled example in a folder of its own (its scripted models answer offline).
    QString exampleCopy()
    {
        const QString dir = m_dir.filePath(QStringLiteral("example-%1").arg(++m_counter));
        QDir().mkpath(dir);
        const QDir source(QStringLiteral(FAPO_SOURCE_DIR "/examples/multihop"));
        for (const QString& name : source.entryList(QDir::Files))
            QFile::copy(source.filePath(name), dir + QLatin1Char('/') + name);
        return dir;
    }

    // Every row of every table, in stored order, as text (PostgreSQL's own rowid column left out).
    static QStringList dump(const QString& location)
    {
        QString error;
        auto ws = Workspace::open(location, &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        QStringList out;
        for (const char* table : { "pipelines", "datasets", "dataset_examples", "runs", "examples", "step_records", "model_cache",
                                   "analyses", "analysis_verdicts", "rounds", "proposals", "decisions" }) {
            const QSqlRecord record = ws->database().record(QLatin1String(table));
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                if (record.fieldName(i) != QLatin1String("rowid"))
                    columns << record.fieldName(i);
            QSqlQuery q(ws->database());
            const QString order = columns.contains(QLatin1String("id")) ? QStringLiteral("id") : QStringLiteral("rowid");
            if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QLatin1Char(',')), QLatin1String(table), order)))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next()) {
                QStringList values { QLatin1String(table) };
                for (int i = 0; i < columns.size(); ++i)
                    values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                out << values.join(QLatin1Char('|'));
            }
        }
        return out;
    }

    // The example run, analysed, with a round of proposals left pending, in `workspace`.
    static void makeHistory(const QString& dir, const QString& workspace)
    {
        const QString pipeline = dir + QStringLiteral("/pipeline.json");
        const QStringList ws { QStringLiteral("--workspace"), workspace, QStringLiteral("--quiet") };
        for (const QStringList& command :
             { QStringList { QStringLiteral("run"), pipeline, QStringLiteral("--dataset"), dir + QStringLiteral("/dataset.jsonl") },
               QStringList { QStringLiteral("analyze"), pipeline },
               QStringList { QStringLiteral("optimize"), pipeline, QStringLiteral("--dataset"), dir + QStringLiteral("/dataset.jsonl"),
                             QStringLiteral("--approve"), QStringLiteral("none") } }) {
            const FapoResult r = runFapo(command + ws);
            QVERIFY2(r.code == 0, r.err.constData());
        }
    }

    static QProcess* startFapo(const QStringList& args, QObject* parent)
    {
        auto* p = new QProcess(parent);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(FAPO_FAPO_BIN), args);
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A file onto the team's store and back: every row, id and order the same; the commands read the
    // same runs and proposals from either.
    void copyThereAndBack()
    {
        const QString dir = exampleCopy();
        const QString file = dir + QStringLiteral("/pipeline.fapo");
        makeHistory(dir, file);
        FAPO_NEW_WORKSPACE(shared, dir, QStringLiteral("shared"));
        const QString back = dir + QStringLiteral("/back.fapo");

        const FapoResult there = runFapo({ QStringLiteral("workspace"), QStringLiteral("copy"), file, shared, QStringLiteral("--json") });
        QVERIFY2(there.code == 0, there.err.constData());
        QCOMPARE(there.document()["tables"]["step_records"].get<int>(), dump(file).filter(QStringLiteral("step_records|")).size());
        const FapoResult again = runFapo({ QStringLiteral("workspace"), QStringLiteral("copy"), file, shared });
        QCOMPARE(again.code, 2); // never into a workspace that holds something
        QVERIFY2(again.err.contains(testOnPostgres() ? "already holds a workspace" : "the file exists already"), again.err.constData());
        QCOMPARE(runFapo({ QStringLiteral("workspace"), QStringLiteral("copy"), shared, back, QStringLiteral("--quiet") }).code, 0);
        QCOMPARE(dump(back), dump(file));
        if (testOnPostgres())
            QCOMPARE(dump(shared), dump(file));

        for (const QString& command : { QStringLiteral("runs"), QStringLiteral("proposals") }) {
            const FapoResult fromFile = runFapo({ command, QStringLiteral("--workspace"), file, QStringLiteral("--json") });
            const FapoResult fromShared = runFapo({ command, QStringLiteral("--workspace"), shared, QStringLiteral("--json") });
            QCOMPARE(fromFile.code, 0);
            QCOMPARE(fromShared.out, fromFile.out);
        }
        // New rows continue after the copied ids.
        QString error;
        auto ws = Workspace::open(shared, &error);
        QVERIFY2(ws, qPrintable(error));
        const qint64 lastRun = ws->runs().back().id;
        QCOMPARE(ws->createRun(ws->runs().back().pipelineId, ws->runs().back().datasetId, 1, json::object()), lastRun + 1);
    }

    // Two people decide the same proposal at the same moment: exactly one decision is taken, and the
    // other person is told who decided what, and when.
    void twoPeopleDecideAtOnce()
    {
        const QString dir = exampleCopy();
        FAPO_NEW_WORKSPACE(shared, dir, QStringLiteral("shared"));
        makeHistory(dir, shared);
        QString error;
        std::vector<qint64> pending;
        {
            auto ws = Workspace::open(shared, &error);
            QVERIFY2(ws, qPrintable(error));
            const auto proposals = ws->proposals();
            QVERIFY(!proposals.empty());
            // More pending proposals to race on: copies of the first, stored as new ones.
            Proposal p = proposals.front();
            p.status = ProposalStatus::Pending;
            for (int i = 0; i < 6; ++i) {
                p.id = 0;
                pending.push_back(ws->storeProposal(p));
                QVERIFY(pending.back() > 0);
            }
        }
        for (const qint64 id : pending) {
            QProcess* alice = startFapo({ QStringLiteral("approve"), QString::number(id), QStringLiteral("--workspace"), shared,
                                          QStringLiteral("--who"), QStringLiteral("alice") },
                                        this);
            QProcess* bob = startFapo({ QStringLiteral("reject"), QString::number(id), QStringLiteral("--workspace"), shared,
                                        QStringLiteral("--who"), QStringLiteral("bob") },
                                      this);
            for (QProcess* p : { alice, bob })
                if (p->state() != QProcess::NotRunning)
                    QVERIFY(QSignalSpy(p, &QProcess::finished).wait(60000));
            const QByteArray aliceErr = alice->readAllStandardError();
            const QByteArray bobErr = bob->readAllStandardError();
            QVERIFY2((alice->exitCode() == 0) != (bob->exitCode() == 0), QByteArray(aliceErr + bobErr).constData());
            QProcess* loser = alice->exitCode() == 0 ? bob : alice;
            QCOMPARE(loser->exitCode(), 1);
            const QByteArray told = loser == alice ? aliceErr : bobErr;
            const QByteArray winner = loser == alice ? QByteArray("rejected by bob at ") : QByteArray("approved by alice at ");
            QVERIFY2(told.contains(winner), told.constData());
            auto ws = Workspace::open(shared, &error);
            QCOMPARE(ws->decisions(id).size(), size_t(1));
            QCOMPARE(ws->proposal(id)->status, alice->exitCode() == 0 ? ProposalStatus::Approved : ProposalStatus::Rejected);
            delete alice;
            delete bob;
        }
    }

    // The window's session opens the shared workspace by its location and decides only what it showed:
    // when someone else decided first, it says who and shows their decision instead of overwriting it.
    void theWindowDecidesOnlyWhatItShowed()
    {
        const QString dir = exampleCopy();
        FAPO_NEW_WORKSPACE(shared, dir, QStringLiteral("shared"));
        makeHistory(dir, shared);
        FixedAnswers answers;
        StudioSession session(&answers);
        QSignalSpy opened(&session, &StudioSession::opened);
        QSignalSpy failed(&session, &StudioSession::openFailed);
        session.openInBackground(shared);
        QVERIFY(!opened.isEmpty() || opened.wait(20000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(session.workspace());
        qint64 id = 0;
        for (const Proposal& p : session.workspace()->proposals())
            if (p.status == ProposalStatus::Pending && id == 0)
                id = p.id;
        QVERIFY(id > 0);
        const FapoResult carol = runFapo({ QStringLiteral("approve"), QString::number(id), QStringLiteral("--workspace"), shared,
                                           QStringLiteral("--who"), QStringLiteral("carol") });
        QVERIFY2(carol.code == 0, carol.err.constData());
        QSignalSpy changed(&session, &StudioSession::reviewChanged);
        QString error;
        QVERIFY(!session.decide(id, DecisionAction::Rejected, QStringLiteral("too narrow"), &error, ProposalStatus::Pending));
        QVERIFY2(error.contains(QStringLiteral("approved by carol at")), qPrintable(error));
        QCOMPARE(changed.count(), 1); // the review shows carol's decision
        QCOMPARE(session.proposal(id)->status, ProposalStatus::Approved);
        QCOMPARE(session.workspace()->decisions(id).size(), size_t(1));
        // Her approval, undone from the window that showed it approved, is taken (and recorded as undone by this person).
        QVERIFY2(session.decide(id, DecisionAction::Undone, QString(), &error, ProposalStatus::Approved), qPrintable(error));
        QCOMPARE(session.proposal(id)->status, ProposalStatus::Pending);
        // A second undo from a window that still showed it approved is refused.
        QVERIFY(!session.decide(id, DecisionAction::Undone, QString(), &error, ProposalStatus::Approved));
        QVERIFY2(error.contains(QStringLiteral("is already pending: undone by")), qPrintable(error));
    }

    // A window open on a shared workspace sees another person's decision and another job's run within
    // seconds (LISTEN/NOTIFY), without reopening anything.
    void theWindowSeesOthersWork()
    {
        if (!testOnPostgres())
            QSKIP("a workspace file is not watched (one machine: the window made what it shows)");
        const QString dir = exampleCopy();
        FAPO_NEW_WORKSPACE(shared, dir, QStringLiteral("shared"));
        makeHistory(dir, shared);
        FixedAnswers answers;
        StudioSession session(&answers);
        QString error;
        QVERIFY2(session.open(shared, &error), qPrintable(error));
        qint64 id = 0;
        for (const Proposal& p : session.workspace()->proposals())
            if (p.status == ProposalStatus::Pending && id == 0)
                id = p.id;
        QVERIFY(id > 0);
        QSignalSpy changed(&session, &StudioSession::reviewChanged);
        QSignalSpy runs(&session, &StudioSession::teamRunStored);
        QProcess* dave = startFapo({ QStringLiteral("approve"), QString::number(id), QStringLiteral("--workspace"), shared,
                                     QStringLiteral("--who"), QStringLiteral("dave") },
                                   this);
        QVERIFY(changed.wait(20000));
        QCOMPARE(session.proposal(id)->status, ProposalStatus::Approved);
        if (dave->state() != QProcess::NotRunning)
            QVERIFY(QSignalSpy(dave, &QProcess::finished).wait(20000));
        const qint64 before = session.workspace()->runs().back().id;
        QProcess* job
            = startFapo({ QStringLiteral("run"), dir + QStringLiteral("/pipeline.json"), QStringLiteral("--dataset"),
                          dir + QStringLiteral("/dataset.jsonl"), QStringLiteral("--workspace"), shared, QStringLiteral("--limit"),
                          QStringLiteral("3"), QStringLiteral("--no-resume"), QStringLiteral("--quiet") },
                        this);
        while (runs.isEmpty() || runs.last().at(0).toLongLong() <= before)
            QVERIFY(runs.wait(30000));
        if (job->state() != QProcess::NotRunning)
            QVERIFY(QSignalSpy(job, &QProcess::finished).wait(30000));
        QCOMPARE(job->exitCode(), 0);
    }

    // Two runs stored at once, from two processes: each gets its own id and all of its rows.
    void twoRunsWriteAtOnce()
    {
        const QString dir = exampleCopy();
        FAPO_NEW_WORKSPACE(shared, dir, QStringLiteral("shared"));
        QFile all(dir + QStringLiteral("/dataset.jsonl"));
        QVERIFY(all.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = all.readAll().trimmed().split('\n');
        QByteArray first, second;
        for (int i = 0; i < lines.size(); ++i)
            (i % 2 == 0 ? first : second) += lines[i] + '\n';
        for (const auto& [name, bytes] : { std::pair { "first.jsonl", first }, std::pair { "second.jsonl", second } }) {
            QFile f(dir + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QList<QProcess*> runs;
        for (const char* name : { "first.jsonl", "second.jsonl" })
            runs << startFapo({ QStringLiteral("run"), dir + QStringLiteral("/pipeline.json"), QStringLiteral("--dataset"),
                                dir + QLatin1Char('/') + QLatin1String(name), QStringLiteral("--workspace"), shared,
                                QStringLiteral("--quiet") },
                              this);
        for (QProcess* p : runs) {
            if (p->state() != QProcess::NotRunning)
                QVERIFY(QSignalSpy(p, &QProcess::finished).wait(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QString error;
        auto ws = Workspace::open(shared, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto stored = ws->runs();
        QCOMPARE(stored.size(), size_t(2));
        QVERIFY(stored[0].id != stored[1].id);
        int examples = 0;
        for (const RunInfo& r : stored) {
            QCOMPARE(r.status, RunStatus::Done);
            const RunTotals t = ws->totals(r.id);
            QCOMPARE(t.examples, r.exampleCount);
            examples += t.examples;
            QCOMPARE(qint64(ws->stepRecords(r.id).size()), ws->stepRecordCounts()[r.id]);
            QVERIFY(ws->stepRecordCounts()[r.id] >= qint64(t.examples));
        }
        QCOMPARE(examples, int(lines.size()));
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
