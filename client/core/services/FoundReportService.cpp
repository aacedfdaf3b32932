// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/FoundReportService.h"

#include "services/PetService.h"

#include <algorithm>

namespace petinfo::client {

FoundReportService::FoundReportService(PetService& pets, QObject* parent)
    : QObject(parent)
    , m_pets(pets)
    , m_repository(pets.database())
{
    connect(&m_pets, &PetService::reset, this, [this] { Q_EMIT changed(QString()); });
}

StorageResult<std::vector<FoundReport>> FoundReportService::reports(const QString& petId)
{
    return m_repository.ofPet(petId);
}

StorageResult<int> FoundReportService::unseenCount(const QString& petId)
{
    auto all = m_repository.ofPet(petId);
    if (!all) {
        return fail(all.error());
    }
    return static_cast<int>(
        std::count_if(all->begin(), all->end(), [](const FoundReport& r) { return r.open && !r.seen; }));
}

StorageResult<void> FoundReportService::markSeen(const QString& petId)
{
    auto all = m_repository.ofPet(petId);
    if (!all) {
        return fail(all.error());
    }
    std::vector<QString> ids;
    for (const FoundReport& r : *all) {
        if (!r.seen) {
            ids.push_back(r.id);
        }
    }
    if (ids.empty()) {
        return {};
    }
    if (auto r = m_repository.markSeen(ids, m_pets.clock().nowMs()); !r) {
        return r;
    }
    Q_EMIT changed(petId);
    return {};
}

} // namespace petinfo::client
