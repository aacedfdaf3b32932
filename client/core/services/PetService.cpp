// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PetService.h"

#include "models/PhoneText.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/WireCodec.h"
#include "sync/SyncAccount.h"

#include <QLoggingCategory>

#include <set>

Q_LOGGING_CATEGORY(lcService, "petinfo.client.service")

namespace petinfo::client {

namespace {

using sync::EntityType;

QString linkId(const std::string& petId, const std::string& personId)
{
    return QString::fromStdString(petId + "/" + personId);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

StorageError invalid(const ValidationReport& report)
{
    return StorageError{StorageErrc::Invalid, errorSummary(report)};
}

} // namespace

std::string errorSummary(const ValidationReport& report)
{
    std::string text;
    for (const auto& issue : report.issues) {
        if (issue.severity != Severity::Error) {
            continue;
        }
        if (!text.empty()) {
            text += "; ";
        }
        text += englishMessage(issue);
    }
    return text;
}

PetService::PetService(std::unique_ptr<Database> db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_pets(*m_db)
    , m_contacts(*m_db)
    , m_health(*m_db)
    , m_journal(*m_db)
    , m_attachments(*m_db)
    , m_tags(*m_db)
    , m_tracker(*m_db, clock)
{}

PetService::~PetService() = default;

ValidationReport PetService::validate(PetRecord& record)
{
    // New records get their ids here, so the editor can validate before the first save.
    if (record.pet.id.empty()) {
        record.pet.id = newUuid();
    }
    for (auto& entry : record.contacts) {
        if (entry.person.id.empty()) {
            entry.person.id = newUuid();
        }
    }
    normalize(record.pet);
    for (auto& entry : record.contacts) {
        normalize(entry.person, phoneRegion().toStdString());
    }
    // A single contact is the primary one; with several, the first marked one wins.
    bool seenPrimary = false;
    for (auto& entry : record.contacts) {
        entry.primary = entry.primary && !seenPrimary;
        seenPrimary = seenPrimary || entry.primary;
    }
    if (!seenPrimary && !record.contacts.empty()) {
        record.contacts.front().primary = true;
    }

    ValidationReport report = petinfo::validate(record.pet, m_clock.today());
    for (std::size_t i = 0; i < record.contacts.size(); ++i) {
        const ValidationReport personReport = petinfo::validate(record.contacts[i].person);
        for (ValidationIssue issue : personReport.issues) {
            issue.field = "contacts[" + std::to_string(i) + "]." + issue.field;
            report.issues.push_back(std::move(issue));
        }
    }
    const QString id = qs(record.pet.id);
    for (const auto& [field, chip] :
         {std::pair{"microchip", &record.pet.microchip}, std::pair{"microchip2", &record.pet.microchip2}}) {
        if (chip->empty()) {
            continue;
        }
        auto other = m_pets.findByMicrochip(qs(*chip), id);
        if (other && other->has_value()) {
            report.add(field, ValidationCode::MicrochipDuplicate);
        }
    }
    return report;
}

StorageResult<void> PetService::trackPetRecord(const PetRecord& record, const std::vector<ContactEntry>& before)
{
    if (!m_tracker.enabled()) {
        return {};
    }
    if (auto r = m_tracker.recordEntity(EntityType::Pet, toJson(record.pet)); !r) {
        return r;
    }
    for (const ContactEntry& entry : record.contacts) {
        if (auto r = m_tracker.recordEntity(EntityType::Person, toJson(entry.person)); !r) {
            return r;
        }
        const PetContact link{record.pet.id, entry.person.id, entry.role, entry.primary};
        if (auto r = m_tracker.recordEntity(EntityType::PetContact, toJson(link)); !r) {
            return r;
        }
    }
    for (const ContactEntry& old : before) {
        const bool kept = std::any_of(record.contacts.begin(), record.contacts.end(),
                                      [&](const ContactEntry& e) { return e.person.id == old.person.id; });
        if (!kept) {
            if (auto r = m_tracker.recordDeleted(EntityType::PetContact, linkId(record.pet.id, old.person.id), true);
                !r) {
                return r;
            }
        }
    }
    return {};
}

StorageResult<void> PetService::checkValid(PetRecord& record)
{
    const ValidationReport report = validate(record);
    if (report.hasErrors()) {
        return fail(invalid(report));
    }
    return {};
}

StorageResult<Pet> PetService::createPet(PetRecord record)
{
    const qint64 now = m_clock.nowMs();
    if (record.pet.tagId.empty()) {
        record.pet.tagId = newTagId();
    }
    record.pet.createdAtMs = now;
    record.pet.updatedAtMs = now;
    for (auto& entry : record.contacts) {
        if (entry.person.createdAtMs == 0) {
            entry.person.createdAtMs = now;
        }
        entry.person.updatedAtMs = now;
    }
    if (auto ok = checkValid(record); !ok) {
        return fail(ok.error());
    }
    const QString id = qs(record.pet.id);
    auto others = m_contacts.otherPetsOfChangedPeople(id, record.contacts);
    if (!others) {
        return fail(others.error());
    }
    auto saved = m_db->transaction([&]() -> StorageResult<void> {
        if (auto r = m_pets.insert(record.pet); !r) {
            return r;
        }
        if (auto r = m_contacts.setContacts(id, record.contacts); !r) {
            return r;
        }
        return trackPetRecord(record);
    });
    if (!saved) {
        return fail(saved.error());
    }
    if (auto summary = m_pets.summary(id)) {
        Q_EMIT petAdded(*summary);
    }
    for (const QString& other : *others) {
        emitChanged(other); // the person edited here is shown on their other pets too
    }
    return record.pet;
}

StorageResult<Pet> PetService::updatePet(PetRecord record)
{
    const qint64 now = m_clock.nowMs();
    auto existing = m_pets.get(qs(record.pet.id));
    if (!existing) {
        return fail(existing.error());
    }
    record.pet.createdAtMs = existing->createdAtMs;
    record.pet.updatedAtMs = now;
    if (record.pet.tagId.empty()) {
        record.pet.tagId = existing->tagId;
    }
    for (auto& entry : record.contacts) {
        if (entry.person.createdAtMs == 0) {
            entry.person.createdAtMs = now;
        }
        entry.person.updatedAtMs = now;
    }
    if (auto ok = checkValid(record); !ok) {
        return fail(ok.error());
    }
    const QString id = qs(record.pet.id);
    auto before = m_contacts.contactsOf(id);
    if (!before) {
        return fail(before.error());
    }
    auto others = m_contacts.otherPetsOfChangedPeople(id, record.contacts);
    if (!others) {
        return fail(others.error());
    }
    auto saved = m_db->transaction([&]() -> StorageResult<void> {
        if (auto r = m_pets.update(record.pet); !r) {
            return r;
        }
        if (auto r = m_contacts.setContacts(id, record.contacts); !r) {
            return r;
        }
        return trackPetRecord(record, *before);
    });
    if (!saved) {
        return fail(saved.error());
    }
    emitChanged(id);
    for (const QString& other : *others) {
        emitChanged(other);
    }
    return record.pet;
}

StorageResult<PetRecord> PetService::loadPet(const QString& id)
{
    auto pet = m_pets.get(id);
    if (!pet) {
        return fail(pet.error());
    }
    auto contacts = m_contacts.contactsOf(id);
    if (!contacts) {
        return fail(contacts.error());
    }
    return PetRecord{std::move(*pet), std::move(*contacts)};
}

StorageResult<void> PetService::trashPet(const QString& id)
{
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto moved = m_pets.moveToTrash(id, m_clock.nowMs()); !moved) {
            return moved;
        }
        return m_tracker.recordDeleted(EntityType::Pet, id, true);
    });
    if (r) {
        Q_EMIT petRemoved(id);
    }
    return r;
}

StorageResult<void> PetService::restorePet(const QString& id)
{
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto restored = m_pets.restore(id); !restored) {
            return restored;
        }
        return m_tracker.recordDeleted(EntityType::Pet, id, false);
    });
    if (r) {
        if (auto summary = m_pets.summary(id)) {
            Q_EMIT petAdded(*summary);
        }
    }
    return r;
}

StorageResult<void> PetService::purgePet(const QString& id)
{
    return m_db->transaction([&] { return m_pets.purge(id); });
}

StorageResult<std::vector<PetSummary>> PetService::petSummaries()
{
    return m_pets.summaries(false);
}

StorageResult<std::vector<PetSummary>> PetService::trashedPets()
{
    return m_pets.summaries(true);
}

StorageResult<std::optional<QString>> PetService::findPetByMicrochip(const QString& microchip)
{
    const MicrochipCheck check = checkMicrochip(microchip.toStdString());
    return m_pets.findByMicrochip(check.valid ? qs(check.normalized) : microchip.trimmed());
}

StorageResult<std::optional<QString>> PetService::findPetByTagId(const QString& tagId)
{
    return m_pets.findByTagId(tagId);
}

StorageResult<HealthRecord> PetService::addHealthRecord(HealthRecord record)
{
    if (record.id.empty()) {
        record.id = newUuid();
    }
    record.createdAtMs = m_clock.nowMs();
    normalize(record);
    const ValidationReport report = petinfo::validate(record, m_clock.today());
    if (report.hasErrors()) {
        return fail(invalid(report));
    }
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto added = m_health.add(record); !added) {
            return added;
        }
        return m_tracker.recordEntity(EntityType::HealthRecord, toJson(record));
    });
    if (!r) {
        return fail(r.error());
    }
    Q_EMIT healthChanged(qs(record.petId));
    return record;
}

StorageResult<void> PetService::trashHealthRecord(const QString& id)
{
    auto record = m_health.get(id);
    if (!record) {
        return fail(record.error());
    }
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto moved = m_health.moveToTrash(id, m_clock.nowMs()); !moved) {
            return moved;
        }
        return m_tracker.recordDeleted(EntityType::HealthRecord, id, true);
    });
    if (r) {
        Q_EMIT healthChanged(qs(record->petId));
    }
    return r;
}

StorageResult<void> PetService::restoreHealthRecord(const QString& id)
{
    auto record = m_health.get(id);
    if (!record) {
        return fail(record.error());
    }
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto restored = m_health.restore(id); !restored) {
            return restored;
        }
        return m_tracker.recordDeleted(EntityType::HealthRecord, id, false);
    });
    if (r) {
        Q_EMIT healthChanged(qs(record->petId));
    }
    return r;
}

StorageResult<std::vector<HealthRecord>> PetService::healthRecords(const QString& petId)
{
    return m_health.forPet(petId);
}

StorageResult<std::vector<DueItem>> PetService::due(int offset, int limit, int soonDays)
{
    return m_health.due(m_clock.today().addDays(soonDays), offset, limit);
}

StorageResult<DueCounts> PetService::dueCounts(int soonDays)
{
    return m_health.dueCounts(m_clock.today(), soonDays);
}

StorageResult<WeightEntry> PetService::addWeight(WeightEntry entry)
{
    if (entry.id.empty()) {
        entry.id = newUuid();
    }
    entry.createdAtMs = m_clock.nowMs();
    const ValidationReport report = petinfo::validate(entry, m_clock.today());
    if (report.hasErrors()) {
        return fail(invalid(report));
    }
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto added = m_journal.addWeight(entry); !added) {
            return added;
        }
        return m_tracker.recordEntity(EntityType::Weight, toJson(entry));
    });
    if (!r) {
        return fail(r.error());
    }
    Q_EMIT weightsChanged(qs(entry.petId));
    return entry;
}

StorageResult<void> PetService::removeWeight(const QString& petId, const QString& id)
{
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto removed = m_journal.removeWeight(id, m_clock.nowMs()); !removed) {
            return removed;
        }
        return m_tracker.recordDeleted(EntityType::Weight, id, true);
    });
    if (r) {
        Q_EMIT weightsChanged(petId);
    }
    return r;
}

StorageResult<void> PetService::restoreWeight(const QString& petId, const QString& id)
{
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto restored = m_journal.restoreWeight(id); !restored) {
            return restored;
        }
        return m_tracker.recordDeleted(EntityType::Weight, id, false);
    });
    if (r) {
        Q_EMIT weightsChanged(petId);
    }
    return r;
}

StorageResult<std::vector<WeightEntry>> PetService::weights(const QString& petId)
{
    return m_journal.weightsOf(petId);
}

StorageResult<Note> PetService::addNote(Note note)
{
    if (note.id.empty()) {
        note.id = newUuid();
    }
    note.createdAtMs = note.updatedAtMs = m_clock.nowMs();
    if (note.author.empty()) {
        // The signed-in staff member; a computer that is not signed in names nobody. Not knowing
        // who is signed in never stops a note from being saved.
        if (auto account = storedAccount(*m_db); account && *account) {
            note.author = noteAuthor((*account)->userName.toStdString(), (*account)->userEmail.toStdString());
        }
    }
    const ValidationReport report = petinfo::validate(note);
    if (report.hasErrors()) {
        return fail(invalid(report));
    }
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto added = m_journal.addNote(note); !added) {
            return added;
        }
        return m_tracker.recordEntity(EntityType::Note, toJson(note));
    });
    if (!r) {
        return fail(r.error());
    }
    Q_EMIT notesChanged(qs(note.petId));
    return note;
}

StorageResult<Note> PetService::updateNote(Note note)
{
    note.updatedAtMs = m_clock.nowMs();
    const ValidationReport report = petinfo::validate(note);
    if (report.hasErrors()) {
        return fail(invalid(report));
    }
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto updated = m_journal.updateNote(note); !updated) {
            return updated;
        }
        auto stored = m_journal.note(QString::fromStdString(note.id));
        return stored ? m_tracker.recordEntity(EntityType::Note, toJson(*stored))
                      : StorageResult<void>(fail(stored.error()));
    });
    if (!r) {
        return fail(r.error());
    }
    Q_EMIT notesChanged(qs(note.petId));
    return note;
}

StorageResult<void> PetService::removeNote(const QString& petId, const QString& id)
{
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto removed = m_journal.removeNote(id, m_clock.nowMs()); !removed) {
            return removed;
        }
        return m_tracker.recordDeleted(EntityType::Note, id, true);
    });
    if (r) {
        Q_EMIT notesChanged(petId);
    }
    return r;
}

StorageResult<std::vector<Note>> PetService::notes(const QString& petId)
{
    return m_journal.notesOf(petId);
}

StorageResult<Attachment> PetService::addAttachment(Attachment attachment, const QByteArray& data)
{
    if (attachment.id.empty()) {
        attachment.id = newUuid();
    }
    attachment.createdAtMs = m_clock.nowMs();
    auto r = m_db->transaction([&]() -> StorageResult<Attachment> {
        auto added = m_attachments.add(attachment, data);
        if (!added) {
            return added;
        }
        if (auto tracked = m_tracker.recordEntity(EntityType::Attachment, toJson(*added)); !tracked) {
            return fail(tracked.error());
        }
        return added;
    });
    if (!r) {
        return fail(r.error());
    }
    Q_EMIT attachmentsChanged(qs(attachment.petId));
    return *r;
}

StorageResult<void> PetService::removeAttachment(const QString& petId, const QString& id)
{
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        if (auto moved = m_attachments.moveToTrash(id, m_clock.nowMs()); !moved) {
            return moved;
        }
        if (auto tracked = m_tracker.recordDeleted(EntityType::Attachment, id, true); !tracked) {
            return tracked;
        }
        auto pet = m_pets.get(petId);
        if (pet && pet->photoId == id.toStdString()) {
            pet->photoId.clear();
            pet->updatedAtMs = m_clock.nowMs();
            if (auto updated = m_pets.update(*pet); !updated) {
                return updated;
            }
            return m_tracker.recordEntity(EntityType::Pet, toJson(*pet));
        }
        return {};
    });
    if (r) {
        Q_EMIT attachmentsChanged(petId);
        emitChanged(petId);
    }
    return r;
}

StorageResult<std::vector<Attachment>> PetService::attachments(const QString& petId)
{
    return m_attachments.of(petId);
}

StorageResult<QByteArray> PetService::attachmentData(const QString& sha256)
{
    return m_attachments.data(sha256);
}

StorageResult<void> PetService::setMainPhoto(const QString& petId, const QString& attachmentId)
{
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        auto pet = m_pets.get(petId);
        if (!pet) {
            return fail(pet.error());
        }
        pet->photoId = attachmentId.toStdString();
        pet->updatedAtMs = m_clock.nowMs();
        if (auto updated = m_pets.update(*pet); !updated) {
            return updated;
        }
        return m_tracker.recordEntity(EntityType::Pet, toJson(*pet));
    });
    if (r) {
        emitChanged(petId);
    }
    return r;
}

StorageResult<qint64> PetService::importBatch(ImportBatch batch, const ProgressFn& progress)
{
    const qint64 now = m_clock.nowMs();
    const Date today = m_clock.today();
    const qint64 total = batch.size();
    // Validate everything first: nothing is written unless every row is good.
    std::set<std::string> chipsInBatch;
    for (std::size_t i = 0; i < batch.pets.size(); ++i) {
        PetRecord& record = batch.pets[i];
        if (record.pet.tagId.empty()) {
            record.pet.tagId = newTagId();
        }
        record.pet.createdAtMs = record.pet.createdAtMs ? record.pet.createdAtMs : now;
        record.pet.updatedAtMs = now;
        for (auto& entry : record.contacts) {
            entry.person.createdAtMs = entry.person.createdAtMs ? entry.person.createdAtMs : now;
            entry.person.updatedAtMs = now;
        }
        if (auto ok = checkValid(record); !ok) {
            return fail(StorageErrc::Invalid, "pet " + std::to_string(i + 1) + ": " + ok.error().detail);
        }
        for (const std::string* chip : {&record.pet.microchip, &record.pet.microchip2}) {
            if (!chip->empty() && !chipsInBatch.insert(*chip).second) {
                return fail(StorageErrc::Invalid,
                            "pet " + std::to_string(i + 1) + ": microchip " + *chip + " appears twice in the batch");
            }
        }
    }
    for (auto& h : batch.health) {
        if (h.id.empty()) {
            h.id = newUuid();
        }
        h.createdAtMs = h.createdAtMs ? h.createdAtMs : now;
        normalize(h);
        if (const auto report = petinfo::validate(h, today); report.hasErrors()) {
            return fail(invalid(report));
        }
    }
    for (auto& w : batch.weights) {
        if (w.id.empty()) {
            w.id = newUuid();
        }
        w.createdAtMs = w.createdAtMs ? w.createdAtMs : now;
        if (const auto report = petinfo::validate(w, today); report.hasErrors()) {
            return fail(invalid(report));
        }
    }
    for (auto& n : batch.notes) {
        if (n.id.empty()) {
            n.id = newUuid();
        }
        n.createdAtMs = n.updatedAtMs = n.createdAtMs ? n.createdAtMs : now;
        if (const auto report = petinfo::validate(n); report.hasErrors()) {
            return fail(invalid(report));
        }
    }
    qint64 done = 0;
    auto step = [&]() -> StorageResult<void> {
        ++done;
        if (progress && (done % 256 == 0 || done == total) && !progress(done, total)) {
            return fail(StorageErrc::Cancelled, "cancelled at row " + std::to_string(done));
        }
        return {};
    };
    QSet<QString> newPets;
    QSet<QString> peopleWritten;
    auto written = m_db->transaction([&]() -> StorageResult<void> {
        for (const PetRecord& record : batch.pets) {
            if (auto r = m_pets.insert(record.pet); !r) {
                return r;
            }
            const QString petId = qs(record.pet.id);
            newPets.insert(petId);
            if (auto r = m_contacts.addContactsOfNewPet(petId, record.contacts, peopleWritten); !r) {
                return r;
            }
            if (auto r = step(); !r) {
                return r;
            }
        }
        if (auto r = m_health.addMany(batch.health, newPets, step); !r) {
            return r;
        }
        for (const WeightEntry& w : batch.weights) {
            if (auto r = m_journal.addWeight(w); !r) {
                return r;
            }
            if (auto r = step(); !r) {
                return r;
            }
        }
        for (const Note& n : batch.notes) {
            if (auto r = m_journal.addNote(n); !r) {
                return r;
            }
            if (auto r = step(); !r) {
                return r;
            }
        }
        if (!m_tracker.enabled()) {
            return {};
        }
        for (const PetRecord& record : batch.pets) {
            if (auto r = trackPetRecord(record); !r) {
                return r;
            }
        }
        for (const HealthRecord& h : batch.health) {
            if (auto r = m_tracker.recordEntity(EntityType::HealthRecord, toJson(h)); !r) {
                return r;
            }
        }
        for (const WeightEntry& w : batch.weights) {
            if (auto r = m_tracker.recordEntity(EntityType::Weight, toJson(w)); !r) {
                return r;
            }
        }
        for (const Note& n : batch.notes) {
            if (auto r = m_tracker.recordEntity(EntityType::Note, toJson(n)); !r) {
                return r;
            }
        }
        return {};
    });
    if (!written) {
        return fail(written.error());
    }
    Q_EMIT reset();
    return total;
}

StorageResult<std::vector<QString>> PetService::createBlankTags(int count)
{
    if (count < 1 || count > 10000) {
        return fail(StorageErrc::Invalid, "between 1 and 10000 tags at a time");
    }
    std::vector<QString> ids;
    const qint64 now = m_clock.nowMs();
    auto made = m_db->transaction([&]() -> StorageResult<void> {
        for (int i = 0; i < count; ++i) {
            const QString id = QString::fromStdString(newTagId());
            if (auto r = m_tags.insert(TagRecord{id, {}, now, 0}); !r) {
                return r;
            }
            const nlohmann::json entity{{"id", id.toStdString()}, {"petId", ""}, {"createdAt", now}};
            if (auto r = m_tracker.recordEntity(EntityType::Tag, entity); !r) {
                return r;
            }
            ids.push_back(id);
        }
        return {};
    });
    if (!made) {
        return fail(made.error());
    }
    return ids;
}

StorageResult<std::vector<TagRecord>> PetService::blankTags(int limit)
{
    return m_tags.blank(limit);
}

StorageResult<void> PetService::claimTag(const QString& petId, const QString& tagId)
{
    if (!isTagId(tagId.toStdString())) {
        return fail(StorageErrc::Invalid, "not a Pet Info tag id: " + tagId.toStdString());
    }
    auto existing = m_tags.find(tagId);
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value() && !(*existing)->petId.isEmpty() && (*existing)->petId != petId) {
        return fail(StorageErrc::Constraint, "this tag already belongs to another pet");
    }
    auto holder = m_pets.findByTagId(tagId);
    if (holder && holder->has_value() && **holder != petId) {
        return fail(StorageErrc::Constraint, "this tag already belongs to another pet");
    }
    const qint64 now = m_clock.nowMs();
    auto r = m_db->transaction([&]() -> StorageResult<void> {
        auto pet = m_pets.get(petId);
        if (!pet) {
            return fail(pet.error());
        }
        pet->tagId = tagId.toStdString();
        pet->updatedAtMs = now;
        if (auto u = m_pets.update(*pet); !u) {
            return u;
        }
        if (auto a = m_tags.assign(tagId, petId, now); !a) {
            return a;
        }
        if (auto t = m_tracker.recordEntity(EntityType::Pet, toJson(*pet)); !t) {
            return t;
        }
        const qint64 created = existing->has_value() ? (*existing)->createdAtMs : now;
        return m_tracker.recordEntity(
            EntityType::Tag,
            nlohmann::json{{"id", tagId.toStdString()}, {"petId", petId.toStdString()}, {"createdAt", created}});
    });
    if (r) {
        emitChanged(petId);
    }
    return r;
}

void PetService::emitChanged(const QString& petId)
{
    if (auto summary = m_pets.summary(petId)) {
        Q_EMIT petChanged(*summary);
    }
}

} // namespace petinfo::client
