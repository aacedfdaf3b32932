// SPDX-License-Identifier: GPL-3.0-or-later
#include "adoption/AdoptionPolicy.h"

#include <algorithm>
#include <array>

namespace petinfo::server::adoption {

using nlohmann::json;
using sync::EntityType;
using sync::RowProblem;
using sync::SyncRow;

namespace {

/** Fields of an application that record the team's decision. */
constexpr std::array<std::string_view, 4> kDecisionFields{"status", "staffNotes", "personId", "completedAt"};
constexpr std::array<std::string_view, 4> kContactFields{"phone", "email", "address", "submittedFrom"};

bool decides(Role role)
{
    return role == Role::Admin || role == Role::Staff;
}

RowProblem forbidden(std::string field, std::string message)
{
    return RowProblem{std::string(sync::errc::kForbidden), std::move(field), std::move(message)};
}

/** The value a new application starts with for a decision field. */
json initialValue(std::string_view field)
{
    if (field == "status") {
        return "new";
    }
    if (field == "staffNotes" || field == "personId") {
        return "";
    }
    return 0;
}

std::string text(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

} // namespace

bool isContactField(std::string_view field)
{
    return std::find(kContactFields.begin(), kContactFields.end(), field) != kContactFields.end();
}

std::optional<RowProblem> writeProblem(Role role, const SyncRow& stored, const SyncRow& change)
{
    if (role == Role::Kiosk) {
        if (change.type != EntityType::AdoptionApplication) {
            return forbidden({}, "a kiosk only sends adoption applications");
        }
        if (stored.exists()) {
            return forbidden({}, "a kiosk cannot change an application once sent");
        }
        if (change.isDeleted()) {
            return forbidden("deleted", "a kiosk cannot delete an application");
        }
        return std::nullopt;
    }
    if (change.type == EntityType::AdoptionApplication) {
        for (std::string_view field : kDecisionFields) {
            const json* value = change.value(field);
            if (!value || decides(role)) {
                continue;
            }
            // Anyone who may write applications may type one in; only admins and staff decide.
            const json* current = stored.value(field);
            const json& before = current ? *current : initialValue(field);
            if (*value != before) {
                return forbidden(std::string(field), "only admins and staff decide on applications");
            }
        }
        if (const json* from = change.value("submittedFrom")) {
            const json* current = stored.value("submittedFrom");
            if (*from != (current ? *current : json(""))) {
                return forbidden("submittedFrom", "the server records where an application came from");
            }
        }
    }
    if (change.type == EntityType::StatusChange && !decides(role)) {
        const std::string subject = change.value("subject") ? text(change, "subject") : text(stored, "subject");
        if (subject == "application") {
            return forbidden("subject", "only admins and staff decide on applications");
        }
    }
    return std::nullopt;
}

void stampKioskApplication(SyncRow& change, const std::string& clientId, const std::string& remoteAddress)
{
    const sync::Hlc clock = change.maxClock();
    const json stamped{{"channel", "kiosk"}, {"deviceId", clientId}, {"submittedFrom", remoteAddress},
                       {"status", "new"},    {"statusAt", 0},        {"staffNotes", ""},
                       {"personId", ""},     {"completedAt", 0}};
    for (const auto& [field, value] : stamped.items()) {
        change.fields[field] = sync::FieldValue{value, clock};
    }
}

bool redactForRole(Role role, sync::StoredRow& row)
{
    if (role != Role::Volunteer || row.type != EntityType::AdoptionApplication) {
        return true;
    }
    json fields = json::parse(row.fields, nullptr, false);
    json clocks = json::parse(row.clocks, nullptr, false);
    if (!fields.is_object() || !clocks.is_object()) {
        return false;
    }
    for (std::string_view field : kContactFields) {
        fields.erase(std::string(field));
        clocks.erase(std::string(field));
    }
    row.fields = fields.dump();
    row.clocks = clocks.dump();
    return true;
}

} // namespace petinfo::server::adoption
