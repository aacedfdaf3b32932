// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AdoptionService.h"

#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "services/PetService.h"
#include "sync/SyncAccount.h"

#include <QHash>

#include <algorithm>

// Animals, intake, status and profile. Applications and decisions: AdoptionApplications.cpp.

namespace petinfo::client {

using sync::EntityType;

namespace {

StorageError invalidReport(const ValidationReport& report)
{
    return StorageError{StorageErrc::Invalid, errorSummary(report)};
}

} // namespace

AdoptionService::AdoptionService(PetService& pets, QObject* parent)
    : QObject(parent)
    , m_pets(pets)
    , m_repository(pets.database())
{
    // A pull (or an import, a restore) announces a reset: new applications may have come in.
    connect(&m_pets, &PetService::reset, this, [this] {
        Q_EMIT changed();
        checkArrivals();
    });
    checkArrivals(); // learns what is there, so that only later arrivals are announced
}

QString AdoptionService::role()
{
    auto account = storedAccount(m_pets.database());
    return account && *account ? (*account)->role : QString();
}

std::string AdoptionService::author()
{
    auto account = storedAccount(m_pets.database());
    if (!account || !*account) {
        return {};
    }
    return noteAuthor((*account)->userName.toStdString(), (*account)->userEmail.toStdString());
}

bool AdoptionService::mayDecide()
{
    const QString r = role();
    return r.isEmpty() || r == QLatin1String("admin") || r == QLatin1String("staff");
}

bool AdoptionService::mayEdit()
{
    const QString r = role();
    return r != QLatin1String("volunteer") && r != QLatin1String("kiosk");
}

bool AdoptionService::showsContacts()
{
    return role() != QLatin1String("volunteer");
}

StorageResult<std::vector<AdoptionAnimal>> AdoptionService::animals(const Date& today)
{
    auto profiles = m_repository.profiles();
    if (!profiles) {
        return fail(profiles.error());
    }
    auto intakes = m_repository.latestIntakes();
    if (!intakes) {
        return fail(intakes.error());
    }
    auto pets = m_pets.petSummaries();
    if (!pets) {
        return fail(pets.error());
    }
    QHash<QString, const PetSummary*> petById;
    for (const PetSummary& p : *pets) {
        petById.insert(p.id, &p);
    }
    QHash<QString, const Intake*> intakeByPet;
    for (const Intake& i : *intakes) {
        intakeByPet.insert(QString::fromStdString(i.petId), &i);
    }
    std::vector<AdoptionAnimal> out;
    out.reserve(profiles->size());
    for (AdoptionProfile& profile : *profiles) {
        const QString petId = QString::fromStdString(profile.petId);
        const PetSummary* pet = petById.value(petId);
        if (!pet) {
            continue; // in the trash, or its pet row has not arrived yet
        }
        AdoptionAnimal a;
        a.pet = *pet;
        a.profile = std::move(profile);
        if (const Intake* intake = intakeByPet.value(petId)) {
            a.intake = *intake;
            // Days in care count while the animal is at the shelter, not after it left.
            const bool left = a.profile.status == AdoptionStatus::Adopted ||
                              a.profile.status == AdoptionStatus::Transferred ||
                              a.profile.status == AdoptionStatus::Deceased;
            const Date until = left && a.profile.statusDate ? *a.profile.statusDate : today;
            a.daysInCare = daysInCare(*intake, until);
        }
        out.push_back(std::move(a));
    }
    std::sort(out.begin(), out.end(), [](const AdoptionAnimal& a, const AdoptionAnimal& b) {
        const int c = QString::localeAwareCompare(a.pet.name, b.pet.name);
        return c != 0 ? c < 0 : a.pet.id < b.pet.id;
    });
    return out;
}

AdoptionCounts AdoptionService::counts(const std::vector<AdoptionAnimal>& animals)
{
    AdoptionCounts counts{};
    for (const AdoptionAnimal& a : animals) {
        ++counts[static_cast<std::size_t>(a.profile.status)];
    }
    return counts;
}

StorageResult<std::optional<AdoptionProfile>> AdoptionService::profile(const QString& petId)
{
    return m_repository.profile(petId);
}

StorageResult<std::vector<StatusChange>> AdoptionService::history(const QString& subjectId)
{
    return m_repository.historyOf(subjectId);
}

StorageResult<std::vector<Intake>> AdoptionService::intakes(const QString& petId)
{
    return m_repository.intakesOf(petId);
}

StorageResult<void> AdoptionService::writeProfile(const AdoptionProfile& profile)
{
    if (auto r = m_repository.upsertProfile(profile); !r) {
        return r;
    }
    return m_pets.tracker().recordEntity(EntityType::AdoptionProfile, toJson(profile));
}

StorageResult<void> AdoptionService::writeChange(const StatusChange& change)
{
    if (auto r = m_repository.upsertStatusChange(change); !r) {
        return r;
    }
    return m_pets.tracker().recordEntity(EntityType::StatusChange, toJson(change));
}

StorageResult<AdoptionProfile> AdoptionService::moveAnimal(AdoptionProfile profile, AdoptionStatus to, const Date& date,
                                                           const std::string& note)
{
    const bool first = profile.updatedAtMs == 0 && !profile.statusDate;
    StatusChange change;
    change.id = newUuid();
    change.subject = StatusSubject::Animal;
    change.subjectId = profile.petId;
    change.fromStatus = first ? std::string() : std::string(enumName(profile.status));
    change.toStatus = std::string(enumName(to));
    change.date = date;
    change.atMs = m_pets.clock().nowMs();
    change.note = note;
    change.author = author();
    if (const ValidationReport report = validate(change, m_pets.clock().today()); report.hasErrors()) {
        return fail(invalidReport(report));
    }
    profile.status = to;
    profile.statusDate = date;
    profile.updatedAtMs = change.atMs;
    if (auto r = writeProfile(profile); !r) {
        return fail(r.error());
    }
    if (auto r = writeChange(change); !r) {
        return fail(r.error());
    }
    return profile;
}

StorageResult<Intake> AdoptionService::recordIntake(Intake intake)
{
    if (intake.id.empty()) {
        intake.id = newUuid();
    }
    intake.createdAtMs = m_pets.clock().nowMs();
    normalize(intake);
    if (const ValidationReport report = validate(intake, m_pets.clock().today()); report.hasErrors()) {
        return fail(invalidReport(report));
    }
    const QString petId = QString::fromStdString(intake.petId);
    auto existing = m_repository.profile(petId);
    if (!existing) {
        return fail(existing.error());
    }
    auto done = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (auto r = m_repository.upsertIntake(intake); !r) {
            return r;
        }
        if (auto r = m_pets.tracker().recordEntity(EntityType::Intake, toJson(intake)); !r) {
            return r;
        }
        if (!*existing) {
            AdoptionProfile profile;
            profile.petId = intake.petId;
            auto moved = moveAnimal(std::move(profile), AdoptionStatus::Intake, intake.date, intake.notes);
            return moved ? StorageResult<void>() : fail(moved.error());
        }
        const AdoptionStatus now = (*existing)->status;
        if (now == AdoptionStatus::Transferred || now == AdoptionStatus::Returned) {
            // A new stay: back at the start of the path (returned animals go to care first).
            const AdoptionStatus to =
                now == AdoptionStatus::Transferred ? AdoptionStatus::Intake : AdoptionStatus::InCare;
            auto moved = moveAnimal(**existing, to, intake.date, intake.notes);
            return moved ? StorageResult<void>() : fail(moved.error());
        }
        return {};
    });
    if (!done) {
        return fail(done.error());
    }
    Q_EMIT changed();
    Q_EMIT localChange();
    return intake;
}

StorageResult<AdoptionProfile> AdoptionService::addToWorkflow(const QString& petId, AdoptionStatus status,
                                                              const Date& date)
{
    if (!isAllowedInitialStatus(status)) {
        return fail(StorageErrc::Invalid, "status_transition");
    }
    auto existing = m_repository.profile(petId);
    if (!existing) {
        return fail(existing.error());
    }
    if (*existing) {
        return fail(StorageErrc::Constraint, "the animal is in the adoption workflow already");
    }
    AdoptionProfile profile;
    profile.petId = petId.toStdString();
    StorageResult<AdoptionProfile> moved = fail(StorageErrc::Sql, "not written");
    auto done = m_pets.database().transaction([&]() -> StorageResult<void> {
        moved = moveAnimal(std::move(profile), status, date, {});
        return moved ? StorageResult<void>() : fail(moved.error());
    });
    if (!done) {
        return fail(done.error());
    }
    Q_EMIT changed();
    Q_EMIT localChange();
    return moved;
}

StorageResult<AdoptionProfile> AdoptionService::changeStatus(const QString& petId, AdoptionStatus to, const Date& date,
                                                             const QString& note)
{
    auto existing = m_repository.profile(petId);
    if (!existing) {
        return fail(existing.error());
    }
    if (!*existing) {
        return fail(StorageErrc::NotFound, "the animal is not in the adoption workflow");
    }
    StorageResult<AdoptionProfile> moved = fail(StorageErrc::Sql, "not written");
    auto done = m_pets.database().transaction([&]() -> StorageResult<void> {
        moved = moveAnimal(**existing, to, date, note.trimmed().toStdString());
        return moved ? StorageResult<void>() : fail(moved.error());
    });
    if (!done) {
        return fail(done.error());
    }
    Q_EMIT changed();
    Q_EMIT localChange();
    return moved;
}

StorageResult<AdoptionProfile> AdoptionService::saveProfile(AdoptionProfile profile)
{
    auto existing = m_repository.profile(QString::fromStdString(profile.petId));
    if (!existing) {
        return fail(existing.error());
    }
    if (!*existing) {
        return fail(StorageErrc::NotFound, "the animal is not in the adoption workflow");
    }
    // The status and its day belong to changeStatus (with a history row), never to the editor.
    profile.status = (*existing)->status;
    profile.statusDate = (*existing)->statusDate;
    profile.updatedAtMs = m_pets.clock().nowMs();
    normalize(profile);
    if (const ValidationReport report = validate(profile); report.hasErrors()) {
        return fail(invalidReport(report));
    }
    auto done = m_pets.database().transaction([&] { return writeProfile(profile); });
    if (!done) {
        return fail(done.error());
    }
    Q_EMIT changed();
    Q_EMIT localChange();
    return profile;
}

} // namespace petinfo::client
