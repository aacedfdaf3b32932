// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Clock.h"
#include "petinfo/common/Validation.h"
#include "services/Progress.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/HealthRepository.h"
#include "storage/JournalRepository.h"
#include "storage/PetRepository.h"
#include "storage/TagRepository.h"
#include "sync/ChangeTracker.h"

#include <QObject>

#include <memory>

namespace petinfo::client {

/** What the pet editor edits and saves in one transaction: the profile and the contacts. */
struct PetRecord
{
    Pet pet;
    std::vector<ContactEntry> contacts;
};

/** Many records written in one transaction (CSV import, benchmarks, first sync). */
struct ImportBatch
{
    std::vector<PetRecord> pets;
    std::vector<HealthRecord> health;
    std::vector<WeightEntry> weights;
    std::vector<Note> notes;

    qint64 size() const { return static_cast<qint64>(pets.size() + health.size() + weights.size() + notes.size()); }
};

/** The one place the app reads and writes pet data (GUI thread). Every write is validated and runs
 *  in one transaction; afterwards a signal tells the models what changed. Widgets never run SQL. */
class PetService final : public QObject
{
    Q_OBJECT

public:
    PetService(std::unique_ptr<Database> db, const Clock& clock, QObject* parent = nullptr);
    ~PetService() override;

    Database& database() { return *m_db; }
    /** Records local writes as sync mutations once sync is enabled. */
    ChangeTracker& tracker() { return m_tracker; }
    const Clock& clock() const { return m_clock; }

    /** Normalises in place and checks domain rules plus uniqueness (microchips) against the database. */
    ValidationReport validate(PetRecord& record);

    StorageResult<Pet> createPet(PetRecord record);
    StorageResult<Pet> updatePet(PetRecord record);
    StorageResult<PetRecord> loadPet(const QString& id);
    StorageResult<void> trashPet(const QString& id);
    StorageResult<void> restorePet(const QString& id);
    StorageResult<void> purgePet(const QString& id);
    StorageResult<std::vector<PetSummary>> petSummaries();
    StorageResult<std::vector<PetSummary>> trashedPets();
    StorageResult<std::optional<QString>> findPetByMicrochip(const QString& microchip);
    StorageResult<std::optional<QString>> findPetByTagId(const QString& tagId);

    StorageResult<HealthRecord> addHealthRecord(HealthRecord record);
    StorageResult<void> trashHealthRecord(const QString& id);
    StorageResult<void> restoreHealthRecord(const QString& id);
    StorageResult<std::vector<HealthRecord>> healthRecords(const QString& petId);
    StorageResult<std::vector<DueItem>> due(int offset, int limit, int soonDays = kDueSoonDays);
    StorageResult<DueCounts> dueCounts(int soonDays = kDueSoonDays);

    StorageResult<WeightEntry> addWeight(WeightEntry entry);
    StorageResult<void> removeWeight(const QString& petId, const QString& id);
    StorageResult<void> restoreWeight(const QString& petId, const QString& id);
    StorageResult<std::vector<WeightEntry>> weights(const QString& petId);

    StorageResult<Note> addNote(Note note);
    StorageResult<Note> updateNote(Note note);
    StorageResult<void> removeNote(const QString& petId, const QString& id);
    StorageResult<std::vector<Note>> notes(const QString& petId);

    StorageResult<Attachment> addAttachment(Attachment attachment, const QByteArray& data);
    StorageResult<void> removeAttachment(const QString& petId, const QString& id);
    StorageResult<std::vector<Attachment>> attachments(const QString& petId);
    StorageResult<QByteArray> attachmentData(const QString& sha256);
    /** Makes an attachment the pet's main photo. */
    StorageResult<void> setMainPhoto(const QString& petId, const QString& attachmentId);

    /** Validates and writes a whole batch in one transaction: all of it or, on any error or a
     *  cancel from `progress`, none of it. Announces a reset afterwards. Returns rows written. */
    StorageResult<qint64> importBatch(ImportBatch batch, const ProgressFn& progress = {});

    /** New blank QR tags (128-bit random ids) to print ahead and claim later; they sync, so the
     *  server's page for them says how to claim them. */
    StorageResult<std::vector<QString>> createBlankTags(int count);
    StorageResult<std::vector<TagRecord>> blankTags(int limit = 1000);
    /** Gives a pet a tag (a blank one, or any valid tag id scanned from a printed sheet). */
    StorageResult<void> claimTag(const QString& petId, const QString& tagId);

    /** Tells every view to reload (after an import or a restore). */
    void announceReset() { Q_EMIT reset(); }
    /** Tells the views that show a pet that it changed (e.g. its owner's phone, by PersonService). */
    void announcePetChanged(const QString& petId) { emitChanged(petId); }

    static constexpr int kDueSoonDays = 30;
    static constexpr qint64 kTrashRetentionMs = 30LL * 24 * 3600 * 1000;

Q_SIGNALS:
    void petAdded(const petinfo::client::PetSummary& summary);
    void petChanged(const petinfo::client::PetSummary& summary);
    void petRemoved(const QString& id);
    void healthChanged(const QString& petId);
    void weightsChanged(const QString& petId);
    void notesChanged(const QString& petId);
    void attachmentsChanged(const QString& petId);
    void reset();

private:
    StorageResult<void> checkValid(PetRecord& record);
    /** Inside a write transaction: the pet, its people and links as sync changes; links that were
     *  dropped (`before`) become deletes. */
    StorageResult<void> trackPetRecord(const PetRecord& record, const std::vector<ContactEntry>& before = {});
    void emitChanged(const QString& petId);

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    PetRepository m_pets;
    ContactRepository m_contacts;
    HealthRepository m_health;
    JournalRepository m_journal;
    AttachmentRepository m_attachments;
    TagRepository m_tags;
    ChangeTracker m_tracker;
};

/** English summary of a validation report's errors, for error details and the CLI. */
std::string errorSummary(const ValidationReport& report);

} // namespace petinfo::client
