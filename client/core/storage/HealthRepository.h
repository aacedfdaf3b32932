// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace petinfo::client {

class Database;

/** A health record with what the due view needs to show it. */
struct DueItem
{
    HealthRecord record;
    QString petName;
    Species species = Species::Dog;
    QString ownerName;
    QString ownerPhones;
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
    StorageResult<void> insertRow(const HealthRecord& record, bool superseded = false);
    StorageResult<void> refreshSeries(const QString& petId, const QString& series);

    Database& m_db;
};

} // namespace petinfo::client
