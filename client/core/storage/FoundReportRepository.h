// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QString>

#include <vector>

namespace petinfo::client {

class Database;

/** What a finder sent from a lost pet's public page (a server-authored foundReport row). */
struct FoundReport
{
    QString id;
    QString petId;
    QString finderName;
    QString finderPhone;     ///< as the finder typed it
    QString finderPhoneE164; ///< when the server could read it as a number, else empty
    QString place;
    QString message;
    QString language;
    bool open = true;
    qint64 reportedAtMs = 0;
    bool seen = false; ///< looked at on this computer

    friend bool operator==(const FoundReport&, const FoundReport&) = default;
};

/** All SQL for found reports: read from the synced rows the server wrote (they have no domain
 *  table: the app never writes them), and this computer's "seen" marks. */
class FoundReportRepository final
{
public:
    explicit FoundReportRepository(Database& db)
        : m_db(db)
    {}

    /** The pet's live reports, newest first. */
    StorageResult<std::vector<FoundReport>> ofPet(const QString& petId);
    /** Marks reports seen (those already seen keep their first time). */
    StorageResult<void> markSeen(const std::vector<QString>& reportIds, qint64 nowMs);

private:
    Database& m_db;
};

} // namespace petinfo::client
