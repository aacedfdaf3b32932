// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FoundReportRepository.h"

#include "petinfo/common/sync/Messages.h"
#include "petinfo/common/sync/Row.h"
#include "storage/Query.h"

#include <algorithm>

namespace petinfo::client {

namespace {

QString text(const nlohmann::json& entity, const char* key)
{
    const auto it = entity.find(key);
    return it != entity.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 integer(const nlohmann::json& entity, const char* key)
{
    const auto it = entity.find(key);
    return it != entity.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

} // namespace

StorageResult<std::vector<FoundReport>> FoundReportRepository::ofPet(const QString& petId)
{
    // Few per organisation (one per finder's message), so a scan of the type is cheap; they are
    // never chunked (server-authored rows stay in sync_rows).
    Query q(m_db, QStringLiteral("SELECT r.row, s.report_id IS NOT NULL FROM sync_rows r LEFT JOIN "
                                 "found_reports_seen s ON s.report_id = r.id WHERE r.type = 'foundReport'"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<FoundReport> out;
    const std::string pet = petId.toStdString();
    while (q.next()) {
        const auto json = nlohmann::json::parse(q.bytes(0), nullptr, false);
        auto row = sync::syncRowFromJson(json);
        if (!row || row->isDeleted()) {
            continue; // a damaged row is the sync's to report, not the banner's
        }
        const nlohmann::json entity = sync::entityJson(*row);
        if (entity.value("petId", "") != pet) {
            continue;
        }
        FoundReport f;
        f.id = QString::fromStdString(row->id);
        f.petId = petId;
        f.finderName = text(entity, "finderName");
        f.finderPhone = text(entity, "finderPhone");
        f.finderPhoneE164 = text(entity, "finderPhoneE164");
        f.place = text(entity, "place");
        f.message = text(entity, "message");
        f.language = text(entity, "language");
        f.open = entity.value("state", "open") != "closed";
        f.reportedAtMs = integer(entity, "reportedAt");
        f.seen = q.flag(1);
        out.push_back(std::move(f));
    }
    if (q.error()) {
        return fail(*q.error());
    }
    std::sort(out.begin(), out.end(), [](const FoundReport& a, const FoundReport& b) {
        return a.reportedAtMs != b.reportedAtMs ? a.reportedAtMs > b.reportedAtMs : a.id < b.id;
    });
    return out;
}

StorageResult<void> FoundReportRepository::markSeen(const std::vector<QString>& reportIds, qint64 nowMs)
{
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO found_reports_seen (report_id, seen_at) VALUES (?, ?)"));
    for (const QString& id : reportIds) {
        q.bind(id).bind(nowMs);
        if (auto r = q.exec(); !r) {
            return r;
        }
    }
    return {};
}

} // namespace petinfo::client
