// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ContactRepository.h"

#include "storage/Query.h"

#include <QStringList>

namespace petinfo::client {

namespace {

QString joinPhones(const std::vector<std::string>& phones)
{
    QStringList list;
    for (const auto& p : phones) {
        list << QString::fromStdString(p);
    }
    return list.join(QLatin1Char(' '));
}

std::vector<std::string> splitPhones(const QString& text)
{
    std::vector<std::string> phones;
    for (const QString& p : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        phones.push_back(p.toStdString());
    }
    return phones;
}

Person readPerson(const Query& q, int first)
{
    Person p;
    p.id = q.str(first);
    p.name = q.str(first + 1);
    p.phones = splitPhones(q.text(first + 2));
    p.email = q.str(first + 3);
    p.address = q.str(first + 4);
    p.language = q.str(first + 5);
    p.whatsappOptIn = q.flag(first + 6);
    p.createdAtMs = q.int64(first + 7);
    p.updatedAtMs = q.int64(first + 8);
    return p;
}

constexpr auto kPersonColumns = "id, name, phones, email, address, language, whatsapp_opt_in, created_at, updated_at";

} // namespace

StorageResult<void> ContactRepository::upsertPerson(const Person& person)
{
    // SQLCipher 3.4 bundles SQLite 3.15, which has no UPSERT: update, then insert if nothing matched.
    Query update(m_db, QStringLiteral("UPDATE persons SET name = ?, phones = ?, email = ?, address = ?, language = ?, "
                                      "whatsapp_opt_in = ?, updated_at = ? WHERE id = ?"));
    update.bind(person.name)
        .bind(joinPhones(person.phones))
        .bind(person.email)
        .bind(person.address)
        .bind(person.language)
        .bind(person.whatsappOptIn)
        .bind(static_cast<qint64>(person.updatedAtMs))
        .bind(person.id);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    return insertPerson(person);
}

StorageResult<void> ContactRepository::insertPerson(const Person& person, qint64 syncRef)
{
    Query insert(m_db, QStringLiteral("INSERT INTO persons (%1, sync_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(QLatin1String(kPersonColumns)));
    insert.bindStable(person.id)
        .bindStable(person.name)
        .bind(joinPhones(person.phones))
        .bindStable(person.email)
        .bindStable(person.address)
        .bindStable(person.language)
        .bind(person.whatsappOptIn)
        .bind(static_cast<qint64>(person.createdAtMs))
        .bind(static_cast<qint64>(person.updatedAtMs))
        .bindOrNull(syncRef);
    return insert.exec();
}

StorageResult<Person> ContactRepository::person(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM persons WHERE id = ?").arg(QLatin1String(kPersonColumns)));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "person " + id.toStdString());
    }
    return readPerson(q, 0);
}

StorageResult<std::vector<ContactEntry>> ContactRepository::contactsOf(const QString& petId)
{
    Query q(m_db, QStringLiteral("SELECT c.role, c.is_primary, p.id, p.name, p.phones, p.email, p.address, "
                                 "p.language, p.whatsapp_opt_in, p.created_at, p.updated_at "
                                 "FROM pet_contacts c JOIN persons p ON p.id = c.person_id "
                                 "WHERE c.pet_id = ? ORDER BY c.is_primary DESC, c.position, p.name"));
    q.bind(petId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<ContactEntry> entries;
    while (q.next()) {
        ContactEntry e;
        e.role = enumFromString<ContactRole>(q.str(0)).value_or(ContactRole::Other);
        e.primary = q.flag(1);
        e.person = readPerson(q, 2);
        entries.push_back(std::move(e));
    }
    return entries;
}

StorageResult<void> ContactRepository::setContacts(const QString& petId, const std::vector<ContactEntry>& contacts)
{
    Query clear(m_db, QStringLiteral("DELETE FROM pet_contacts WHERE pet_id = ?"));
    clear.bind(petId);
    if (auto r = clear.exec(); !r) {
        return r;
    }
    int position = 0;
    for (const ContactEntry& entry : contacts) {
        if (auto r = upsertPerson(entry.person); !r) {
            return r;
        }
        Query link(m_db, QStringLiteral("INSERT INTO pet_contacts (pet_id, person_id, role, is_primary, position) "
                                        "VALUES (?, ?, ?, ?, ?)"));
        link.bind(petId)
            .bind(entry.person.id)
            .bind(std::string(enumName(entry.role)))
            .bind(entry.primary)
            .bind(position++);
        if (auto r = link.exec(); !r) {
            return r;
        }
    }
    return {};
}

StorageResult<void> ContactRepository::addContactsOfNewPet(const QString& petId,
                                                           const std::vector<ContactEntry>& contacts,
                                                           QSet<QString>& written)
{
    int position = 0;
    for (const ContactEntry& entry : contacts) {
        const QString personId = QString::fromStdString(entry.person.id);
        if (!written.contains(personId)) {
            if (auto r = upsertPerson(entry.person); !r) {
                return r;
            }
            written.insert(personId);
        }
        Query link(m_db, QStringLiteral("INSERT INTO pet_contacts (pet_id, person_id, role, is_primary, position) "
                                        "VALUES (?, ?, ?, ?, ?)"));
        link.bind(petId)
            .bind(entry.person.id)
            .bind(std::string(enumName(entry.role)))
            .bind(entry.primary)
            .bind(position++);
        if (auto r = link.exec(); !r) {
            return r;
        }
    }
    return {};
}

StorageResult<void> ContactRepository::setPersonDeleted(const QString& id, qint64 deletedAtMs)
{
    Query q(m_db, QStringLiteral("UPDATE persons SET deleted_at = ? WHERE id = ?"));
    q.bindOrNull(deletedAtMs).bind(id);
    return q.exec();
}

StorageResult<void> ContactRepository::clearOtherPrimary(const PetContact& link)
{
    if (!link.primary) {
        return {};
    }
    // Only rows that change: a many-row UPDATE copies each page it writes to a statement journal,
    // which SQLCipher encrypts.
    Query clear(m_db, QStringLiteral("UPDATE pet_contacts SET is_primary = 0 WHERE pet_id = ? AND person_id <> ? "
                                     "AND is_primary = 1"));
    clear.bind(link.petId).bind(link.personId);
    return clear.exec();
}

StorageResult<void> ContactRepository::upsertLink(const PetContact& link)
{
    if (auto r = clearOtherPrimary(link); !r) {
        return r;
    }
    Query update(m_db,
                 QStringLiteral("UPDATE pet_contacts SET role = ?, is_primary = ? WHERE pet_id = ? AND person_id = ?"));
    update.bind(std::string(enumName(link.role))).bind(link.primary).bind(link.petId).bind(link.personId);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    return insertLinkRow(link, 0);
}

StorageResult<void> ContactRepository::insertLink(const PetContact& link, qint64 syncRef, bool petHasNoPrimary)
{
    if (auto r = petHasNoPrimary ? StorageResult<void>() : clearOtherPrimary(link); !r) {
        return r;
    }
    return insertLinkRow(link, syncRef);
}

StorageResult<void> ContactRepository::insertLinkRow(const PetContact& link, qint64 syncRef)
{
    Query insert(
        m_db, QStringLiteral("INSERT INTO pet_contacts (pet_id, person_id, role, is_primary, position, "
                             "sync_ref) VALUES (?, ?, ?, ?, (SELECT COUNT(*) FROM pet_contacts WHERE pet_id = ?), ?)"));
    insert.bindStable(link.petId)
        .bindStable(link.personId)
        .bindConstant(enumName(link.role))
        .bind(link.primary)
        .bindStable(link.petId)
        .bindOrNull(syncRef);
    return insert.exec();
}

StorageResult<PetContact> ContactRepository::link(const QString& petId, const QString& personId)
{
    Query q(m_db, QStringLiteral("SELECT role, is_primary FROM pet_contacts WHERE pet_id = ? AND person_id = ?"));
    q.bind(petId).bind(personId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "contact link");
    }
    return PetContact{petId.toStdString(), personId.toStdString(),
                      enumFromString<ContactRole>(q.str(0)).value_or(ContactRole::Other), q.flag(1)};
}

StorageResult<void> ContactRepository::removeLink(const QString& petId, const QString& personId)
{
    Query q(m_db, QStringLiteral("DELETE FROM pet_contacts WHERE pet_id = ? AND person_id = ?"));
    q.bind(petId).bind(personId);
    return q.exec();
}

StorageResult<std::vector<PersonSummary>> ContactRepository::summaries(const QString* onlyId)
{
    // Pet names are joined with a newline, which a name cannot hold (normalize() trims it away).
    Query q(m_db, QStringLiteral("SELECT p.id, p.name, p.phones, p.email, p.address, p.updated_at, "
                                 "COALESCE(GROUP_CONCAT(pt.name, char(10)), '') "
                                 "FROM persons p LEFT JOIN pet_contacts c ON c.person_id = p.id "
                                 "LEFT JOIN pets pt ON pt.id = c.pet_id AND pt.deleted_at IS NULL "
                                 "WHERE p.deleted_at IS NULL%1 GROUP BY p.id ORDER BY p.name COLLATE NOCASE, p.id")
                      .arg(onlyId ? QStringLiteral(" AND p.id = ?") : QString()));
    if (onlyId) {
        q.bind(*onlyId);
    }
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<PersonSummary> people;
    while (q.next()) {
        PersonSummary s;
        s.id = q.text(0);
        s.name = q.text(1);
        s.phones = q.text(2);
        s.email = q.text(3);
        s.address = q.text(4);
        s.updatedAtMs = q.int64(5);
        s.petNames = q.text(6).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        s.petNames.sort(Qt::CaseInsensitive);
        people.push_back(std::move(s));
    }
    return people;
}

StorageResult<std::vector<PersonSummary>> ContactRepository::personSummaries()
{
    return summaries(nullptr);
}

StorageResult<PersonSummary> ContactRepository::personSummary(const QString& id)
{
    auto found = summaries(&id);
    if (!found) {
        return fail(found.error());
    }
    if (found->empty()) {
        return fail(StorageErrc::NotFound, "person " + id.toStdString());
    }
    return std::move(found->front());
}

StorageResult<qint64> ContactRepository::personDeletedAt(const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(deleted_at, 0) FROM persons WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "person " + id.toStdString());
    }
    return q.int64(0);
}

StorageResult<std::vector<PetContact>> ContactRepository::linksOfPerson(const QString& personId)
{
    Query q(m_db, QStringLiteral("SELECT c.pet_id, c.role, c.is_primary FROM pet_contacts c "
                                 "JOIN pets p ON p.id = c.pet_id WHERE c.person_id = ? "
                                 "ORDER BY p.name COLLATE NOCASE, p.id"));
    q.bind(personId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<PetContact> links;
    while (q.next()) {
        links.push_back(PetContact{q.str(0), personId.toStdString(),
                                   enumFromString<ContactRole>(q.str(1)).value_or(ContactRole::Other), q.flag(2)});
    }
    return links;
}

StorageResult<QStringList> ContactRepository::otherPetsOfChangedPeople(const QString& exceptPetId,
                                                                       const std::vector<ContactEntry>& contacts)
{
    QStringList pets;
    for (const ContactEntry& entry : contacts) {
        const QString personId = QString::fromStdString(entry.person.id);
        auto stored = person(personId);
        if (!stored) {
            if (stored.error().code == StorageErrc::NotFound) {
                continue; // a new person: no other pet shows them yet
            }
            return fail(stored.error());
        }
        Person given = entry.person;
        given.createdAtMs = stored->createdAtMs;
        given.updatedAtMs = stored->updatedAtMs;
        if (given == *stored) {
            continue;
        }
        Query q(m_db, QStringLiteral("SELECT c.pet_id FROM pet_contacts c JOIN pets p ON p.id = c.pet_id "
                                     "WHERE c.person_id = ? AND c.pet_id <> ? AND p.deleted_at IS NULL"));
        q.bind(personId).bind(exceptPetId);
        if (auto r = q.exec(); !r) {
            return fail(r.error());
        }
        while (q.next()) {
            const QString pet = q.text(0);
            if (!pets.contains(pet)) {
                pets << pet;
            }
        }
    }
    return pets;
}

} // namespace petinfo::client
