// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceFixture.h"
#include "models/PhoneText.h"

namespace petinfo::test {

bool ServiceFixture::setUp()
{
    m_service.reset();
    m_db = std::make_unique<TempDatabase>();
    if (!m_db->create()) {
        return false;
    }
    m_clock = std::make_unique<ManualClock>(kNowMs, kToday);
    m_service = std::make_unique<client::PetService>(std::move(m_db->db), *m_clock);
    client::setPhoneRegion(QStringLiteral("AR"));
    return true;
}

QString ServiceFixture::addPet(const QString& name, const QString& microchip, const QString& owner,
                               const QString& phone, Species species)
{
    client::PetRecord record;
    record.pet.name = name.toStdString();
    record.pet.species = species;
    record.pet.microchip = microchip.toStdString();
    if (!owner.isEmpty() || !phone.isEmpty()) {
        client::ContactEntry entry;
        entry.person.name = owner.toStdString();
        if (!phone.isEmpty()) {
            entry.person.phones.push_back(phone.toStdString());
        }
        entry.primary = true;
        record.contacts.push_back(std::move(entry));
    }
    auto created = m_service->createPet(std::move(record));
    if (!created) {
        qWarning("createPet failed: %s", created.error().detail.c_str());
        return {};
    }
    return QString::fromStdString(created->id);
}

QString ServiceFixture::addRecord(const QString& petId, HealthKind kind, Date date, std::optional<Date> nextDue,
                                  const QString& product)
{
    HealthRecord r;
    r.petId = petId.toStdString();
    r.kind = kind;
    r.date = date;
    r.nextDue = nextDue;
    r.product = product.toStdString();
    auto added = m_service->addHealthRecord(std::move(r));
    if (!added) {
        qWarning("addHealthRecord failed: %s", added.error().detail.c_str());
        return {};
    }
    // Records of one series entered on one day are told apart by entry time.
    m_clock->advanceMs(1000);
    return QString::fromStdString(added->id);
}

QString ServiceFixture::addWeight(const QString& petId, Date date, double kg)
{
    WeightEntry e;
    e.petId = petId.toStdString();
    e.date = date;
    e.kg = kg;
    auto added = m_service->addWeight(std::move(e));
    if (!added) {
        qWarning("addWeight failed: %s", added.error().detail.c_str());
        return {};
    }
    m_clock->advanceMs(1000);
    return QString::fromStdString(added->id);
}

QString ServiceFixture::addNote(const QString& petId, const QString& text)
{
    Note n;
    n.petId = petId.toStdString();
    n.text = text.toStdString();
    auto added = m_service->addNote(std::move(n));
    if (!added) {
        qWarning("addNote failed: %s", added.error().detail.c_str());
        return {};
    }
    m_clock->advanceMs(1000);
    return QString::fromStdString(added->id);
}

} // namespace petinfo::test
