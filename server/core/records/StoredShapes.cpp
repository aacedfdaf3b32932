// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 6's repair of stored values of the wrong shape (see repairStoredShapes).
#include "db/Database.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/sync/Entity.h"
#include "records/SyncService.h"

#include <nlohmann/json.hpp>

namespace petinfo::server {

namespace {

using nlohmann::json;
using sync::EntityType;
using sync::FieldFault;
using sync::FieldKind;

bool isOptionalId(EntityType type, const std::string& field)
{
    const sync::FieldSpec* spec = sync::findField(type, field);
    return spec && (spec->kind == FieldKind::OptionalId || spec->kind == FieldKind::OptionalTagId ||
                    spec->kind == FieldKind::OptionalSha256);
}

/** Repairs one row's values in place; true when something changed. */
bool repairRow(EntityType type, bool deleted, json& fields, json& clocks)
{
    bool changed = false;
    for (auto it = fields.begin(); it != fields.end();) {
        const std::string name = it.key();
        const auto fault = sync::fieldFault(type, name, it.value());
        if (!fault || name == sync::kDeletedField) {
            ++it;
        } else if (deleted) {
            clocks.erase(name);
            it = fields.erase(it);
            changed = true;
        } else if (*fault == FieldFault::InvalidId && isOptionalId(type, name)) {
            it.value() = "";
            ++it;
            changed = true;
        } else {
            ++it; // a live value that validation accepted once: left as it is
        }
    }
    return changed;
}

} // namespace

void repairStoredShapes(DbConnection& db)
{
    const SqlRows tags = db.rows("SELECT tag_id FROM tags");
    for (std::size_t r = 0; r < tags.size(); ++r) {
        if (!isTagId(tags.text(r, 0))) {
            db.exec("DELETE FROM tags WHERE tag_id = ?", tags.text(r, 0));
        }
    }
    const SqlRows tagColumn = db.rows("SELECT DISTINCT tag_id FROM sync_rows WHERE tag_id <> ''");
    for (std::size_t r = 0; r < tagColumn.size(); ++r) {
        if (!isTagId(tagColumn.text(r, 0))) {
            db.exec("UPDATE sync_rows SET tag_id = '' WHERE tag_id = ?", tagColumn.text(r, 0));
        }
    }
    // Every row, a page at a time (tombstones alone may be many).
    std::string org;
    std::string entity;
    std::string rowId;
    while (true) {
        SqlRows page = db.rows("SELECT org_id, entity, row_id, fields, clocks, deleted FROM sync_rows WHERE "
                               "(org_id, entity, row_id) > (?, ?, ?) ORDER BY org_id, entity, row_id LIMIT 500",
                               org, entity, rowId);
        if (page.empty()) {
            break;
        }
        for (std::size_t r = 0; r < page.size(); ++r) {
            const auto type = enumFromString<EntityType>(page.text(r, 1));
            json fields = json::parse(page.text(r, 3), nullptr, false);
            json clocks = json::parse(page.text(r, 4), nullptr, false);
            if (type && fields.is_object() && clocks.is_object() &&
                repairRow(*type, page.boolean(r, 5), fields, clocks)) {
                db.exec("UPDATE sync_rows SET fields = ?, clocks = ? WHERE org_id = ? AND entity = ? AND row_id = ?",
                        fields.dump(), clocks.dump(), page.text(r, 0), page.text(r, 1), page.text(r, 2));
            }
        }
        org = page.take(page.size() - 1, 0);
        entity = page.take(page.size() - 1, 1);
        rowId = page.take(page.size() - 1, 2);
    }
}

} // namespace petinfo::server
