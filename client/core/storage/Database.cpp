// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "crypto/Kdf.h"
#include "storage/RowChunk.h"
#include "storage/SqlCipherDriver.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <cstring>
#include <mutex>

Q_LOGGING_CATEGORY(lcStorage, "petinfo.client.storage")

namespace petinfo::client {

namespace {

QAtomicInt g_connectionCounter;

/** The SQL `x'<hex>'` raw-key literal, built in wiped memory. */
SecureBytes rawKeyLiteral(const SecureBytes& key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[hex.size() + 2] = '\'';
    return literal;
}

int runtimeCipherMajor(sqlite3* db)
{
    int major = 3;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        if (text) {
            major = std::atoi(text);
        }
    }
    sqlite3_finalize(stmt);
    return major;
}

/** Sets the cipher settings for `schema` ("main" or an attached name) explicitly. */
StorageResult<void> applyCipherParams(sqlite3* db, const char* schema, const CipherParams& cipher)
{
    const int major = runtimeCipherMajor(db);
    if (cipher.compatibility > major) {
        return fail(StorageErrc::TooNew, "database uses SQLCipher " + std::to_string(cipher.compatibility) +
                                             " format; this build has SQLCipher " + std::to_string(major));
    }
    QByteArray sql;
    if (major >= 4) {
        sql = QByteArray("PRAGMA ") + schema + ".cipher_compatibility = " + QByteArray::number(cipher.compatibility) +
              ";";
    } else {
        sql = QByteArray("PRAGMA ") + schema + ".cipher_page_size = " + QByteArray::number(cipher.pageSize) +
              "; PRAGMA " + schema + ".kdf_iter = " + QByteArray::number(cipher.kdfIter) + "; PRAGMA " + schema +
              ".cipher_use_hmac = " + (cipher.hmac ? "ON" : "OFF") + ";";
    }
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return fail(sqliteError(db, rc, "cipher settings"));
    }
    return {};
}

} // namespace

StorageError sqliteError(sqlite3* handle, int code, const char* what)
{
    const int primary = code & 0xFF;
    const std::string detail = std::string(what) + ": " + (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(code));
    switch (primary) {
    case SQLITE_CONSTRAINT:
        return {StorageErrc::Constraint, detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {StorageErrc::Damaged, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {StorageErrc::Busy, detail};
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {StorageErrc::Io, detail};
    default:
        return {StorageErrc::Sql, detail};
    }
}

StorageResult<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key,
                                                        const DatabaseMeta& meta, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::Existing) {
        if (!info.exists()) {
            return fail(StorageErrc::FileNotFound, path.toStdString());
        }
        if (info.size() == 0 || info.size() % meta.cipher.pageSize != 0) {
            return fail(StorageErrc::Damaged, "file size " + std::to_string(info.size()) +
                                                  " is not a whole number of " + std::to_string(meta.cipher.pageSize) +
                                                  "-byte pages");
        }
    } else if (info.exists()) {
        return fail(StorageErrc::AlreadyExists, path.toStdString());
    }
    // A wrong key is caught here, before the file is opened at all.
    if (keyCheckValue(key) != meta.keyCheck) {
        return fail(StorageErrc::WrongKey, "key check value does not match");
    }

    static std::once_flag configured;
    std::call_once(configured, [] {
        // SQLite's allocation statistics take a process-wide mutex on every malloc and free; nothing
        // reads them. Only possible before the library initialises; harmless if that has happened.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
    sqlite3* db = nullptr;
    // CREATE is needed even for existing files: ATTACH inherits these flags, and backups attach a
    // new file. The file's existence was checked above.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        StorageError error = sqliteError(db, rc, "open");
        sqlite3_close_v2(db);
        return fail(std::move(error));
    }
    const SecureBytes literal = rawKeyLiteral(key);
    rc = sqlite3_key(db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK) {
        StorageError error = sqliteError(db, rc, "key");
        sqlite3_close_v2(db);
        return fail(std::move(error));
    }
    if (auto applied = applyCipherParams(db, "main", meta.cipher); !applied) {
        sqlite3_close_v2(db);
        return fail(applied.error());
    }
    // The first read decrypts page 1: a damaged header fails here (the key was already verified).
    rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        StorageError error = sqliteError(db, rc, "first read");
        if ((rc & 0xFF) == SQLITE_NOTADB) {
            error.code = StorageErrc::Damaged;
        }
        sqlite3_close_v2(db);
        return fail(std::move(error));
    }
    // Only now that the file is known good may anything be written to it.
    static constexpr const char* kSetup = "PRAGMA journal_mode = WAL;"
                                          "PRAGMA synchronous = FULL;"
                                          "PRAGMA foreign_keys = ON;"
                                          "PRAGMA temp_store = MEMORY;"
                                          // Every page read from disk is decrypted and checked;
                                          // 32 MB of decrypted pages per connection keeps the
                                          // working set of a large clinic in memory.
                                          "PRAGMA cache_size = -32768;";
    rc = sqlite3_exec(db, kSetup, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        // Before any statement can delete a domain row: its triggers call this function.
        rc = rowchunk::registerSqlFunctions(db);
    }
    if (rc != SQLITE_OK) {
        StorageError error = sqliteError(db, rc, "connection setup");
        sqlite3_close_v2(db);
        return fail(std::move(error));
    }
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::Database(sqlite3* handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path))
    , m_connectionName(QStringLiteral("petinfo-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(new SqlCipherDriver(handle), m_connectionName);
    m_db.open();
}

Database::~Database()
{
    for (const auto& [sql, cached] : m_statements) {
        sqlite3_finalize(cached.statement);
    }
    m_statements.clear();
    // The driver owns the handle and closes it when the connection is removed.
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

StorageResult<sqlite3_stmt*> prepareOne(sqlite3* handle, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK) {
        return fail(sqliteError(handle, rc, "prepare"));
    }
    if (!stmt) {
        return fail(StorageErrc::Sql, "prepare: no statement in \"" + utf8.toStdString() + "\"");
    }
    if (tail && !QByteArrayView(tail, utf8.constData() + utf8.size() - tail).trimmed().isEmpty()) {
        sqlite3_finalize(stmt);
        return fail(StorageErrc::Sql, "prepare: only one statement per query");
    }
    return stmt;
}

} // namespace

StorageResult<Database::AcquiredStatement> Database::acquireStatement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto stmt = prepareOne(m_handle, sql);
        if (!stmt) {
            return fail(stmt.error());
        }
        it = m_statements.emplace(sql, CachedStatement{*stmt, false}).first;
    }
    CachedStatement& cached = it->second;
    if (cached.busy) {
        auto stmt = prepareOne(m_handle, sql);
        if (!stmt) {
            return fail(stmt.error());
        }
        return AcquiredStatement{*stmt, nullptr, true};
    }
    cached.busy = true;
    return AcquiredStatement{cached.statement, &cached.busy, false};
}

StorageResult<void> Database::execScript(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        StorageError error = sqliteError(m_handle, rc, "script");
        sqlite3_free(message);
        return fail(std::move(error));
    }
    return {};
}

StorageResult<int> Database::userVersion()
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, "PRAGMA user_version", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return fail(sqliteError(m_handle, rc, "user_version"));
    }
    rc = sqlite3_step(stmt);
    const int version = rc == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    if (version < 0) {
        return fail(sqliteError(m_handle, rc, "user_version"));
    }
    return version;
}

StorageResult<void> Database::setUserVersion(int version)
{
    return execScript(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

StorageResult<void> Database::quickCheck()
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, "PRAGMA quick_check(1)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return fail(sqliteError(m_handle, rc, "quick_check"));
    }
    rc = sqlite3_step(stmt);
    QByteArray verdict;
    if (rc == SQLITE_ROW) {
        verdict = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    const int stepRc = rc;
    sqlite3_finalize(stmt);
    if (stepRc != SQLITE_ROW) {
        StorageError error = sqliteError(m_handle, stepRc, "quick_check");
        error.code = StorageErrc::Damaged;
        return fail(std::move(error));
    }
    if (verdict != "ok") {
        return fail(StorageErrc::Damaged, "quick_check: " + verdict.toStdString());
    }
    return {};
}

StorageResult<void> Database::exportTo(const QString& target, const SecureBytes& targetKey, const CipherParams& cipher,
                                       const std::function<bool()>& keepGoing)
{
    if (QFileInfo::exists(target)) {
        return fail(StorageErrc::AlreadyExists, target.toStdString());
    }
    auto version = userVersion();
    if (!version) {
        return fail(version.error());
    }
    QByteArray escapedPath = target.toUtf8();
    escapedPath.replace('\'', "''");
    const SecureBytes literal = rawKeyLiteral(targetKey);
    // Built in wiped memory because it carries the key.
    const QByteArray head = "ATTACH DATABASE '" + escapedPath + "' AS petinfo_export KEY \"";
    SecureBytes attach(static_cast<std::size_t>(head.size()) + literal.size() + 2);
    std::memcpy(attach.data(), head.constData(), static_cast<std::size_t>(head.size()));
    std::memcpy(attach.data() + head.size(), literal.data(), literal.size());
    attach.data()[attach.size() - 2] = '"';
    attach.data()[attach.size() - 1] = '\0';
    int rc = sqlite3_exec(m_handle, reinterpret_cast<const char*>(attach.data()), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return fail(sqliteError(m_handle, rc, "attach export target"));
    }
    StorageResult<void> result = applyCipherParams(m_handle, "petinfo_export", cipher);
    if (result) {
        const QByteArray sql = "SELECT sqlcipher_export('petinfo_export'); PRAGMA petinfo_export.user_version = " +
                               QByteArray::number(*version) + ";";
        // SQLCipher 3.4 corrupts its heap when sqlcipher_export() is interrupted, so the progress
        // handler only reports and records a cancel; the copy is then finished and thrown away.
        struct Ctx
        {
            const std::function<bool()>* keepGoing;
            bool cancelled;
        } ctx{&keepGoing, false};
        if (keepGoing) {
            sqlite3_progress_handler(
                m_handle, 4000,
                [](void* p) -> int {
                    auto* c = static_cast<Ctx*>(p);
                    c->cancelled = c->cancelled || !(*c->keepGoing)();
                    return 0;
                },
                &ctx);
        }
        rc = sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        if (rc == SQLITE_OK && ctx.cancelled) {
            result = fail(StorageErrc::Cancelled, "export cancelled");
        } else if (rc != SQLITE_OK) {
            result = fail(sqliteError(m_handle, rc, "export"));
        }
    }
    sqlite3_exec(m_handle, "DETACH DATABASE petinfo_export", nullptr, nullptr, nullptr);
    if (!result) {
        QFile::remove(target);
    }
    return result;
}

StorageResult<void> Database::begin()
{
    const QString sql =
        m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (auto r = execScript(sql); !r) {
        return r;
    }
    ++m_depth;
    return {};
}

StorageResult<void> Database::commit()
{
    if (m_depth <= 0) {
        return fail(StorageErrc::Sql, "commit without transaction");
    }
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if (auto r = execScript(sql); !r) {
        return r;
    }
    --m_depth;
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0) {
        return;
    }
    if (m_depth == 1) {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const QByteArray sp = "sp" + QByteArray::number(m_depth - 1);
        const QByteArray sql = "ROLLBACK TO " + sp + "; RELEASE " + sp + ";";
        sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr);
    }
    --m_depth;
}

} // namespace petinfo::client
