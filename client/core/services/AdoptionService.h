// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"
#include "storage/AdoptionRepository.h"
#include "storage/PetRepository.h"

#include <QObject>
#include <QSet>

#include <array>
#include <optional>

namespace petinfo::client {

class PetService;

/** One animal of the Adoption view: the pet, its adoption profile and its current stay. */
struct AdoptionAnimal
{
    PetSummary pet;
    AdoptionProfile profile;
    std::optional<Intake> intake; ///< the latest one
    std::optional<int> daysInCare;
};

/** How many animals are in each status (indexed by AdoptionStatus). */
using AdoptionCounts = std::array<int, EnumNames<AdoptionStatus>::names.size()>;

/** Which applications the inbox shows. */
struct ApplicationFilter
{
    std::optional<ApplicationStatus> status;
    std::optional<ApplicationChannel> channel;
    bool openOnly = false; ///< leave out declined, withdrawn and completed ones
    QString text;          ///< in the applicant's name, e-mail, phone or the animals' names
};

/** The shelter's adoption workflow on this computer: animals' intake, status and public profile,
 *  and the applications inbox with staff decisions. Reads and writes the adoption tables
 *  (AdoptionRepository) and records every write as a sync change in the same transaction, like
 *  PetService; a pull that brings records announces a reset, after which this service reports
 *  new applications. Shares PetService's database. GUI thread. See docs/adoption.md. */
class AdoptionService final : public QObject
{
    Q_OBJECT

public:
    explicit AdoptionService(PetService& pets, QObject* parent = nullptr);

    // Who may do what (the signed-in role; a computer that is not signed in may do everything).

    /** Staff and admins decide on applications. */
    bool mayDecide();
    /** Everyone but volunteers (and kiosks) writes adoption records. */
    bool mayEdit();
    /** Volunteers do not see applicants' phone, e-mail, address or network address. */
    bool showsContacts();

    // Animals

    StorageResult<std::vector<AdoptionAnimal>> animals(const Date& today);
    static AdoptionCounts counts(const std::vector<AdoptionAnimal>& animals);
    StorageResult<std::optional<AdoptionProfile>> profile(const QString& petId);
    /** An animal's (or an application's) status history, oldest first. */
    StorageResult<std::vector<StatusChange>> history(const QString& subjectId);
    StorageResult<std::vector<Intake>> intakes(const QString& petId);

    /** Records an intake. A pet without a profile gets one in `intake` status; one that was
     *  transferred or returned starts a new stay (`intake`). */
    StorageResult<Intake> recordIntake(Intake intake);
    /** Puts a pet already at the shelter into the workflow in `status` (intake, in care or
     *  adoptable). Fails with Constraint when it has a profile. */
    StorageResult<AdoptionProfile> addToWorkflow(const QString& petId, AdoptionStatus status, const Date& date);
    /** Moves an animal to `to` on `date` with a note; refused transitions fail with Invalid. */
    StorageResult<AdoptionProfile> changeStatus(const QString& petId, AdoptionStatus to, const Date& date,
                                                const QString& note);
    /** Saves the public profile (everything but the status, which changeStatus owns). */
    StorageResult<AdoptionProfile> saveProfile(AdoptionProfile profile);

    // Applications

    StorageResult<std::vector<AdoptionApplication>> applications(const ApplicationFilter& filter = {});
    /** One application as this computer's role may see it (contacts blanked for volunteers). */
    StorageResult<AdoptionApplication> application(const QString& id);
    /** Staff type in an application taken by phone or on paper (channel staff). */
    StorageResult<AdoptionApplication> addApplication(AdoptionApplication application);
    /** new -> contacted -> approved / declined / withdrawn, with the note kept in the history.
     *  Approving reserves each asked-for animal that is adoptable. */
    StorageResult<AdoptionApplication> setApplicationStatus(const QString& id, ApplicationStatus to,
                                                            const QString& note);
    StorageResult<AdoptionApplication> saveStaffNotes(const QString& id, const QString& notes);
    /** Completes an approved application: the applicant becomes a person and each reserved
     *  animal's primary owner, the animals become adopted (profile and pet), then the
     *  application records the person and the time. All in one transaction. */
    StorageResult<AdoptionApplication> completeAdoption(const QString& id);

    /** New applications not looked at on this computer (the inbox badge). */
    StorageResult<int> unseenCount();
    StorageResult<QSet<QString>> seenApplications();
    StorageResult<void> markSeen(const QString& applicationId);

    PetService& pets() { return m_pets; }

Q_SIGNALS:
    /** Adoption records changed here or by a sync. */
    void changed();
    /** This computer wrote adoption records (the sync sends them). */
    void localChange();
    /** A sync brought new applications (not seen here before), with their applicants' names. */
    void applicationsArrived(const QStringList& applicants);

private:
    QString role();
    std::string author();
    StorageResult<void> writeProfile(const AdoptionProfile& profile);
    StorageResult<void> writeChange(const StatusChange& change);
    StorageResult<void> writeApplication(const AdoptionApplication& application);
    /** Inside a transaction: moves one animal and writes its history row. */
    StorageResult<AdoptionProfile> moveAnimal(AdoptionProfile profile, AdoptionStatus to, const Date& date,
                                              const std::string& note);
    void checkArrivals();
    AdoptionApplication visible(AdoptionApplication application);

    PetService& m_pets;
    AdoptionRepository m_repository;
    QSet<QString> m_known; ///< applications seen by this service, to tell new arrivals
    bool m_knownLoaded = false;
};

} // namespace petinfo::client
