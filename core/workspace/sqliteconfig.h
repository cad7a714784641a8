#pragma once
// Process-wide SQLite settings, made once before any database is opened.

namespace fapo {

// Turns SQLite's memory statistics off. With them on (SQLite's default), every allocation SQLite makes
// takes a process-wide mutex; nothing here reads the statistics, and a large import allocates for every
// row it writes. Call before the first database opens (SQLite refuses the setting afterwards, harmlessly).
void configureSqlite();

} // namespace fapo
