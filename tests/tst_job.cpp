// The one helper that runs work off the GUI thread: where the work, its workspace connection and its
// deliveries run, which work wins, cancelling, and that every worker thread is joined.
#include "core/jobs/job.h"
#include "core/workspace/workspace.h"
#include <QSemaphore>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace fapo;

namespace {
// An engine that waits on its event loop, as runs, analyses and optimizations do on the network.
class WaitingEngine : public QObject {
public:
    using QObject::QObject;
    ~WaitingEngine() override { *deletedOn = QThread::currentThread(); }
    std::shared_ptr<QThread*> deletedOn = std::make_shared<QThread*>(nullptr);
};
} // namespace

class TestJob : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString workspacePath() const { return m_dir.filePath(QStringLiteral("job.fapo")); }

private Q_SLOTS:
    void workRunsOnItsOwnThreadWithItsOwnConnection()
    {
        Job job;
        QSignalSpy running(&job, &Job::runningChanged);
        QThread* workThread = nullptr;
        QThread* lastThread = nullptr;
        QStringList connectionsDuringWork;
        bool hadWorkspace = false;
        bool done = false;
        job.start(workspacePath(), [&](JobScope& scope) {
            workThread = QThread::currentThread();
            hadWorkspace = scope.workspace() != nullptr;
            connectionsDuringWork = QSqlDatabase::connectionNames();
            scope.finish([&] {
                lastThread = QThread::currentThread();
                done = true;
            });
        });
        QVERIFY(job.isRunning());
        QCOMPARE(running.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(hadWorkspace);
        QVERIFY(workThread != nullptr && workThread != QThread::currentThread());
        QCOMPARE(lastThread, QThread::currentThread());
        // By the time `last` runs, the worker is joined and its connection closed.
        QVERIFY(!job.isRunning());
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.at(1).at(0).toBool(), false);
        QCOMPARE(connectionsDuringWork.size(), 1);
        QVERIFY(!QSqlDatabase::connectionNames().contains(connectionsDuringWork.first()));
    }

    void aWorkspaceThatCannotOpenSaysWhy()
    {
        Job job;
        QString why;
        bool done = false;
        job.start(m_dir.filePath(QStringLiteral("no/such/dir/x.fapo")), [&](JobScope& scope) {
            const QString error = scope.workspace() ? QString() : scope.openError();
            scope.finish([&, error] {
                why = error;
                done = true;
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(why.contains(QStringLiteral("x.fapo")), qPrintable(why));
    }

    void theLatestWorkWins()
    {
        Job job(nullptr, Job::Delivery::LatestOnly);
        QStringList delivered;
        QSemaphore secondStarted;
        std::atomic<bool> firstSawCancel { false };
        job.start(QString(), [&](JobScope& scope) {
            secondStarted.acquire(); // holds the first work until the second has started
            firstSawCancel = scope.isCancelled();
            scope.deliver([&] { delivered << QStringLiteral("first"); });
            scope.finish([&] { delivered << QStringLiteral("first done"); });
        });
        job.start(QString(), [&](JobScope& scope) {
            secondStarted.release();
            scope.deliver([&] { delivered << QStringLiteral("second"); });
            scope.finish([&] { delivered << QStringLiteral("second done"); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), 10000);
        QVERIFY(firstSawCancel);
        QCOMPARE(delivered, (QStringList { QStringLiteral("second"), QStringLiteral("second done") }));
    }

    void everyWorkDeliversWhenAsked()
    {
        Job job(nullptr, Job::Delivery::Every);
        QStringList delivered;
        for (const QString& name : { QStringLiteral("a"), QStringLiteral("b") })
            job.start(QString(), [&, name](JobScope& scope) { scope.finish([&, name] { delivered << name; }); });
        QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), 10000);
        delivered.sort();
        QCOMPARE(delivered, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    }

    void cancelReachesTheEngineOnItsThread()
    {
        Job job;
        std::shared_ptr<QThread*> deletedOn;
        QThread* cancelledOn = nullptr;
        QThread* workThread = nullptr;
        bool done = false;
        job.start(workspacePath(), [&](JobScope& scope) {
            workThread = QThread::currentThread();
            auto* engine = new WaitingEngine(&scope);
            deletedOn = engine->deletedOn;
            // The engine stops when asked, some time later, as a run finishes its calls in flight.
            scope.onCancel([&, engine, s = &scope] {
                cancelledOn = QThread::currentThread();
                QTimer::singleShot(10, engine, [s, &done] { s->finish([&done] { done = true; }); });
            });
            scope.deliver([&] { job.cancel(); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(cancelledOn, workThread);
        QCOMPARE(*deletedOn, workThread); // deleted on its own thread, before the thread was joined
        QVERIFY(!job.isRunning());
    }

    void aDyingJobJoinsWorkThatNeverEnds()
    {
        auto job = std::make_unique<Job>();
        std::shared_ptr<QThread*> deletedOn;
        QThread* workThread = nullptr;
        QString connection;
        std::atomic<bool> started { false };
        QSemaphore dying;
        job->start(workspacePath(), [&](JobScope& scope) {
            workThread = QThread::currentThread();
            deletedOn = (new WaitingEngine(&scope))->deletedOn;
            connection = QSqlDatabase::connectionNames().value(0);
            started = true;
            dying.acquire();
            scope.deliver([] { QFAIL("a dying job delivers nothing"); });
            // and it never calls finish()
        });
        QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
        dying.release();
        job.reset();
        QCOMPARE(*deletedOn, workThread);
        QVERIFY(!QSqlDatabase::connectionNames().contains(connection));
        QCoreApplication::processEvents(); // what the work delivered went with the job
    }
};

QTEST_MAIN(TestJob)
#include "tst_job.moc"
