// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/Roles.h"

namespace petinfo::server {

using sync::EntityType;

bool mayWrite(Role role, EntityType type)
{
    if (sync::isServerAuthored(type)) {
        return false; // reminders and messages: the server's record of what it sent
    }
    switch (role) {
    case Role::Admin:
    case Role::Vet:
    case Role::Staff:
        return true;
    case Role::Volunteer:
        return type == EntityType::Note || type == EntityType::Weight || type == EntityType::Attachment;
    case Role::Kiosk:
        // New applications only (adoption::writeProblem); the server stamps where they came from.
        return type == EntityType::AdoptionApplication;
    }
    return false;
}

bool mayRead(Role role, EntityType type)
{
    switch (role) {
    case Role::Admin:
    case Role::Vet:
    case Role::Staff:
        return true;
    case Role::Volunteer:
        // Messages name the people they went to. Applications reach them without the
        // applicant's contact details (adoption::redactForRole).
        return type != EntityType::Person && type != EntityType::PetContact && !sync::isServerAuthored(type);
    case Role::Kiosk:
        // Nothing through sync: the adoption gallery gives it adoptable animals' public fields.
        return false;
    }
    return false;
}

} // namespace petinfo::server
