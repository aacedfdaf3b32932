// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/WireCodec.h"
#include "petinfo/common/sync/Entity.h"
#include "petinfo/common/sync/Hlc.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace petinfo::sync {

/** One field of a row: its wire value and the clock of the write that set it. */
struct FieldValue
{
    nlohmann::json value;
    Hlc clock;

    friend bool operator==(const FieldValue& a, const FieldValue& b)
    {
        return a.clock == b.clock && a.value == b.value;
    }
    friend bool operator!=(const FieldValue& a, const FieldValue& b) { return !(a == b); }
};

/** A synced row, and also the shape of a change to one (a change carries only the fields it sets).
 *  A row is deleted when its `deleted` field is true; it exists once it has any field. */
struct SyncRow
{
    EntityType type = EntityType::Pet;
    std::string id;
    std::map<std::string, FieldValue, std::less<>> fields;
    std::int64_t version = 0; ///< server-assigned; 0 in a change

    bool exists() const { return !fields.empty(); }
    bool isDeleted() const;
    /** The value of a field, or nullptr when the row does not carry it. */
    const nlohmann::json* value(std::string_view field) const;
    /** The latest clock of any field (null when the row has none). */
    Hlc maxClock() const;
    /** The field values as one JSON object (no clocks). */
    nlohmann::json values() const;

    friend bool operator==(const SyncRow& a, const SyncRow& b)
    {
        return a.type == b.type && a.id == b.id && a.fields == b.fields && a.version == b.version;
    }
    friend bool operator!=(const SyncRow& a, const SyncRow& b) { return !(a == b); }
};

/** A change that sets each member of the JSON object `values` with the same clock. */
SyncRow makeChange(EntityType type, std::string id, const nlohmann::json& values, const Hlc& clock);

/** A delete (or restore) is a write of the `deleted` field. */
SyncRow makeDelete(EntityType type, std::string id, const Hlc& clock, bool deleted = true);

/** A change holding the fields whose values differ between two wire objects of the same entity
 *  (as produced by WireCodec's toJson); fields absent from `after` are left alone. */
SyncRow diffChange(EntityType type, std::string id, const nlohmann::json& before, const nlohmann::json& after,
                   const Hlc& clock);

/** The row id of a domain object given as its wire JSON (toJson(pet) ...): its "id" member, or
 *  "<petId>/<personId>" for a petContact. Empty when it has none. */
std::string rowIdOf(EntityType type, const nlohmann::json& entity);

/** A full change (every syncable field) from a domain object's wire JSON, e.g. toJson(pet). */
SyncRow changeFromEntity(EntityType type, const nlohmann::json& entity, const Hlc& clock);

/** The wire JSON of the row's domain object (what WireCodec's xxxFromJson reads): the field
 *  values plus "id" (or petId/personId for a petContact), without `deleted`. */
nlohmann::json entityJson(const SyncRow& row);

/** The members of entityJson(row), read in place: a decoder (petFromFields ...) reads the row
 *  without the copy. The row must outlive it. */
class RowFields final : public FieldSource
{
public:
    explicit RowFields(const SyncRow& row);
    const nlohmann::json* find(std::string_view key) const override;

private:
    const SyncRow& m_row;
    nlohmann::json m_id;       ///< "id", or for a petContact "petId" when no field sets it
    nlohmann::json m_personId; ///< for a petContact, "personId" when no field sets it
};

} // namespace petinfo::sync
