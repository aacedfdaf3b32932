// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

#include <QSet>
#include <QString>

#include <vector>

namespace petinfo::client {

class Database;

/** A contact of a pet together with the person. */
struct ContactEntry
{
    Person person;
    ContactRole role = ContactRole::Owner;
    bool primary = false;

    friend bool operator==(const ContactEntry&, const ContactEntry&) = default;
};

/** All SQL for people and their links to pets. */
class ContactRepository final
{
public:
    explicit ContactRepository(Database& db)
        : m_db(db)
    {}

    StorageResult<void> upsertPerson(const Person& person);
    /** Inserts a new person; `syncRef` (when not 0) is where its synced copy is (SyncStore). */
    StorageResult<void> insertPerson(const Person& person, qint64 syncRef = 0);
    StorageResult<Person> person(const QString& id);
    StorageResult<std::vector<ContactEntry>> contactsOf(const QString& petId);
    /** Replaces the pet's contacts with `contacts` (people are inserted or updated). */
    StorageResult<void> setContacts(const QString& petId, const std::vector<ContactEntry>& contacts);
    /** Links a new pet (without contacts yet) to its contacts; people already written in this
     *  batch (`written`) are not written again. For bulk imports. */
    StorageResult<void> addContactsOfNewPet(const QString& petId, const std::vector<ContactEntry>& contacts,
                                            QSet<QString>& written);
    /** Sync: a person's trash state, a link added or changed, a link removed. A primary link
     *  makes the pet's other links secondary (two devices may each have chosen a primary). */
    StorageResult<void> setPersonDeleted(const QString& id, qint64 deletedAtMs);
    StorageResult<void> upsertLink(const PetContact& link);
    /** Inserts a new link (as upsertLink does when there is none) with its synced copy's place.
     *  `petHasNoPrimary`: the caller knows the pet has no primary link (it was created in this
     *  transaction and given none since), so there is nothing to clear. */
    StorageResult<void> insertLink(const PetContact& link, qint64 syncRef, bool petHasNoPrimary = false);
    StorageResult<PetContact> link(const QString& petId, const QString& personId);
    StorageResult<void> removeLink(const QString& petId, const QString& personId);
    /** People whose name, phone or e-mail contains `text`, for reusing an owner across pets. */
    StorageResult<std::vector<Person>> searchPeople(const QString& text, int limit = 20);

private:
    /** A primary link makes the pet's other primary link a plain one. */
    StorageResult<void> clearOtherPrimary(const PetContact& link);
    StorageResult<void> insertLinkRow(const PetContact& link, qint64 syncRef);

    Database& m_db;
};

} // namespace petinfo::client
