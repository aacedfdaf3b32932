// SPDX-License-Identifier: GPL-3.0-or-later
// AdoptionService: the applications inbox and staff decisions (animals: AdoptionService.cpp).
#include "models/PhoneText.h"
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/WireCodec.h"
#include "services/AdoptionService.h"
#include "services/PetService.h"

#include <QHash>

#include <algorithm>

namespace petinfo::client {

using sync::EntityType;

namespace {

StorageError invalidReport(const ValidationReport& report)
{
    return StorageError{StorageErrc::Invalid, errorSummary(report)};
}

bool contains(const std::string& haystack, const QString& needle)
{
    return QString::fromStdString(haystack).contains(needle, Qt::CaseInsensitive);
}

} // namespace

AdoptionApplication AdoptionService::visible(AdoptionApplication a)
{
    if (!showsContacts()) {
        a.phone.clear();
        a.email.clear();
        a.address.clear();
        a.submittedFrom.clear();
    }
    return a;
}

StorageResult<void> AdoptionService::writeApplication(const AdoptionApplication& application)
{
    if (auto r = m_repository.upsertApplication(application); !r) {
        return r;
    }
    return m_pets.tracker().recordEntity(EntityType::AdoptionApplication, toJson(application));
}

StorageResult<std::vector<AdoptionApplication>> AdoptionService::applications(const ApplicationFilter& filter)
{
    auto all = m_repository.applications();
    if (!all) {
        return fail(all.error());
    }
    QHash<QString, QString> petNames;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        auto pets = m_pets.petSummaries();
        if (!pets) {
            return fail(pets.error());
        }
        for (const PetSummary& p : *pets) {
            petNames.insert(p.id, p.name);
        }
    }
    const bool contacts = showsContacts();
    std::vector<AdoptionApplication> out;
    for (AdoptionApplication& a : *all) {
        if (filter.status && a.status != *filter.status) {
            continue;
        }
        if (filter.channel && a.channel != *filter.channel) {
            continue;
        }
        if (filter.openOnly && (isClosed(a.status) || a.completedAtMs != 0)) {
            continue;
        }
        if (!text.isEmpty()) {
            bool hit =
                contains(a.applicantName, text) || (contacts && (contains(a.email, text) || contains(a.phone, text)));
            for (const std::string& petId : a.petIds) {
                hit = hit || petNames.value(QString::fromStdString(petId)).contains(text, Qt::CaseInsensitive);
            }
            if (!hit) {
                continue;
            }
        }
        out.push_back(visible(std::move(a)));
    }
    return out;
}

StorageResult<AdoptionApplication> AdoptionService::application(const QString& id)
{
    auto found = m_repository.application(id);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(StorageErrc::NotFound, "no application " + id.toStdString());
    }
    return visible(std::move(**found));
}

StorageResult<AdoptionApplication> AdoptionService::addApplication(AdoptionApplication a)
{
    if (!mayEdit()) {
        return fail(StorageErrc::Invalid, "forbidden");
    }
    const qint64 now = m_pets.clock().nowMs();
    if (a.id.empty()) {
        a.id = newUuid();
    }
    a.channel = ApplicationChannel::Staff;
    a.status = ApplicationStatus::New;
    a.statusAtMs = now;
    a.submittedAtMs = a.submittedAtMs ? a.submittedAtMs : now;
    a.createdAtMs = a.updatedAtMs = now;
    a.personId.clear();
    a.completedAtMs = 0;
    a.submittedFrom.clear();
    normalize(a, phoneRegion().toStdString()); // a phone as people here write it
    if (const ValidationReport report = validate(a); report.hasErrors()) {
        return fail(invalidReport(report));
    }
    auto done = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (auto r = writeApplication(a); !r) {
            return r;
        }
        // Typed in here: looked at already, no badge for it.
        return m_repository.markSeen({QString::fromStdString(a.id)}, now);
    });
    if (!done) {
        return fail(done.error());
    }
    m_known.insert(QString::fromStdString(a.id));
    Q_EMIT changed();
    Q_EMIT localChange();
    return a;
}

StorageResult<AdoptionApplication> AdoptionService::setApplicationStatus(const QString& id, ApplicationStatus to,
                                                                         const QString& note)
{
    if (!mayDecide()) {
        return fail(StorageErrc::Invalid, "forbidden");
    }
    auto found = m_repository.application(id);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(StorageErrc::NotFound, "no application " + id.toStdString());
    }
    AdoptionApplication a = std::move(**found);
    if (a.completedAtMs != 0 || !isAllowedTransition(a.status, to)) {
        return fail(StorageErrc::Invalid, "status_transition");
    }
    const qint64 now = m_pets.clock().nowMs();
    const Date today = m_pets.clock().today();
    StatusChange change;
    change.id = newUuid();
    change.subject = StatusSubject::Application;
    change.subjectId = a.id;
    change.fromStatus = std::string(enumName(a.status));
    change.toStatus = std::string(enumName(to));
    change.date = today;
    change.atMs = now;
    change.note = note.trimmed().toStdString();
    change.author = author();
    if (const ValidationReport report = validate(change, today); report.hasErrors()) {
        return fail(invalidReport(report));
    }
    a.status = to;
    a.statusAtMs = now;
    a.updatedAtMs = now;
    auto done = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (to == ApplicationStatus::Approved) {
            // The animals first: the server, seeing them reserved already, has nothing left to do.
            for (const std::string& petId : a.petIds) {
                auto profile = m_repository.profile(QString::fromStdString(petId));
                if (!profile) {
                    return fail(profile.error());
                }
                if (*profile && (*profile)->status == AdoptionStatus::Adoptable) {
                    auto moved =
                        moveAnimal(**profile, AdoptionStatus::Reserved, today, "Application " + a.id + " approved");
                    if (!moved) {
                        return fail(moved.error());
                    }
                }
            }
        }
        if (auto r = writeChange(change); !r) {
            return r;
        }
        return writeApplication(a);
    });
    if (!done) {
        return fail(done.error());
    }
    Q_EMIT changed();
    Q_EMIT localChange();
    return visible(std::move(a));
}

StorageResult<AdoptionApplication> AdoptionService::saveStaffNotes(const QString& id, const QString& notes)
{
    if (!mayDecide()) {
        return fail(StorageErrc::Invalid, "forbidden");
    }
    auto found = m_repository.application(id);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(StorageErrc::NotFound, "no application " + id.toStdString());
    }
    AdoptionApplication a = std::move(**found);
    a.staffNotes = notes.trimmed().toStdString();
    a.updatedAtMs = m_pets.clock().nowMs();
    if (const ValidationReport report = validate(a); report.hasErrors()) {
        return fail(invalidReport(report));
    }
    auto done = m_pets.database().transaction([&] { return writeApplication(a); });
    if (!done) {
        return fail(done.error());
    }
    Q_EMIT changed();
    Q_EMIT localChange();
    return visible(std::move(a));
}

StorageResult<AdoptionApplication> AdoptionService::completeAdoption(const QString& id)
{
    if (!mayDecide()) {
        return fail(StorageErrc::Invalid, "forbidden");
    }
    auto found = m_repository.application(id);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(StorageErrc::NotFound, "no application " + id.toStdString());
    }
    AdoptionApplication a = std::move(**found);
    if (a.status != ApplicationStatus::Approved || a.completedAtMs != 0) {
        return fail(StorageErrc::Invalid, "status_transition");
    }
    const qint64 now = m_pets.clock().nowMs();
    const Date today = m_pets.clock().today();
    Person adopter;
    adopter.id = newUuid();
    adopter.name = a.applicantName;
    if (!a.phone.empty()) {
        adopter.phones.push_back(a.phone);
    }
    adopter.email = a.email;
    adopter.address = a.address;
    adopter.createdAtMs = adopter.updatedAtMs = now;
    int adopted = 0;
    auto done = m_pets.database().transaction([&]() -> StorageResult<void> {
        for (const std::string& petId : a.petIds) {
            const QString pet = QString::fromStdString(petId);
            auto profile = m_repository.profile(pet);
            if (!profile) {
                return fail(profile.error());
            }
            if (!*profile || (*profile)->status != AdoptionStatus::Reserved) {
                continue; // reserved for someone else meanwhile, or never in the workflow
            }
            auto moved = moveAnimal(**profile, AdoptionStatus::Adopted, today, "Adopted through application " + a.id);
            if (!moved) {
                return fail(moved.error());
            }
            auto record = m_pets.loadPet(pet);
            if (!record) {
                return fail(record.error());
            }
            // The adopter becomes the primary owner; earlier contacts (who surrendered it) stay.
            for (ContactEntry& c : record->contacts) {
                c.primary = false;
            }
            record->contacts.push_back(ContactEntry{adopter, ContactRole::Owner, true});
            record->pet.status = PetStatus::Adopted;
            if (auto r = m_pets.updatePet(std::move(*record)); !r) {
                return fail(r.error());
            }
            ++adopted;
        }
        if (adopted == 0) {
            return fail(StorageErrc::Invalid, "no reserved animal");
        }
        // Last, so that the server finds the person made and does nothing more.
        a.personId = adopter.id;
        a.completedAtMs = now;
        a.updatedAtMs = now;
        return writeApplication(a);
    });
    if (!done) {
        return fail(done.error());
    }
    Q_EMIT changed();
    Q_EMIT localChange();
    return visible(std::move(a));
}

StorageResult<QSet<QString>> AdoptionService::seenApplications()
{
    return m_repository.seenApplications();
}

StorageResult<int> AdoptionService::unseenCount()
{
    auto all = m_repository.applications();
    if (!all) {
        return fail(all.error());
    }
    auto seen = m_repository.seenApplications();
    if (!seen) {
        return fail(seen.error());
    }
    return static_cast<int>(std::count_if(all->begin(), all->end(), [&](const AdoptionApplication& a) {
        return a.status == ApplicationStatus::New && !seen->contains(QString::fromStdString(a.id));
    }));
}

StorageResult<void> AdoptionService::markSeen(const QString& applicationId)
{
    auto seen = m_repository.seenApplications();
    if (!seen) {
        return fail(seen.error());
    }
    if (seen->contains(applicationId)) {
        return {};
    }
    if (auto r = m_repository.markSeen({applicationId}, m_pets.clock().nowMs()); !r) {
        return r;
    }
    Q_EMIT changed();
    return {};
}

void AdoptionService::checkArrivals()
{
    auto all = m_repository.applications();
    auto seen = m_repository.seenApplications();
    if (!all || !seen) {
        return; // the views report storage errors when they reload
    }
    QStringList names;
    for (const AdoptionApplication& a : *all) {
        const QString id = QString::fromStdString(a.id);
        if (m_known.contains(id)) {
            continue;
        }
        m_known.insert(id);
        // The first look (at start-up) only learns what is there; later ones announce arrivals.
        if (m_knownLoaded && a.status == ApplicationStatus::New && !seen->contains(id)) {
            names << QString::fromStdString(a.applicantName);
        }
    }
    m_knownLoaded = true;
    if (!names.isEmpty()) {
        Q_EMIT applicationsArrived(names);
    }
}

} // namespace petinfo::client
