#pragma once
// Workspace schema migrations: entry N brings a workspace from version N to N+1. Append, never edit.
// They are written in SQLite's dialect; a workspace on PostgreSQL runs each through postgresStatement.
#include <QStringList>
#include <vector>

namespace fapo {
const std::vector<QStringList>& workspaceMigrations();

// One migration statement for PostgreSQL: SQLite's rowid key becomes an identity column, integers are
// 64-bit, REAL is double precision and BLOB is bytea. A table without an id of its own gets a `rowid`
// identity, so rows can still be read in the order they were stored.
QString postgresStatement(const QString& sqliteStatement);

// PostgreSQL has no user_version: the schema version is a row of this table.
QString postgresVersionTable();
} // namespace fapo
