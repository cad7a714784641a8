#pragma once
// Failed statements, remembered per connection. A read that stops on a damaged page looks like a short
// result; without this a command would go on (and store its conclusions) as if it had read it all.
#include <QString>
#include <optional>

class QSqlDriver;
class QSqlQuery;

namespace fapo::sql {

enum class FailedStatement { Write, Read };
// Remembers the first failure of a connection (later ones are usually its consequences).
void noteFailure(const QSqlDriver* connection, const QString& what, FailedStatement kind);
// The first failure since the connection opened, if any.
std::optional<QString> failureOf(const QSqlDriver* connection);
// The first failed read since the connection opened: after one, the connection writes nothing (what it
// would store may rest on rows it never saw). A failed write leaves later writes alone, so that a run
// can still record that it failed.
std::optional<QString> readFailureOf(const QSqlDriver* connection);
// Called when the connection closes (its driver's address may be reused).
void forgetFailures(const QSqlDriver* connection);
// The first failure of any connection this process opened, closed or not: what `fapo` exits non-zero on.
std::optional<QString> firstFailureInProcess();

// Whether a statement only reads (SELECT, WITH, a PRAGMA without "="): its failure may have cut a
// result short, so the connection stores nothing more after it.
bool isReadStatement(const QString& sql);

// QSqlQuery::next() for read loops: false at the end of the rows, and also when the read failed,
// which is then noted.
bool nextRow(QSqlQuery& q);

} // namespace fapo::sql
