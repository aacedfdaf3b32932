// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

#include <QSet>
#include <QString>
#include <QStringList>

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

/** One row of the People list: a person with the pets they are a contact of (pets in the trash
 *  are not counted). */
struct PersonSummary
{
    QString id;
    QString name;
    QString phones; ///< space-separated E.164 numbers
    QString email;
    QString address;
    QStringList petNames; ///< sorted by name
    qint64 updatedAtMs = 0;

    int petCount() const { return static_cast<int>(petNames.size()); }
    friend bool operator==(const PersonSummary&, const PersonSummary&) = default;
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
    /** Every person not merged away, with their pets, ordered by name. */
    StorageResult<std::vector<PersonSummary>> personSummaries();
    StorageResult<PersonSummary> personSummary(const QString& id);
    /** When a person was deleted (merged into another), 0 while they are not. */
    StorageResult<qint64> personDeletedAt(const QString& id);
    /** Every link of a person, to pets in the trash too, ordered by pet name. */
    StorageResult<std::vector<PetContact>> linksOfPerson(const QString& personId);
    /** Pets (other than `exceptPetId`) of the people in `contacts` whose stored name, phones, e-mail
     *  or address differ from the ones given: the pets whose list rows show them and must be told. */
    StorageResult<QStringList> otherPetsOfChangedPeople(const QString& exceptPetId,
                                                        const std::vector<ContactEntry>& contacts);

private:
    /** A primary link makes the pet's other primary link a plain one. */
    StorageResult<void> clearOtherPrimary(const PetContact& link);
    StorageResult<void> insertLinkRow(const PetContact& link, qint64 syncRef);
    StorageResult<std::vector<PersonSummary>> summaries(const QString* onlyId);

    Database& m_db;
};

} // namespace petinfo::client
