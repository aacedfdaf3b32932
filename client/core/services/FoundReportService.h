// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/FoundReportRepository.h"

#include <QObject>

namespace petinfo::client {

class PetService;

/** Found reports of a pet ("I found this pet" from its public page), as the pet's banner and
 *  Found reports list show them. The server writes them; they arrive with a sync pull, after
 *  which PetService announces a reset and this service says its reports changed. Shares
 *  PetService's database. GUI thread. */
class FoundReportService final : public QObject
{
    Q_OBJECT

public:
    explicit FoundReportService(PetService& pets, QObject* parent = nullptr);

    StorageResult<std::vector<FoundReport>> reports(const QString& petId);
    /** Open reports not yet looked at on this computer. */
    StorageResult<int> unseenCount(const QString& petId);
    /** Marks every report of the pet seen here (the banner stops calling for attention). */
    StorageResult<void> markSeen(const QString& petId);

Q_SIGNALS:
    /** The reports of a pet changed (empty id: any pet's, e.g. after a pull). */
    void changed(const QString& petId);

private:
    PetService& m_pets;
    FoundReportRepository m_repository;
};

} // namespace petinfo::client
