// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Messaging.h"
#include "petinfo/common/Validation.h"
#include "storage/ContactRepository.h"
#include "storage/PetRepository.h"
#include "sync/SyncApi.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace petinfo::client {

class PetService;

/** A pet of a person, as the person's page lists it. */
struct PersonPet
{
    PetSummary pet;
    ContactRole role = ContactRole::Owner;
    bool primary = false;
};

/** Where a person's WhatsApp number stands (see docs/notifications.md): read from what sync
 *  brought (the server writes the verification; this app never does), so it shows offline. */
struct WhatsAppVerification
{
    enum class Stage
    {
        NoNumber,    ///< no number WhatsApp can reach
        NotVerified, ///< never confirmed, or the number changed since
        CodeSent,    ///< a code is on its way or was delivered; not confirmed yet
        CodeFailed,  ///< the code's message could not be sent
        Verified     ///< the current number was confirmed
    };
    Stage stage = Stage::NoNumber;
    QString number; ///< the first number WhatsApp can reach (E.164)
    bool optIn = false;
    QString verifiedPhone;
    qint64 verifiedAtMs = 0;
    QString verifiedBy;   ///< the staff member's name, or kVerifiedByReply
    bool byReply = false; ///< the owner confirmed by replying to the message
    qint64 codeSentAtMs = 0;
    MessageState codeState = MessageState::Queued;
    QString codeError;
};

/** A person with every pet they are a contact of (pets in the trash are left out). */
struct PersonDetails
{
    Person person;
    std::vector<PersonPet> pets;
};

/** How a merge settles what one person can hold only once. Phones are always combined, and so is
 *  an address (both kept, "; " between); a person has one e-mail, so when both people have a
 *  different one the caller says which stays. */
struct MergeOptions
{
    bool keepDuplicateEmail = false;
};

/** What a merge changed, enough to undo it. */
struct PersonMerge
{
    Person keptBefore;
    Person keptAfter;
    Person duplicate;
    /** The duplicate's links as they were (they now belong to the kept person). */
    std::vector<PetContact> duplicateLinks;
    /** The kept person's links, before the merge, to the same pets as the duplicate's links. */
    std::vector<PetContact> keptLinksBefore;
    MergeOptions options;
};

/** Which one-valued fields of two people differ, so a merge has to choose (see MergeOptions). */
struct MergeConflicts
{
    bool email = false;
};

/** The one place the app reads and writes people (owners and other contacts) as clients: the
 *  People list, a person's page, editing a person once for all their pets, and merging duplicates.
 *  Shares PetService's database and change tracker, so every write is one transaction together
 *  with its sync mutation; the pets whose list rows show a changed person are announced through
 *  PetService (petChanged), the people list through this service's own signals. GUI thread. */
class PersonService final : public QObject
{
    Q_OBJECT

public:
    explicit PersonService(PetService& pets, QObject* parent = nullptr);
    ~PersonService() override;

    PetService& petService() { return m_pets; }

    /** Everyone not merged away, ordered by name. */
    StorageResult<std::vector<PersonSummary>> people();
    /** People matching what was typed: every word in the name, e-mail, address or a pet's name,
     *  or a phone number written as locals write it ("011 4321-9876", "4321 9876"); accents and
     *  case are ignored. An empty text matches everyone. At most `limit` (0: all). */
    StorageResult<std::vector<PersonSummary>> search(const QString& text, int limit = 0);
    /** A person and their pets; NotFound once they were merged into someone else. */
    StorageResult<PersonDetails> person(const QString& id);

    /** Normalises in place (phones typed the local way become E.164) and checks the domain rules. */
    ValidationReport validate(Person& person) const;
    /** Saves a person's details; every pet of theirs shows the change. */
    StorageResult<Person> updatePerson(Person person);

    /** Which fields would have to be chosen when merging these two (see MergeOptions). */
    StorageResult<MergeConflicts> mergeConflicts(const QString& keepId, const QString& duplicateId);
    /** Moves every pet of `duplicateId` to `keepId`, adds the duplicate's phones, e-mail and
     *  address to the kept person's, and deletes the duplicate (a delete that syncs). */
    StorageResult<PersonMerge> merge(const QString& keepId, const QString& duplicateId, MergeOptions options = {});
    /** Undoes a merge: the duplicate and their links come back, and the kept person's fields that
     *  the merge changed (and nobody changed since) get their old values. */
    StorageResult<void> undoMerge(const PersonMerge& merge);

    /** The kept person as a merge would leave them (for the confirmation and for merge()). */
    static Person combined(const Person& kept, const Person& duplicate, const MergeOptions& options);

    /** Makes a client signed in to the organisation's server; null when not signed in. */
    using ApiFactory = std::function<std::unique_ptr<SyncApi>()>;
    /** How to reach the server for WhatsApp verification (empty when signed out). */
    void setServer(ApiFactory factory) { m_apiFactory = std::move(factory); }
    bool isSignedIn() const { return static_cast<bool>(m_apiFactory); }
    /** The person's WhatsApp verification as synced (PersonWhatsApp.cpp). */
    StorageResult<WhatsAppVerification> whatsAppVerification(const QString& personId);
    /** Asks the server to send a one-time code to the person's WhatsApp number. */
    NetResult<nlohmann::json> requestWhatsAppCode(const QString& personId);
    /** The code the owner read back; a 400 `wrong_code` says how many tries are left. */
    NetResult<nlohmann::json> confirmWhatsAppCode(const QString& personId, const QString& code);
    /** The person no longer wants WhatsApp messages: opted out and the verification cleared. */
    NetResult<nlohmann::json> revokeWhatsApp(const QString& personId);

Q_SIGNALS:
    /** The server changed this person on request: a sync brings the change here. */
    void syncWanted();
    /** A person's details changed (their row in the People list). */
    void personChanged(const QString& id);
    /** People were merged or a merge undone: rows come and go. */
    void peopleChanged();

private:
    /** A person that is not merged away. */
    StorageResult<Person> livePerson(const QString& id);
    StorageResult<void> trackPerson(const Person& person);
    StorageResult<void> trackLink(const PetContact& link);
    StorageResult<void> trackUnlink(const std::string& petId, const std::string& personId);
    void announcePets(const std::vector<PetContact>& links);

    NetResult<nlohmann::json> call(const QByteArray& method, const QString& path, const nlohmann::json& body);

    PetService& m_pets;
    ContactRepository m_contacts;
    PetRepository m_petRepo;
    ApiFactory m_apiFactory;
};

/** The folded text a person is found by (name, e-mail, address, pet names, every form of every
 *  phone), fields separated by newlines; SearchTerms::matches() runs over it. */
QString personSearchText(const PersonSummary& person);

} // namespace petinfo::client
