// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PersonService.h"

#include "models/PhoneText.h"
#include "models/SearchText.h"
#include "petinfo/common/WireCodec.h"
#include "services/PetService.h"

#include <QSet>

#include <algorithm>

namespace petinfo::client {

namespace {

using sync::EntityType;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

bool sameText(const std::string& a, const std::string& b)
{
    return qs(a).simplified().compare(qs(b).simplified(), Qt::CaseInsensitive) == 0;
}

const PetContact* linkOfPet(const std::vector<PetContact>& links, const std::string& petId)
{
    const auto it =
        std::find_if(links.begin(), links.end(), [&](const PetContact& link) { return link.petId == petId; });
    return it == links.end() ? nullptr : &*it;
}

/** The current value stays unless it is still what the merge made it. */
template <typename T>
void revert(T& current, const T& merged, const T& before)
{
    if (current == merged) {
        current = before;
    }
}

} // namespace

QString personSearchText(const PersonSummary& person)
{
    // Fields are joined with newlines so that no term matches across two of them.
    QString text = foldForSearch(person.name);
    for (const QString* field : {&person.email, &person.address}) {
        if (!field->isEmpty()) {
            text += QLatin1Char('\n');
            text += foldForSearch(*field);
        }
    }
    for (const QString& pet : person.petNames) {
        text += QLatin1Char('\n');
        text += foldForSearch(pet);
    }
    for (const QStringView phone : QStringView(person.phones).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (const QString& form : phoneSearchForms(phone)) {
            text += QLatin1Char('\n');
            text += phoneDigits(form);
        }
    }
    return text;
}

PersonService::PersonService(PetService& pets, QObject* parent)
    : QObject(parent)
    , m_pets(pets)
    , m_contacts(pets.database())
    , m_petRepo(pets.database())
{}

PersonService::~PersonService() = default;

StorageResult<std::vector<PersonSummary>> PersonService::people()
{
    return m_contacts.personSummaries();
}

StorageResult<std::vector<PersonSummary>> PersonService::search(const QString& text, int limit)
{
    auto everyone = people();
    if (!everyone) {
        return everyone;
    }
    const SearchTerms terms = SearchTerms::parse(text);
    std::vector<PersonSummary> found;
    for (PersonSummary& person : *everyone) {
        if (limit > 0 && static_cast<int>(found.size()) >= limit) {
            break;
        }
        const QByteArray utf8 = terms.isEmpty() ? QByteArray() : personSearchText(person).toUtf8();
        if (terms.isEmpty() ||
            terms.matches(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())))) {
            found.push_back(std::move(person));
        }
    }
    return found;
}

StorageResult<Person> PersonService::livePerson(const QString& id)
{
    auto deletedAt = m_contacts.personDeletedAt(id);
    if (!deletedAt) {
        return fail(deletedAt.error());
    }
    if (*deletedAt != 0) {
        return fail(StorageErrc::NotFound, "person " + id.toStdString() + " was merged into another");
    }
    return m_contacts.person(id);
}

StorageResult<PersonDetails> PersonService::person(const QString& id)
{
    auto person = livePerson(id);
    if (!person) {
        return fail(person.error());
    }
    auto links = m_contacts.linksOfPerson(id);
    if (!links) {
        return fail(links.error());
    }
    PersonDetails details{std::move(*person), {}};
    for (const PetContact& link : *links) {
        auto summary = m_petRepo.summary(qs(link.petId));
        if (!summary) {
            return fail(summary.error());
        }
        if (summary->deletedAtMs == 0) {
            details.pets.push_back(PersonPet{std::move(*summary), link.role, link.primary});
        }
    }
    return details;
}

ValidationReport PersonService::validate(Person& person) const
{
    normalize(person, phoneRegion().toStdString());
    return petinfo::validate(person);
}

StorageResult<void> PersonService::trackPerson(const Person& person)
{
    return m_pets.tracker().recordEntity(EntityType::Person, toJson(person));
}

StorageResult<void> PersonService::trackLink(const PetContact& link)
{
    return m_pets.tracker().recordEntity(EntityType::PetContact, toJson(link));
}

StorageResult<void> PersonService::trackUnlink(const std::string& petId, const std::string& personId)
{
    return m_pets.tracker().recordDeleted(EntityType::PetContact, qs(petId + "/" + personId), true);
}

void PersonService::announcePets(const std::vector<PetContact>& links)
{
    QSet<QString> announced;
    for (const PetContact& link : links) {
        const QString petId = qs(link.petId);
        if (!announced.contains(petId)) {
            announced.insert(petId);
            m_pets.announcePetChanged(petId);
        }
    }
}

StorageResult<Person> PersonService::updatePerson(Person person)
{
    const QString id = qs(person.id);
    auto existing = livePerson(id);
    if (!existing) {
        return fail(existing.error());
    }
    person.createdAtMs = existing->createdAtMs;
    person.updatedAtMs = existing->updatedAtMs;
    const ValidationReport report = validate(person);
    if (report.hasErrors()) {
        return fail(StorageErrc::Invalid, errorSummary(report));
    }
    if (person == *existing) {
        return person; // nothing to write, nothing to sync
    }
    person.updatedAtMs = m_pets.clock().nowMs();
    auto links = m_contacts.linksOfPerson(id);
    if (!links) {
        return fail(links.error());
    }
    auto saved = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (auto r = m_contacts.upsertPerson(person); !r) {
            return r;
        }
        return trackPerson(person);
    });
    if (!saved) {
        return fail(saved.error());
    }
    Q_EMIT personChanged(id);
    announcePets(*links);
    return person;
}

Person PersonService::combined(const Person& kept, const Person& duplicate, const MergeOptions& options)
{
    Person out = kept;
    for (const std::string& phone : duplicate.phones) {
        if (std::find(out.phones.begin(), out.phones.end(), phone) == out.phones.end()) {
            out.phones.push_back(phone);
        }
    }
    if (out.email.empty() || (options.keepDuplicateEmail && !duplicate.email.empty())) {
        out.email = duplicate.email.empty() ? out.email : duplicate.email;
    }
    if (out.address.empty()) {
        out.address = duplicate.address;
    } else if (!duplicate.address.empty() && !sameText(out.address, duplicate.address) &&
               !qs(out.address).contains(qs(duplicate.address), Qt::CaseInsensitive)) {
        out.address += "; " + duplicate.address;
    }
    if (out.language.empty()) {
        out.language = duplicate.language;
    }
    // Either record saying yes is this person saying yes (to the numbers now all on one record).
    out.whatsappOptIn = kept.whatsappOptIn || duplicate.whatsappOptIn;
    if (duplicate.createdAtMs != 0 && (out.createdAtMs == 0 || duplicate.createdAtMs < out.createdAtMs)) {
        out.createdAtMs = duplicate.createdAtMs;
    }
    return out;
}

StorageResult<MergeConflicts> PersonService::mergeConflicts(const QString& keepId, const QString& duplicateId)
{
    auto kept = livePerson(keepId);
    if (!kept) {
        return fail(kept.error());
    }
    auto duplicate = livePerson(duplicateId);
    if (!duplicate) {
        return fail(duplicate.error());
    }
    MergeConflicts conflicts;
    conflicts.email = !kept->email.empty() && !duplicate->email.empty() && !sameText(kept->email, duplicate->email);
    return conflicts;
}

StorageResult<PersonMerge> PersonService::merge(const QString& keepId, const QString& duplicateId, MergeOptions options)
{
    if (keepId == duplicateId) {
        return fail(StorageErrc::Invalid, "a person cannot be merged with themselves");
    }
    auto kept = livePerson(keepId);
    if (!kept) {
        return fail(kept.error());
    }
    auto duplicate = livePerson(duplicateId);
    if (!duplicate) {
        return fail(duplicate.error());
    }
    const qint64 now = m_pets.clock().nowMs();
    Person after = combined(*kept, *duplicate, options);
    after.updatedAtMs = now;
    if (const ValidationReport report = petinfo::validate(after); report.hasErrors()) {
        return fail(StorageErrc::Invalid, errorSummary(report));
    }
    auto keptLinks = m_contacts.linksOfPerson(keepId);
    if (!keptLinks) {
        return fail(keptLinks.error());
    }
    auto duplicateLinks = m_contacts.linksOfPerson(duplicateId);
    if (!duplicateLinks) {
        return fail(duplicateLinks.error());
    }
    PersonMerge result{*kept, after, *duplicate, *duplicateLinks, {}, options};
    for (const PetContact& link : *duplicateLinks) {
        if (const PetContact* keptLink = linkOfPet(*keptLinks, link.petId)) {
            result.keptLinksBefore.push_back(*keptLink);
        }
    }
    auto merged = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (auto r = m_contacts.upsertPerson(after); !r) {
            return r;
        }
        if (auto r = trackPerson(after); !r) {
            return r;
        }
        for (const PetContact& old : *duplicateLinks) {
            // The old link goes first: the pet may have only one primary contact at a time.
            if (auto r = m_contacts.removeLink(qs(old.petId), duplicateId); !r) {
                return r;
            }
            if (auto r = trackUnlink(old.petId, old.personId); !r) {
                return r;
            }
            const PetContact* existing = linkOfPet(result.keptLinksBefore, old.petId);
            PetContact link = existing ? *existing : PetContact{old.petId, after.id, old.role, old.primary};
            if (existing && old.primary && !existing->primary) {
                // The pet keeps its primary contact, in the role it had.
                link.primary = true;
                link.role = old.role;
            }
            if (existing && link == *existing) {
                continue;
            }
            if (auto r = m_contacts.upsertLink(link); !r) {
                return r;
            }
            if (auto r = trackLink(link); !r) {
                return r;
            }
        }
        if (auto r = m_contacts.setPersonDeleted(duplicateId, now); !r) {
            return r;
        }
        return m_pets.tracker().recordDeleted(EntityType::Person, duplicateId, true);
    });
    if (!merged) {
        return fail(merged.error());
    }
    Q_EMIT peopleChanged();
    announcePets(*duplicateLinks);
    return result;
}

StorageResult<void> PersonService::undoMerge(const PersonMerge& merge)
{
    const QString keptId = qs(merge.keptAfter.id);
    const QString duplicateId = qs(merge.duplicate.id);
    auto current = livePerson(keptId);
    if (!current) {
        return fail(current.error());
    }
    Person restored = *current;
    revert(restored.phones, merge.keptAfter.phones, merge.keptBefore.phones);
    revert(restored.email, merge.keptAfter.email, merge.keptBefore.email);
    revert(restored.address, merge.keptAfter.address, merge.keptBefore.address);
    revert(restored.language, merge.keptAfter.language, merge.keptBefore.language);
    revert(restored.whatsappOptIn, merge.keptAfter.whatsappOptIn, merge.keptBefore.whatsappOptIn);
    revert(restored.createdAtMs, merge.keptAfter.createdAtMs, merge.keptBefore.createdAtMs);
    const qint64 now = m_pets.clock().nowMs();
    auto undone = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (!(restored == *current)) {
            restored.updatedAtMs = now;
            if (auto r = m_contacts.upsertPerson(restored); !r) {
                return r;
            }
            if (auto r = trackPerson(restored); !r) {
                return r;
            }
        }
        if (auto r = m_contacts.setPersonDeleted(duplicateId, 0); !r) {
            return r;
        }
        if (auto r = m_pets.tracker().recordDeleted(EntityType::Person, duplicateId, false); !r) {
            return r;
        }
        for (const PetContact& link : merge.duplicateLinks) {
            auto pet = m_petRepo.get(qs(link.petId));
            if (!pet) {
                if (pet.error().code == StorageErrc::NotFound) {
                    continue; // deleted for good since
                }
                return fail(pet.error());
            }
            if (const PetContact* before = linkOfPet(merge.keptLinksBefore, link.petId)) {
                if (auto r = m_contacts.upsertLink(*before); !r) {
                    return r;
                }
                if (auto r = trackLink(*before); !r) {
                    return r;
                }
            } else {
                if (auto r = m_contacts.removeLink(qs(link.petId), keptId); !r) {
                    return r;
                }
                if (auto r = trackUnlink(link.petId, merge.keptAfter.id); !r) {
                    return r;
                }
            }
            if (auto r = m_contacts.upsertLink(link); !r) {
                return r;
            }
            if (auto r = trackLink(link); !r) {
                return r;
            }
        }
        return {};
    });
    if (!undone) {
        return fail(undone.error());
    }
    Q_EMIT peopleChanged();
    announcePets(merge.duplicateLinks);
    return {};
}

} // namespace petinfo::client
