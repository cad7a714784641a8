#include "core/workspace/sqliteconfig.h"
#include <sqlite3.h>

namespace fapo {

void configureSqlite() { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

} // namespace fapo
