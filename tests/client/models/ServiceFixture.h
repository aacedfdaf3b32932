// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "petinfo/common/Clock.h"
#include "services/PetService.h"

#include <memory>

namespace petinfo::test {

inline constexpr Date kToday{2026, 11, 22};
inline constexpr qint64 kNowMs = 1795000000000;

/** A PetService over a fresh temporary database with a clock pinned to kToday, plus shortcuts
 *  for the records the model and GUI tests need. */
class ServiceFixture final
{
public:
    /** False (with a warning) if the database could not be created. */
    bool setUp();

    client::PetService& service() { return *m_service; }
    ManualClock& clock() { return *m_clock; }
    TempDatabase& database() { return *m_db; }

    /** Creates a dog; returns its id (empty on failure, with a warning). */
    QString addPet(const QString& name, const QString& microchip = {}, const QString& owner = {},
                   const QString& phone = {}, Species species = Species::Dog);
    /** Adds a health record; returns its id. */
    QString addRecord(const QString& petId, HealthKind kind, Date date, std::optional<Date> nextDue,
                      const QString& product = QStringLiteral("Rabies"));
    QString addWeight(const QString& petId, Date date, double kg);
    QString addNote(const QString& petId, const QString& text);

private:
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<client::PetService> m_service;
};

} // namespace petinfo::test
