// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/sync/Row.h"

namespace petinfo::sync {

using nlohmann::json;

bool SyncRow::isDeleted() const
{
    const json* v = value(kDeletedField);
    return v && v->is_boolean() && v->get<bool>();
}

const json* SyncRow::value(std::string_view field) const
{
    const auto it = fields.find(field);
    return it == fields.end() ? nullptr : &it->second.value;
}

Hlc SyncRow::maxClock() const
{
    Hlc latest;
    for (const auto& [name, field] : fields) {
        if (latest < field.clock) {
            latest = field.clock;
        }
    }
    return latest;
}

json SyncRow::values() const
{
    json out = json::object();
    for (const auto& [name, field] : fields) {
        out[name] = field.value;
    }
    return out;
}

SyncRow makeChange(EntityType type, std::string id, const json& values, const Hlc& clock)
{
    SyncRow change{type, std::move(id), {}, 0};
    if (values.is_object()) {
        for (const auto& [key, value] : values.items()) {
            change.fields.emplace(key, FieldValue{value, clock});
        }
    }
    return change;
}

SyncRow makeDelete(EntityType type, std::string id, const Hlc& clock, bool deleted)
{
    SyncRow change{type, std::move(id), {}, 0};
    change.fields.emplace(std::string(kDeletedField), FieldValue{json(deleted), clock});
    return change;
}

SyncRow diffChange(EntityType type, std::string id, const json& before, const json& after, const Hlc& clock)
{
    SyncRow change{type, std::move(id), {}, 0};
    for (const FieldSpec& spec : fieldSpecs(type)) {
        const std::string key(spec.name);
        if (!after.is_object() || !after.contains(key)) {
            continue;
        }
        if (!before.is_object() || !before.contains(key) || before.at(key) != after.at(key)) {
            change.fields.emplace(key, FieldValue{after.at(key), clock});
        }
    }
    return change;
}

std::string rowIdOf(EntityType type, const json& entity)
{
    if (!entity.is_object()) {
        return {};
    }
    if (type == EntityType::PetContact && !entity.contains("id")) {
        const auto pet = entity.find("petId");
        const auto person = entity.find("personId");
        if (pet != entity.end() && person != entity.end() && pet->is_string() && person->is_string()) {
            return pet->get<std::string>() + "/" + person->get<std::string>();
        }
        return {};
    }
    const auto id = entity.find("id");
    return id != entity.end() && id->is_string() ? id->get<std::string>() : std::string();
}

SyncRow changeFromEntity(EntityType type, const json& entity, const Hlc& clock)
{
    return diffChange(type, rowIdOf(type, entity), json::object(), entity, clock);
}

json entityJson(const SyncRow& row)
{
    json out = json::object();
    for (const auto& [name, field] : row.fields) {
        if (name != kDeletedField) {
            out[name] = field.value;
        }
    }
    if (row.type == EntityType::PetContact) {
        const auto slash = row.id.find('/');
        if (slash != std::string::npos) {
            if (!out.contains("petId")) {
                out["petId"] = row.id.substr(0, slash);
            }
            if (!out.contains("personId")) {
                out["personId"] = row.id.substr(slash + 1);
            }
        }
    } else {
        out["id"] = row.id;
    }
    return out;
}

RowFields::RowFields(const SyncRow& row)
    : m_row(row)
{
    if (row.type != EntityType::PetContact) {
        m_id = row.id;
    } else if (const auto slash = row.id.find('/'); slash != std::string::npos) {
        m_id = row.id.substr(0, slash);
        m_personId = row.id.substr(slash + 1);
    }
}

const json* RowFields::find(std::string_view key) const
{
    if (key == kDeletedField) {
        return nullptr;
    }
    const bool contact = m_row.type == EntityType::PetContact;
    if (!contact && key == "id") {
        return &m_id;
    }
    if (const auto it = m_row.fields.find(key); it != m_row.fields.end()) {
        return &it->second.value;
    }
    if (contact && !m_id.is_null()) {
        if (key == "petId") {
            return &m_id;
        }
        if (key == "personId") {
            return &m_personId;
        }
    }
    return nullptr;
}

} // namespace petinfo::sync
