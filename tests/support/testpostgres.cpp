#include "testpostgres.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <QVersionNumber>
#include <atomic>
#include <functional>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace fapo::test {

namespace {

const QString kUser = QStringLiteral("fapo"); // also in initdb's arguments

// The folder holding initdb and postgres: PATH first, then Debian's newest /usr/lib/postgresql/N/bin.
QString binDir()
{
    auto complete = [](const QString& dir) {
        return QFileInfo(dir + QLatin1String("/initdb")).isExecutable() && QFileInfo(dir + QLatin1String("/postgres")).isExecutable();
    };
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && complete(QFileInfo(initdb).absolutePath()))
        return QFileInfo(initdb).absolutePath();
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return QVersionNumber::fromString(a) > QVersionNumber::fromString(b); });
    for (const QString& v : versions) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (complete(dir))
            return dir;
    }
    return {};
}

struct RunAs {
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

// Runs in the forked child, so only async-signal-safe calls.
void prepareChild(const RunAs& as, pid_t parent)
{
    if (as.switchUser && (::setgroups(0, nullptr) != 0 || ::setgid(as.gid) != 0 || ::setuid(as.uid) != 0)) {
        static const char msg[] = "testpostgres: could not switch to the server user\n";
        [[maybe_unused]] auto n = ::write(2, msg, sizeof msg - 1);
        ::_exit(126);
    }
    // After setuid: a credential change clears the parent-death signal.
    ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
    if (::getppid() != parent) // the test process died before prctl took effect
        ::_exit(126);
}

void configure(QProcess& p, const RunAs& as, const QString& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages, no missing-locale warnings
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir); // the server user may not be able to enter ours (e.g. /root)
    const pid_t parent = ::getpid();
    p.setChildProcessModifier([as, parent] { prepareChild(as, parent); });
    p.setProcessChannelMode(QProcess::MergedChannels);
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Runs `work` (returning an error, empty when fine) on a short-lived connection to the postgres database.
QString withConnection(int port, const std::function<QString(QSqlDatabase&)>& work)
{
    static std::atomic_int counter { 0 };
    const QString name = QStringLiteral("fapo-testpostgres-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setUserName(kUser);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setConnectOptions(QStringLiteral("connect_timeout=2"));
        error = db.open() ? work(db) : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// Removes the folders (fapo-pg-PID-XXXXXX, 40 MB each) of killed test processes, whose servers died with them. A
// running server keeps postmaster.pid, and the age check spares a folder in initdb in another PID namespace.
void removeStaleFolders(const QString& base)
{
    const QStringList names = QDir(base).entryList({ QStringLiteral("fapo-pg-*") }, QDir::Dirs);
    for (const QString& name : names) {
        const QString path = base + u'/' + name;
        const pid_t pid = name.section(u'-', 2, 2).toInt();
        if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH && !QFile::exists(path + QLatin1String("/data/postmaster.pid"))
            && QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 60)
            QDir(path).removeRecursively();
    }
}

} // namespace

TestPostgres::TestPostgres() = default;

TestPostgres::~TestPostgres()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        // SIGINT is postgres' fast shutdown; SIGTERM (smart) would wait for connections a test left open.
        ::kill(pid_t(m_server->processId()), SIGINT);
        if (!m_server->waitForFinished(10000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
}

std::unique_ptr<TestPostgres> TestPostgres::start(QString* why)
{
    auto fail = [why](const QString& message) {
        if (why)
            *why = message;
        return std::unique_ptr<TestPostgres>();
    };
    const QString bin = binDir();
    if (bin.isEmpty())
        return fail(QStringLiteral("PostgreSQL server binaries not found (Debian package postgresql)"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QStringLiteral("Qt's PostgreSQL driver QPSQL not available (Debian package libqt6sql6-psql)"));

    RunAs as;
    if (::geteuid() == 0) { // initdb and postgres refuse to run as root
        const passwd* pw = ::getpwnam("postgres");
        if (!pw)
            pw = ::getpwnam("nobody");
        if (!pw)
            return fail(QStringLiteral("Running as root and there is no postgres or nobody user to run PostgreSQL as"));
        as = RunAs { true, pw->pw_uid, pw->pw_gid };
    }

    std::unique_ptr<TestPostgres> pg(new TestPostgres);
    // As root, /tmp: the server user could not enter a TMPDIR under /root.
    const QString base = as.switchUser ? QStringLiteral("/tmp") : QDir::tempPath();
    removeStaleFolders(base);
    pg->m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/fapo-pg-%1-XXXXXX").arg(::getpid()));
    if (!pg->m_dir->isValid())
        return fail(QStringLiteral("Cannot create a temporary folder: %1").arg(pg->m_dir->errorString()));
    const QString dir = pg->m_dir->path();
    const QString data = dir + QLatin1String("/data");
    if (as.switchUser && ::chown(QFile::encodeName(dir).constData(), as.uid, as.gid) != 0)
        return fail(QStringLiteral("Cannot hand %1 to the server user: %2").arg(dir, QString::fromLocal8Bit(strerror(errno))));

    QProcess initdb;
    configure(initdb, as, dir);
    initdb.start(bin + QLatin1String("/initdb"),
                 QStringList { QStringLiteral("-D"), data }
                     + QStringLiteral("-U fapo --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync").split(u' '));
    const bool finished = initdb.waitForFinished(120000);
    if (!finished || initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0) {
        const QString how = finished && initdb.exitStatus() == QProcess::NormalExit ? QStringLiteral("exit code %1").arg(initdb.exitCode())
                                                                                    : initdb.errorString();
        initdb.kill();
        initdb.waitForFinished(5000);
        return fail(QStringLiteral("initdb failed (%1): %2").arg(how, QString::fromLocal8Bit(initdb.readAll()).trimmed()));
    }

    // The free port may be taken between probing and binding: try a few.
    const QString log = dir + QLatin1String("/server.log");
    for (int attempt = 0;; ++attempt) {
        pg->m_port = freePort();
        pg->m_server = std::make_unique<QProcess>();
        configure(*pg->m_server, as, dir);
        // A file, not a pipe: an unread pipe would fill and block the server's logging.
        pg->m_server->setStandardOutputFile(log, QIODevice::Truncate);
        pg->m_server->start(
            bin + QLatin1String("/postgres"),
            QStringList { QStringLiteral("-D"), data, QStringLiteral("-k"), dir, QStringLiteral("-p"), QString::number(pg->m_port) }
                + QStringLiteral("-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
                      .split(u' '));
        if (!pg->m_server->waitForStarted(10000))
            return fail(QStringLiteral("Cannot start postgres: %1").arg(pg->m_server->errorString()));
        const QDeadlineTimer deadline(20000);
        QString error;
        // Postgres makes its Unix socket after binding the TCP port: a stranger holding the port may accept and never answer.
        const QString socket = dir + QStringLiteral("/.s.PGSQL.%1").arg(pg->m_port);
        while (!deadline.hasExpired() && !pg->m_server->waitForFinished(50)) {
            if (!QFile::exists(socket))
                continue;
            error = withConnection(pg->m_port, [](QSqlDatabase&) { return QString(); });
            if (error.isEmpty())
                return pg;
        }
        QFile file(log);
        const QString output = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(2000)).trimmed() : QString();
        const bool exited = pg->m_server->state() == QProcess::NotRunning;
        if (exited && output.contains(QLatin1String("Address already in use")) && attempt < 3)
            continue;
        return fail(QStringLiteral("PostgreSQL did not start (%1): %2")
                        .arg(exited ? QStringLiteral("exited") : QStringLiteral("not ready in 20 s; ") + error, output));
    }
}

QString TestPostgres::createDatabase(const QString& name)
{
    static std::atomic_int counter { 0 };
    const QString database = name.isEmpty() ? QStringLiteral("fapo_test_%1").arg(++counter) : name;
    const QString error = withConnection(m_port, [&database](QSqlDatabase& db) {
        QSqlQuery q(db);
        const QString quoted = QString(database).replace(u'"', QLatin1String("\"\""));
        return q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(quoted)) ? QString() : q.lastError().text();
    });
    if (!error.isEmpty()) {
        qWarning("TestPostgres: cannot create database %s: %s", qPrintable(database), qPrintable(error));
        return {};
    }
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(kUser, QString::number(m_port), QString::fromLatin1(QUrl::toPercentEncoding(database)));
}

TestPostgres* sharedTestPostgres(QString* why)
{
    static QMutex mutex;
    static std::unique_ptr<TestPostgres> shared; // reset by the post routine, or at exit without an application
    static bool tried = false;
    static QString failure;
    QMutexLocker lock(&mutex);
    if (!tried) {
        tried = true;
        shared = TestPostgres::start(&failure);
        if (shared && QCoreApplication::instance())
            qAddPostRoutine([] { shared.reset(); });
    }
    if (!shared && why)
        *why = failure;
    return shared.get();
}

} // namespace fapo::test
