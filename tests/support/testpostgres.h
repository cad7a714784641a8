#pragma once
// A throwaway PostgreSQL server for tests: initdb into a temporary folder, then `postgres` as a child
// process on a free 127.0.0.1 port, user "fapo" (superuser, trust auth), fsync off. As root the server
// binaries run as the `postgres` user (or `nobody`), since they refuse to run as root. The server gets
// SIGQUIT when the thread that started it dies (PR_SET_PDEATHSIG), so a killed test leaves no server
// behind: start it from the main thread. Needs the Debian packages postgresql and libqt6sql6-psql.
#include <QString>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace fapo::test {

class TestPostgres {
public:
    // Starts one; nullptr with *why set ("PostgreSQL server binaries not found (Debian package
    // postgresql)", or the failure) so a test can QSKIP(why).
    static std::unique_ptr<TestPostgres> start(QString* why);
    ~TestPostgres();
    int port() const { return m_port; }
    // Creates a fresh, empty database (unique name when `name` is empty) and returns its URL
    // "postgresql://fapo@127.0.0.1:PORT/NAME". Empty string on failure (reason logged with qWarning).
    QString createDatabase(const QString& name = QString());

private:
    TestPostgres();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
};

// One server per test process, started on first use and stopped when the QCoreApplication goes (or at
// exit); nullptr + *why when it cannot start (a failed start is not retried).
TestPostgres* sharedTestPostgres(QString* why);

} // namespace fapo::test
