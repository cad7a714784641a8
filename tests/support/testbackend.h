#pragma once
// Which store the workspace tests run against. A test built to run on both is registered twice with
// ctest: as it is (SQLite files) and as NAME_postgresql with FAPO_TEST_BACKEND=postgresql, where every
// new workspace is a fresh database on a throwaway server (testpostgres.h).
#include <QString>
#include <QtTest>

namespace fapo::test {

bool testOnPostgres();

// A new, empty workspace's location: FOLDER/NAME.fapo, or a fresh database's URL. Empty, with *why,
// when the server cannot start (the test then skips with that message).
QString newWorkspaceLocation(const QString& folder, const QString& name, QString* why);

} // namespace fapo::test

// Declares `var` as a new workspace's location, or skips the test when there is no server to hold it.
#define FAPO_NEW_WORKSPACE(var, folder, name)                                                                                              \
    QString var;                                                                                                                           \
    do {                                                                                                                                   \
        QString why_;                                                                                                                      \
        var = fapo::test::newWorkspaceLocation(folder, name, &why_);                                                                       \
        if (var.isEmpty())                                                                                                                 \
            QSKIP(qPrintable(why_));                                                                                                       \
    } while (false)

// For a case about the workspace file itself (SQLite's pages, journal, damage): not one for a server.
#define FAPO_FILE_WORKSPACE_ONLY()                                                                                                         \
    do {                                                                                                                                   \
        if (fapo::test::testOnPostgres())                                                                                                  \
            QSKIP("about the workspace file; a PostgreSQL workspace has none");                                                            \
    } while (false)

namespace fapo::test {
// The workspace a test's `fapo` commands use for the pipeline at `pipelinePath`: its FILE.fapo, or (on
// PostgreSQL) a fresh database that FAPO_WORKSPACE then names for every fapo process the test starts.
// Empty, with *why, when the server cannot start.
QString useWorkspaceFor(const QString& pipelinePath, QString* why);
} // namespace fapo::test
