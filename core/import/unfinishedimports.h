#pragma once
// Imports a process left half-stored: it was killed (or its machine went down) between the run's
// first rows and its last. Each import records its process id and host (RunWriter), so a later import
// can tell an abandoned run from one still being written.
#include <QtGlobal>

namespace fapo {

class Workspace;

enum class UnfinishedImports {
    Remove, // the default: a partial import is of no use, and its rows only grow the file
    KeepAsInterrupted, // the person wants to look at what arrived: the run stays, marked interrupted
};

struct SettledImports {
    int removed = 0;
    int kept = 0; // marked interrupted
};

// Settles the imports left "running" by a process of this host that is gone. Imports of other hosts
// (a shared file) and of processes still alive are left alone.
SettledImports settleUnfinishedImports(Workspace& workspace, UnfinishedImports what);

} // namespace fapo
