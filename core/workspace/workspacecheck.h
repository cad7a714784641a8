#pragma once
// What Workspace::open checks before it trusts (or writes into) a file: that an existing file is an
// SQLite database at all (an empty file, or any other file, is refused and left untouched), that a
// database is a FAPO workspace, and that it is not damaged.
#include <QString>

struct sqlite3;

namespace fapo {

// Why an existing file at `path` cannot be a workspace ("the file is empty", "not an SQLite
// database"), or empty when it can (it does not exist yet, or it starts as SQLite files do).
QString foreignFileProblem(const QString& path);

// SQLite's quick_check of an open database, stopped after about `budgetMs` (a large file is then only
// partly checked, which is logged). The first problem it names, or empty when none was found.
QString damageProblem(sqlite3* db, int budgetMs);

} // namespace fapo
