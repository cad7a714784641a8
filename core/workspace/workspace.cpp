// The workspace file: opening it (WAL, schema migrations), versioned pipelines and datasets, and trust
// decisions. The other table groups are in runstore.cpp, analysisstore.cpp and cachestore.cpp.
#include "core/workspace/sqlhelpers.h"
#include "core/workspace/rowstatement.h"
#include "core/workspace/keyorder.h"
#include "core/workspace/workspacecheck.h"
#include "core/workspace/workspace.h"
#include "core/formats/pipelineloader.h"
#include "core/workspace/schema.h"
#include "core/workspace/workspacewatcher.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <spdlog/spdlog.h>

namespace fapo {

namespace {
constexpr int kQuickCheckBudgetMs = 1000; // a large workspace is checked for about this long on open
constexpr qint64 kApplicationId = 0x46415030; // "FAP0" in the SQLite header

QMutex checkedMutex;
QSet<QString> checkedFiles; // workspaces this process has checked for damage already

bool firstOpenInThisProcess(const QString& path)
{
    const QMutexLocker lock(&checkedMutex);
    if (checkedFiles.contains(path))
        return false;
    checkedFiles.insert(path);
    return true;
}

void forgetChecked(const QString& path)
{
    const QMutexLocker lock(&checkedMutex);
    checkedFiles.remove(path);
}
} // namespace

using nlohmann::json;
using namespace sql;

QString defaultWorkspacePath(const QString& filePath)
{
    const QFileInfo info(filePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".fapo");
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, QString* error, OpenFailure* failure)
{
    if (failure)
        *failure = OpenFailure::Refused;
    const auto refuse = [&](const QString& why) {
        if (error)
            *error = why;
        return nullptr;
    };
    if (isWorkspaceUrl(path))
        return openServer(path, error, failure);
    if (!QFileInfo::exists(path)) {
        // A new workspace appears whole: made beside its place and moved there in one step, so that another
        // process opening it at that moment never finds a half-made (empty) file and refuses it.
        const QString temp = path + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto removeTemp = [&] {
            for (const char* suffix : { "", "-wal", "-shm" })
                QFile::remove(temp + QLatin1String(suffix));
        };
        if (!openFile(temp, error, true)) {
            removeTemp();
            if (error)
                error->replace(temp, path);
            return nullptr;
        }
        // link() puts it in place only if nothing is there yet, in one step. Not QFile::rename: when the
        // name is taken meanwhile, it falls back to copying over the other process's new workspace.
        const bool placed = ::link(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0;
        const int why = errno;
        removeTemp();
        if (placed)
            return openFile(path, error, true);
        if (why != EEXIST) // not another process's workspace: this place cannot have one
            return refuse(QStringLiteral("%1: cannot create the workspace: %2").arg(path, QString::fromLocal8Bit(strerror(why))));
        // Another process made it first: theirs is opened (and checked).
    }
    return openFile(path, error, false);
}

std::unique_ptr<Workspace> Workspace::openFile(const QString& path, QString* error, bool justMade)
{
    const auto refuse = [&](const QString& why) {
        if (error)
            *error = why;
        return nullptr;
    };
    // A file that is not a workspace is refused before SQLite touches it: SQLite would take an empty
    // file for a new database and write a schema into it.
    const bool existed = !justMade && QFileInfo::exists(path);
    if (const QString problem = foreignFileProblem(path); !problem.isEmpty())
        return refuse(QStringLiteral("%1: not a workspace (%2); it was left as it is").arg(path, problem));
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = QFileInfo(path).absoluteFilePath();
    ws->m_connection = QStringLiteral("fapo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connection);
    db.setDatabaseName(ws->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return refuse(QStringLiteral("%1: cannot open the workspace: %2").arg(path, db.lastError().text()));
    // A damaged workspace is refused before anything is written (the journal mode below may write), rather
    // than read as if it were whole, with results stored back into it.
    // Once per file and process: every background job opens its own connection (a live run is reloaded
    // several times a second), and checking each time would read the whole file each time.
    if (existed && firstOpenInThisProcess(ws->m_path))
        if (const QString damage = damageProblem(sqliteHandle(db), kQuickCheckBudgetMs); !damage.isEmpty()) {
            forgetChecked(ws->m_path);
            return refuse(QStringLiteral("%1: the workspace is damaged (%2). Restore it from a copy, or recover what SQLite can read "
                                         "with: sqlite3 %1 .recover | sqlite3 recovered.fapo")
                              .arg(path, damage));
        }
    QSqlQuery q(db);
    // Another program's database is not written into (nor switched to WAL).
    if (existed && ws->schemaVersion() <= 0 && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && nextRow(q)
        && q.value(0).toInt() > 0)
        return refuse(QStringLiteral("%1: an SQLite database, but not a FAPO workspace; it was left as it is").arg(path));
    // A workspace holds long texts (prompts, outputs, traces): 32 KiB pages write them in an eighth of the
    // system calls 4 KiB pages take (an import of 100 MB of traces stored 25% faster), and measured no
    // slower for the runner's small writes. Only a new file takes it; older ones keep theirs.
    if (!existed)
        q.exec(QStringLiteral("PRAGMA page_size=32768"));
    // A non-SQLite file fails here with "file is not a database".
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return refuse(QStringLiteral("%1: not a workspace: %2").arg(path, q.lastError().text()));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!existed)
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); // "FAP0": `file` and others can tell
    if (!ws->migrate(error))
        return nullptr;
    return ws;
}

bool isWorkspaceUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<Workspace> Workspace::openServer(const QString& location, QString* error, OpenFailure* failure)
{
    const auto refuse = [&](const QString& why) {
        if (error)
            *error = why;
        return nullptr;
    };
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.path().size() < 2)
        return refuse(QStringLiteral("%1: not a workspace URL; expected postgresql://USER@HOST:PORT/DATABASE")
                          .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : QStringLiteral("postgresql://...")));
    if (!url.password().isEmpty())
        return refuse(QStringLiteral("%1: the URL holds a password; put it in PGPASSWORD or ~/.pgpass instead, so that it is never "
                                     "stored or shown")
                          .arg(url.toDisplayString(QUrl::RemovePassword)));
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);
    ws->m_connection = QStringLiteral("fapo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), ws->m_connection);
    if (!db.isValid())
        return refuse(QStringLiteral("%1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)").arg(ws->m_path));
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    // libpq reads the password from PGPASSWORD or ~/.pgpass itself; the query's options (sslmode=...) pass on.
    QStringList options { QStringLiteral("application_name=fapo"), QStringLiteral("connect_timeout=10") };
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        if (failure)
            *failure = OpenFailure::Unreachable;
        return refuse(QStringLiteral("%1: cannot open the workspace: %2").arg(ws->m_path, db.lastError().text().trimmed()));
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    if (!ws->migrate(error) || !ws->openSearchIndex(error))
        return nullptr;
    return ws;
}

// The corpus indexes of a workspace on a server: a local SQLite file shared by this user's processes
// (SQLite's FTS5 ranks the passages, as in a workspace file; the index is rebuilt from the corpus file).
bool Workspace::openSearchIndex(QString* error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/fapo");
    const QString file = folder + QStringLiteral("/search-indexes.sqlite");
    m_searchConnection = m_connection + QStringLiteral("-search");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_searchConnection);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    QSqlQuery q(db);
    if (!QDir().mkpath(folder) || !db.open() || !q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !q.exec(workspaceMigrations()
                       .front()
                       .filter(QStringLiteral("CREATE TABLE corpora"))
                       .value(0)
                       .replace(QLatin1String("CREATE TABLE"), QLatin1String("CREATE TABLE IF NOT EXISTS")))) {
        if (error)
            *error = QStringLiteral("%1: cannot open the search index: %2").arg(file, q.lastError().text());
        return false;
    }
    return true;
}

Workspace::~Workspace()
{
    for (const QString& name : { m_connection, m_searchConnection }) {
        if (name.isEmpty())
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            sql::forgetFailures(db.driver());
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int Workspace::currentSchemaVersion() { return int(workspaceMigrations().size()); }

QSqlDatabase Workspace::database() const { return QSqlDatabase::database(m_connection, false); }

QSqlDatabase Workspace::searchDatabase() const
{
    return m_searchConnection.isEmpty() ? database() : QSqlDatabase::database(m_searchConnection, false);
}

bool Workspace::isServer() const { return isPostgres(database()); }

void Workspace::announce(const char* kind, qint64 id)
{
    if (!isServer())
        return;
    // NOTIFY rather than SELECT pg_notify(): it belongs to the write it announces, so a failure counts as
    // the write's (a failed read would stop the connection's writes). Channel and kind are the program's
    // own words and the id a number, so the text can be written into the statement (NOTIFY cannot be
    // prepared).
    QSqlQuery q(database());
    const QString statement = QStringLiteral("NOTIFY %1, '%2:%3'").arg(QLatin1String(kWorkspaceChannel), QLatin1String(kind)).arg(id);
    if (!q.exec(statement)) {
        const QString text = QStringLiteral("failed: '%1': %2").arg(statement, q.lastError().text());
        spdlog::error("workspace: {}", text.toStdString());
        sql::noteFailure(q.driver(), text, sql::FailedStatement::Write);
    }
}

std::optional<QString> Workspace::failure() const
{
    const auto failure = sql::failureOf(database().driver());
    return failure ? std::optional<QString>(QStringLiteral("%1: %2").arg(m_path, *failure)) : std::nullopt;
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(database());
    if (isServer()) { // a new database has no version table yet: version 0
        if (!q.exec(QStringLiteral("SELECT to_regclass('fapo_schema') IS NOT NULL")) || !nextRow(q))
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT max(version) FROM fapo_schema")) || !nextRow(q))
            return -1;
        return q.value(0).toInt();
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && nextRow(q))
        return q.value(0).toInt();
    return -1;
}

bool Workspace::migrate(QString* error)
{
    const int version = schemaVersion();
    const auto& migrations = workspaceMigrations();
    if (version > int(migrations.size())) {
        if (error)
            *error = QStringLiteral("%1: the workspace has schema version %2, newer than this program understands "
                                    "(%3); update FAPO Studio")
                         .arg(m_path)
                         .arg(version)
                         .arg(migrations.size());
        return false;
    }
    const bool server = isServer();
    for (int v = version; v < int(migrations.size());) {
        QSqlDatabase db = database();
        QString failure;
        const bool ok = inTransaction(db, [&] {
            QSqlQuery q(db);
            // Several processes may open a new workspace at once: one migrates, the others wait for its
            // transaction (SQLite's write lock; an advisory lock on PostgreSQL) and then see its version.
            if (server
                && (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId)) || !q.exec(postgresVersionTable()))) {
                failure = q.lastError().text();
                return false;
            }
            v = schemaVersion();
            if (v < 0 || v >= int(migrations.size()))
                return v >= 0;
            for (const QString& sql : migrations[size_t(v)]) {
                if (!q.exec(server ? postgresStatement(sql) : sql)) {
                    failure = q.lastError().text();
                    return false;
                }
            }
            return server ? q.exec(QStringLiteral("DELETE FROM fapo_schema"))
                    && q.exec(QStringLiteral("INSERT INTO fapo_schema VALUES (%1)").arg(v + 1))
                          : q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        });
        if (!ok) {
            if (error)
                *error = QStringLiteral("%1: migrating the workspace to version %2 failed: %3").arg(m_path).arg(v + 1).arg(failure);
            return false;
        }
        ++v;
    }
    return true;
}

// Content-addressed rows (pipelines, datasets): the same hash always yields the same id.
qint64 Workspace::storeVersioned(const QString& table, const QStringList& columns, const QVariantList& values)
{
    QSqlDatabase db = database();
    qint64 id = 0;
    inTransaction(db, [&] {
        QSqlQuery q(db);
        const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
        if (!execSql(
                q,
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING").arg(table, columns.join(QLatin1Char(',')), marks),
                values))
            return false;
        if (!execSql(q, QStringLiteral("SELECT id FROM %1 WHERE hash = ?").arg(table), { values.value(0) }) || !nextRow(q))
            return false;
        id = q.value(0).toLongLong();
        return true;
    });
    return id;
}

qint64 Workspace::storePipeline(const Pipeline& pipeline)
{
    return storeVersioned(
        QStringLiteral("pipelines"),
        { QStringLiteral("hash"), QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("source"), QStringLiteral("created_at") },
        { pipeline.hash, pipeline.name, pipeline.path, pipeline.source, now() });
}

std::vector<DatasetRow> datasetRows(const std::vector<Example>& examples)
{
    const auto text = [](const json& v) { return v.is_null() ? QByteArray() : QByteArray::fromStdString(v.dump()); };
    std::vector<DatasetRow> rows;
    rows.reserve(examples.size());
    for (const size_t position :
         indexesInOrder(examples.size(), [&examples](size_t a, size_t b) { return examples[a].id < examples[b].id; })) {
        const Example& e = examples[position];
        rows.push_back({ qint64(position), e.id.toUtf8(), e.line, text(e.input), text(e.expected), text(e.stepExpected) });
    }
    return rows;
}

qint64 Workspace::storeDataset(const Dataset& dataset, const std::vector<DatasetRow>* rows)
{
    const qint64 id = storeVersioned(
        QStringLiteral("datasets"),
        { QStringLiteral("hash"), QStringLiteral("path"), QStringLiteral("example_count"), QStringLiteral("created_at") },
        { dataset.hash, QFileInfo(dataset.path).absoluteFilePath(), qint64(rows ? rows->size() : dataset.examples.size()), now() });
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (id <= 0 || !execSql(q, QStringLiteral("SELECT count(*) FROM dataset_examples WHERE dataset_id = ?"), { id }) || !nextRow(q)
        || q.value(0).toInt() > 0)
        return id;
    // SQLite's own binding: an imported dataset has an example per trace, tens of thousands of them.
    std::vector<DatasetRow> made;
    if (!rows) {
        made = datasetRows(dataset.examples);
        rows = &made;
    }
    inTransaction(db, [&] {
        RowStatement w(db,
                       "INSERT INTO dataset_examples (dataset_id, position, example_id, line, input, expected, step_expected) "
                       "VALUES (?,?,?,?,?,?,?)");
        if (!w.ok())
            return false;
        for (const DatasetRow& row : *rows) {
            w.bind(1, id);
            w.bind(2, row.position);
            w.bindText(3, row.exampleId);
            w.bind(4, qint64(row.line));
            w.bindTextOrNull(5, row.input);
            w.bindTextOrNull(6, row.expected);
            w.bindTextOrNull(7, row.stepExpected);
            if (!w.step())
                return false;
        }
        return true;
    });
    return id;
}

std::vector<Example> Workspace::examples(qint64 datasetId, const QString& exampleId) const
{
    std::vector<Example> out;
    QSqlQuery q(database());
    QString sql = QStringLiteral("SELECT example_id, line, input, expected, step_expected FROM dataset_examples WHERE dataset_id = ?");
    QVariantList binds { datasetId };
    if (!exampleId.isNull()) {
        sql += QStringLiteral(" AND example_id = ?");
        binds << exampleId;
    }
    if (!execSql(q, sql + QStringLiteral(" ORDER BY position"), binds))
        return out;
    while (nextRow(q)) {
        Example e;
        e.id = q.value(0).toString();
        e.line = q.value(1).toInt();
        e.input = parseJson(q.value(2), json::object());
        e.expected = parseJson(q.value(3));
        e.stepExpected = parseJson(q.value(4), json::object());
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<Dataset> Workspace::dataset(qint64 datasetId) const
{
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT path, hash FROM datasets WHERE id = ?"), { datasetId }) || !nextRow(q))
        return std::nullopt;
    Dataset d;
    d.path = q.value(0).toString();
    d.hash = q.value(1).toString();
    d.examples = examples(datasetId);
    return d;
}

std::optional<Pipeline> Workspace::pipelineVersion(qint64 pipelineId, QString* error) const
{
    QSqlQuery q(database());
    if (!execSql(q, QStringLiteral("SELECT path, source FROM pipelines WHERE id = ?"), { pipelineId }) || !nextRow(q)) {
        if (error)
            *error = QStringLiteral("pipeline version %1 is not in the workspace").arg(pipelineId);
        return std::nullopt;
    }
    PipelineLoad load = loadPipelineFromBytes(q.value(0).toString(), q.value(1).toByteArray(), false);
    if (!load.pipeline) {
        if (error)
            *error = load.diagnostics.empty() ? QStringLiteral("the stored pipeline cannot be read") : load.diagnostics.front().toString();
        return std::nullopt;
    }
    return load.pipeline;
}

bool Workspace::isTrusted(const QString& pipelineFileHash) const
{
    QSqlQuery q(database());
    return execSql(q, QStringLiteral("SELECT 1 FROM trust WHERE pipeline_hash = ?"), { pipelineFileHash }) && nextRow(q);
}

bool Workspace::recordTrust(const QString& pipelineFileHash, const QString& path)
{
    QSqlDatabase db = database();
    return inTransaction(db, [&] {
        QSqlQuery q(db);
        return execSql(q,
                       upsertSql(QStringLiteral("trust"),
                                 { QStringLiteral("pipeline_hash"), QStringLiteral("path"), QStringLiteral("decided_at") },
                                 { QStringLiteral("pipeline_hash") }),
                       { pipelineFileHash, path, now() });
    });
}

} // namespace fapo
