#include "core/import/unfinishedimports.h"
#include "core/workspace/workspace.h"
#include <QCoreApplication>
#include <QSysInfo>
#include <cerrno>
#include <csignal>

namespace fapo {

namespace {

// An import of this host whose process no longer exists.
bool abandoned(const RunInfo& run, const std::string& host)
{
    const nlohmann::json& o = run.options;
    if (run.status != RunStatus::Running || !o.is_object() || !o.contains("imported_from") || !o.contains("pid")
        || !o["pid"].is_number_integer() || o.value("host", std::string()) != host)
        return false;
    const auto pid = pid_t(o["pid"].get<qint64>());
    return pid > 0 && pid != pid_t(QCoreApplication::applicationPid()) && ::kill(pid, 0) != 0 && errno == ESRCH;
}

} // namespace

SettledImports settleUnfinishedImports(Workspace& workspace, UnfinishedImports what)
{
    const std::string host = QSysInfo::machineHostName().toStdString();
    SettledImports settled;
    for (const RunInfo& run : workspace.runs()) {
        if (!abandoned(run, host))
            continue;
        if (what == UnfinishedImports::Remove)
            settled.removed += workspace.deleteRun(run.id) ? 1 : 0;
        else
            settled.kept += workspace.setRunStatus(run.id, RunStatus::Interrupted) ? 1 : 0;
    }
    return settled;
}

} // namespace fapo
