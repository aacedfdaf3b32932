// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace petinfo::client {

class Database;
class Query;

/** A health record with what the due view needs to show it. */
struct DueItem
{
    HealthRecord record;
    QString petName;
    Species species = Species::Dog;
    QString ownerName;
    QString ownerPhones;
};

/** A record as sync delivers it: with its trash state (`deletedAtMs` 0 = live). */
struct SyncedHealthRecord
{
    HealthRecord record;
    qint64 deletedAtMs = 0;
    bool maybeStored = true; ///< false: known not to be in the table (no existence check)
    qint64 syncRef = 0;      ///< where its synced copy is (SyncStore), for a new record; 0: none
};

struct DueCounts
{
    int overdue = 0;
    int dueSoon = 0;
};

/** All SQL for health records. Records are append-only: corrections are a deletion (to the trash)
 *  plus a new record. A record is "open" until a later record of the same series (same kind and,
 *  for vaccines, treatments and lab work, the same product) supersedes it; only open records with a
 *  due date appear in the due view. */
class HealthRepository final
{
public:
    explicit HealthRepository(Database& db)
        : m_db(db)
    {}

    StorageResult<void> add(const HealthRecord& record);
    /** Inserts many records and settles each series once (bulk import). For pets in `newPets`
     *  (created in the same transaction, so without older records) the open record of each series
     *  is worked out in memory; other pets' series are refreshed in the database. `afterEach` runs
     *  after every row and can stop the work by returning an error. */
    StorageResult<void> addMany(const std::vector<HealthRecord>& records, const QSet<QString>& newPets,
                                const std::function<StorageResult<void>()>& afterEach);
    /** Sync: inserts the record if it is new (records are append-only) and sets its trash state. */
    StorageResult<void> upsertSynced(const HealthRecord& record, qint64 deletedAtMs);
    /** Decides whether a failed insert is set aside (true: the record waits, the rest goes on). */
    using Refuse = std::function<bool(const SyncedHealthRecord&, const StorageError&)>;
    /** Sync, a page at a time: inserts the new records and sets the trash state of known ones,
     *  settling each series they touch once. An insert that fails is handed to `refuse`; when
     *  it returns true that record (a copy: match it by id) is left out and the others go on (a
     *  pet that has not arrived yet), otherwise the error is returned. */
    StorageResult<void> upsertSyncedMany(std::vector<SyncedHealthRecord> records, const Refuse& refuse)
    {
        return upsertSyncedMany(std::move(records), {}, refuse);
    }
    /** The same, knowing that the pets in `newPets` were created in this transaction (so their
     *  series start empty and need no lookup). */
    StorageResult<void> upsertSyncedMany(std::vector<SyncedHealthRecord> records, const QSet<QString>& newPets,
                                         const Refuse& refuse);
    StorageResult<HealthRecord> get(const QString& id);
    StorageResult<std::vector<HealthRecord>> forPet(const QString& petId);
    StorageResult<void> moveToTrash(const QString& id, qint64 nowMs);
    StorageResult<void> restore(const QString& id);
    /** Open records due on or before `until`, most overdue first; `offset`/`limit` page the list. */
    StorageResult<std::vector<DueItem>> due(const Date& until, int offset, int limit);
    StorageResult<DueCounts> dueCounts(const Date& today, int soonDays);
    /** Whether the record is open (not superseded); for tests and the editor's overdue marks. */
    StorageResult<bool> isOpen(const QString& id);

    /** The series key: records of one series supersede each other. */
    static QString seriesOf(const HealthRecord& record);

private:
    using SeriesKey = QPair<QString, QString>; ///< (pet id, series)
    /** New records of one series of one pet. */
    struct SeriesGroup
    {
        SeriesKey key;
        std::string series; ///< key.second in UTF-8, as it is stored
        std::vector<const SyncedHealthRecord*> records;
    };
    using SeriesGroups = std::vector<SeriesGroup>;
    /** The statement insertRow runs: one Query inserts a whole batch. */
    static const QString& insertSql();
    StorageResult<void> insertRow(Query& insert, const HealthRecord& record, const std::string& series, bool superseded,
                                  qint64 deletedAtMs, qint64 syncRef);
    /** Inserts new records of one series and settles it. `open`: the series' open records (id,
     *  date and entry time; two or more mean it is unsettled), from openRecordsOf. */
    StorageResult<void> insertSeries(const SeriesGroup& group, const std::vector<HealthRecord>& open, Query& insert,
                                     const Refuse& refuse);
    /** Groups records by (pet, series), in order of first appearance. */
    static SeriesGroups bySeries(const std::vector<SyncedHealthRecord>& records);
    /** Settles each group, with the open records `open` (openRecordsOfGroups) knows. */
    StorageResult<void> insertGroups(const SeriesGroups& groups,
                                     const QHash<SeriesKey, std::vector<HealthRecord>>& open, const Refuse& refuse,
                                     const std::function<StorageResult<void>()>& afterEach);
    /** openRecordsOf the groups' pets, but for those in `newPets` (created in this transaction). */
    StorageResult<QHash<SeriesKey, std::vector<HealthRecord>>> openRecordsOfGroups(const SeriesGroups& groups,
                                                                                   const QSet<QString>& newPets);
    /** The open records (at most two) of every series of these pets, a few pets per query. */
    StorageResult<QHash<SeriesKey, std::vector<HealthRecord>>> openRecordsOf(const QList<QString>& petIds);
    StorageResult<void> refreshSeries(const QString& petId, const QString& series);

    Database& m_db;
};

} // namespace petinfo::client
