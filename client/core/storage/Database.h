// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "storage/DatabaseMeta.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace petinfo::client {

/** One connection to an encrypted database file, for one thread. Non-copyable; closing it removes
 *  the QSqlDatabase it registered. All SQL of the client goes through such a connection. */
class Database final
{
public:
    enum class OpenMode
    {
        Existing,
        Create
    };

    /** Opens (or creates) `path` with `key`. The key is checked against `meta.keyCheck` before the
     *  file is touched, so a wrong key leaves it byte-for-byte unchanged. */
    static StorageResult<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key,
                                                         const DatabaseMeta& meta, OpenMode mode = OpenMode::Existing);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_handle; }

    /** A statement prepared once per connection and reused (callers go through Query). When the
     *  cached one is in use (a query run while another of the same SQL is being read), a private
     *  one is prepared and `owned` says the caller finalizes it. */
    struct AcquiredStatement
    {
        sqlite3_stmt* statement = nullptr;
        bool* busy = nullptr; ///< cleared to give a cached statement back; null when `owned`
        bool owned = false;
    };
    StorageResult<AcquiredStatement> acquireStatement(const QString& sql);

    /** Runs one or more statements without results (schema scripts). */
    StorageResult<void> execScript(const QString& sql);
    StorageResult<int> userVersion();
    StorageResult<void> setUserVersion(int version);
    /** PRAGMA quick_check: finds truncated and corrupted pages. Reads the whole file. */
    StorageResult<void> quickCheck();

    /** Copies the whole database into a new encrypted file at `target` with its own key.
     *  `keepGoing` is polled during the copy; returning false cancels it (and removes `target`). */
    StorageResult<void> exportTo(const QString& target, const SecureBytes& targetKey, const CipherParams& cipher,
                                 const std::function<bool()>& keepGoing = {});

    StorageResult<void> begin();
    StorageResult<void> commit();
    void rollback();

    /** Runs `body` (returning a StorageResult) in a transaction; commits on success, rolls back on
     *  error. Nested calls become savepoints, so a failing inner step undoes only itself. */
    template <typename F>
    auto transaction(F&& body) -> std::invoke_result_t<F>
    {
        using R = std::invoke_result_t<F>;
        if (auto begun = begin(); !begun) {
            return R(fail(begun.error()));
        }
        R result = body();
        if (result) {
            if (auto committed = commit(); !committed) {
                rollback();
                return R(fail(committed.error()));
            }
        } else {
            rollback();
        }
        return result;
    }

private:
    Database(sqlite3* handle, QString path);

    sqlite3* m_handle = nullptr;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    struct CachedStatement
    {
        sqlite3_stmt* statement = nullptr;
        bool busy = false;
    };
    struct SqlHash
    {
        std::size_t operator()(const QString& sql) const { return qHash(sql); }
    };
    // Node-based, so `busy` flags handed out stay put while statements are added.
    std::unordered_map<QString, CachedStatement, SqlHash> m_statements;
    int m_depth = 0;
};

/** Error from a raw SQLite call on a handle. */
StorageError sqliteError(sqlite3* handle, int code, const char* what);

} // namespace petinfo::client
