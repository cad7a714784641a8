#include "testbackend.h"
#include "testpostgres.h"
#include "core/workspace/workspace.h"
#include <QDir>

namespace fapo::test {

bool testOnPostgres() { return qEnvironmentVariable("FAPO_TEST_BACKEND") == QLatin1String("postgresql"); }

QString newWorkspaceLocation(const QString& folder, const QString& name, QString* why)
{
    if (!testOnPostgres())
        return QDir(folder).filePath(name + QStringLiteral(".fapo"));
    TestPostgres* server = sharedTestPostgres(why);
    if (!server)
        return QString();
    const QString url = server->createDatabase();
    if (url.isEmpty())
        *why = QStringLiteral("cannot create a database on the test server");
    return url;
}

QString useWorkspaceFor(const QString& pipelinePath, QString* why)
{
    if (!testOnPostgres()) {
        qunsetenv("FAPO_WORKSPACE");
        return defaultWorkspacePath(pipelinePath);
    }
    const QString url = newWorkspaceLocation(QString(), QString(), why);
    if (!url.isEmpty())
        qputenv("FAPO_WORKSPACE", url.toUtf8());
    return url;
}

} // namespace fapo::test
