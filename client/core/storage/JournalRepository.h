// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace petinfo::client {

class Database;

/** All SQL for a pet's running journal: weight entries and free notes. */
class JournalRepository final
{
public:
    explicit JournalRepository(Database& db)
        : m_db(db)
    {}

    StorageResult<void> addWeight(const WeightEntry& entry);
    StorageResult<std::vector<WeightEntry>> weightsOf(const QString& petId);
    StorageResult<WeightEntry> weight(const QString& id);
    StorageResult<Note> note(const QString& id);
    StorageResult<void> removeWeight(const QString& id, qint64 nowMs);
    StorageResult<void> restoreWeight(const QString& id);

    /** Sync: insert or update, with the trash state (`deletedAtMs` 0 = live). */
    StorageResult<void> upsertWeight(const WeightEntry& entry, qint64 deletedAtMs);
    StorageResult<void> upsertNote(const Note& note, qint64 deletedAtMs);

    StorageResult<void> addNote(const Note& note);
    StorageResult<void> updateNote(const Note& note);
    StorageResult<std::vector<Note>> notesOf(const QString& petId);
    StorageResult<void> removeNote(const QString& id, qint64 nowMs);
    StorageResult<void> restoreNote(const QString& id);

private:
    StorageResult<void> setDeleted(const char* table, const QString& id, const QVariant& deletedAt);

    Database& m_db;
};

/** All SQL for photos and documents. Bytes are stored once per content (SHA-256) inside the
 *  encrypted database, so they are as protected as the records. */
class AttachmentRepository final
{
public:
    explicit AttachmentRepository(Database& db)
        : m_db(db)
    {}

    /** Stores `data` (if its hash is new) and the attachment row; fills in sha256 and size. */
    StorageResult<Attachment> add(Attachment attachment, const QByteArray& data);
    StorageResult<std::vector<Attachment>> of(const QString& petId);
    StorageResult<Attachment> get(const QString& id);
    /** Sync: the attachment's record (its bytes may come later) and its trash state. */
    StorageResult<void> upsertSynced(const Attachment& attachment, qint64 deletedAtMs);
    StorageResult<bool> hasData(const QString& sha256);
    /** Stores bytes that arrived by sync after checking they hash to `sha256`. */
    StorageResult<void> putData(const QString& sha256, const QByteArray& data);
    /** Hashes referenced by attachments whose bytes are not here yet. */
    StorageResult<QStringList> missingData();
    StorageResult<QByteArray> data(const QString& sha256);
    StorageResult<void> moveToTrash(const QString& id, qint64 nowMs);
    StorageResult<void> restore(const QString& id);

private:
    Database& m_db;
};

} // namespace petinfo::client
